// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefingerprint.h"

#include <QCryptographicHash>
#include <QFile>

namespace godwit::rehearsal {

Result<QString> FileFingerprint::sha256(const QString& databasePath, const std::atomic_bool* cancel)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& path : { databasePath, databasePath + QStringLiteral("-wal") }) {
        QFile file(path);
        if (path != databasePath && !file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::Io, QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
        // Marks where the database ends and the WAL begins, so moving bytes between them changes the digest.
        hash.addData(path.toUtf8().right(4));
        while (!file.atEnd()) {
            if (cancel && cancel->load())
                return fail(Error::Code::Cancelled, QStringLiteral("cancelled"), path);
            const QByteArray chunk = file.read(1 << 20);
            if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
                return fail(Error::Code::Io, QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
            hash.addData(chunk);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace godwit::rehearsal
