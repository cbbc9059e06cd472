// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/rehearsal/rehearsalview.h"

#include "project/rehearsalpace.h"
#include "rehearsal/rehearsalcopy.h"
#include "rehearsal/rehearsaljob.h"
#include "widgets/common/emptystatehint.h"
#include "widgets/common/preferences.h"
#include "widgets/diff/diffview.h"
#include "widgets/rehearsal/rehearsalcharts.h"
#include "widgets/rehearsal/rehearsaltimeline.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace godwit::widgets {

using namespace godwit::rehearsal;

namespace {

    // An incident item's query for the rows behind it (drift, NULL reads), and the title of their tab.
    constexpr int kRowsSqlRole = Qt::UserRole + 1;
    constexpr int kRowsTitleRole = Qt::UserRole + 2;

    QString faultText(Fault f)
    {
        switch (f) {
        case Fault::CrashMidBackfill:
            return RehearsalView::tr("Crash mid-backfill");
        case Fault::SkipDualWrite:
            return RehearsalView::tr("Skip dual-write");
        case Fault::EarlyReadSwitch:
            return RehearsalView::tr("Switch reads early");
        case Fault::EarlyContract:
            return RehearsalView::tr("Contract early");
        case Fault::LongTransaction:
            return RehearsalView::tr("Long transaction");
        }
        return {};
    }

    QString faultTip(Fault f)
    {
        switch (f) {
        case Fault::CrashMidBackfill:
            return RehearsalView::tr("The backfill dies before a batch commits, then resumes from its checkpoint.");
        case Fault::SkipDualWrite:
            return RehearsalView::tr("No dual-write triggers: old and new columns drift apart.");
        case Fault::EarlyReadSwitch:
            return RehearsalView::tr("Reads move before the backfill: new clients read NULLs.");
        case Fault::EarlyContract:
            return RehearsalView::tr(
                "The contract runs before the backfill: data held only in the old column is lost.");
        case Fault::LongTransaction:
            return RehearsalView::tr("Another transaction holds the write lock and blocks the backfill.");
        }
        return {};
    }

} // namespace

