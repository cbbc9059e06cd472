// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser.h"

#include "command.h"

#include <QRegularExpression>
#include <QTextStream>

namespace godwit::cli {

Parser::Parser(const QString& command, const QString& description)
    : m_command(command)
{
    setApplicationDescription(description);
    setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addHelpOption();
}

QCommandLineOption Parser::showRowsOption()
{
    return QCommandLineOption(QStringLiteral("show-rows"),
        QStringLiteral("Offending rows to print under each data finding (0 for none). Default: 5."),
        QStringLiteral("n"), QStringLiteral("5"));
}

std::optional<int> Parser::showRows(QTextStream& err) const
{
    bool ok = false;
    const int n = value(QStringLiteral("show-rows")).toInt(&ok);
    if (!ok || n < 0 || n > 1000) {
        reportError(err, QStringLiteral("--show-rows must be a whole number from 0 to 1000"));
        return std::nullopt;
    }
    return n;
}

std::optional<int> Parser::parse(
    const QStringList& arguments, QTextStream& out, QTextStream& err, qsizetype minPositional, qsizetype maxPositional)
{
    const QString hint = QStringLiteral(" (see 'godwit %1 --help')").arg(m_command);
    if (!QCommandLineParser::parse(arguments))
        return reportError(err, errorText() + hint);
    if (isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program as it was invoked; the usage line names the command.
        static const QRegularExpression usage(QStringLiteral("^Usage: \\S+"));
        out << helpText().replace(usage, QStringLiteral("Usage: godwit ") + m_command);
        out.flush();
        return ExitCode::Ok;
    }
    const qsizetype n = positionalArguments().size();
    if (n < minPositional)
        return reportError(err, QStringLiteral("missing argument") + hint);
    if (maxPositional >= 0 && n > maxPositional)
        return reportError(
            err, QStringLiteral("unexpected argument '%1'").arg(positionalArguments().at(maxPositional)) + hint);
    return std::nullopt;
}

std::optional<QString> Parser::choice(
    const QCommandLineOption& option, const QStringList& words, QTextStream& err) const
{
    QList<Choice<QString>> choices;
    for (const QString& w : words)
        choices << Choice<QString> { .word = w, .value = w };
    return choice(option, choices, err);
}

void Parser::reportChoiceError(
    const QCommandLineOption& option, const QStringList& offered, const QString& word, QTextStream& err)
{
    // Named by its long form: "-f" alone would not say which option it is.
    reportError(err,
        QStringLiteral("--%1: expected one of %2 (got %3)")
            .arg(option.names().constLast(), offered.join(QStringLiteral(", ")), word));
}

} // namespace godwit::cli
