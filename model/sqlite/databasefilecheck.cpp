// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefilecheck.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

namespace godwit::sqlite {

namespace {
    constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
    constexpr qsizetype kHeaderSize = 100;
    constexpr qsizetype kWalHeaderSize = 32;
    constexpr int kSnapshotAttempts = 5;

    // What would show that a file changed while it was copied: size, modification time and the
    // header (the WAL header's salts change when a checkpoint restarts the log).
    struct FileStamp {
        qint64 size = -1;
        qint64 modified = 0;
        QByteArray head;
        bool operator==(const FileStamp&) const = default;
    };

    FileStamp stampOf(const QString& path, qsizetype headSize)
    {
        const QFileInfo info(path);
        FileStamp s;
        if (!info.exists())
            return s;
        s.size = info.size();
        s.modified = info.lastModified().toMSecsSinceEpoch();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            s.head = file.read(headSize);
        return s;
    }

    // Godwit's own unfinished files: a backup being written, a migration's undo snapshot, or any
    // working copy in the rehearsal folder.
    bool isGodwitCopy(const QString& path)
    {
        const QFileInfo info(path);
        return path.endsWith(QLatin1String(".partial")) || path.endsWith(QLatin1String(".godwit-before"))
            || info.absoluteDir().dirName() == QLatin1String("godwit-rehearsal");
    }

    bool isWalFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray h = file.read(kHeaderSize);
        return h.size() == kHeaderSize && (h[18] == 2 || h[19] == 2);
    }

} // namespace

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
    case Error::Code::ReadOnly:
    case Error::Code::Io: {
        const QString name = QFileInfo(path).fileName();
        const bool hotJournal = error.extendedCode == SQLITE_READONLY_ROLLBACK
            || (error.code == Error::Code::ReadOnly && QFileInfo(path + QLatin1String("-journal")).size() > 0);
        if (hotJournal && isGodwitCopy(path)) {
            error.message = QStringLiteral("%1 is an unfinished copy left by an interrupted Godwit run (it has a hot "
                                           "journal, %1-journal); delete both files, or continue a rehearsal's "
                                           "copy with --resume")
                                .arg(name);
        } else if (hotJournal) {
            error.message = QStringLiteral("the database has a hot journal from an interrupted write (%1-journal); "
                                           "open it once with the sqlite3 shell in a writable folder to roll it "
                                           "back, or copy both files")
                                .arg(name);
        } else if (isWalFile(path) && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
            error.message = QStringLiteral("the database is in WAL mode and its folder is read-only (SQLite needs "
                                           "to create %1-wal and %1-shm beside it to write)")
                                .arg(name);
        }
        break;
    }
    default:
        break;
    }
    return error;
}

Result<OriginalSource> prepareOriginal(const QString& path, const DatabaseHeader& header)
{
    OriginalSource source;
    source.path = QFileInfo(path).absoluteFilePath();
    if (!header.isWal)
        return source;
    const QString wal = source.path + QLatin1String("-wal");
    if (!QFileInfo::exists(wal)) {
        source.immutable = true;
        return source;
    }
    auto dir = std::make_shared<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/godwit-snapshot-XXXXXX"));
    if (!dir->isValid())
        return fail(Error::Code::Io,
            QStringLiteral("cannot create a temporary folder for a snapshot of the WAL database: %1")
                .arg(dir->errorString()),
            path);
    const QString copy = dir->filePath(QStringLiteral("snapshot.db"));
    for (int attempt = 0; attempt < kSnapshotAttempts; ++attempt) {
        const FileStamp dbBefore = stampOf(source.path, kHeaderSize);
        const FileStamp walBefore = stampOf(wal, kWalHeaderSize);
        QFile::remove(copy);
        QFile::remove(copy + QLatin1String("-wal"));
        QFile::remove(copy + QLatin1String("-shm"));
        // The -wal after the database: frames a writer appends meanwhile are either whole (and
        // committed) or ignored by the WAL's checksums; a checkpoint shows in the stamps.
        if (!QFile::copy(source.path, copy) || !QFile::copy(wal, copy + QLatin1String("-wal")))
            return fail(Error::Code::Io, QStringLiteral("cannot copy the WAL database for reading"), path);
        if (stampOf(source.path, kHeaderSize) == dbBefore && stampOf(wal, kWalHeaderSize) == walBefore) {
            // Copies keep the original's permissions; SQLite opens them read-only either way.
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QFile::setPermissions(copy + QLatin1String("-wal"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            source.path = copy;
            source.snapshot = std::move(dir);
            return source;
        }
    }
    return fail(Error::Code::Locked,
        QStringLiteral("database is being written by another process (its -wal kept changing while it was read); "
                       "try again when it is idle"),
        path);
}

} // namespace godwit::sqlite