RehearsalView::RehearsalView(QWidget* parent)
    : QWidget(parent)
    , m_job(new RehearsalJob(this))
    , m_sampler(new QTimer(this))
{
    setObjectName(QStringLiteral("rehearsalView"));
    m_options.observeMs = 1500;
    const Preferences preferences = Preferences::load();
    m_options.rate = preferences.rate;
    m_workingCopyFolder = preferences.effectiveWorkingCopyFolder();

    m_start = new QPushButton(tr("&Start"), this);
    m_step = new QPushButton(tr("S&tep"), this);
    m_pause = new QPushButton(tr("&Pause"), this);
    m_resume = new QPushButton(tr("&Resume"), this);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_continue = new QPushButton(tr("Co&ntinue"), this);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setToolTip(tr("Continue the cancelled rehearsal in its working copy; the backfill resumes from its "
                              "checkpoint"));
    m_start->setToolTip(tr("Copy the database and run every phase under simulated load"));
    m_step->setToolTip(tr("Run one phase, then pause"));
    m_batch = new QSlider(Qt::Horizontal, this);
    m_batch->setObjectName(QStringLiteral("batchSlider"));
    m_batch->setRange(0, 300);
    m_batch->setValue(positionOf(preferences.batchSize > 0 ? preferences.batchSize : 1000));
    m_batchTouched = preferences.batchSize > 0; // a chosen default wins over the plan's suggestion
    m_batch->setToolTip(tr("Rows per backfill batch; takes effect at the next batch"));
    m_batchLabel = new QLabel(this);
    m_delay = new QSlider(Qt::Horizontal, this);
    m_delay->setObjectName(QStringLiteral("delaySlider"));
    m_delay->setRange(0, 500);
    m_delay->setToolTip(tr("Pause between backfill batches; takes effect at the next batch"));
    m_delayLabel = new QLabel(tr("0 ms"), this);
    m_rate = new QSpinBox(this);
    m_rate->setRange(0, 5000);
    m_rate->setSingleStep(50);
    m_rate->setValue(int(m_options.rate));
    m_rate->setSuffix(tr(" ops/s"));
    m_rate->setToolTip(tr("Operations per second of the simulated application"));
    m_pace = new QComboBox(this);
    m_pace->setObjectName(QStringLiteral("paceBox"));
    m_pace->addItem(tr("Classroom"), int(project::Pace::Classroom));
    m_pace->addItem(tr("Realistic"), int(project::Pace::Realistic));
    m_pace->addItem(tr("Fastest"), int(project::Pace::Fastest));
    m_pace->setCurrentIndex(1);
    m_pace->setToolTip(tr("Classroom: the backfill takes about a minute, with an ETA to watch. Realistic: the batch, "
                          "delay and load as set. Fastest: no pauses, no throttling"));
    connect(m_pace, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT paceChanged(pace()); });

    auto* controls = new QHBoxLayout;
    for (QPushButton* b : { m_start, m_step, m_pause, m_resume, m_cancel, m_continue })
        controls->addWidget(b);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Batch:"), this));
    controls->addWidget(m_batch, 1);
    controls->addWidget(m_batchLabel);
    controls->addWidget(new QLabel(tr("Delay:"), this));
    controls->addWidget(m_delay, 1);
    controls->addWidget(m_delayLabel);
    controls->addWidget(new QLabel(tr("Load:"), this));
    controls->addWidget(m_rate);
    controls->addWidget(new QLabel(tr("Pace:"), this));
    controls->addWidget(m_pace);

    auto* faults = new QHBoxLayout;
    faults->addWidget(new QLabel(tr("Faults:"), this));
    for (Fault f : allFaults()) {
        auto* box = new QCheckBox(faultText(f), this);
        box->setObjectName(faultName(f));
        box->setToolTip(faultTip(f));
        connect(box, &QCheckBox::toggled, this, [this, f](bool on) { m_job->setFaultEnabled(f, on); });
        m_faults << box;
        faults->addWidget(box);
    }
    m_override = new QCheckBox(tr("Contract even if verification fails"), this);
    connect(m_override, &QCheckBox::toggled, m_job, &RehearsalJob::setOverrideVerification);
    faults->addStretch(1);
    faults->addWidget(m_override);

    m_planLabel = new QLabel(
        tr("No plan: compare the database with its target schema, then choose Migration ▸ Rehearse…"), this);
    m_planLabel->setWordWrap(true);
    m_timeline = new RehearsalTimeline(this);
    m_timeline->setPhases(phaseOrder({}), -1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("rehearsalProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Not started"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rehearsalStatus"));
    m_status->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("rehearsalVerdict"));
    m_verdict->setWordWrap(true);
    m_charts = new RehearsalCharts(this);
    m_charts->clear();
    m_incidents = new QListWidget(this);
    m_incidents->setObjectName(QStringLiteral("incidentList"));
    m_incidents->setWordWrap(true);
    m_incidents->setIconSize(QSize(16, 16));
    new EmptyStateHint(m_incidents,
        tr("No incidents yet.\nStage a mistake above (skip the dual-write, switch reads early, …) to see what "
           "each phase protects against."));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_incidents, tr("Incidents"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_charts);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_planLabel);
    layout->addLayout(controls);
    layout->addLayout(faults);
    layout->addWidget(m_timeline);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_verdict);

    connect(m_start, &QPushButton::clicked, this, &RehearsalView::start);
    connect(m_step, &QPushButton::clicked, this, &RehearsalView::step);
    connect(m_pause, &QPushButton::clicked, this, &RehearsalView::pause);
    connect(m_resume, &QPushButton::clicked, this, &RehearsalView::resume);
    connect(m_cancel, &QPushButton::clicked, this, &RehearsalView::cancel);
    connect(m_continue, &QPushButton::clicked, this, &RehearsalView::continueCancelled);
    connect(m_batch, &QSlider::valueChanged, this, [this] {
        m_batchTouched = true;
        updateBatchLabel();
        m_job->setBatchSize(batchSizeAt(m_batch->value()));
    });
    connect(m_delay, &QSlider::valueChanged, this, [this](int ms) {
        m_delayLabel->setText(tr("%1 ms").arg(ms));
        m_job->setDelayMs(ms);
    });
    connect(m_rate, &QSpinBox::valueChanged, this, [this](int rate) { m_job->setRate(rate); });
    connect(m_job, &RehearsalJob::incidentRaised, this, [this](const Incident& i) {
        auto* item = new QListWidgetItem(tr("[%1] %2 · %3 (%4 s): %5")
                                             .arg(severityName(i.severity), i.phase, i.kind)
                                             .arg(i.atMs / 1000.0, 0, 'f', 1)
                                             .arg(i.message));
        item->setData(Qt::UserRole, i.kind);
        if (!i.rowsSql.isEmpty()) {
            item->setData(kRowsSqlRole, i.rowsSql);
            item->setData(kRowsTitleRole, tr("%1 in %2").arg(i.kind, i.phase));
            item->setToolTip(tr("Double-click or press Enter to show the rows behind it, on the working copy"));
        }
        const QStyle::StandardPixmap icon = i.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
            : i.severity == Severity::Warning                             ? QStyle::SP_MessageBoxWarning
                                                                          : QStyle::SP_MessageBoxInformation;
        item->setIcon(style()->standardIcon(icon));
        m_incidents->addItem(item);
        m_incidents->scrollToBottom();
    });
    connect(m_incidents, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        // The rows live on the rehearsal's working copy, never on the original.
        const QString sql = item->data(kRowsSqlRole).toString();
        const QString copy = m_result ? m_result->copyPath : m_job->snapshot().copyPath;
        if (!sql.isEmpty() && !copy.isEmpty())
            Q_EMIT rowsRequested(item->data(kRowsTitleRole).toString(), sql, copy);
    });
    connect(m_job, &RehearsalJob::finished, this, &RehearsalView::onFinished);
    connect(m_job, &RehearsalJob::failed, this, &RehearsalView::onFailed);
    // A steady 4 Hz: the charts advance evenly however fast the rehearsal reports.
    m_sampler->setInterval(250);
    connect(m_sampler, &QTimer::timeout, this, &RehearsalView::sample);
    updateBatchLabel();
    updateControls();
}

