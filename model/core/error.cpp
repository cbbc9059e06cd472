// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include "messagetext.h"

namespace godwit {

// Always one line, whatever the message quotes from the input (see oneLine()).
QString Error::toString() const
{
    QString where = oneLine(file, 1000);
    if (line > 0) {
        if (!where.isEmpty())
            where += QLatin1Char(':');
        where += QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where.isEmpty() ? oneLine(message) : where + QLatin1String(": ") + oneLine(message);
}

Error Error::inFile(const QString& fileName) const
{
    Error e = *this;
    e.file = fileName;
    return e;
}

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::Ok:
        return QStringLiteral("ok");
    case Error::Code::FileNotFound:
        return QStringLiteral("file-not-found");
    case Error::Code::IsDirectory:
        return QStringLiteral("is-directory");
    case Error::Code::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Error::Code::EmptyFile:
        return QStringLiteral("empty-file");
    case Error::Code::NotADatabase:
        return QStringLiteral("not-a-database");
    case Error::Code::Truncated:
        return QStringLiteral("truncated");
    case Error::Code::Corrupt:
        return QStringLiteral("corrupt");
    case Error::Code::Locked:
        return QStringLiteral("locked");
    case Error::Code::ReadOnly:
        return QStringLiteral("read-only");
    case Error::Code::Sql:
        return QStringLiteral("sql");
    case Error::Code::Parse:
        return QStringLiteral("parse");
    case Error::Code::Io:
        return QStringLiteral("io");
    case Error::Code::Cancelled:
        return QStringLiteral("cancelled");
    case Error::Code::Interrupted:
        return QStringLiteral("interrupted");
    case Error::Code::Unsupported:
        return QStringLiteral("unsupported");
    case Error::Code::InvalidArgument:
        return QStringLiteral("invalid-argument");
    }
    return QStringLiteral("unknown");
}

} // namespace godwit
