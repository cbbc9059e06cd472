// SPDX-License-Identifier: GPL-3.0-or-later
#include "classifier.h"

#include "schema/identifier.h"
#include "schema/sqltokenizer.h"

#include <algorithm>

#include <QLocale>
#include <QRegularExpression>

namespace godwit::diff {

using schema::Column;
using schema::Table;

namespace {

    const QString kRebuildRule = QStringLiteral(
        "SQLite's ALTER TABLE supports only RENAME TABLE, RENAME COLUMN, ADD COLUMN and DROP COLUMN; any other change "
        "to a table needs the 12-step rebuild (lang_altertable.html#otheralter)");

    Classification make(Impact impact, QString reason, Capability capability, QString rule = {})
    {
        Classification c;
        c.impact = impact;
        c.reason = std::move(reason);
        c.capability = capability;
        c.sqliteRule = std::move(rule);
        return c;
    }

    Risk raise(Risk risk) { return risk == Risk::Low ? Risk::Medium : Risk::High; }

    QString describeDependents(const QList<Dependent>& dependents)
    {
        QStringList parts;
        for (const Dependent& d : dependents)
            parts << QStringLiteral("%1 %2").arg(objectKindName(d.kind), d.name);
        return parts.join(QStringLiteral(", "));
    }

    Classification classifyColumn(const Change& change, const Table* tableBefore, const Table* tableAfter)
    {
        const QString col = change.table + QLatin1Char('.') + change.name;
        switch (change.type) {
        case ChangeType::Added: {
            const Column* c = tableAfter ? tableAfter->column(change.name) : nullptr;
            if (!c)
                return make(Impact::Additive, QStringLiteral("Adds column %1.").arg(col), Capability::InPlace);
            const QString restriction = Classifier::addColumnRestriction(*c, *tableAfter);
            const bool required = c->notNull && !c->hasDefault && !c->isGenerated();
            if (required)
                return make(Impact::BreaksWriters,
                    QStringLiteral(
                        "Adds required column %1 without a default: existing rows have no value and old writers "
                        "that do not set it fail.")
                        .arg(col),
                    Capability::Rebuild, restriction);
            return make(Impact::Additive,
                QStringLiteral("Adds %1 column %2; old readers and writers are unaffected.")
                    .arg(c->notNull ? QStringLiteral("a NOT NULL (defaulted)") : QStringLiteral("a nullable"), col),
                restriction.isEmpty() ? Capability::InPlace : Capability::Rebuild, restriction);
        }
        case ChangeType::Removed: {
            const Column* c = tableBefore ? tableBefore->column(change.name) : nullptr;
            const QString restriction = Classifier::dropColumnRestriction(change.dependents, c);
            return make(Impact::Destructive,
                QStringLiteral("Drops column %1 and its data; readers and writers that still use it fail.").arg(col),
                restriction.isEmpty() ? Capability::InPlace : Capability::Rebuild,
                restriction.isEmpty() ? QStringLiteral("ALTER TABLE DROP COLUMN (SQLite 3.35+)") : restriction);
        }
        case ChangeType::Renamed: {
            QString reason
                = QStringLiteral("Renames %1.%2 to %3: old readers and writers that name %2 fail until they move "
                                 "to the new name.")
                      .arg(change.table, change.oldName, change.name);
            if (!change.attributes.isEmpty()) {
                reason += QStringLiteral(" The column's definition changes too.");
                return make(Impact::BreaksReaders, reason, Capability::Rebuild, kRebuildRule);
            }
            return make(Impact::BreaksReaders, reason, Capability::InPlace,
                QStringLiteral(
                    "ALTER TABLE RENAME COLUMN (SQLite 3.25+) rewrites references in indexes, views and triggers"));
        }
        case ChangeType::Modified:
            break;
        }
        // Modified: the strongest effect among the changed attributes decides.
        Classification result = make(Impact::Additive, QString(), Capability::Rebuild, kRebuildRule);
        QStringList reasons;
        auto worse = [&](Impact impact) {
            if (static_cast<int>(impact) > static_cast<int>(result.impact))
                result.impact = impact;
        };
        for (const AttributeChange& a : change.attributes) {
            switch (a.attribute) {
            case Attribute::Type: {
                const bool sameAffinity = schema::affinityOf(a.before) == schema::affinityOf(a.after);
                if (sameAffinity) {
                    reasons << QStringLiteral("type %1 → %2 keeps the %3 affinity, so stored values read the same")
                                   .arg(a.before, a.after, schema::affinityName(schema::affinityOf(a.after)));
                } else {
                    worse(Impact::BreaksReaders);
                    reasons << QStringLiteral("type %1 → %2 changes the affinity from %3 to %4: values are stored and "
                                              "compared differently")
                                   .arg(a.before.isEmpty() ? QStringLiteral("(none)") : a.before, a.after,
                                       schema::affinityName(schema::affinityOf(a.before)),
                                       schema::affinityName(schema::affinityOf(a.after)));
                }
                break;
            }
            case Attribute::NotNull:
                if (a.after.isEmpty()) {
                    reasons << QStringLiteral("NOT NULL is relaxed");
                } else {
                    worse(Impact::BreaksWriters);
                    reasons << QStringLiteral(
                        "becomes NOT NULL: existing NULLs must be backfilled and writers that store "
                        "NULL fail");
                }
                break;
            case Attribute::Default:
                reasons << QStringLiteral("default %1 → %2 (affects new rows only)")
                               .arg(a.before.isEmpty() ? QStringLiteral("none") : a.before,
                                   a.after.isEmpty() ? QStringLiteral("none") : a.after);
                break;
            case Attribute::Collation:
                worse(Impact::BreaksReaders);
                reasons << QStringLiteral("collation changes how values sort and compare");
                break;
            case Attribute::Generated:
                worse(Impact::BreaksWriters);
                reasons << QStringLiteral("generated expression changes; writers can no longer set a generated column");
                break;
            default:
                reasons << QStringLiteral("%1 changes").arg(attributeName(a.attribute));
                break;
            }
        }
        result.reason = QStringLiteral("Column %1: %2.").arg(col, reasons.join(QStringLiteral("; ")));
        return result;
    }