RehearsalView::~RehearsalView()
{
    m_job->cancel();
    m_job->wait();
}

qint64 RehearsalView::batchSizeAt(int position) { return std::llround(100.0 * std::pow(10.0, position / 100.0)); }

int RehearsalView::positionOf(qint64 batchSize)
{
    return int(std::lround(100.0 * std::log10(std::max<double>(100, double(batchSize)) / 100.0)));
}

QCheckBox* RehearsalView::faultBox(Fault fault) const
{
    const int i = static_cast<int>(allFaults().indexOf(fault));
    return i >= 0 && i < m_faults.size() ? m_faults[i] : nullptr;
}

void RehearsalView::setPlan(const RehearsalPlan& plan, const QString& originalPath)
{
    m_plan = plan;
    m_originalPath = originalPath;
    int backfills = 0;
    for (const plan::PlanStep& s : plan.plan.steps) {
        if (s.backfill) {
            ++backfills;
            if (!m_batchTouched) {
                const QSignalBlocker block(m_batch);
                m_batch->setValue(positionOf(s.backfill->batchSize));
                updateBatchLabel();
            }
        }
    }
    QStringList columns;
    for (const ColumnMapping& m : plan.mappings)
        columns << tr("%1.%2 → %3").arg(m.table, m.oldColumn, m.newColumn);
    m_planLabel->setText(
        tr("Rehearse %n step(s) on a copy of %1", nullptr, int(plan.plan.steps.size())).arg(originalPath)
        + (columns.isEmpty() ? QString() : tr(" — migrating %1").arg(columns.join(QStringLiteral(", "))))
        + (backfills > 0 ? QString() : tr(" (no backfill)")));
    updateControls();
}

