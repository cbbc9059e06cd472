// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit {

// What went wrong, where, in words that are stable enough for the CLI and tests.
// The GUI wraps `message` in tr() text; the CLI prints toString().
struct Error {
    enum class Code {
        Ok,
        FileNotFound,
        IsDirectory,
        PermissionDenied,
        EmptyFile,
        NotADatabase,
        Truncated,
        Corrupt,
        Locked,
        ReadOnly,
        Sql,
        Parse,
        Io,
        Cancelled,
        Interrupted,
        Unsupported,
        InvalidArgument,
    };

    Code code = Code::Ok;
    int sqliteCode = 0; // primary result code, 0 when not from SQLite
    int extendedCode = 0;
    QString message;
    QString sql; // the statement that failed, if any
    QString file; // the file the user gave us, if any
    int line = 0; // 1-based; 0 = unknown
    int column = 0; // 1-based; 0 = unknown

    [[nodiscard]] bool hasPosition() const { return line > 0; }
    // "file:line:col: message", dropping the parts that are unknown.
    [[nodiscard]] QString toString() const;
    // The same error attributed to a file (keeps an existing position).
    [[nodiscard]] Error inFile(const QString& fileName) const;

    bool operator==(const Error&) const = default;
};

[[nodiscard]] QString errorCodeName(Error::Code code);

} // namespace godwit
