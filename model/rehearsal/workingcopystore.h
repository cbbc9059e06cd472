// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::rehearsal {

// The working copies rehearsals leave in a folder: each run keeps a full copy of the database,
// so they add up. Only files named the way WorkingCopy::suggestedPath names them
// ("<name>-yyyyMMdd-HHmmss-zzz.db") count, with their -wal, -shm and -journal; nothing else in
// the folder is listed or removed.
class WorkingCopyStore final {
public:
    struct Entry {
        QString path; // the .db file
        QStringList files; // the .db and whichever of its -wal, -shm, -journal exist
        qint64 bytes = 0; // all of `files`
        QDateTime lastModified; // the newest of `files`
        bool operator==(const Entry&) const = default;
    };

    explicit WorkingCopyStore(QString folder);

    // Where rehearsals put their copies unless the user chose another folder.
    [[nodiscard]] static QString defaultFolder();

    [[nodiscard]] QString folder() const { return m_folder; }
    // The copies in the folder, oldest first; empty when the folder does not exist.
    [[nodiscard]] QList<Entry> entries() const;
    [[nodiscard]] static qint64 totalBytes(const QList<Entry>& entries);
    // True for a file name WorkingCopy::suggestedPath makes.
    [[nodiscard]] static bool isWorkingCopyName(const QString& fileName);

    // Deletes the copies last modified before `cutoff`; returns the bytes freed. Stops at the
    // first file that cannot be removed, with an Io error naming it.
    [[nodiscard]] Result<qint64> removeOlderThan(const QDateTime& cutoff) const;
    [[nodiscard]] static Result<qint64> remove(const QList<Entry>& entries);

private:
    QString m_folder;
};

} // namespace godwit::rehearsal
