// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCommandLineParser>

class QTextStream;

namespace godwit::cli {

// QCommandLineParser with Godwit's conventions: --help prints to stdout and exits 0, usage
// errors print "godwit: <message>" plus a hint and exit 2, instead of QCommandLineParser's
// process-exiting helpers (which a test or the GUI could not survive).
class Parser final : public QCommandLineParser {
public:
    Parser(const QString& command, const QString& description);

    // nullopt: carry on. Otherwise the command is done and this is its exit code.
    [[nodiscard]] std::optional<int> parse(const QStringList& arguments, QTextStream& out, QTextStream& err,
        qsizetype minPositional, qsizetype maxPositional);

    // --show-rows N, shared by the commands that run data pre-checks: how many offending rows
    // each finding prints (default 5, 0 for none).
    [[nodiscard]] static QCommandLineOption showRowsOption();
    // The value of showRowsOption(); nullopt when it is not a whole number from 0 to 1000.
    [[nodiscard]] std::optional<int> showRows() const;

private:
    QString m_command;
};

} // namespace godwit::cli
