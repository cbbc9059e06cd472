// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace godwit {

// The one way Godwit reads a text file a user gave it (.sql, .mmd, query lists, answers,
// plans, migrations) and writes one (plans, reports, records, exports), so every kind of file
// gets the same checks and the same words.
class TextFile final {
public:
    // The bytes of a regular file. A missing file, a broken symbolic link, a directory
    // ("is a directory, not <what>"), anything that is not a regular file (a FIFO would
    // block the read) or a file that cannot be read is an Error naming the file.
    [[nodiscard]] static Result<QByteArray> readBytes(
        const QString& path, const QString& what = QStringLiteral("a text file"));
    // UTF-8 text without its byte-order mark. Invalid UTF-8 or a NUL byte (which would end
    // the text early for SQLite and for C strings) is an Error at its line and column.
    [[nodiscard]] static Result<QString> decode(QByteArray bytes, const QString& path);
    // readBytes() then decode().
    [[nodiscard]] static Result<QString> read(const QString& path, const QString& what = QStringLiteral("a text file"));

    // Replaces `path` with `bytes` through QSaveFile (a temporary file renamed into place), so a
    // reader sees the old file or the whole new one, never a part, even if Godwit dies midway.
    // A directory in the way or a file that cannot be written is an Error naming the file.
    [[nodiscard]] static Result<void> writeBytes(const QString& path, const QByteArray& bytes);
    // writeBytes() of `text` as UTF-8 (no byte-order mark).
    [[nodiscard]] static Result<void> write(const QString& path, QStringView text);
};

} // namespace godwit
