// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace godwit::schema {
struct Schema;
}

namespace godwit::editor {

// What the SQL editor offers at the cursor.
struct Completions {
    QString prefix; // the part of the word already typed
    QString qualifier; // "orders" in "orders.cu" (or the table an alias stands for); empty when none
    QStringList candidates; // sorted case-insensitively, names quoted where SQLite needs it

    bool operator==(const Completions&) const = default;
};

// Completion for SQL against a schema: keywords and table, view, index and column names;
// after `name.` only the columns of that table or view (aliases from FROM/JOIN resolved).
class SqlCompletion final {
public:
    // `textAfterCursor` lets aliases defined later in the statement count ("SELECT p.| FROM payments p").
    [[nodiscard]] static Completions complete(
        const schema::Schema& schema, QStringView textBeforeCursor, QStringView textAfterCursor = {});
};

} // namespace godwit::editor
