// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefingerprint.h"

#include <QCryptographicHash>
#include <QFile>

namespace godwit::rehearsal {

Result<QString> FileFingerprint::sha256(const QString& path, const std::atomic_bool* cancel)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
    while (!file.atEnd()) {
        if (cancel && cancel->load())
            return fail(Error::Code::Cancelled, QStringLiteral("cancelled"), path);
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return fail(Error::Code::Io, QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
        hash.addData(chunk);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<Fingerprint> FileFingerprint::of(const QString& databasePath, const std::atomic_bool* cancel)
{
    Fingerprint f;
    auto database = sha256(databasePath, cancel);
    if (!database)
        return std::unexpected(database.error());
    f.database = *database;
    const QString wal = databasePath + QStringLiteral("-wal");
    if (QFile::exists(wal)) {
        auto digest = sha256(wal, cancel);
        if (!digest)
            return std::unexpected(digest.error());
        f.wal = *digest;
    }
    return f;
}

} // namespace godwit::rehearsal
