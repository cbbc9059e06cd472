// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsecommand.h"

#include "core/textfile.h"
#include "migrations/migratedschema.h"
#include "parser.h"
#include "plan/answersjson.h"
#include "project/rehearsalpace.h"
#include "projectoption.h"
#include "queries/querylist.h"
#include "rehearsal/planjsonreader.h"
#include "rehearsal/rehearsaljson.h"
#include "rehearsal/rehearsalrunner.h"
#include "renamesoption.h"
#include "sample/ordersgenerator.h"
#include "sqlite/workingcopy.h"

#include <atomic>
#include <csignal>
#include <thread>
#include <unistd.h>

#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace godwit::cli {

using namespace godwit::rehearsal;

namespace {

    std::atomic_bool interrupted { false };

    void onInterrupt(int) { interrupted.store(true); }

    QString latency(double ms)
    {
        return ms < 10 ? QStringLiteral("%1 ms").arg(ms, 0, 'f', 2) : QStringLiteral("%1 ms").arg(qRound64(ms));
    }

    void printSummary(QTextStream& out, const RehearsalResult& r)
    {
        out << QStringLiteral("Rehearsal of %1 -> %2\nworking copy: %3\n\n").arg(r.planBefore, r.planAfter, r.copyPath);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(QStringLiteral("phase").leftJustified(20), QStringLiteral("status").leftJustified(9),
                       QStringLiteral("time").rightJustified(8), QStringLiteral("ops/s").rightJustified(6),
                       QStringLiteral("read p99").rightJustified(9), QStringLiteral("write p99").rightJustified(10),
                       QStringLiteral("backfilled").rightJustified(10), QStringLiteral("drift").rightJustified(6),
                       QStringLiteral("NULL reads / errors (old, new)"));
        for (const PhaseRecord& p : r.phases) {
            qint64 backfilled = 0;
            for (const BackfillSummary& b : p.backfills)
                backfilled += b.rowsThisRun;
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                       .arg(p.title.leftJustified(20), phaseStatusName(p.status).leftJustified(9),
                           QStringLiteral("%1 s").arg(p.durationMs / 1000.0, 0, 'f', 1).rightJustified(8),
                           QString::number(qRound64(p.workload.operationsPerSecond)).rightJustified(6),
                           latency(p.workload.reads.p99Ms).rightJustified(9),
                           latency(p.workload.writes.p99Ms).rightJustified(10),
                           QString::number(backfilled).rightJustified(10),
                           (p.driftRows < 0 ? QStringLiteral("-") : QString::number(p.driftRows)).rightJustified(6),
                           QStringLiteral("%1, %2 / %3, %4")
                               .arg(p.workload.oldVersion.nullReads)
                               .arg(p.workload.newVersion.nullReads)
                               .arg(p.workload.oldVersion.errors)
                               .arg(p.workload.newVersion.errors));
        }
        if (!r.incidents.isEmpty()) {
            out << QStringLiteral("\nincidents:\n");
            for (const Incident& i : r.incidents)
                out << QStringLiteral("  [%1] %2 at %3 s, %4: %5\n")
                           .arg(severityName(i.severity), i.kind)
                           .arg(i.atMs / 1000.0, 0, 'f', 1)
                           .arg(i.phase, i.message);
        }
        if (r.verification) {
            const Verification& v = *r.verification;
            out << QStringLiteral(
                "\nverification: drift %1, NULL where a value is required %2, foreign key violations %3, "
                "integrity %4, original rows %5\n")
                       .arg(r.driftRows >= 0
                               ? QStringLiteral("%1 rows").arg(r.driftRows)
                               : QStringLiteral("not measured (%1)")
                                     .arg(r.driftNotMeasured.isEmpty() ? QStringLiteral("no reason recorded")
                                                                       : r.driftNotMeasured))
                       .arg(v.nullRows)
                       .arg(v.foreignKeyViolations)
                       .arg(v.integrity,
                           std::ranges::all_of(v.counts, [](const TableCount& c) { return c.before == c.after; })
                               ? QStringLiteral("all present")
                               : QStringLiteral("some missing"));
        }
        out << QStringLiteral("original: %1 (sha256 %2%3)\n")
                   .arg(r.originalUnchanged() ? QStringLiteral("unchanged") : QStringLiteral("CHANGED"),
                       r.originalHashAfter,
                       r.originalWalHashAfter.isEmpty()
                           ? QString()
                           : QStringLiteral(", -wal sha256 %1").arg(r.originalWalHashAfter));
        out << QStringLiteral("verdict: %1\n").arg(r.verdict());
        for (const QString& reason : r.reasons)
            out << QStringLiteral("  - %1\n").arg(reason);
        out.flush();
    }

