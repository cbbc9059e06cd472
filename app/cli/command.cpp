// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "core/error.h"

#include <QTextStream>

namespace godwit::cli {

int reportError(QTextStream& err, const Error& error)
{
    return reportError(err, error.toString());
}

int reportError(QTextStream& err, const QString& message)
{
    err << "godwit: " << message << Qt::endl;
    return ExitCode::Failure;
}

} // namespace godwit::cli
