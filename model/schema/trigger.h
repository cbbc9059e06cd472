// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace godwit::schema {

enum class TriggerTiming { Before, After, InsteadOf };
enum class TriggerEvent { Insert, Update, Delete };

struct Trigger {
    QString name;
    QString table; // the table or view it is attached to
    TriggerTiming timing = TriggerTiming::Before; // SQLite's default when none is written
    TriggerEvent event = TriggerEvent::Insert;
    QStringList updateOf; // UPDATE OF col, ... ; empty = any column
    QString sql; // CREATE TRIGGER text
    QString function = {}; // PostgreSQL: the trigger function it executes (schema.name())
    QString functionSql = {}; // PostgreSQL: CREATE FUNCTION text of that function

    bool operator==(const Trigger&) const = default;
};

[[nodiscard]] QString triggerTimingSql(TriggerTiming timing);
[[nodiscard]] QString triggerEventSql(TriggerEvent event);

} // namespace godwit::schema
