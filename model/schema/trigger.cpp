// SPDX-License-Identifier: GPL-3.0-or-later
#include "trigger.h"

namespace godwit::schema {

QString triggerTimingSql(TriggerTiming timing)
{
    switch (timing) {
    case TriggerTiming::Before:
        return QStringLiteral("BEFORE");
    case TriggerTiming::After:
        return QStringLiteral("AFTER");
    case TriggerTiming::InsteadOf:
        return QStringLiteral("INSTEAD OF");
    }
    return {};
}

QString triggerEventSql(TriggerEvent event)
{
    switch (event) {
    case TriggerEvent::Insert:
        return QStringLiteral("INSERT");
    case TriggerEvent::Update:
        return QStringLiteral("UPDATE");
    case TriggerEvent::Delete:
        return QStringLiteral("DELETE");
    }
    return {};
}

} // namespace godwit::schema