    Classification classifyTable(const Change& change)
    {
        switch (change.type) {
        case ChangeType::Added:
            return make(Impact::Additive, QStringLiteral("Adds table %1; nothing uses it yet.").arg(change.name),
                Capability::InPlace, QStringLiteral("CREATE TABLE"));
        case ChangeType::Removed:
            return make(Impact::Destructive,
                QStringLiteral("Drops table %1 and all its rows; every query that uses it fails.").arg(change.name),
                Capability::InPlace, QStringLiteral("DROP TABLE"));
        case ChangeType::Renamed:
            return make(Impact::BreaksReaders,
                QStringLiteral("Renames table %1 to %2: clients that use the old name fail until they move.")
                    .arg(change.oldName, change.name),
                Capability::InPlace,
                QStringLiteral("ALTER TABLE RENAME TO rewrites references in foreign keys, views and triggers"));
        case ChangeType::Modified:
            break;
        }
        return make(Impact::BreaksReaders, QStringLiteral("Table %1 changes.").arg(change.name), Capability::Rebuild,
            kRebuildRule);
    }

    Classification classifyConstraint(const Change& change)
    {
        const QString what
            = QStringLiteral("%1 %2 on %3").arg(objectKindName(change.object), change.name, change.table);
        switch (change.object) {
        case ObjectKind::TableOption: {
            const bool tighter
                = std::ranges::any_of(change.attributes, [](const AttributeChange& a) { return !a.after.isEmpty(); });
            return make(tighter ? Impact::BreaksWriters : Impact::Additive,
                QStringLiteral(
                    "Table options of %1 change (%2); writers that relied on the old typing or rowid may fail.")
                    .arg(change.table,
                        change.attributes.value(0).after.isEmpty() ? change.attributes.value(0).before
                                                                   : change.attributes.value(0).after),
                Capability::Rebuild, kRebuildRule);
        }
        case ObjectKind::PrimaryKey:
            return make(Impact::BreaksWriters,
                QStringLiteral(
                    "The primary key of %1 changes; row identity and every foreign key that points here are affected.")
                    .arg(change.table),
                Capability::Rebuild, kRebuildRule);
        case ObjectKind::ForeignKey:
        case ObjectKind::Unique:
        case ObjectKind::Check:
            if (change.type == ChangeType::Removed)
                return make(Impact::Additive, QStringLiteral("Removes %1: the database stops enforcing it.").arg(what),
                    Capability::Rebuild, kRebuildRule);
            return make(Impact::BreaksWriters,
                QStringLiteral("%1 %2: existing rows must satisfy it and writes that violate it fail.")
                    .arg(change.type == ChangeType::Added ? QStringLiteral("Adds") : QStringLiteral("Changes"), what),
                Capability::Rebuild,
                change.object == ObjectKind::Unique
                    ? kRebuildRule + QStringLiteral("; a CREATE UNIQUE INDEX enforces the same rule in place")
                    : kRebuildRule);
        default:
            break;
        }
        return make(Impact::Additive, what, Capability::InPlace);
    }