    // The command's options, declared once for the parser and the steps that read them.
    struct Options {
        const QCommandLineOption db { QStringLiteral("db"), QStringLiteral("The database to rehearse on (only read)."),
            QStringLiteral("FILE") };
        const QCommandLineOption planFile { QStringLiteral("plan"),
            QStringLiteral("A plan from 'godwit plan --format json'."), QStringLiteral("PLAN.json") };
        const QCommandLineOption to { QStringLiteral("to"),
            QStringLiteral("Plan the change to this schema: a database, .sql, Mermaid file, or migrations folder."),
            QStringLiteral("AFTER") };
        const QCommandLineOption renames = renamesOption(
            QStringLiteral("with --to: planned as renames, as accept does, each marked a proposal in the plan"),
            diff::RenamePolicy::Accept);
        const QCommandLineOption rows { QStringLiteral("rows"),
            QStringLiteral("Create --db first as the bundled orders sample with N orders (it must not exist yet)."),
            QStringLiteral("N") };
        const QCommandLineOption rate { QStringLiteral("rate"),
            QStringLiteral("Simulated application operations per second (default 200)."), QStringLiteral("R"),
            QStringLiteral("200") };
        const QCommandLineOption batch { QStringLiteral("batch"),
            QStringLiteral("Backfill batch size in rows (default: the plan's)."), QStringLiteral("N") };
        const QCommandLineOption batchTime { QStringLiteral("batch-time"),
            QStringLiteral("Size backfill batches to take about MS milliseconds each (adaptive)."),
            QStringLiteral("MS") };
        const QCommandLineOption delay { QStringLiteral("delay"),
            QStringLiteral("Pause between backfill batches (default 0)."), QStringLiteral("MS"), QStringLiteral("0") };
        const QCommandLineOption budget { QStringLiteral("budget"),
            QStringLiteral("Throttle the backfill while the workload's p99 latency exceeds MS (default 50)."),
            QStringLiteral("MS"), QStringLiteral("50") };
        const QCommandLineOption phaseTime { QStringLiteral("phase-time"),
            QStringLiteral("How long each phase other than the backfill watches the workload (default 1000)."),
            QStringLiteral("MS"), QStringLiteral("1000") };
        const QCommandLineOption fault { QStringLiteral("fault"),
            QStringLiteral("Stage a mistake (repeatable): %1.").arg(faultNames().join(QStringLiteral(", "))),
            QStringLiteral("NAME") };
        const QCommandLineOption json { QStringLiteral("json"),
            QStringLiteral("Write the record of the run as JSON ('-': stdout)."), QStringLiteral("OUT") };
        const QCommandLineOption copy { QStringLiteral("copy"),
            QStringLiteral("Where the working copy goes (default: a new file in %1).")
                .arg(sqlite::WorkingCopy::defaultFolder()),
            QStringLiteral("PATH") };
        const QCommandLineOption resume { QStringLiteral("resume"),
            QStringLiteral("Continue the rehearsal in --copy after a crash or a cancel (the backfill resumes from its "
                           "checkpoint).") };
        const QCommandLineOption overrideVerification { QStringLiteral("override"),
            QStringLiteral("Run the contract even when its verification fails.") };
        const QCommandLineOption queries { QStringLiteral("queries"),
            QStringLiteral("Drive the simulated application with these queries and weights (a query file, as for "
                           "'godwit queries'); default: derived from the schema and the plan."),
            QStringLiteral("FILE") };
        const QCommandLineOption audit { QStringLiteral("audit"),
            QStringLiteral("Count every row the backfill updates, to prove none is done twice or missed.") };
        const QCommandLineOption answers { QStringLiteral("answers"),
            QStringLiteral("With --to: a godwit.answers file (the decision wizard's answers: skip the dual-write, "
                           "batch sizes, fill values)."),
            QStringLiteral("A.json") };
        const QCommandLineOption pace { QStringLiteral("pace"),
            QStringLiteral("classroom (the backfill takes about a minute), realistic (default: the settings as given) "
                           "or fastest (no pauses, no throttle)."),
            QStringLiteral("pace") };
        const ProjectOption project;

