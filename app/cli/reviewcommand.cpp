// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcommand.h"

#include "core/textfile.h"
#include "parser.h"
#include "project/rehearsalpace.h"
#include "projectoption.h"
#include "rehearsal/rehearsaljson.h"
#include "renamesoption.h"
#include "report/reviewbuilder.h"
#include "report/reviewwriter.h"
#include "widgets/review/reviewdiagram.h"

#include <QFileInfo>
#include <QPageSize>
#include <QTextStream>

namespace godwit::cli {

namespace {

    bool number(const QString& text, double minimum, double* value)
    {
        bool ok = false;
        *value = text.toDouble(&ok);
        return ok && *value >= minimum;
    }

} // namespace

QString ReviewCommand::summary() const
{
    return QStringLiteral("Write the pre-migration review document (HTML, PDF or Markdown)");
}

int ReviewCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Parser parser(name(),
        QStringLiteral(
            "%1.\n\nThe summary, the before/after diagram, every change, the decision-tree paths, the plan by\n"
            "phase with its point of no return, the data pre-checks, lint findings, query impact (with\n"
            "--queries), the rehearsal (with --rehearse) and a sign-off table. Exit 0: nothing to resolve;\n"
            "1: findings (failed pre-checks, lint errors, query regressions, a failed rehearsal); 2: error.\n\n"
            "Examples:\n"
            "  godwit review app.db target.sql -o review.html\n"
            "  godwit review orders.db resources/samples/orders --queries queries.sql --rehearse -o review.pdf\n"
            "  godwit review app.db target.sql --summary -o comment.md")
            .arg(summary()));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("The file to write; its suffix picks the format: .html, .pdf or .md. A folder gets review.md "
                       "with the pictures beside it as SVG files."),
        QStringLiteral("file"));
    const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") },
        QStringLiteral("html, pdf or markdown, when the suffix does not say."), QStringLiteral("format"));
    const QCommandLineOption summaryOption(QStringLiteral("summary"),
        QStringLiteral("Markdown: the short form for a pull-request comment (under 65,000 characters)."));
    const QCommandLineOption paper(QStringLiteral("paper"), QStringLiteral("PDF page size: a4 (default) or letter."),
        QStringLiteral("size"), QStringLiteral("a4"));
    const QCommandLineOption answers(QStringLiteral("answers"),
        QStringLiteral("A godwit.answers JSON file that overrides the pre-filled decision-tree answers."),
        QStringLiteral("file"));
    const QCommandLineOption queries(QStringLiteral("queries"),
        QStringLiteral("The application's queries (.sql, '-- name:' comments): plans before and after, index advice, "
                       "write cost."),
        QStringLiteral("file"));
    const QCommandLineOption renames
        = renamesOption(QStringLiteral("planned as renames, listed to confirm"), diff::RenamePolicy::Propose);
    const QCommandLineOption rehearse(
        QStringLiteral("rehearse"), QStringLiteral("Rehearse the plan on a copy of BEFORE under simulated load."));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("Rehearsal: simulated operations per second (default 200)."), QStringLiteral("R"),
        QStringLiteral("200"));
    const QCommandLineOption batch(QStringLiteral("batch"),
        QStringLiteral("Rehearsal: backfill batch size in rows (default: the plan's)."), QStringLiteral("N"));
    const QCommandLineOption budget(QStringLiteral("budget"),
        QStringLiteral("Rehearsal: throttle the backfill while p99 latency exceeds MS (default 50)."),
        QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption phaseTime(QStringLiteral("phase-time"),
        QStringLiteral("Rehearsal: how long each phase but the backfill watches the workload (default 1000)."),
        QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        QStringLiteral("Rehearsal: stage a mistake (repeatable): %1.")
            .arg(rehearsal::faultNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption copy(QStringLiteral("copy"),
        QStringLiteral("Rehearsal: where the working copy goes (default: a new file in the rehearsal folder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption record(QStringLiteral("rehearsal-json"),
        QStringLiteral("Rehearsal: also write its record, as 'godwit rehearse --json' does."), QStringLiteral("OUT"));
    const ProjectOption project;
    parser.addOptions({ output, format, summaryOption, paper, answers, queries, renames, rehearse, rate, batch, budget,
        phaseTime, fault, copy, record, project.option() });
    parser.addPositionalArgument(QStringLiteral("BEFORE"),
        QStringLiteral("The database now (a .sql or Mermaid file gives a schema-only review)."));
    parser.addPositionalArgument(QStringLiteral("AFTER"),
        QStringLiteral("What it should become: a database, .sql, Mermaid file, or a migrations folder."));
    if (auto done = parser.parse(arguments, out, err, 0, 2))
        return *done;
    auto fromProject = project.read(parser, { answers, queries, renames });
    if (!fromProject)
        return reportError(err, fromProject.error());
    const project::Project* p = *fromProject ? &**fromProject : nullptr;
    if (!p && parser.positionalArguments().size() != 2)
        return reportError(err, QStringLiteral("missing argument (see 'godwit review --help')"));

    const QString path = parser.value(output);
    if (path.isEmpty())
        return reportError(err, QStringLiteral("missing -o OUT (see 'godwit review --help')"));
    std::optional<report::ReviewFormat> fmt = report::ReviewWriter::formatForPath(path);
    if (parser.isSet(format)) {
        fmt = parser.choice<report::ReviewFormat>(format,
            { { .word = QStringLiteral("html"), .value = report::ReviewFormat::Html },
                { .word = QStringLiteral("pdf"), .value = report::ReviewFormat::Pdf },
                { .word = QStringLiteral("markdown"), .value = report::ReviewFormat::Markdown },
                { .word = QStringLiteral("md"), .value = report::ReviewFormat::Markdown, .isAlias = true } },
            err);
        if (!fmt)
            return ExitCode::Failure;
    }
    if (!fmt)
        return reportError(err,
            QStringLiteral("cannot tell the format from '%1' (use .html, .pdf, .md or a folder, or --format)")
                .arg(QFileInfo(path).fileName()));
    report::ReviewWriteOptions writeOptions;
    writeOptions.summary = parser.isSet(summaryOption);
    if (writeOptions.summary && (*fmt == report::ReviewFormat::Html || *fmt == report::ReviewFormat::Pdf))
        return reportError(err, QStringLiteral("--summary is a Markdown form: write to a .md file"));
    const auto page = parser.choice<QPageSize::PageSizeId>(paper,
        { { .word = QStringLiteral("a4"), .value = QPageSize::A4 },
            { .word = QStringLiteral("letter"), .value = QPageSize::Letter } },
        err);
    if (!page)
        return ExitCode::Failure;
    writeOptions.page = QPageSize(*page);

    report::ReviewRequest request;
    request.before = p ? p->before : parser.positionalArguments().at(0);
    request.after = p ? p->after : parser.positionalArguments().at(1);
    request.answers = p ? parser.value(project.option()) : parser.value(answers);
    if (p) {
        request.answerValues = p->answers;
        request.renames = p->renames.policy;
        request.acceptedRenames = p->renames.accepted;
        request.rejectedRenames = p->renames.rejected;
    }
    request.queries = p ? p->queries : parser.value(queries);
    request.godwitVersion = QStringLiteral(GODWIT_VERSION);
    if (!p) {
        const std::optional<diff::RenamePolicy> policy = renamePolicy(parser, renames, err);
        if (!policy)
            return ExitCode::Failure;
        request.renames = *policy;
    }
    request.rehearse = parser.isSet(rehearse);
    const bool rehearsalOptions = parser.isSet(batch) || parser.isSet(fault) || parser.isSet(copy)
        || parser.isSet(record) || parser.isSet(rate) || parser.isSet(budget) || parser.isSet(phaseTime);
    if (rehearsalOptions && !request.rehearse)
        return reportError(err, QStringLiteral("rehearsal options need --rehearse"));
    rehearsal::RehearsalOptions& r = request.rehearsal;
    // A project's rehearsal settings first (its pace as Realistic: the review is not a classroom);
    // options on the command line win.
    if (p) {
        project::RehearsalSettings settings = p->rehearsal;
        settings.pace = project::Pace::Realistic;
        project::RehearsalPace::apply(settings, 0, r);
    }
    double value = 0;
    if (!number(parser.value(rate), 0, &value))
        return reportError(
            err, QStringLiteral("--rate needs a number of operations per second, not '%1'").arg(parser.value(rate)));
    if (!p || parser.isSet(rate))
        r.rate = value;
    if (parser.isSet(batch)) {
        if (!number(parser.value(batch), 1, &value))
            return reportError(
                err, QStringLiteral("--batch needs a number of rows, not '%1'").arg(parser.value(batch)));
        r.pacing.batchSize = qint64(value);
        r.planBatchSize = false;
    }
    if (!number(parser.value(budget), 0.1, &value))
        return reportError(err, QStringLiteral("--budget needs milliseconds, not '%1'").arg(parser.value(budget)));
    if (!p || parser.isSet(budget))
        r.latencyBudgetMs = value;
    if (!number(parser.value(phaseTime), 0, &value))
        return reportError(
            err, QStringLiteral("--phase-time needs milliseconds, not '%1'").arg(parser.value(phaseTime)));
    r.observeMs = int(value);
    for (const QString& name : parser.values(fault)) {
        const auto f = rehearsal::faultFromName(name);
        if (!f)
            return reportError(err,
                QStringLiteral("unknown fault '%1' (expected one of %2)")
                    .arg(name, rehearsal::faultNames().join(QStringLiteral(", "))));
        if (!r.faults.contains(*f))
            r.faults << *f;
    }
    r.copyPath = parser.value(copy);
    request.drawDiagram = [&](const diff::ChangeSet& changes) {
        return widgets::ReviewDiagram::comparisonSvg(changes, request.before, request.after);
    };

    auto built = report::ReviewBuilder::build(request);
    if (!built)
        return reportError(err, built.error());
    if (parser.isSet(record) && built->rehearsal) {
        auto saved = TextFile::write(parser.value(record), rehearsal::RehearsalJson::write(built->rehearsal->result));
        if (!saved)
            return reportError(err, saved.error());
    }
    auto written = report::ReviewWriter::write(*built, path, *fmt, writeOptions);
    if (!written)
        return reportError(err, written.error());
    const report::ReviewSummary s = built->summary();
    out << QStringLiteral(
        "wrote %1: %2 changes, %3 steps, %4 pre-check failures, %5 lint errors, %6 query regressions, "
        "rehearsal %7\n")
               .arg(written->join(QStringLiteral(", ")))
               .arg(s.changes)
               .arg(s.steps)
               .arg(s.preChecksFailed)
               .arg(s.lintErrors)
               .arg(s.queriesChecked ? QString::number(s.queryRegressions) : QStringLiteral("not checked"))
               .arg(s.rehearsalVerdict());
    out.flush();
    return s.hasFindings() ? ExitCode::Differences : ExitCode::Ok;
}

} // namespace godwit::cli
