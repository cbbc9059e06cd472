// SPDX-License-Identifier: GPL-3.0-or-later
#include "queriescommand.h"

#include "core/error.h"
#include "core/textfile.h"
#include "parser.h"
#include "project/pendingscript.h"
#include "projectoption.h"
#include "queries/queryimpact.h"
#include "queries/querylist.h"
#include "queries/queryreportjsonwriter.h"
#include "queries/queryreporttextwriter.h"

#include <QFileInfo>
#include <QTextStream>

namespace godwit::cli {

namespace {

    Result<QString> readText(const QString& path) { return TextFile::read(path, QStringLiteral("a SQL script")); }

} // namespace

QString QueriesCommand::summary() const
{
    return QStringLiteral("Explain the listed queries before and after a change; flag regressions, advise indexes");
}

int QueriesCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Parser parser(name(), summary());
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("The database as it is now (opened read-only)."), QStringLiteral("FILE"));
    const QCommandLineOption queries(QStringLiteral("queries"),
        QStringLiteral("The query list: one statement per query, with '-- name:' and '-- weight:' comments."),
        QStringLiteral("Q.sql"));
    const QCommandLineOption after(QStringLiteral("after"),
        QStringLiteral("The schema after the change: a database, .sql script, Mermaid file, or a migrations folder "
                       "(its pending migrations applied to a copy of the database)."),
        QStringLiteral("AFTER"));
    const QCommandLineOption migration(QStringLiteral("migration"),
        QStringLiteral("A migration script to apply to a copy of the database; the copy is the after side."),
        QStringLiteral("SCRIPT"));
    const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") },
        QStringLiteral("Output: text or json. Default: text."), QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption runs(QStringLiteral("runs"),
        QStringLiteral(
            "Run each query N times on a copy of the database and report the median. Default: 0 (plans only)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption indexCost(QStringLiteral("index-cost"),
        QStringLiteral("Measure each index's write cost and size on a copy of the database."));
    const QCommandLineOption noAdvice(QStringLiteral("no-advice"), QStringLiteral("Do not propose indexes."));
    const ProjectOption project;
    parser.addOptions({ db, queries, after, migration, format, runs, indexCost, noAdvice, project.option() });
    if (auto done = parser.parse(arguments, out, err, 0, 0))
        return *done;
    auto fromProject = project.read(parser, { db, queries, after, migration });
    if (!fromProject)
        return reportError(err, fromProject.error());
    const project::Project* p = *fromProject ? &**fromProject : nullptr;
    if (p && p->queries.isEmpty())
        return reportError(err,
            QStringLiteral("%1: the project has no query file (godwit project new --queries Q.sql)")
                .arg(parser.value(project.option())));

    const std::optional<QString> fmt = parser.choice(format, { QStringLiteral("text"), QStringLiteral("json") }, err);
    if (!fmt)
        return ExitCode::Failure;
    if (!p && !parser.isSet(db))
        return reportError(err, QStringLiteral("missing --db FILE (see 'godwit queries --help')"));
    if (!p && !parser.isSet(queries))
        return reportError(err, QStringLiteral("missing --queries Q.sql (see 'godwit queries --help')"));
    if (parser.isSet(after) && parser.isSet(migration))
        return reportError(err, QStringLiteral("--after and --migration are alternatives; give one"));
    bool ok = false;
    const int runCount = parser.value(runs).toInt(&ok);
    if (!ok || runCount < 0 || runCount > 10000)
        return reportError(
            err, QStringLiteral("invalid --runs '%1' (expected a number from 0 to 10000)").arg(parser.value(runs)));

    auto list = queries::QueryList::readFile(p ? p->queries : parser.value(queries));
    if (!list)
        return reportError(err, list.error());
    queries::QueryImpact::Request request;
    request.database = p ? p->before : parser.value(db);
    request.queries = *list;
    request.after = p ? p->after : parser.value(after);
    if (QFileInfo(request.after).isDir()) {
        // A migrations folder: its pending migrations, applied to a copy, are the after side.
        auto script = project::PendingScript::read(request.database, request.after);
        if (!script)
            return reportError(err, script.error());
        request.migration = *script;
        request.migrationFileName = request.after;
        request.after.clear();
    }
    if (parser.isSet(migration)) {
        auto script = readText(parser.value(migration));
        if (!script)
            return reportError(err, script.error());
        request.migration = *script;
        request.migrationFileName = parser.value(migration);
    }
    request.runs = runCount;
    request.advise = !parser.isSet(noAdvice);
    request.indexCost = parser.isSet(indexCost);

    auto report = queries::QueryImpact::run(request);
    if (!report)
        return reportError(err, report.error());
    out << (*fmt == QLatin1String("json") ? queries::QueryReportJsonWriter::write(*report)
                                          : queries::QueryReportTextWriter::write(*report));
    out.flush();
    return report->hasProblems() ? ExitCode::Differences : ExitCode::Ok;
}

} // namespace godwit::cli
