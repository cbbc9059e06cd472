// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingcopystore.h"

#include "sqlite/workingcopy.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace godwit::rehearsal {

QString WorkingCopyStore::defaultFolder() { return sqlite::WorkingCopy::defaultFolder(); }

namespace {
    // SQLite's files beside a database: the write-ahead log, its index, the rollback journal.
    const QStringList kSidecars = { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") };
}

WorkingCopyStore::WorkingCopyStore(QString folder)
    : m_folder(std::move(folder))
{
}

bool WorkingCopyStore::isWorkingCopyName(const QString& fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^.+-\\d{8}-\\d{6}-\\d{3}\\.db$"));
    return pattern.match(fileName).hasMatch();
}

QList<WorkingCopyStore::Entry> WorkingCopyStore::entries() const
{
    QList<Entry> list;
    const QDir dir(m_folder);
    if (m_folder.isEmpty() || !dir.exists())
        return list;
    for (const QFileInfo& db : dir.entryInfoList({ QStringLiteral("*.db") }, QDir::Files | QDir::NoSymLinks)) {
        if (!isWorkingCopyName(db.fileName()))
            continue;
        Entry e;
        e.path = db.absoluteFilePath();
        for (const QString& suffix : QStringList { QString() } + kSidecars) {
            const QFileInfo file(e.path + suffix);
            if (!file.exists() || file.isSymLink())
                continue;
            e.files << file.absoluteFilePath();
            e.bytes += file.size();
            e.lastModified = std::max(e.lastModified, file.lastModified());
        }
        list << e;
    }
    std::ranges::sort(list, {}, &Entry::lastModified);
    return list;
}

qint64 WorkingCopyStore::totalBytes(const QList<Entry>& entries)
{
    qint64 total = 0;
    for (const Entry& e : entries)
        total += e.bytes;
    return total;
}

Result<qint64> WorkingCopyStore::removeOlderThan(const QDateTime& cutoff) const
{
    QList<Entry> old;
    for (const Entry& e : entries()) {
        if (e.lastModified < cutoff)
            old << e;
    }
    return remove(old);
}

Result<qint64> WorkingCopyStore::remove(const QList<Entry>& entries)
{
    qint64 freed = 0;
    for (const Entry& e : entries) {
        // The sidecars go first: a -wal without its database would be applied to a new file
        // of the same name.
        for (auto file = e.files.crbegin(); file != e.files.crend(); ++file) {
            const qint64 size = QFileInfo(*file).size();
            QFile f(*file);
            if (f.exists() && !f.remove())
                return fail(
                    Error::Code::Io, QStringLiteral("cannot remove the working copy: %1").arg(f.errorString()), *file);
            freed += size;
        }
    }
    return freed;
}

} // namespace godwit::rehearsal
