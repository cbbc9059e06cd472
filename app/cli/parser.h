// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

class QTextStream;

namespace godwit::cli {

// One word a choice option accepts (`--format json`) and what it selects. An alias is accepted
// but not offered in the error (an older spelling kept so scripts do not break).
template <typename T> struct Choice {
    QString word;
    T value {};
    bool isAlias = false;
};

// QCommandLineParser with Godwit's conventions: --help prints to stdout and exits 0, usage
// errors print "godwit: <message>" plus a hint and exit 2, instead of QCommandLineParser's
// process-exiting helpers (which a test or the GUI could not survive).
class Parser final : public QCommandLineParser {
public:
    Parser(const QString& command, const QString& description);

    // nullopt: carry on. Otherwise the command is done and this is its exit code.
    [[nodiscard]] std::optional<int> parse(const QStringList& arguments, QTextStream& out, QTextStream& err,
        qsizetype minPositional, qsizetype maxPositional);

    // The value selected by `option`'s word among `choices`. Otherwise nullopt after the one
    // error line "godwit: --format: expected one of a, b, c (got x)"; the caller returns
    // ExitCode::Failure.
    template <typename T>
    [[nodiscard]] std::optional<T> choice(
        const QCommandLineOption& option, const QList<Choice<T>>& choices, QTextStream& err) const
    {
        const QString word = value(option);
        QStringList offered;
        for (const Choice<T>& c : choices) {
            if (c.word == word)
                return c.value;
            if (!c.isAlias)
                offered << c.word;
        }
        reportChoiceError(option, offered, word, err);
        return std::nullopt;
    }

    // The same for an option whose words are the values themselves.
    [[nodiscard]] std::optional<QString> choice(
        const QCommandLineOption& option, const QStringList& words, QTextStream& err) const;

    // --show-rows N, shared by the commands that run data pre-checks: how many offending rows
    // each finding prints (default 5, 0 for none).
    [[nodiscard]] static QCommandLineOption showRowsOption();
    // The value of showRowsOption(); otherwise nullopt after the one error line (the caller
    // returns ExitCode::Failure).
    [[nodiscard]] std::optional<int> showRows(QTextStream& err) const;

private:
    static void reportChoiceError(
        const QCommandLineOption& option, const QStringList& offered, const QString& word, QTextStream& err);

    QString m_command;
};

} // namespace godwit::cli