    Classification classifyIndex(const Change& change, const Table* tableAfter)
    {
        const schema::Index* index = tableAfter ? tableAfter->index(change.name) : nullptr;
        const bool unique = index && index->unique;
        switch (change.type) {
        case ChangeType::Added:
            return make(unique ? Impact::BreaksWriters : Impact::Additive,
                unique ? QStringLiteral(
                    "Adds unique index %1 on %2: duplicates make it fail and later duplicate writes are refused.")
                             .arg(change.name, change.table)
                       : QStringLiteral("Adds index %1 on %2: faster reads, a little more cost per write.")
                             .arg(change.name, change.table),
                Capability::InPlace, QStringLiteral("CREATE INDEX"));
        case ChangeType::Removed:
            return make(Impact::BreaksReaders,
                QStringLiteral("Drops index %1 on %2: queries that use it may fall back to a full scan.")
                    .arg(change.name, change.table),
                Capability::InPlace, QStringLiteral("DROP INDEX"));
        case ChangeType::Renamed:
            return make(Impact::Additive,
                QStringLiteral("Index %1 is renamed to %2 with the same definition.").arg(change.oldName, change.name),
                Capability::InPlace, QStringLiteral("DROP INDEX + CREATE INDEX (SQLite cannot rename an index)"));
        case ChangeType::Modified:
            break;
        }
        return make(change.has(Attribute::Unique) && unique ? Impact::BreaksWriters : Impact::BreaksReaders,
            QStringLiteral("Index %1 on %2 is redefined; queries may be planned differently while it is rebuilt.")
                .arg(change.name, change.table),
            Capability::InPlace, QStringLiteral("DROP INDEX + CREATE INDEX"));
    }

