// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsecommand.h"

#include "core/textfile.h"
#include "migrations/migratedschema.h"
#include "parser.h"
#include "queries/querylist.h"
#include "rehearsal/planjsonreader.h"
#include "rehearsal/rehearsaljson.h"
#include "rehearsal/rehearsalrunner.h"
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
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("The database to rehearse on (only read)."), QStringLiteral("FILE"));
    const QCommandLineOption planFile(QStringLiteral("plan"),
        QStringLiteral("A plan from 'godwit plan --format json'."), QStringLiteral("PLAN.json"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Plan the change to this schema: a database, .sql, Mermaid file, or migrations folder."),
        QStringLiteral("AFTER"));
    const QCommandLineOption renames(QStringLiteral("renames"),
        QStringLiteral("With --to: treat a dropped and an added column as a rename (accept, default) or not (reject)."),
        QStringLiteral("accept|reject"), QStringLiteral("accept"));
    const QCommandLineOption rows(QStringLiteral("rows"),
        QStringLiteral("Create --db first as the bundled orders sample with N orders (it must not exist yet)."),
        QStringLiteral("N"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("Simulated application operations per second (default 200)."), QStringLiteral("R"),
        QStringLiteral("200"));
    const QCommandLineOption batch(QStringLiteral("batch"),
        QStringLiteral("Backfill batch size in rows (default: the plan's)."), QStringLiteral("N"));
    const QCommandLineOption batchTime(QStringLiteral("batch-time"),
        QStringLiteral("Size backfill batches to take about MS milliseconds each (adaptive)."), QStringLiteral("MS"));
    const QCommandLineOption delay(QStringLiteral("delay"),
        QStringLiteral("Pause between backfill batches (default 0)."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption budget(QStringLiteral("budget"),
        QStringLiteral("Throttle the backfill while the workload's p99 latency exceeds MS (default 50)."),
        QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption phaseTime(QStringLiteral("phase-time"),
        QStringLiteral("How long each phase other than the backfill watches the workload (default 1000)."),
        QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        QStringLiteral("Stage a mistake (repeatable): %1.").arg(faultNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Write the record of the run as JSON ('-': stdout)."), QStringLiteral("OUT"));
    const QCommandLineOption copy(QStringLiteral("copy"),
        QStringLiteral("Where the working copy goes (default: a new file in %1).")
            .arg(sqlite::WorkingCopy::defaultFolder()),
        QStringLiteral("PATH"));
    const QCommandLineOption resume(QStringLiteral("resume"),
        QStringLiteral(
            "Continue the rehearsal in --copy after a crash or a cancel (the backfill resumes from its checkpoint)."));
    const QCommandLineOption override(
        QStringLiteral("override"), QStringLiteral("Run the contract even when its verification fails."));
    const QCommandLineOption queries(QStringLiteral("queries"),
        QStringLiteral("Drive the simulated application with these queries and weights (a query file, as for "
                       "'godwit queries'); default: derived from the schema and the plan."),
        QStringLiteral("FILE"));
    const QCommandLineOption audit(QStringLiteral("audit"),
        QStringLiteral("Count every row the backfill updates, to prove none is done twice or missed."));
    parser.addOptions({ db, planFile, to, renames, rows, rate, batch, batchTime, delay, budget, phaseTime, fault, json,
        copy, resume, override, audit, queries });
    if (auto done = parser.parse(arguments, out, err, 0, 0))
        return *done;

    if (!parser.isSet(db))
        return reportError(err, QStringLiteral("--db FILE is required (see 'godwit rehearse --help')"));
    if (parser.isSet(planFile) == parser.isSet(to))
        return reportError(err, QStringLiteral("give exactly one of --plan PLAN.json and --to AFTER"));
    if (parser.isSet(batch) && parser.isSet(batchTime))
        return reportError(err, QStringLiteral("--batch and --batch-time exclude each other"));
    if (parser.isSet(resume) && !parser.isSet(copy))
        return reportError(err, QStringLiteral("--resume needs --copy PATH (the working copy to continue)"));
    auto number = [&](const QCommandLineOption& option, double minimum, double* value) {
        bool ok = false;
        *value = parser.value(option).toDouble(&ok);
        return ok && *value >= minimum;
    };
    RehearsalOptions options;
    options.originalPath = parser.value(db);
    options.copyPath = parser.value(copy);
    options.resume = parser.isSet(resume);
    options.overrideVerification = parser.isSet(override);
    options.audit = parser.isSet(audit);
    double value = 0;
    if (!number(rate, 0, &value))
        return reportError(
            err, QStringLiteral("--rate needs a number of operations per second, not '%1'").arg(parser.value(rate)));
    options.rate = value;
    if (parser.isSet(batch)) {
        if (!number(batch, 1, &value))
            return reportError(
                err, QStringLiteral("--batch needs a number of rows, not '%1'").arg(parser.value(batch)));
        options.pacing.batchSize = qint64(value);
        options.planBatchSize = false;
    }
    if (parser.isSet(batchTime)) {
        if (!number(batchTime, 1, &value))
            return reportError(
                err, QStringLiteral("--batch-time needs milliseconds, not '%1'").arg(parser.value(batchTime)));
        options.pacing.targetBatchMs = int(value);
    }
    if (!number(delay, 0, &value))
        return reportError(err, QStringLiteral("--delay needs milliseconds, not '%1'").arg(parser.value(delay)));
    options.pacing.delayMs = int(value);
    if (!number(budget, 0.1, &value))
        return reportError(err, QStringLiteral("--budget needs milliseconds, not '%1'").arg(parser.value(budget)));
    options.latencyBudgetMs = value;
    if (!number(phaseTime, 0, &value))
        return reportError(
            err, QStringLiteral("--phase-time needs milliseconds, not '%1'").arg(parser.value(phaseTime)));
    options.observeMs = int(value);
    for (const QString& name : parser.values(fault)) {
        const auto f = faultFromName(name);
        if (!f)
            return reportError(err,
                QStringLiteral("unknown fault '%1' (expected one of %2)")
                    .arg(name, faultNames().join(QStringLiteral(", "))));
        options.faults << *f;
    }
    const QString policy = parser.value(renames);
    if (policy != QLatin1String("accept") && policy != QLatin1String("reject"))
        return reportError(
            err, QStringLiteral("unknown --renames policy '%1' (expected accept or reject)").arg(policy));

    if (parser.isSet(rows)) {
        if (!number(rows, 0, &value))
            return reportError(
                err, QStringLiteral("--rows needs a whole number of orders, not '%1'").arg(parser.value(rows)));
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
        // The sample's own top queries drive its application, unless --queries names others.
        if (!parser.isSet(queries)) {
            auto list = queries::QueryList::ordersSample();
            if (!list)
                return reportError(err, list.error());
            options.queries = *list;
        }
    }
    if (parser.isSet(queries)) {
        auto list = queries::QueryList::readFile(parser.value(queries));
        if (!list)
            return reportError(err, list.error());
        options.queries = *list;
    }

    Result<RehearsalPlan> plan = parser.isSet(to)
        ? RehearsalPlan::forTarget(options.originalPath, parser.value(to),
            policy == QLatin1String("reject") ? diff::RenamePolicy::Reject : diff::RenamePolicy::Accept)
        : [&]() -> Result<RehearsalPlan> {
        auto read = PlanJsonReader::readFile(parser.value(planFile));
        if (!read)
            return std::unexpected(read.error());
        RehearsalPlan p = RehearsalPlan::fromMigrationPlan(*read);
        // The new clients' names come from the plan's target when it can still be read.
        if (!read->after.isEmpty() && QFileInfo::exists(read->after)) {
            if (auto after = migrations::MigratedSchema::readSources(options.originalPath, read->after).second)
                p.after = *after;
        }
        return p;
    }();
    if (!plan)
        return reportError(err, plan.error());
    if (plan->isEmpty())
        return reportError(
            err, QStringLiteral("nothing to rehearse: the plan has no steps (the schemas are the same)"));

    RehearsalRunner runner(*plan, options);
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
    // gh-ost's status line: rewritten in place on a terminal, one line a second in a log.
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
        return reportError(err, result.error());
    printStatus();
    if (tty)
        err << '\n';

    if (parser.isSet(json)) {
        const QString text = RehearsalJson::write(*result);
        if (parser.value(json) == QLatin1String("-")) {
            out << text;
            out.flush();
        } else {
            // Never a truncated record: the old file stays until the whole new one is in place.
            if (auto saved = TextFile::write(parser.value(json), text); !saved)
                return reportError(err, saved.error());
        }
    }
    if (parser.value(json) != QLatin1String("-"))
        printSummary(out, *result);
    if (result->cancelled)
        return ExitCode::Failure;
    return result->ok ? ExitCode::Ok : ExitCode::Differences;
}

} // namespace godwit::cli
