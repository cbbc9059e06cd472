// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectcommand.h"

#include "parser.h"
#include "schema/schemareader.h"
#include "schema/schemawriter.h"

#include <QTextStream>

namespace godwit::cli {

QString InspectCommand::summary() const { return QStringLiteral("Show the schema of a database or SQL script"); }

int InspectCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Parser parser(name(), summary());
    const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") },
        QStringLiteral("Output format: text, json, mermaid or dot (default: text)."), QStringLiteral("format"),
        QStringLiteral("text"));
    const QCommandLineOption counts(QStringLiteral("counts"),
        QStringLiteral("Include row counts (exact for small tables, estimated for big ones)."));
    const QCommandLineOption exactCounts(QStringLiteral("exact-counts"),
        QStringLiteral("Include exact row counts (SELECT count(*) on every table; slow on big databases)."));
    parser.addOptions({ format, counts, exactCounts });
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A SQLite database or a .sql script."));
    if (auto done = parser.parse(arguments, out, err, 1, 1))
        return *done;

    const std::optional<QString> word = parser.choice(format,
        { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("mermaid"), QStringLiteral("dot") }, err);
    schema::SchemaFormat outputFormat {};
    if (!word || !schema::SchemaWriter::formatFromName(*word, &outputFormat))
        return ExitCode::Failure;

    schema::ReadOptions options;
    if (parser.isSet(exactCounts))
        options.rowCounts = schema::ReadOptions::RowCounts::Exact;
    else if (parser.isSet(counts))
        options.rowCounts = schema::ReadOptions::RowCounts::Estimate;

    const QString file = parser.positionalArguments().constFirst();
    auto schema = schema::SchemaReader::readFile(file, options);
    if (!schema)
        return reportError(err, schema.error());
    out << schema::SchemaWriter::write(*schema, outputFormat);
    out.flush();
    return ExitCode::Ok;
}

} // namespace godwit::cli