void RehearsalView::setComparison(const diff::ChangeSet& changes, const QString& beforeTitle, const QString& afterTitle)
{
    if (!m_diff) {
        m_diff = new DiffView(this);
        m_tabs->addTab(m_diff, tr("Before / after"));
        connect(m_diff, &DiffView::layoutFinished, this, &RehearsalView::selectMigratedColumn);
    }
    m_diff->setChangeSet(changes, beforeTitle, afterTitle);
}

void RehearsalView::selectMigratedColumn()
{
    if (!m_diff || m_plan.mappings.isEmpty())
        return;
    const ColumnMapping& m = m_plan.mappings.front();
    m_diff->selectChange(QStringLiteral("column:%1.%2").arg(m.table, m.newColumn));
}

void RehearsalView::updateBatchLabel()
{
    m_batchLabel->setText(tr("%1 rows").arg(QLocale().toString(batchSizeAt(m_batch->value()))));
}

bool RehearsalView::isRunning() const { return m_running; }

void RehearsalView::updateControls()
{
    const bool running = isRunning();
    m_start->setEnabled(!running && hasPlan());
    m_step->setEnabled(hasPlan());
    m_pause->setEnabled(running);
    m_resume->setEnabled(running);
    m_cancel->setEnabled(running);
    m_continue->setEnabled(canContinue());
    m_rate->setEnabled(true);
}

void RehearsalView::start() { run(false); }

void RehearsalView::setPace(project::Pace pace) { m_pace->setCurrentIndex(m_pace->findData(int(pace))); }

project::Pace RehearsalView::pace() const { return project::Pace(m_pace->currentData().toInt()); }

void RehearsalView::setFault(Fault fault, bool on) { faultBox(fault)->setChecked(on); }

void RehearsalView::applyPace(RehearsalOptions& options) const
{
    if (pace() == project::Pace::Realistic)
        return;
    project::RehearsalSettings settings;
    settings.pace = pace();
    settings.rate = options.rate;
    settings.delayMs = options.pacing.delayMs;
    settings.budgetMs = options.latencyBudgetMs;
    settings.faults = options.faults;
    settings.batchSize = options.planBatchSize ? 0 : options.pacing.batchSize;
    qint64 rows = 0;
    if (settings.pace == project::Pace::Classroom) {
        // The rows to backfill size the batches; without a count the plan's own pacing stays.
        if (auto counted = project::RehearsalPace::backfillRows(m_originalPath, m_plan.plan))
            rows = *counted;
    }
    project::RehearsalPace::apply(settings, rows, options);
}

bool RehearsalView::canContinue() const
{
    return !isRunning() && hasPlan() && m_result && m_result->cancelled && QFileInfo::exists(m_result->copyPath);
}

void RehearsalView::continueCancelled()
{
    if (canContinue())
        run(true);
}

void RehearsalView::run(bool resume)
{
    if (isRunning() || !hasPlan())
        return;
    RehearsalOptions options = m_options;
    options.originalPath = m_originalPath;
    options.resume = resume;
    if (resume)
        options.copyPath = m_result->copyPath;
    else if (options.copyPath.isEmpty() || QFileInfo::exists(options.copyPath)) {
        QDir().mkpath(m_workingCopyFolder);
        options.copyPath = rehearsal::RehearsalCopy::suggestedPath(m_originalPath, m_workingCopyFolder);
    }
    options.rate = m_rate->value();
    options.pacing.delayMs = m_delay->value();
    if (m_batchTouched) {
        options.pacing.batchSize = batchSizeAt(m_batch->value());
        options.planBatchSize = false;
    }
    options.faults.clear();
    for (Fault f : allFaults()) {
        if (faultBox(f)->isChecked())
            options.faults << f;
    }
    options.overrideVerification = m_override->isChecked();
    applyPace(options);
    m_result.reset();
    m_incidents->clear();
    m_charts->clear();
    m_verdict->clear();
    m_timeline->setIncidents({});
    m_timeline->setPhases(phaseOrder(options.faults), -1);
    m_clock.start();
    m_running = true;
    m_job->start(m_plan, options);
    m_sampler->start();
    updateControls();
    Q_EMIT started();
}

