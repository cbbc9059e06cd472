// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/sqltoken.h"

#include <QList>
#include <QStringList>

namespace godwit::plan {

// One statement of a script, where it starts, and the lint codes its comments silence.
struct ScriptStatement {
    QString text; // from its first significant token to its semicolon
    qsizetype offset = 0; // in UTF-16 units of the script
    int line = 1; // 1-based
    int column = 1;
    QList<schema::SqlToken> tokens; // significant tokens, offsets relative to `text`
    QStringList ignored; // codes from "-- godwit:ignore GW003 reason" comments

    [[nodiscard]] bool startsWith(std::initializer_list<const char*> keywords) const;

    bool operator==(const ScriptStatement&) const = default;
};

// Splits SQL scripts into statements the way SQLite reads them: a trigger body's semicolons
// stay inside its CREATE TRIGGER, CASE ... END inside it too. A "-- godwit:ignore CODE reason"
// comment belongs to the statement it precedes, or to the one it trails on the same line.
class SqlScript final {
public:
    [[nodiscard]] static QList<ScriptStatement> split(const QString& sql);
};

} // namespace godwit::plan
