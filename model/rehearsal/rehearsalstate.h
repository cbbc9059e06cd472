// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QString>

namespace godwit::sqlite {
class Database;
}

namespace godwit::rehearsal {

// What a rehearsal must remember across a crash, kept in the working copy itself (table
// godwit_rehearsal_state): the original's hash, the rows it started with, the phases done and
// their metrics. A resumed rehearsal reads it back and reports the whole run.
class RehearsalState final {
public:
    explicit RehearsalState(const sqlite::Database& db);

    [[nodiscard]] Result<void> create() const;
    [[nodiscard]] Result<bool> exists() const;
    [[nodiscard]] Result<void> set(const QString& key, const QJsonValue& value) const;
    // Null when the key was never set.
    [[nodiscard]] Result<QJsonValue> value(const QString& key) const;

    [[nodiscard]] static QString tableName() { return QStringLiteral("godwit_rehearsal_state"); }

private:
    const sqlite::Database& m_db;
};

} // namespace godwit::rehearsal