        [[nodiscard]] QList<QCommandLineOption> all() const
        {
            return { db, planFile, to, renames, rows, rate, batch, batchTime, delay, budget, phaseTime, fault, json,
                copy, resume, overrideVerification, audit, queries, answers, pace, project.option() };
        }
    };

    bool number(const Parser& parser, const QCommandLineOption& option, double minimum, double* value)
    {
        bool ok = false;
        *value = parser.value(option).toDouble(&ok);
        return ok && *value >= minimum;
    }

    // The workload's rate and the backfill's pacing into `settings` (the project's, or the
    // defaults; an option given on the command line wins); an exit code on a bad value.
    std::optional<int> readPacing(const Parser& parser, const Options& o, bool fromProject,
        project::RehearsalSettings& settings, RehearsalOptions& options, QTextStream& err)
    {
        double value = 0;
        if (parser.isSet(o.rate) || !fromProject) {
            if (!number(parser, o.rate, 0, &value))
                return reportError(err,
                    QStringLiteral("--rate needs a number of operations per second, not '%1'")
                        .arg(parser.value(o.rate)));
            settings.rate = value;
        }
        if (parser.isSet(o.batch)) {
            if (!number(parser, o.batch, 1, &value))
                return reportError(
                    err, QStringLiteral("--batch needs a number of rows, not '%1'").arg(parser.value(o.batch)));
            settings.batchSize = int(std::min(value, 1e9));
        }
        if (parser.isSet(o.batchTime)) {
            if (!number(parser, o.batchTime, 1, &value))
                return reportError(
                    err, QStringLiteral("--batch-time needs milliseconds, not '%1'").arg(parser.value(o.batchTime)));
            options.pacing.targetBatchMs = int(value);
        }
        if (parser.isSet(o.delay) || !fromProject) {
            if (!number(parser, o.delay, 0, &value))
                return reportError(
                    err, QStringLiteral("--delay needs milliseconds, not '%1'").arg(parser.value(o.delay)));
            settings.delayMs = int(value);
        }
        if (parser.isSet(o.budget) || !fromProject) {
            if (!number(parser, o.budget, 0.1, &value))
                return reportError(
                    err, QStringLiteral("--budget needs milliseconds, not '%1'").arg(parser.value(o.budget)));
            settings.budgetMs = value;
        }
        if (!number(parser, o.phaseTime, 0, &value))
            return reportError(
                err, QStringLiteral("--phase-time needs milliseconds, not '%1'").arg(parser.value(o.phaseTime)));
        options.observeMs = int(value);
        if (parser.isSet(o.pace)) {
            const auto chosen = project::paceFromName(parser.value(o.pace));
            if (!chosen)
                return reportError(err,
                    QStringLiteral("unknown pace '%1' (expected classroom, realistic or fastest)")
                        .arg(parser.value(o.pace)));
            settings.pace = *chosen;
        }
        return std::nullopt;
    }

    // --rows creates the orders sample first (its own queries drive it); --queries names others.
    std::optional<int> prepareDatabase(
        const Parser& parser, const Options& o, const project::Project* p, RehearsalOptions& options, QTextStream& err)
    {
        if (parser.isSet(o.rows)) {
            double value = 0;
            if (!number(parser, o.rows, 0, &value))
                return reportError(
                    err, QStringLiteral("--rows needs a whole number of orders, not '%1'").arg(parser.value(o.rows)));
            if (QFileInfo::exists(options.originalPath))
                return reportError(err,
                    QStringLiteral("%1: already exists; --rows creates the orders sample there (leave --rows out to "
                                   "rehearse on it)")
                        .arg(options.originalPath));
            sample::OrdersGenerator::Options sample;
            sample.orders = qint64(value);
            if (auto r = sample::OrdersGenerator::generate(options.originalPath, sample); !r)
                return reportError(err, r.error());
            err << QStringLiteral("godwit: created %1 with %2 orders\n").arg(options.originalPath).arg(sample.orders);
            err.flush();
            if (!parser.isSet(o.queries)) {
                auto list = queries::QueryList::ordersSample();
                if (!list)
                    return reportError(err, list.error());
                options.queries = *list;
            }
        }
        const QString queryFile = p ? p->queries : parser.value(o.queries);
        if (!queryFile.isEmpty()) {
            auto list = queries::QueryList::readFile(queryFile);
            if (!list)
                return reportError(err, list.error());
            options.queries = *list;
        }
        return std::nullopt;
    }

