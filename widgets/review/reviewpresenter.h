// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reviewreport.h"
#include "report/reviewsections.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace godwit::widgets {

// The review on a projector: full screen, one section per page in large type, the arrow keys
// (and Page Up/Down, Space, Home, End) to move, Escape to leave.
class ReviewPresenter final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPresenter)
public:
    explicit ReviewPresenter(const report::ReviewReport& report, QWidget* parent = nullptr);

    void showPage(int index);
    void next() { showPage(m_page + 1); }
    void previous() { showPage(m_page - 1); }
    [[nodiscard]] int page() const { return m_page; }
    [[nodiscard]] int pageCount() const { return int(m_sections.size()); }
    [[nodiscard]] QString pageTitle() const;
    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }

Q_SIGNALS:
    void pageChanged(int index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handleKey(int key);

    report::ReviewReport m_report;
    QList<report::ReviewSection> m_sections;
    QTextBrowser* m_browser = nullptr;
    QLabel* m_footer = nullptr;
    int m_page = -1;
};

} // namespace godwit::widgets
