// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace godwit::migrations {

// One statement of a SQL script and what the migrator must do about it.
struct ScriptStatement {
    enum class Kind {
        Normal, // runs inside the file's transaction
        NonTransactional, // SQLite ignores or refuses it inside a transaction: runs outside
        TransactionControl, // BEGIN / COMMIT / END: the migrator's own transaction replaces it
        Forbidden, // could write outside the working copy, or would end the migrator's transaction
    };

    Kind kind = Kind::Normal;
    qsizetype offset = 0; // UTF-16 offset of the first token in the script
    qsizetype length = 0; // up to and including the terminating ';' when there is one
    QString text;
    QString keyword; // the statement's first word(s) in upper case, e.g. "PRAGMA FOREIGN_KEYS", "VACUUM"
    QString reason; // why it is not Normal, one sentence for notes and errors

    bool operator==(const ScriptStatement&) const = default;
};

// Splits a script into statements exactly where sqlite3_complete() would (a ';' ends a
// statement except inside CREATE TRIGGER … BEGIN … END) and classifies each one.
class ScriptSplitter final {
public:
    [[nodiscard]] static QList<ScriptStatement> split(QStringView sql);
};

} // namespace godwit::migrations