    // The plan to rehearse: made for the project or --to (with the answers), or read from --plan.
    Result<RehearsalPlan> loadPlan(const Parser& parser, const Options& o, const project::Project* p,
        const RehearsalOptions& options, diff::RenamePolicy renames)
    {
        if (p || parser.isSet(o.to)) {
            plan::Answers answers = p ? p->answers : plan::Answers {};
            if (parser.isSet(o.answers)) {
                auto read = plan::AnswersJson::readFile(parser.value(o.answers));
                if (!read)
                    return std::unexpected(read.error());
                answers = *read;
            }
            diff::DiffOptions diffOptions = p ? p->diffOptions() : diff::DiffOptions {};
            if (!p)
                diffOptions.renames = renames;
            return RehearsalPlan::forTarget(
                options.originalPath, p ? p->after : parser.value(o.to), diffOptions, answers);
        }
        auto read = PlanJsonReader::readFile(parser.value(o.planFile));
        if (!read)
            return std::unexpected(read.error());
        RehearsalPlan fromFile = RehearsalPlan::fromMigrationPlan(*read);
        // The new clients' names come from the plan's target when it can still be read.
        if (!read->after.isEmpty() && QFileInfo::exists(read->after)) {
            if (auto after = migrations::MigratedSchema::readSources(options.originalPath, read->after).second)
                fromFile.after = *after;
        }
        return fromFile;
    }

    // Runs the rehearsal on a worker thread while this one prints gh-ost's status line (rewritten
    // in place on a terminal, one line a second in a log) and turns Ctrl-C into a cancel.
    Result<RehearsalResult> runWithStatusLine(RehearsalRunner& runner, QTextStream& err)
    {
        Result<RehearsalResult> result = fail(Error::Code::Cancelled, QStringLiteral("not run"));
        std::atomic_bool done { false };
        std::thread worker([&] {
            result = runner.run();
            done.store(true);
        });
        struct sigaction action = {};
        struct sigaction previous = {};
        action.sa_handler = &onInterrupt;
        sigaction(SIGINT, &action, &previous);
        const bool tty = isatty(STDERR_FILENO) == 1;
        auto printStatus = [&] {
            const QString line = runner.snapshot().statusLine().toString();
            err << (tty ? QStringLiteral("\r\x1b[K") + line : line + QLatin1Char('\n'));
            err.flush();
        };
        int tick = 0;
        while (!done.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (interrupted.exchange(false))
                runner.controls().cancel();
            if (++tick % (tty ? 5 : 20) == 0)
                printStatus();
        }
        worker.join();
        sigaction(SIGINT, &previous, nullptr);
        if (tty)
            err << QStringLiteral("\r\x1b[K");
        if (!result)
            return result;
        printStatus();
        if (tty)
            err << '\n';
        return result;
    }

    // --json: the record of the run, on stdout for '-'; an exit code when it cannot be written.
    std::optional<int> writeRecord(
        const Parser& parser, const Options& o, const RehearsalResult& result, QTextStream& out, QTextStream& err)
    {
        if (!parser.isSet(o.json))
            return std::nullopt;
        const QString text = RehearsalJson::write(result);
        if (parser.value(o.json) == QLatin1String("-")) {
            out << text;
            out.flush();
            return std::nullopt;
        }
        // Never a truncated record: the old file stays until the whole new one is in place.
        if (auto saved = TextFile::write(parser.value(o.json), text); !saved)
            return reportError(err, saved.error());
        return std::nullopt;
    }

    // The settings into `options`; Classroom pace counts the rows to backfill to last about a minute.
    std::optional<int> applyPace(const project::RehearsalSettings& settings, const RehearsalPlan& plan,
        RehearsalOptions& options, QTextStream& err)
    {
        qint64 backfillRows = 0;
        if (settings.pace == project::Pace::Classroom) {
            auto counted = project::RehearsalPace::backfillRows(options.originalPath, plan.plan);
            if (!counted)
                return reportError(err, counted.error());
            backfillRows = *counted;
        }
        project::RehearsalPace::apply(settings, backfillRows, options);
        return std::nullopt;
    }

