// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancommand.h"

#include "core/textfile.h"
#include "diff/schemadiff.h"
#include "migrations/migratedschema.h"
#include "parser.h"
#include "plan/answersjson.h"
#include "plan/datacheckrunner.h"
#include "plan/decisiontreedotwriter.h"
#include "plan/flywayexporter.h"
#include "plan/planbuilder.h"
#include "plan/planjsonwriter.h"
#include "plan/planmarkdownwriter.h"
#include "plan/planrunner.h"
#include "plan/plantextwriter.h"
#include "projectoption.h"
#include "renamesoption.h"
#include "schema/mermaidschemareader.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <QFileInfo>
#include <QTextStream>

namespace godwit::cli {

namespace {

    // A SQLite file rather than a script or a Mermaid diagram, as SchemaReader::readFile decides.
    bool isDatabase(const QString& path)
    {
        return !path.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive) && !schema::MermaidSchemaReader::handles(path)
            && QFileInfo(path).isFile();
    }

} // namespace

QString PlanCommand::summary() const
{
    return QStringLiteral("Build the expand-contract migration plan between two schemas");
}

int PlanCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Parser parser(name(), summary());
    const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") },
        QStringLiteral("Output: text, json, markdown (for a review meeting), dot (the decision tree walked for each "
                       "group of changes, for Graphviz) or flyway (versioned migrations into the folder given with "
                       "-o). Default: text."),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write to this file (text, json, markdown, dot) or folder (flyway) instead of standard output."),
        QStringLiteral("path"));
    const QCommandLineOption answersOption(QStringLiteral("answers"),
        QStringLiteral("A godwit.answers JSON file that overrides the pre-filled decision-tree answers."),
        QStringLiteral("file"));
    const QCommandLineOption queries(QStringLiteral("queries"),
        QStringLiteral("A .sql file with the application's queries: drops check that none still uses what goes."),
        QStringLiteral("file"));
    const QCommandLineOption renames = renamesOption(
        QStringLiteral("planned as renames, with a warning to confirm them"), diff::RenamePolicy::Propose);
    const QCommandLineOption counts(
        QStringLiteral("counts"), QStringLiteral("Read row counts so warnings mention table sizes."));
    const QCommandLineOption version(QStringLiteral("flyway-version"),
        QStringLiteral("Version of the first Flyway migration. Default: 1."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption force(QStringLiteral("force"),
        QStringLiteral("Export the plan even when a data pre-check finds rows a step would fail on; the failing "
                       "pre-check is written at the top of that file."));
    const ProjectOption project;
    parser.addOptions({ format, output, answersOption, queries, renames, counts, version, force, project.option(),
        Parser::showRowsOption() });
    parser.addPositionalArgument(
        QStringLiteral("BEFORE"), QStringLiteral("The schema now: a database, .sql script or Mermaid file."));
    parser.addPositionalArgument(QStringLiteral("AFTER"), QStringLiteral("The schema it should become."));
    if (auto done = parser.parse(arguments, out, err, 0, 2))
        return *done;
    auto fromProject = project.read(parser, { answersOption, queries, renames });
    if (!fromProject)
        return reportError(err, fromProject.error());
    if (!*fromProject && parser.positionalArguments().size() != 2)
        return reportError(err, QStringLiteral("missing argument (see 'godwit plan --help')"));
    const QString beforePath = *fromProject ? (*fromProject)->before : parser.positionalArguments().at(0);
    const QString afterPath = *fromProject ? (*fromProject)->after : parser.positionalArguments().at(1);

    const std::optional<QString> fmt = parser.choice(format,
        { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("dot"),
            QStringLiteral("flyway") },
        err);
    if (!fmt)
        return ExitCode::Failure;
    if (*fmt == QLatin1String("flyway") && !parser.isSet(output))
        return reportError(err, QStringLiteral("--format flyway needs a folder: -o DIR"));
    bool versionOk = false;
    const int firstVersion = parser.value(version).toInt(&versionOk);
    if (!versionOk || firstVersion < 1)
        return reportError(err, QStringLiteral("--flyway-version must be a positive integer"));
    diff::DiffOptions diffOptions = *fromProject ? (*fromProject)->diffOptions() : diff::DiffOptions {};
    if (!*fromProject) {
        const std::optional<diff::RenamePolicy> policy = renamePolicy(parser, renames, err);
        if (!policy)
            return ExitCode::Failure;
        diffOptions.renames = *policy;
    }

    const std::optional<int> showRows = parser.showRows(err);
    if (!showRows)
        return ExitCode::Failure;

    plan::Answers answers = *fromProject ? (*fromProject)->answers : plan::Answers {};
    // The project's query file, as --queries would give it.
    const QString queryFile = *fromProject ? (*fromProject)->queries : parser.value(queries);
    if (parser.isSet(answersOption)) {
        auto read = plan::AnswersJson::readFile(parser.value(answersOption));
        if (!read)
            return reportError(err, read.error());
        answers = *read;
    }
    if (!queryFile.isEmpty()) {
        auto text = TextFile::read(queryFile, QStringLiteral("a query file"));
        if (!text)
            return reportError(err, text.error());
        answers.queries << plan::PlanRunner::splitStatements(*text);
    }

    schema::ReadOptions readOptions;
    if (parser.isSet(counts))
        readOptions.rowCounts = schema::ReadOptions::RowCounts::Estimate;
    // A folder as AFTER is the migrations for BEFORE, as in `godwit diff`.
    auto [before, after] = migrations::MigratedSchema::readSources(beforePath, afterPath, readOptions);
    if (!before)
        return reportError(err, before.error());
    if (!after)
        return reportError(err, after.error());
    const diff::ChangeSet set = diff::SchemaDiff::compare(*before, *after, diffOptions);
    plan::MigrationPlan plan = plan::PlanBuilder::build(set, answers);
    const int exit = plan.isEmpty() ? ExitCode::Ok : ExitCode::Differences;
    QList<plan::DataCheckRows> checkRows;
    if (isDatabase(beforePath)) {
        // The pre-checks run on the data the plan is made from; the database is only read.
        auto db = sqlite::Database::openOriginal(beforePath);
        if (!db)
            return reportError(err, db.error());
        if (auto checked = plan::DataCheckRunner::run(*db, set, answers, plan); !checked)
            return reportError(err, checked.error().inFile(beforePath));
        auto found = plan::DataCheckRunner::rows(*db, set, plan, *showRows);
        if (!found)
            return reportError(err, found.error().inFile(beforePath));
        checkRows = *found;
    }
    // A plan that would fail on its data says so on stderr (exit 1 stays "a plan"); the JSON has
    // summary.stops and each check's "stops".
    for (const plan::DataCheckOutcome* d : plan.stoppingChecks())
        err << QStringLiteral("godwit: %1: the plan stops at step %2: %3 row(s): %4; %5\n")
                   .arg(beforePath, d->stepId)
                   .arg(d->rows)
                   .arg(d->description, d->resolution);
    err.flush();
    const bool stops = !plan.stoppingChecks().isEmpty();

    if (*fmt == QLatin1String("flyway")) {
        if (stops && !parser.isSet(force)) {
            err << QStringLiteral("godwit: %1: nothing exported: the files would fail on this data (--force exports "
                                  "them anyway)\n")
                       .arg(parser.value(output));
            err.flush();
            return ExitCode::Differences;
        }
        auto written = plan::FlywayExporter::write(plan, parser.value(output), firstVersion);
        if (!written)
            return reportError(err, written.error());
        for (const QString& path : *written)
            out << path << '\n';
        out.flush();
        return exit;
    }
    QString text;
    if (*fmt == QLatin1String("json"))
        text = plan::PlanJsonWriter::write(plan, checkRows);
    else if (*fmt == QLatin1String("markdown"))
        text = plan::PlanMarkdownWriter::write(plan, checkRows);
    else if (*fmt == QLatin1String("dot"))
        text = plan::DecisionTreeDotWriter::write(plan);
    else
        text = plan::PlanTextWriter::write(plan, checkRows);
    if (parser.isSet(output)) {
        if (auto saved = TextFile::write(parser.value(output), text); !saved)
            return reportError(err, saved.error());
    } else {
        out << text;
        out.flush();
    }
    return exit;
}

} // namespace godwit::cli
