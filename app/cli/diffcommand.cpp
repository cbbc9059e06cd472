// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffcommand.h"

#include "core/messagetext.h"
#include "diff/changesetjsonwriter.h"
#include "diff/changesettextwriter.h"
#include "diff/forwardsqlwriter.h"
#include "diff/schemadiff.h"
#include "diff/versionedschema.h"
#include "migrations/migratedschema.h"
#include "parser.h"
#include "renamesoption.h"
#include "schema/dotschemawriter.h"
#include "schema/mermaidschemawriter.h"

#include <cstdio>
#include <unistd.h>

#include <QTextStream>

namespace godwit::cli {

namespace {

    // Asks on the terminal about each proposed rename; returns the accepted and rejected ids.
    void askAboutRenames(const diff::ChangeSet& set, diff::DiffOptions* options, QTextStream& err)
    {
        QTextStream in(stdin);
        for (const diff::Change* c : set.proposals()) {
            err << QStringLiteral("Is %1 %2.%3 → %4 a rename (%5% sure)? [Y/n] ")
                       .arg(diff::objectKindName(c->object), oneLine(c->table), oneLine(c->oldName), oneLine(c->name))
                       .arg(qRound(c->confidence * 100));
            err.flush();
            const QString answer = in.readLine().trimmed().toLower();
            if (answer.startsWith(QLatin1Char('n')))
                options->rejectedRenames << c->id();
            else
                options->acceptedRenames << c->id();
        }
    }

} // namespace

QString DiffCommand::summary() const { return QStringLiteral("Compare two schemas and classify every change"); }

int DiffCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Parser parser(name(), summary());
    const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") },
        QStringLiteral(
            "Output: text, json, mermaid (both versions in one diagram), dot, or sql (the direct DDL). Default: text."),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption renames = renamesOption(
        QStringLiteral("asked one by one on a terminal, elsewhere reported as proposals"), diff::RenamePolicy::Propose);
    const QCommandLineOption counts(QStringLiteral("counts"),
        QStringLiteral("Read row counts so the risk accounts for table sizes (estimated for big tables)."));
    const QCommandLineOption colour(QStringLiteral("color"),
        QStringLiteral("Colour the text output: auto, always, never. Default: auto."), QStringLiteral("when"),
        QStringLiteral("auto"));
    parser.addOptions({ format, renames, counts, colour });
    parser.addPositionalArgument(
        QStringLiteral("BEFORE"), QStringLiteral("The schema now: a database, .sql script or Mermaid file."));
    parser.addPositionalArgument(QStringLiteral("AFTER"),
        QStringLiteral("The schema it should become (any of the same), or a migrations folder for BEFORE."));
    if (auto done = parser.parse(arguments, out, err, 2, 2))
        return *done;

    const std::optional<QString> fmt = parser.choice(format,
        { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("mermaid"), QStringLiteral("dot"),
            QStringLiteral("sql") },
        err);
    if (!fmt)
        return ExitCode::Failure;
    const std::optional<diff::RenamePolicy> policy = renamePolicy(parser, renames, err);
    if (!policy)
        return ExitCode::Failure;
    diff::DiffOptions options;
    options.renames = *policy;
    const std::optional<QString> when
        = parser.choice(colour, { QStringLiteral("auto"), QStringLiteral("always"), QStringLiteral("never") }, err);
    if (!when)
        return ExitCode::Failure;

    schema::ReadOptions readOptions;
    if (parser.isSet(counts))
        readOptions.rowCounts = schema::ReadOptions::RowCounts::Estimate;
    // A folder as AFTER is the migrations for BEFORE: the schema once its pending ones are applied.
    const QString beforePath = parser.positionalArguments().at(0);
    const QString afterPath = parser.positionalArguments().at(1);
    auto [before, after] = migrations::MigratedSchema::readSources(beforePath, afterPath, readOptions);
    if (!before)
        return reportError(err, before.error());
    if (!after)
        return reportError(err, after.error());

    diff::ChangeSet set = diff::SchemaDiff::compare(*before, *after, options);
    if (*policy == diff::RenamePolicy::Propose && !set.proposals().isEmpty() && isatty(STDIN_FILENO) == 1
        && isatty(STDERR_FILENO) == 1) {
        askAboutRenames(set, &options, err);
        set = diff::SchemaDiff::compare(*before, *after, options);
    }

    if (*fmt == QLatin1String("json"))
        out << diff::ChangeSetJsonWriter::write(set);
    else if (*fmt == QLatin1String("sql"))
        out << diff::ForwardSqlWriter::write(set);
    else if (*fmt == QLatin1String("mermaid"))
        out << schema::MermaidSchemaWriter::write(diff::VersionedSchema::build(set));
    else if (*fmt == QLatin1String("dot"))
        out << schema::DotSchemaWriter::write(diff::VersionedSchema::build(set));
    else
        out << diff::ChangeSetTextWriter::write(
            set, *when == QLatin1String("always") || (*when == QLatin1String("auto") && isatty(STDOUT_FILENO) == 1));
    out.flush();
    return set.isEmpty() ? ExitCode::Ok : ExitCode::Differences;
}

} // namespace godwit::cli
