// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/guidedexample.h"

#include "core/error.h"
#include "project/workspace.h"
#include "rehearsal/fault.h"
#include "sample/ordersgenerator.h"
#include "widgets/common/preferences.h"
#include "widgets/rehearsal/rehearsalview.h"
#include "widgets/rehearsal/rehearsalworkbench.h"
#include "widgets/review/reviewworkbench.h"
#include "widgets/shell/mainactions.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/modecontroller.h"
#include "widgets/shell/projectcontroller.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>

namespace godwit::widgets {

namespace {

    QString remaining(qint64 ms)
    {
        const qint64 seconds = (ms + 999) / 1000;
        return seconds >= 60 ? GuidedExample::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                             : GuidedExample::tr("%1 s").arg(seconds);
    }

} // namespace

GuidedExample::GuidedExample(MainWindow* window, ModeController* modes, QString samples)
    : QObject(window)
    , m_window(window)
    , m_modes(modes)
    , m_samples(std::move(samples))
    , m_runner(this)
{
    setObjectName(QStringLiteral("guidedExample"));
    m_startAction = new QAction(tr("&Learn Expand-Contract"), this);
    m_startAction->setObjectName(QStringLiteral("learnExpandContractAction"));
    m_startAction->setStatusTip(tr("The orders example with 1,000,000 orders, step by step: compare, plan, "
                                   "rehearse, a staged mistake, review"));
    connect(m_startAction, &QAction::triggered, this, &GuidedExample::start);
    m_mistake = new QAction(tr("Stage the Mistake"), this);
    m_mistake->setObjectName(QStringLiteral("stageMistakeAction"));
    m_mistake->setStatusTip(tr("Rehearse the same plan with its dual-write skipped"));
    connect(m_mistake, &QAction::triggered, this, &GuidedExample::stageMistake);

    connect(window->workspace(), &project::Workspace::comparisonChanged, this, [this] {
        if (m_step == Step::Making && m_awaitingCompare && m_window->workspace()->hasComparison()) {
            m_awaitingCompare = false;
            m_toCompare = m_clock.elapsed();
            setStep(Step::Compare);
        }
    });
    connect(modes, &ModeController::modeChanged, this, [this](Mode mode) {
        if (m_step == Step::Compare && mode == Mode::Plan)
            setStep(Step::Plan);
        else if (m_step == Step::Plan && mode == Mode::Rehearse)
            setStep(Step::Rehearse);
    });
    connect(window->rehearsal()->view(), &RehearsalView::finished, this,
        [this](const rehearsal::RehearsalResult& result) { onRehearsalFinished(result.ok); });
    connect(window->rehearsal()->view(), &RehearsalView::started, this, &GuidedExample::showGuide);
}

GuidedExample::~GuidedExample() = default;

QString GuidedExample::folder() const
{
    if (!m_folder.isEmpty())
        return m_folder;
    return QDir(Preferences::load().effectiveWorkingCopyFolder()).filePath(QStringLiteral("learn-expand-contract"));
}

QString GuidedExample::databasePath() const
{
    return QDir(folder()).filePath(QStringLiteral("orders-%1.db").arg(m_orders));
}

QString GuidedExample::projectPath() const
{
    return QDir(folder()).filePath(QStringLiteral("learn-expand-contract.godwit"));
}

void GuidedExample::start()
{
    if (m_runner.isRunning() || !m_window->projects()->maybeSave())
        return;
    m_clock.start();
    m_toCompare = -1;
    if (!QDir().mkpath(folder())) {
        Q_EMIT errorOccurred(tr("Godwit could not make the folder for the example."), folder());
        return;
    }
    setStep(Step::Making);
    // Made once: the same seed gives the same file, so a second lesson starts at once.
    if (QFileInfo::exists(databasePath()))
        openProject();
    else
        makeDatabase();
}

void GuidedExample::stop()
{
    m_runner.cancel();
    closeProgress();
    setStep(Step::Off);
}

void GuidedExample::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->disconnect(this); // closing a progress dialog says "canceled"
    m_progress->close();
}

void GuidedExample::makeDatabase()
{
    m_progress = new QProgressDialog(m_window);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowTitle(tr("Learn Expand-Contract"));
    m_progress->setLabelText(tr("Making the orders example: %L1 orders…").arg(m_orders));
    m_progress->setRange(0, 1000);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &GuidedExample::stop);
    m_progress->show();

    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_runner.start([this, clock, path = databasePath(), orders = m_orders](const Job& job) {
        sample::OrdersGenerator::Options options;
        options.orders = orders;
        options.overwrite = true;
        options.progress = [this, job, clock](qint64 done, qint64 total) {
            job.post([this, clock, done, total] {
                if (!m_progress || total <= 0)
                    return;
                m_progress->setValue(int(done * 1000 / total));
                // The ETA from the rate so far, once there is a rate to go by.
                const qint64 elapsed = clock->elapsed();
                const QString eta = done > 0 && elapsed > 500
                    ? tr(" · about %1 left").arg(remaining(elapsed * (total - done) / done))
                    : QString();
                m_progress->setLabelText(
                    tr("Making the orders example: %L1 of %L2 orders%3").arg(done).arg(total).arg(eta));
            });
            return !job.isCancelled();
        };
        auto made = sample::OrdersGenerator::generate(path, options);
        job.finish([this, made] {
            closeProgress();
            if (made)
                openProject();
            else if (made.error().code != Error::Code::Cancelled) {
                setStep(Step::Off);
                Q_EMIT errorOccurred(tr("Godwit could not make the orders example."), made.error().toString());
            }
        });
    });
}