    Classification classifyViewOrTrigger(const Change& change)
    {
        const bool view = change.object == ObjectKind::View;
        const QString what
            = QStringLiteral("%1 %2").arg(view ? QStringLiteral("view") : QStringLiteral("trigger"), change.name);
        const QString rule
            = view ? QStringLiteral("DROP VIEW + CREATE VIEW") : QStringLiteral("DROP TRIGGER + CREATE TRIGGER");
        switch (change.type) {
        case ChangeType::Added:
            return view ? make(Impact::Additive, QStringLiteral("Adds %1.").arg(what), Capability::InPlace,
                       QStringLiteral("CREATE VIEW"))
                        : make(Impact::BreaksWriters,
                            QStringLiteral("Adds %1: writes to %2 get new side effects.").arg(what, change.table),
                            Capability::InPlace, QStringLiteral("CREATE TRIGGER"));
        case ChangeType::Removed:
            return view ? make(Impact::BreaksReaders, QStringLiteral("Drops %1; readers that query it fail.").arg(what),
                       Capability::InPlace, QStringLiteral("DROP VIEW"))
                        : make(Impact::BreaksWriters,
                            QStringLiteral("Drops %1: writes to %2 lose its side effects.").arg(what, change.table),
                            Capability::InPlace, QStringLiteral("DROP TRIGGER"));
        default:
            break;
        }
        return view ? make(Impact::BreaksReaders,
                   QStringLiteral("Redefines %1; its readers may see different results.").arg(what),
                   Capability::InPlace, rule)
                    : make(Impact::BreaksWriters,
                        QStringLiteral("Redefines %1; writes to %2 behave differently.").arg(what, change.table),
                        Capability::InPlace, rule);
    }

} // namespace

QString Classifier::addColumnRestriction(const Column& c, const Table& table)
{
    if (c.isPrimaryKey())
        return QStringLiteral("ADD COLUMN cannot add a PRIMARY KEY column");
    if (table.isUniqueColumn(c.name))
        return QStringLiteral("ADD COLUMN cannot add a UNIQUE column");
    if (c.generated == schema::Generated::Stored)
        return QStringLiteral("ADD COLUMN cannot add a STORED generated column");
    if (c.notNull && !c.hasDefault && !c.isGenerated())
        return QStringLiteral("ADD COLUMN with NOT NULL needs a non-NULL default");
    if (c.hasDefault) {
        const QString d = schema::SqlTokenizer::normalized(c.defaultValue);
        if (d.startsWith(QLatin1String("CURRENT_")))
            return QStringLiteral("ADD COLUMN cannot use %1 as the default").arg(d);
        // Only a literal (number, string, blob, NULL, TRUE/FALSE, optionally signed) is constant.
        static const QRegularExpression literal(QStringLiteral(
            R"(^\(*\s*([-+]\s*)?([0-9.]+([eE][-+]?[0-9]+)?|0[xX][0-9a-fA-F]+|'([^']|'')*'|[xX]'[0-9a-fA-F]*'|NULL|TRUE|FALSE)\s*\)*$)"));
        if (!literal.match(d).hasMatch())
            return QStringLiteral("ADD COLUMN needs a constant default, not the expression %1").arg(c.defaultValue);
        if (c.notNull && d.contains(QLatin1String("NULL")))
            return QStringLiteral("ADD COLUMN with NOT NULL needs a non-NULL default");
    }
    if (table.isForeignKeyColumn(c.name) && c.hasDefault
        && schema::SqlTokenizer::normalized(c.defaultValue) != QLatin1String("NULL"))
        return QStringLiteral("ADD COLUMN with a REFERENCES clause needs the default NULL when foreign keys are on");
    return {};
}

QString Classifier::dropColumnRestriction(const QList<Dependent>& dependents, const Column* column)
{
    if (column && column->isPrimaryKey())
        return QStringLiteral("DROP COLUMN cannot drop a PRIMARY KEY column");
    for (const Dependent& d : dependents) {
        switch (d.kind) {
        case ObjectKind::Unique:
            return QStringLiteral("DROP COLUMN cannot drop a UNIQUE column");
        case ObjectKind::Index:
            return QStringLiteral("DROP COLUMN cannot drop an indexed column (index %1)").arg(d.name);
        case ObjectKind::ForeignKey:
            if (d.detail == QLatin1String("foreign key column"))
                return QStringLiteral("DROP COLUMN cannot drop a column used in a foreign key");
            break;
        case ObjectKind::Check:
            return QStringLiteral("DROP COLUMN cannot drop a column used in a CHECK constraint");
        case ObjectKind::Column:
            return QStringLiteral("DROP COLUMN cannot drop a column used by generated column %1").arg(d.name);
        case ObjectKind::View:
        case ObjectKind::Trigger:
            if (d.detail != QLatin1String("selects * from the table"))
                return QStringLiteral("DROP COLUMN fails while %1 %2 uses the column")
                    .arg(objectKindName(d.kind), d.name);
            break;
        default:
            break;
        }
    }
    return {};
}

Classification Classifier::classify(
    const Change& change, const schema::Schema& before, const schema::Schema& after, const QString& beforeTable)
{
    const Table* tableBefore = before.table(beforeTable);
    const Table* tableAfter = after.table(change.table);
    Classification c;
    switch (change.object) {
    case ObjectKind::Column:
        c = classifyColumn(change, tableBefore, tableAfter);
        break;
    case ObjectKind::Table:
        c = classifyTable(change);
        break;
    case ObjectKind::Index:
        c = classifyIndex(change, tableAfter);
        break;
    case ObjectKind::View:
    case ObjectKind::Trigger:
        c = classifyViewOrTrigger(change);
        break;
    default:
        c = classifyConstraint(change);
        break;
    }
    // A foreign key that arrives with its own new column is added in place: ADD COLUMN ... REFERENCES.
    if (change.object == ObjectKind::ForeignKey && change.type == ChangeType::Added && tableBefore && tableAfter) {
        const auto fk = std::ranges::find_if(tableAfter->foreignKeys, [&](const schema::ForeignKey& f) {
            return change.name == QStringLiteral("(%1) -> %2").arg(f.columns.join(QStringLiteral(", ")), f.parentTable);
        });
        if (fk != tableAfter->foreignKeys.end() && fk->columns.size() == 1
            && !tableBefore->column(fk->columns.front())) {
            c.impact = Impact::Additive;
            c.reason = QStringLiteral(
                "Adds a foreign key on the new column %1.%2; existing rows hold NULL, which it allows.")
                           .arg(change.table, fk->columns.front());
            c.capability = Capability::InPlace;
            c.sqliteRule = QStringLiteral("ADD COLUMN with a REFERENCES clause (the column's default must be NULL)");
        }
    }

    // Risk: start from who it breaks and how SQLite does it, then let size and dependents raise it.
    c.risk = c.impact == Impact::Destructive                                    ? Risk::High
        : (c.impact == Impact::Additive && c.capability == Capability::InPlace) ? Risk::Low
                                                                                : Risk::Medium;
    const Table* table = tableBefore ? tableBefore : tableAfter;
    if (table && table->rowCount) {
        const qint64 rows = table->rowCount->value;
        const QString count = QLocale::c().toString(rows);
        if (c.capability == Capability::Rebuild && rows > 0) {
            c.riskFactors << QStringLiteral("%1%2 rows are copied by the rebuild")
                                 .arg(table->rowCount->exact ? QString() : QStringLiteral("~"), count);
            if (rows > 1000000)
                c.risk = Risk::High;
            else if (rows > 100000)
                c.risk = std::max(c.risk, Risk::Medium);
        } else if (change.object == ObjectKind::Index && change.type == ChangeType::Added && rows > 100000) {
            c.riskFactors << QStringLiteral("building the index reads %1 rows and locks writers meanwhile").arg(count);
            c.risk = std::max(c.risk, Risk::Medium);
        }
    }
    if (table && c.capability == Capability::Rebuild) {
        const auto indexes = std::ranges::count_if(
            table->indexes, [](const schema::Index& i) { return i.origin == schema::IndexOrigin::CreateIndex; });
        if (indexes > 0)
            c.riskFactors << QStringLiteral("%1 index(es) are recreated").arg(indexes);
        int incoming = 0;
        for (const Table& other : before.tables) {
            incoming += static_cast<int>(std::ranges::count_if(other.foreignKeys, [&](const schema::ForeignKey& fk) {
                return schema::sameIdentifier(fk.parentTable, table->name)
                    && !schema::sameIdentifier(other.name, table->name);
            }));
        }
        if (incoming > 0)
            c.riskFactors << QStringLiteral(
                "%1 foreign key(s) point at %2: run with foreign_keys off and check them after")
                                 .arg(incoming)
                                 .arg(table->name);
    }
    if (!change.dependents.isEmpty()) {
        c.riskFactors << QStringLiteral("used by %1").arg(describeDependents(change.dependents));
        if (c.impact != Impact::Additive)
            c.risk = raise(c.risk);
    }
    if (change.isProposal)
        c.riskFactors << QStringLiteral("rename detected with %1% confidence: confirm it is not a drop and an add")
                             .arg(qRound(change.confidence * 100));
    return c;
}

} // namespace godwit::diff
