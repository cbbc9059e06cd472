// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemachecks.h"

#include "diff/dependencyfinder.h"
#include "schema/identifier.h"
#include "sqlite/database.h"

#include <QLocale>

namespace godwit::lint {

using diff::Change;
using diff::ChangeType;
using diff::DependencyFinder;
using diff::ObjectKind;
using schema::quoteIdentifier;
using schema::sameIdentifier;

namespace {

    LintFinding make(const char* code, const QString& message, const QString& file, const plan::ScriptStatement* at,
        const Change* change = nullptr)
    {
        LintFinding f;
        f.code = QString::fromLatin1(code);
        f.severity = LintRule::find(f.code)->severity;
        f.message = message;
        f.file = file;
        if (at) {
            f.line = at->line;
            f.column = at->column;
        }
        if (change)
            f.changeId = change->id();
        return f;
    }

    QString rows(const schema::Table* table)
    {
        if (!table || !table->rowCount)
            return {};
        return QStringLiteral(" (%1%2 rows)")
            .arg(table->rowCount->exact ? QString() : QStringLiteral("~"),
                QLocale::c().toString(table->rowCount->value));
    }

    bool indexedPrefix(const schema::Table& table, const QStringList& columns)
    {
        const QStringList pk = table.primaryKey();
        auto covers = [&](const QStringList& lead) {
            if (lead.size() < columns.size())
                return false;
            for (const QString& c : columns) {
                if (!std::ranges::any_of(
                        lead.mid(0, columns.size()), [&](const QString& l) { return sameIdentifier(l, c); }))
                    return false;
            }
            return true;
        };
        if (!table.withoutRowid && pk.size() == 1 && columns.size() == 1 && sameIdentifier(pk.front(), columns.front()))
            return true; // the rowid alias
        if (covers(pk))
            return true;
        for (const schema::Index& index : table.indexes) {
            QStringList lead;
            for (const auto& p : index.parts)
                lead << p.column;
            if (!index.isPartial() && covers(lead))
                return true;
        }
        return false;
    }

} // namespace

const plan::ScriptStatement* SchemaChecks::locate(
    const QList<plan::ScriptStatement>& statements, const QString& table, const QString& column)
{
    if (!column.isEmpty()) {
        for (const auto& s : statements) {
            if (DependencyFinder::mentions(s.text, table) && DependencyFinder::mentions(s.text, column))
                return &s;
        }
    }
    for (const auto& s : statements) {
        if (DependencyFinder::mentions(s.text, table))
            return &s;
    }
    return nullptr;
}

QList<LintFinding> SchemaChecks::check(const diff::ChangeSet& set, const QList<plan::ScriptStatement>& statements,
    const QString& file, const Options& options)
{
    QList<LintFinding> out;
    for (const Change& c : set.changes) {
        const schema::Table* before
            = set.before.table(c.type == ChangeType::Renamed && c.object == ObjectKind::Table ? c.oldName : c.table);
        const schema::Table* after = set.after.table(c.table);
        if (c.object == ObjectKind::Table && c.type == ChangeType::Removed)
            out << make("GW001", QStringLiteral("drops table %1%2").arg(c.name, rows(before)), file,
                locate(statements, c.name), &c);
        if (c.object == ObjectKind::Column && c.type == ChangeType::Removed)
            out << make("GW002", QStringLiteral("drops column %1.%2 and its data").arg(c.table, c.name), file,
                locate(statements, c.table, c.name), &c);
        if (c.type == ChangeType::Renamed && (c.object == ObjectKind::Column || c.object == ObjectKind::Table)) {
            // A view under the old name (or exposing the old column name) is a compatibility path.
            const bool compatible = std::ranges::any_of(set.after.views, [&](const schema::View& v) {
                if (c.object == ObjectKind::Table)
                    return sameIdentifier(v.name, c.oldName);
                return DependencyFinder::mentions(v.sql, c.table) && schema::containsIdentifier(v.columns, c.oldName);
            });
            if (!compatible)
                out << make("GW003",
                    QStringLiteral("renames %1 %2 to %3: clients that still use %2 fail at once")
                        .arg(diff::objectKindName(c.object),
                            c.object == ObjectKind::Column ? c.table + QLatin1Char('.') + c.oldName : c.oldName,
                            c.name),
                    file,
                    locate(statements, c.object == ObjectKind::Column ? c.table : c.oldName,
                        c.object == ObjectKind::Column ? c.oldName : QString()),
                    &c);
        }
        if (c.object == ObjectKind::Column && c.type == ChangeType::Added && after && before) {
            const schema::Column* col = after->column(c.name);
            if (col && col->notNull && !col->hasDefault && !col->isGenerated())
                out << make("GW004",
                    QStringLiteral("adds %1.%2 NOT NULL without a default%3: existing rows have no value")
                        .arg(c.table, c.name, rows(before)),
                    file, locate(statements, c.table, c.name), &c);
        }
        // An existing column made NOT NULL (the 12-step rebuild, as SQLite cannot ALTER it): the copy
        // fails on the first row that holds NULL. Without the data only the possibility is known;
        // with --db, GW101 counts the rows instead.
        if (c.object == ObjectKind::Column && (c.type == ChangeType::Modified || c.type == ChangeType::Renamed)
            && before && after) {
            const schema::Column* was = before->column(c.type == ChangeType::Renamed ? c.oldName : c.name);
            const schema::Column* now = after->column(c.name);
            if (was && now && !was->notNull && now->notNull && !now->hasDefault && !now->isGenerated()) {
                LintFinding f = make("GW004",
                    QStringLiteral("makes the existing column %1.%2 NOT NULL without a default: a row holding NULL "
                                   "stops the copy (lint with --db to count them)")
                        .arg(c.table, c.name),
                    file, locate(statements, c.table, c.name), &c);
                // Unlike ADD COLUMN, which SQLite refuses outright, this fails only if the data says so:
                // after a complete backfill (the backfill version before the contract) it is the intended contract.
                f.severity = Severity::Warning;
                out << f;
            }
        }
        if (c.object == ObjectKind::Column && c.type == ChangeType::Modified) {
            if (const diff::AttributeChange* type = c.attribute(diff::Attribute::Type);
                type && schema::affinityOf(type->before) != schema::affinityOf(type->after))
                out << make("GW005",
                    QStringLiteral(
                        "changes %1.%2 from %3 to %4 (%5 to %6 affinity): SQLite converts what it can, silently")
                        .arg(c.table, c.name, type->before.isEmpty() ? QStringLiteral("no type") : type->before,
                            type->after, schema::affinityName(schema::affinityOf(type->before)),
                            schema::affinityName(schema::affinityOf(type->after))),
                    file, locate(statements, c.table, c.name), &c);
        }
        // New foreign keys: on a new table, a new column, or an existing column.
        if (after
            && ((c.object == ObjectKind::ForeignKey && c.type != ChangeType::Removed)
                || (c.object == ObjectKind::Table && c.type == ChangeType::Added))) {
            for (const auto& fk : after->foreignKeys) {
                const QString name
                    = QStringLiteral("(%1) -> %2").arg(fk.columns.join(QStringLiteral(", ")), fk.parentTable);
                if (c.object == ObjectKind::ForeignKey && name != c.name)
                    continue;
                if (!indexedPrefix(*after, fk.columns))
                    out << make("GW007",
                        QStringLiteral("foreign key %1.(%2) → %3 has no index on %2: deletes in %3 scan %1")
                            .arg(c.table, fk.columns.join(QStringLiteral(", ")), fk.parentTable),
                        file, locate(statements, c.table, fk.columns.value(0)), &c);
            }
        }
        if (c.object == ObjectKind::Index && c.type == ChangeType::Added && before && before->rowCount
            && before->rowCount->value >= options.bigTableRows)
            out << make("GW008",
                QStringLiteral("creates index %1 on %2%3: writers wait while it is built")
                    .arg(c.name, c.table, rows(before)),
                file, locate(statements, c.name), &c);
    }
    return out;
}

QStringList SchemaChecks::danglingObjects(const sqlite::Database& db)
{
    QStringList out;
    auto views = db.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name"));
    QStringList viewNames;
    if (views)
        (void)views->forEachRow([&](const sqlite::Statement& row) { viewNames << row.text(0); });
    for (const QString& v : viewNames) {
        auto st = db.prepare(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(quoteIdentifier(v)));
        if (!st)
            out << QStringLiteral("view %1: %2").arg(v, st.error().message);
    }
    // SQLite checks every trigger body when a table is renamed: rename and roll back.
    auto triggers = db.prepare(
        QStringLiteral("SELECT DISTINCT tbl_name FROM sqlite_schema WHERE type = 'trigger' ORDER BY tbl_name"));
    QStringList tables;
    if (triggers)
        (void)triggers->forEachRow([&](const sqlite::Statement& row) { tables << row.text(0); });
    for (const QString& t : tables) {
        if (!db.exec(QStringLiteral("SAVEPOINT godwit_lint")))
            break;
        auto r = db.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                             .arg(quoteIdentifier(t), quoteIdentifier(t + QStringLiteral("_godwit_lint"))));
        (void)db.exec(QStringLiteral("ROLLBACK TO godwit_lint"));
        (void)db.exec(QStringLiteral("RELEASE godwit_lint"));
        if (!r && r.error().message.contains(QLatin1String("error in trigger"))) {
            QString message = r.error().message;
            message.remove(QStringLiteral("error in "));
            if (!out.contains(message))
                out << message;
        }
    }
    return out;
}

} // namespace godwit::lint
