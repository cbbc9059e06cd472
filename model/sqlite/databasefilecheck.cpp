// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefilecheck.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace godwit::sqlite {

namespace {
constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
constexpr qsizetype kHeaderSize = 100;
}

Result<DatabaseHeader> checkDatabaseFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Code::FileNotFound, QStringLiteral("no such file"), path);
    if (info.isDir())
        return fail(Error::Code::IsDirectory, QStringLiteral("is a directory, not a database file"), path);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::OpenError && !info.isReadable())
            return fail(Error::Code::PermissionDenied, QStringLiteral("permission denied"), path);
        return fail(Error::Code::Io, QStringLiteral("cannot read file: %1").arg(file.errorString()), path);
    }
    DatabaseHeader header;
    header.fileSize = file.size();
    if (header.fileSize == 0)
        return fail(Error::Code::EmptyFile, QStringLiteral("file is empty, not a SQLite database"), path);

    const QByteArray bytes = file.read(kHeaderSize);
    if (bytes.size() < kHeaderSize || !bytes.startsWith(QByteArrayView(kMagic, sizeof kMagic))) {
        return fail(Error::Code::NotADatabase,
            QStringLiteral("not a SQLite database (no SQLite header; the file may be encrypted or of another format)"),
            path);
    }
    const auto* h = reinterpret_cast<const uchar*>(bytes.constData());
    const quint16 rawPageSize = qFromBigEndian<quint16>(h + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool pageSizeValid = header.pageSize >= 512 && (header.pageSize & (header.pageSize - 1)) == 0;
    if (!pageSizeValid)
        return fail(Error::Code::NotADatabase,
            QStringLiteral("not a SQLite database (invalid page size %1 in header; the file may be encrypted)")
                .arg(rawPageSize),
            path);
    header.isWal = h[18] == 2 || h[19] == 2;
    // The in-header page count is only trustworthy when written by a writer that also set
    // "version-valid-for" to the change counter (SQLite file format, section 1.3.7).
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 inHeaderPages = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (inHeaderPages > 0 && changeCounter == validFor)
        header.pageCount = inHeaderPages;

    const qint64 expected = header.pageCount * header.pageSize;
    if (header.fileSize % header.pageSize != 0 || (expected > 0 && header.fileSize < expected)) {
        return fail(Error::Code::Truncated,
            QStringLiteral("database file is truncated (%1 bytes, header says %2 pages of %3 bytes)")
                .arg(header.fileSize)
                .arg(header.pageCount)
                .arg(header.pageSize),
            path);
    }
    return header;
}

Error describeOpenFailure(Error error, const QString& path)
{
    error.file = path;
    switch (error.code) {
    case Error::Code::NotADatabase:
        error.message = QStringLiteral("not a SQLite database (the file may be encrypted or damaged)");
        break;
    case Error::Code::Locked:
        error.message = QStringLiteral("database is locked by another process; try again when it is released");
        break;
    case Error::Code::Corrupt:
        error.message = QStringLiteral("database is corrupt (%1)").arg(error.message);
        break;
    default:
        break;
    }
    return error;
}

} // namespace godwit::sqlite