    // --db and the pacing, fault and audit options into `options`; an exit code on a bad value.
    std::optional<int> readOptions(const Parser& parser, const Options& o, const project::Project* p,
        project::RehearsalSettings& settings, RehearsalOptions& options, QTextStream& err)
    {
        if (!p && !parser.isSet(o.db))
            return reportError(err, QStringLiteral("--db FILE is required (see 'godwit rehearse --help')"));
        if (!p && parser.isSet(o.planFile) == parser.isSet(o.to))
            return reportError(err, QStringLiteral("give exactly one of --plan PLAN.json and --to AFTER"));
        if (parser.isSet(o.answers) && !parser.isSet(o.to))
            return reportError(
                err, QStringLiteral("--answers needs --to AFTER (a --plan file already has its answers)"));
        if (parser.isSet(o.batch) && parser.isSet(o.batchTime))
            return reportError(err, QStringLiteral("--batch and --batch-time exclude each other"));
        if (parser.isSet(o.resume) && !parser.isSet(o.copy))
            return reportError(err, QStringLiteral("--resume needs --copy PATH (the working copy to continue)"));
        options.originalPath = p ? p->before : parser.value(o.db);
        options.copyPath = parser.value(o.copy);
        options.resume = parser.isSet(o.resume);
        options.overrideVerification = parser.isSet(o.overrideVerification);
        options.audit = parser.isSet(o.audit);
        if (auto done = readPacing(parser, o, p != nullptr, settings, options, err))
            return done;
        for (const QString& name : parser.values(o.fault)) {
            const auto f = faultFromName(name);
            if (!f)
                return reportError(err,
                    QStringLiteral("unknown fault '%1' (expected one of %2)")
                        .arg(name, faultNames().join(QStringLiteral(", "))));
            if (!settings.faults.contains(*f))
                settings.faults << *f;
        }
        return std::nullopt;
    }
} // namespace

QString RehearseCommand::summary() const
{
    return QStringLiteral("Run the migration plan on a copy under simulated application load");
}

int RehearseCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Parser parser(name(),
        QStringLiteral(
            "%1.\n\nThe database is copied (SQLite backup API) and never written; the plan runs phase by phase on\n"
            "the copy while old and new clients read and write it. Exit 0: verdict ok; 1: the rehearsal found\n"
            "a problem; 2: error.\n\n"
            "Examples:\n"
            "  godwit rehearse --db app.db --to target.sql --json record.json\n"
            "  godwit rehearse --db orders.db --rows 100000 --to resources/samples/orders --fault skip-dual-write\n"
            "  godwit rehearse --db app.db --plan plan.json --copy work.db   (killed?  add --resume)")
            .arg(summary()));
    const Options o;
    parser.addOptions(o.all());
    if (auto done = parser.parse(arguments, out, err, 0, 0))
        return *done;

    auto fromProject = o.project.read(parser, { o.db, o.planFile, o.to, o.renames, o.rows, o.answers, o.queries });
    if (!fromProject)
        return reportError(err, fromProject.error());
    const project::Project* p = *fromProject ? &**fromProject : nullptr;
    RehearsalOptions options;
    project::RehearsalSettings settings = p ? p->rehearsal : project::RehearsalSettings {};
    if (auto done = readOptions(parser, o, p, settings, options, err))
        return *done;
    const std::optional<diff::RenamePolicy> policy = renamePolicy(parser, o.renames, err);
    if (!policy)
        return ExitCode::Failure;
    if (auto done = prepareDatabase(parser, o, p, options, err))
        return *done;
    const Result<RehearsalPlan> plan = loadPlan(parser, o, p, options, *policy);
    if (!plan)
        return reportError(err, plan.error());
    if (auto done = applyPace(settings, *plan, options, err))
        return *done;
    if (plan->isEmpty())
        return reportError(
            err, QStringLiteral("nothing to rehearse: the plan has no steps (the schemas are the same)"));

    RehearsalRunner runner(*plan, options);
    const Result<RehearsalResult> result = runWithStatusLine(runner, err);
    if (!result)
        return reportError(err, result.error());
    if (auto done = writeRecord(parser, o, *result, out, err))
        return *done;
    if (parser.value(o.json) != QLatin1String("-"))
        printSummary(out, *result);
    if (result->cancelled)
        return ExitCode::Failure;
    return result->ok ? ExitCode::Ok : ExitCode::Differences;
}

} // namespace godwit::cli
