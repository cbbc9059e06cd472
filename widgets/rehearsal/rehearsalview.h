// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/changeset.h"
#include "project/project.h"
#include "rehearsal/rehearsaloptions.h"
#include "rehearsal/rehearsalplan.h"
#include "rehearsal/rehearsalresult.h"

#include <optional>

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace godwit::rehearsal {
class RehearsalJob;
}

namespace godwit::widgets {

class DiffView;
class RehearsalCharts;
class RehearsalTimeline;

// The rehearsal dashboard: runs the plan on a working copy under simulated load (RehearsalJob,
// off the GUI thread) and shows it live: the phase strip with incident markers, progress with
// ETA and the gh-ost status line, charts sampled four times a second, the incidents, the
// before/after diagram with the migrated column selected, and the verdict. The controls
// (start, step, pause, resume, cancel, batch size and delay, faults) act on the running rehearsal.
class RehearsalView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RehearsalView)
public:
    explicit RehearsalView(QWidget* parent = nullptr);
    ~RehearsalView() override;

    void setPlan(const rehearsal::RehearsalPlan& plan, const QString& originalPath);
    // Shows the comparison the plan came from, with the migrated column selected.
    void setComparison(const diff::ChangeSet& changes, const QString& beforeTitle, const QString& afterTitle);
    // The settings every start begins from (rate, phase time, copy folder...); the controls add to them.
    void setOptions(const rehearsal::RehearsalOptions& options) { m_options = options; }
    // How fast the backfill goes: Classroom stretches it to about a minute whatever the table's
    // size (a live ETA to watch), Realistic keeps the settings, Fastest drops pauses and throttle.
    void setPace(project::Pace pace);
    [[nodiscard]] project::Pace pace() const;
    // Ticks a staged mistake for the next run (the guided example's "skip the dual-write").
    void setFault(rehearsal::Fault fault, bool on);
    [[nodiscard]] const rehearsal::RehearsalOptions& options() const { return m_options; }
    [[nodiscard]] bool hasPlan() const { return !m_plan.isEmpty(); }

    void start();
    void step(); // starts in step mode, or runs the next phase of a paused rehearsal
    void pause();
    void resume();
    void cancel();
    // After a cancel: runs the rest of the rehearsal in the same working copy, the backfill
    // resuming from its checkpoint (what `godwit rehearse --resume` does after a crash).
    void continueCancelled();
    [[nodiscard]] bool canContinue() const;
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const std::optional<rehearsal::RehearsalResult>& result() const { return m_result; }
    // Takes one sample of the running rehearsal into the views (the timer's work; public for tests).
    void sample();

    [[nodiscard]] rehearsal::RehearsalJob* job() const { return m_job; }
    [[nodiscard]] RehearsalTimeline* timeline() const { return m_timeline; }
    [[nodiscard]] RehearsalCharts* charts() const { return m_charts; }
    [[nodiscard]] QProgressBar* progressBar() const { return m_progress; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QLabel* verdictLabel() const { return m_verdict; }
    [[nodiscard]] QListWidget* incidentList() const { return m_incidents; }
    [[nodiscard]] QSlider* batchSlider() const { return m_batch; }
    [[nodiscard]] QSlider* delaySlider() const { return m_delay; }
    [[nodiscard]] QCheckBox* faultBox(rehearsal::Fault fault) const;
    [[nodiscard]] DiffView* diffView() const { return m_diff; }
    [[nodiscard]] QTimer* sampler() const { return m_sampler; }

    // Slider position <-> batch size: a log scale from 100 to 100,000 rows.
    [[nodiscard]] static qint64 batchSizeAt(int position);
    [[nodiscard]] static int positionOf(qint64 batchSize);

Q_SIGNALS:
    void started();
    void finished(const godwit::rehearsal::RehearsalResult& result);
    void failed(const QString& message);
    void paceChanged(godwit::project::Pace pace);
    // "Show the rows" on a drift or NULL-read incident: the query that lists them, on the copy.
    void rowsRequested(const QString& title, const QString& sql, const QString& database);

private:
    void run(bool resume);
    void applyPace(rehearsal::RehearsalOptions& options) const;
    void onFinished(const rehearsal::RehearsalResult& result);
    void onFailed(const godwit::Error& error);
    void updateControls();
    void updateBatchLabel();
    void selectMigratedColumn();

    rehearsal::RehearsalPlan m_plan;
    rehearsal::RehearsalOptions m_options;
    QString m_originalPath;
    QString m_workingCopyFolder; // from Preferences, read when the view is made
    std::optional<rehearsal::RehearsalResult> m_result;
    bool m_batchTouched = false;
    bool m_running = false; // from start() to finished/failed, which arrive before the thread has ended
    QElapsedTimer m_clock;

    rehearsal::RehearsalJob* m_job = nullptr;
    QTimer* m_sampler = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_step = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_continue = nullptr;
    QSlider* m_batch = nullptr;
    QLabel* m_batchLabel = nullptr;
    QSlider* m_delay = nullptr;
    QLabel* m_delayLabel = nullptr;
    QSpinBox* m_rate = nullptr;
    QComboBox* m_pace = nullptr;
    QList<QCheckBox*> m_faults;
    QCheckBox* m_override = nullptr;
    RehearsalTimeline* m_timeline = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_verdict = nullptr;
    RehearsalCharts* m_charts = nullptr;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_incidents = nullptr;
    DiffView* m_diff = nullptr;
    QLabel* m_planLabel = nullptr;
};

} // namespace godwit::widgets
