// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintcommand.h"

#include "lint/lintciwriter.h"
#include "lint/linter.h"
#include "lint/lintreportwriter.h"
#include "parser.h"

#include <QTextStream>

namespace godwit::cli {

QString LintCommand::summary() const { return QStringLiteral("Check migration SQL for unsafe changes (SQLite-aware)"); }

int LintCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Parser parser(name(), summary());
    const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") },
        QStringLiteral("Output: text, json, sarif (SARIF 2.1.0 for code scanning) or github (workflow annotations). "
                       "Default: text."),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral(
            "Start from this database's schema and check its data (on a working copy; the file is only read)."),
        QStringLiteral("file"));
    const QCommandLineOption bigTable(QStringLiteral("big-table-rows"),
        QStringLiteral("Rows from which an index build is reported (GW008). Default: 100000."), QStringLiteral("n"),
        QStringLiteral("100000"));
    const QCommandLineOption brief(
        QStringLiteral("brief"), QStringLiteral("Text output without the why and fix paragraphs."));
    const QCommandLineOption rules(QStringLiteral("rules"), QStringLiteral("List the rule catalogue and exit."));
    parser.addOptions({ format, db, bigTable, Parser::showRowsOption(), brief, rules });
    parser.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral("A migration .sql file, or a folder of them (applied in version order)."));
    if (arguments.contains(QStringLiteral("--rules"))) {
        if (auto done = parser.parse(arguments, out, err, 0, 0))
            return *done;
        for (const lint::LintRule& r : lint::LintRule::all())
            out << r.code << ' ' << r.name.leftJustified(36) << lint::severityName(r.severity).leftJustified(8)
                << r.summary << (r.needsData ? QStringLiteral(" (with --db)") : QString()) << '\n';
        out.flush();
        return ExitCode::Ok;
    }
    if (auto done = parser.parse(arguments, out, err, 1, 1))
        return *done;
    const std::optional<QString> fmt = parser.choice(format,
        { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif"), QStringLiteral("github") }, err);
    if (!fmt)
        return ExitCode::Failure;
    bool ok = false;
    lint::LintOptions options;
    options.bigTableRows = parser.value(bigTable).toLongLong(&ok);
    if (!ok || options.bigTableRows < 1)
        return reportError(err, QStringLiteral("--big-table-rows must be a positive integer"));
    const std::optional<int> showRows = parser.showRows(err);
    if (!showRows)
        return ExitCode::Failure;
    options.showRows = *showRows;
    options.database = parser.value(db);
    auto report = lint::Linter::lintPath(parser.positionalArguments().at(0), options);
    if (!report)
        return reportError(err, report.error());
    if (*fmt == QLatin1String("json"))
        out << lint::LintReportWriter::json(*report);
    else if (*fmt == QLatin1String("sarif"))
        out << lint::LintCiWriter::sarif(*report, QStringLiteral(GODWIT_VERSION));
    else if (*fmt == QLatin1String("github"))
        out << lint::LintCiWriter::github(*report);
    else
        out << lint::LintReportWriter::text(*report, !parser.isSet(brief));
    out.flush();
    return report->findings.isEmpty() ? ExitCode::Ok : ExitCode::Differences;
}

} // namespace godwit::cli
