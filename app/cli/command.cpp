// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "core/error.h"
#include "core/messagetext.h"

#include <QTextStream>

namespace godwit::cli {

int reportError(QTextStream& err, const Error& error) { return reportError(err, error.toString()); }

int reportError(QTextStream& err, const QString& message)
{
    // One line whatever the message quotes: a newline or NUL from the input is escaped.
    err << "godwit: " << oneLine(message, 1000) << Qt::endl;
    return ExitCode::Failure;
}

} // namespace godwit::cli
