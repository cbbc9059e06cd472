// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobrunner.h"
#include "core/result.h"
#include "diff/diffoptions.h"
#include "plan/answers.h"
#include "report/reviewreport.h"

#include <optional>

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace godwit::widgets {

class ReviewPresenter;

// The review document in the window: builds it for the comparison on show (off the GUI
// thread; the rehearsal, when asked for, runs on a copy), previews it as it prints, exports
// it as HTML, PDF or Markdown, and presents it full screen.
class ReviewView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewView)
public:
    explicit ReviewView(QWidget* parent = nullptr);
    ~ReviewView() override;

    // BEFORE (a database or a script) and AFTER (any source `godwit review` takes).
    void setSources(const QString& before, const QString& after);
    void setQueriesFile(const QString& path);
    void setRehearse(bool rehearse);
    // The user's answers and rename decisions (the workspace's), so the review shows their plan.
    void setDecisions(const plan::Answers& answers, const diff::DiffOptions& options);
    // Starts building the document; reportReady() or failed() follows. A newer build cancels the
    // one running (its result never arrives); closing the view cancels it and waits for it.
    void build();
    [[nodiscard]] bool isBuilding() const { return m_jobs.isRunning(); }
    [[nodiscard]] const std::optional<report::ReviewReport>& report() const { return m_report; }
    // Writes the document; the format follows the suffix (.html, .pdf, .md).
    [[nodiscard]] Result<QStringList> exportTo(const QString& path) const;
    void exportDocument();
    ReviewPresenter* present();

    [[nodiscard]] QTextBrowser* preview() const { return m_preview; }

Q_SIGNALS:
    void reportReady();
    void failed(const QString& message);

private:
    void onBuilt(const Result<report::ReviewReport>& result);
    void updateButtons();

    QString m_before;
    QString m_after;
    std::optional<plan::Answers> m_answers;
    diff::DiffOptions m_diffOptions;
    QLineEdit* m_queries = nullptr;
    QCheckBox* m_rehearse = nullptr;
    QPushButton* m_buildButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_presentButton = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_preview = nullptr;
    std::optional<report::ReviewReport> m_report;
    QPointer<ReviewPresenter> m_presenter;
    JobRunner m_jobs { this }; // last: destroyed first, so no build outlives the members
};

} // namespace godwit::widgets