void RehearsalView::step()
{
    if (!isRunning()) {
        RehearsalOptions saved = m_options;
        m_options.stepMode = true;
        start();
        m_options = saved;
        return;
    }
    m_job->step();
}

void RehearsalView::pause() { m_job->pause(); }

void RehearsalView::resume() { m_job->resume(); }

void RehearsalView::cancel() { m_job->cancel(); }

void RehearsalView::sample()
{
    const RehearsalSnapshot s = m_job->snapshot();
    m_timeline->setPhases(s.phases, s.current);
    m_timeline->setIncidents(s.incidents);
    m_status->setText(s.statusLine().toString());
    const BackfillProgress& b = s.backfill;
    if (s.state.state == RunState::Copying || s.state.state == RunState::Hashing) {
        m_progress->setValue(int(s.copy.fraction() * 1000));
        if (s.copy.waiting)
            m_progress->setFormat(tr("Copying the database: %p% · waiting: another process is writing the original"));
        else if (s.copy.restarts > 0)
            m_progress->setFormat(tr("Copying the database: %p% · restarted %n time(s): another process is writing "
                                     "the original",
                nullptr, s.copy.restarts));
        else
            m_progress->setFormat(tr("Copying the database: %p%"));
    } else if (b.rowsTotal > 0) {
        m_progress->setValue(int(b.fraction() * 1000));
        m_progress->setFormat(
            tr("Backfill %1 / %2 rows (%p%) · ETA %3")
                .arg(QLocale().toString(b.rowsDone), QLocale().toString(b.rowsTotal), s.statusLine().eta()));
    } else {
        m_progress->setValue(0);
        m_progress->setFormat(s.state.state == RunState::Starting ? tr("Starting") : s.state.name());
    }
    if (s.running || s.finished)
        m_charts->addSample(m_clock.elapsed() / 1000.0, s);
    updateControls();
}

void RehearsalView::onFinished(const RehearsalResult& result)
{
    m_running = false;
    m_sampler->stop();
    sample();
    m_result = result;
    const QString hash = result.originalHashAfter.left(12);
    const QString drift = result.driftRows >= 0 ? tr("%n row(s)", nullptr, int(result.driftRows))
                                                : tr("not measured (%1)").arg(result.driftNotMeasured.toHtmlEscaped());
    if (result.ok) {
        m_verdict->setText(tr("<b>Verdict: ok.</b> Drift %1; the original is unchanged (SHA-256 %2…). Working copy: %3")
                               .arg(drift, hash, result.copyPath.toHtmlEscaped()));
    } else if (result.cancelled) {
        // What was done before the cancel, not a failure: the copy resumes from its checkpoint.
        m_verdict->setText(tr("<b>Verdict: cancelled</b> during %1. Drift so far %2; original %3 (SHA-256 %4…). "
                              "Working copy (resumable): %5")
                               .arg(result.phases.isEmpty() ? tr("the start") : result.phases.back().title, drift,
                                   result.originalUnchanged() ? tr("unchanged") : tr("CHANGED"), hash,
                                   result.copyPath.toHtmlEscaped()));
    } else {
        QStringList reasons;
        for (const QString& r : result.reasons.mid(0, 4))
            reasons << r.toHtmlEscaped();
        m_verdict->setText(
            tr("<b>Verdict: failed.</b> %1<br>Original %2 (SHA-256 %3…). Working copy: %4")
                .arg(reasons.join(QStringLiteral("<br>")), result.originalUnchanged() ? tr("unchanged") : tr("CHANGED"),
                    hash, result.copyPath.toHtmlEscaped()));
    }
    updateControls();
    Q_EMIT finished(result);
}

void RehearsalView::onFailed(const godwit::Error& error)
{
    m_running = false;
    m_sampler->stop();
    sample();
    if (error.code == Error::Code::Cancelled)
        m_verdict->setText(tr("<b>Cancelled</b> before the rehearsal began; no working copy was left behind."));
    else
        m_verdict->setText(tr("<b>The rehearsal could not run:</b> %1").arg(error.toString().toHtmlEscaped()));
    updateControls();
    Q_EMIT failed(error.toString());
}

} // namespace godwit::widgets
