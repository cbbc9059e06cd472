// SPDX-License-Identifier: GPL-3.0-or-later
#include "dualwritetriggers.h"

#include "plansql.h"
#include "schema/identifier.h"

namespace godwit::plan {

using schema::quoteIdentifierIfNeeded;

QList<DualWriteTriggers::Trigger> DualWriteTriggers::rename(
    const schema::Table& table, const QString& oldName, const QString& newName, const QString& up, const QString& down)
{
    const QString t = quoteIdentifierIfNeeded(table.name);
    const QString old = quoteIdentifierIfNeeded(oldName);
    const QString col = quoteIdentifierIfNeeded(newName);
    const QString row = PlanSql::sameRow(table, QStringLiteral("NEW"));
    auto name = [&](const char* suffix) {
        return PlanSql::ownedName({ table.name, newName, QString::fromLatin1(suffix) });
    };
    const QString insert
        = QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2\nWHEN NEW.%3 IS NULL AND NEW.%4 IS NOT NULL\nBEGIN\n"
                         "    UPDATE %2 SET %3 = %5 WHERE %6;\nEND");
    const QString update = QStringLiteral(
        "CREATE TRIGGER %1 AFTER UPDATE OF %3 ON %2\nWHEN NEW.%3 IS NOT OLD.%3 AND NEW.%4 IS OLD.%4\nBEGIN\n"
        "    UPDATE %2 SET %4 = %5 WHERE %6 AND %4 IS NOT %5;\nEND");
    QList<Trigger> out;
    out << Trigger { name("up_insert"), insert.arg(quoteIdentifierIfNeeded(name("up_insert")), t, col, old, up, row) };
    out << Trigger { name("down_insert"),
        insert.arg(quoteIdentifierIfNeeded(name("down_insert")), t, old, col, down, row) };
    out << Trigger { name("up_update"), update.arg(quoteIdentifierIfNeeded(name("up_update")), t, old, col, up, row) };
    out << Trigger { name("down_update"),
        update.arg(quoteIdentifierIfNeeded(name("down_update")), t, col, old, down, row) };
    return out;
}

DualWriteTriggers::Trigger DualWriteTriggers::fill(
    const schema::Table& table, const QString& column, const QString& value)
{
    const QString name = PlanSql::ownedName({ table.name, column, QStringLiteral("fill_insert") });
    const QString t = quoteIdentifierIfNeeded(table.name);
    return { name,
        QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2\nWHEN NEW.%3 IS NULL\nBEGIN\n    UPDATE %2 SET %3 = %4 "
                       "WHERE %5;\nEND")
            .arg(quoteIdentifierIfNeeded(name), t, quoteIdentifierIfNeeded(column), value,
                PlanSql::sameRow(table, QStringLiteral("NEW"))) };
}

} // namespace godwit::plan