bool GuidedExample::copyMigrations(QString* error) const
{
    const QDir target(QDir(folder()).filePath(QStringLiteral("migrations")));
    if (!QDir().mkpath(target.path())) {
        *error = target.path();
        return false;
    }
    const QStringList names = QDir(m_samples).entryList({ QStringLiteral("V*.sql") }, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString to = target.filePath(name);
        QFile::remove(to);
        if (!QFile::copy(QDir(m_samples).filePath(name), to)) {
            *error = to;
            return false;
        }
        // A copy from the resources is read-only; the user's copy is theirs to edit.
        QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::WriteOwner);
    }
    if (names.isEmpty())
        *error = m_samples; // no migrations where the example's should be
    return !names.isEmpty();
}

void GuidedExample::openProject()
{
    QString failed;
    if (!copyMigrations(&failed)) {
        setStep(Step::Off);
        Q_EMIT errorOccurred(tr("Godwit could not copy the example's migrations."), failed);
        return;
    }
    project::Project p;
    p.before = databasePath();
    p.after = QDir(folder()).filePath(QStringLiteral("migrations"));
    p.afterKind = project::AfterKind::Migrations;
    p.rehearsal.pace = project::Pace::Classroom;
    project::Workspace* workspace = m_window->workspace();
    workspace->newProject(p);
    if (auto saved = workspace->saveAs(projectPath()); !saved) {
        setStep(Step::Off);
        Q_EMIT errorOccurred(tr("Godwit could not save the example's project."), saved.error().toString());
        return;
    }
    // Opens the database, then compares it with the migrations; the Compare step follows that
    // comparison, not the one the window showed while the project was being replaced.
    m_window->projects()->openProject(projectPath());
    m_awaitingCompare = true;
}

void GuidedExample::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    showGuide();
    Q_EMIT stepChanged(step);
}

void GuidedExample::showGuide()
{
    MainActions* actions = m_window->actions();
    RehearsalView* view = m_window->rehearsal()->view();
    switch (m_step) {
    case Step::Off:
    case Step::Making:
        m_modes->setGuide({});
        return;
    case Step::Compare:
        m_modes->setGuide(tr("Learn expand-contract · 1 of 5 · The migrations V2–V4 retire orders.estimated_delivery "
                             "for shipping_eta: on the left the database now, on the right what they make of it."),
            actions->plan, tr("Plan This Change"));
        return;
    case Step::Plan:
        m_modes->setGuide(tr("2 of 5 · The rename in five phases: expand adds shipping_eta, the dual-write keeps both "
                             "columns equal, the backfill copies the old rows, the read switch moves the readers, "
                             "the contract drops estimated_delivery. Close the wizard to go on."),
            m_window->rehearsal()->rehearseAction(), tr("Rehearse the Plan"));
        return;
    case Step::Rehearse:
        m_modes->setGuide(view->isRunning()
                ? tr("3 of 5 · The backfill copies %L1 orders while the simulated application keeps writing: "
                     "drift must stay at 0.")
                      .arg(m_orders)
                : tr("3 of 5 · Press Start: the plan runs on a copy of the %L1 orders at the Classroom pace, about "
                     "a minute, while a simulated application keeps reading and writing.")
                      .arg(m_orders));
        return;
    case Step::Mistake:
        m_modes->setGuide(view->isRunning()
                ? tr("4 of 5 · The dual-write is skipped: orders the application writes during the backfill keep "
                     "the old column only. Watch the drift.")
                : tr("4 of 5 · The plan held. Now a staged mistake: the same plan with its dual-write skipped."),
            view->isRunning() ? nullptr : m_mistake, tr("Stage the Mistake"));
        return;
    case Step::Review:
        m_modes->setGuide(tr("5 of 5 · Skipping the dual-write left rows behind: that is what the dual-write is for. "
                             "The review document puts the change, the plan and the rehearsal on paper."),
            m_window->review()->reviewAction(), tr("Write the Review"));
        return;
    }
}

void GuidedExample::stageMistake()
{
    RehearsalView* view = m_window->rehearsal()->view();
    view->setFault(rehearsal::Fault::SkipDualWrite, true);
    view->start();
}

void GuidedExample::onRehearsalFinished(bool ok)
{
    if (m_step == Step::Rehearse && ok)
        setStep(Step::Mistake);
    else if (m_step == Step::Mistake && !ok)
        setStep(Step::Review);
    else
        showGuide();
}

} // namespace godwit::widgets
