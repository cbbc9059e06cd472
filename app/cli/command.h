// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace godwit {
struct Error;
}

namespace godwit::cli {

// Exit codes shared by every subcommand, as diff(1) uses them.
enum ExitCode : int { Ok = 0, Differences = 1, Failure = 2 };

// One `godwit <name>` subcommand. Output goes to `out`, diagnostics to `err`.
class Command {
public:
    virtual ~Command() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    // `arguments` starts with "godwit <name>" so QCommandLineParser can print usage.
    [[nodiscard]] virtual int run(const QStringList& arguments, QTextStream& out, QTextStream& err) = 0;
};

// "godwit: file:line:col: message" on `err`; returns ExitCode::Failure.
int reportError(QTextStream& err, const Error& error);
int reportError(QTextStream& err, const QString& message);

} // namespace godwit::cli
