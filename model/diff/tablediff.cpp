// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablediff.h"

#include "renamedetector.h"
#include "schema/ddlgenerator.h"
#include "schema/sqltokenizer.h"
#include "sqlite/identifier.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace godwit::diff {

using schema::Column;
using schema::DdlGenerator;
using schema::ForeignKey;
using schema::Index;
using schema::SqlTokenizer;
using schema::Table;
using sqlite::sameIdentifier;

namespace {

QString yesNo(bool value, const char* yes)
{
    return value ? QString::fromLatin1(yes) : QString();
}

QString generatedText(const Column& c)
{
    if (!c.isGenerated())
        return {};
    return QStringLiteral("AS (%1) %2")
        .arg(c.generatedExpression, c.generated == schema::Generated::Stored ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL"));
}

QString defaultText(const Column& c)
{
    return c.hasDefault ? c.defaultValue : QString();
}

// Maps a before-name to its after-name for renamed columns (lower-cased keys).
using RenameMap = QHash<QString, QString>;

QString mapped(const RenameMap& renames, const QString& name)
{
    return renames.value(name.toLower(), name);
}

QString columnsKey(const QStringList& columns, const RenameMap& renames = {})
{
    QStringList out;
    for (const QString& c : columns)
        out << mapped(renames, c).toLower();
    return out.join(QLatin1Char(','));
}

QString fkKey(const ForeignKey& fk, const RenameMap& renames = {}, const RenameMap& tableRenames = {})
{
    QStringList parents;
    for (const QString& p : fk.parentColumns)
        parents << p.toLower();
    return columnsKey(fk.columns, renames) + QStringLiteral("->") + mapped(tableRenames, fk.parentTable).toLower() + QLatin1Char('(')
        + parents.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString indexPartsKey(const Index& index, const RenameMap& renames = {})
{
    QStringList parts;
    for (const auto& p : index.parts) {
        QString part = p.isExpression() ? SqlTokenizer::normalized(p.expression) : mapped(renames, p.column).toLower();
        if (p.descending)
            part += QStringLiteral(" DESC");
        if (const QString coll = TableDiff::normalizedCollation(p.collation); !coll.isEmpty())
            part += QStringLiteral(" COLLATE ") + coll;
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QString indexKey(const Index& index, const RenameMap& renames = {})
{
    return (index.unique ? QStringLiteral("U ") : QString()) + indexPartsKey(index, renames) + QStringLiteral(" WHERE ")
        + SqlTokenizer::normalized(index.where);
}

// UNIQUE sets from both the declared constraints and the sqlite_autoindex_* entries, so
// schemas from any source (database, script, Mermaid) compare alike.
QStringList uniqueKeys(const Table& t, const RenameMap& renames = {})
{
    QStringList keys;
    for (const auto& u : t.uniques)
        keys << columnsKey(u.columns, renames);
    for (const Index& i : t.indexes) {
        if (i.origin != schema::IndexOrigin::Unique)
            continue;
        QStringList cols;
        for (const auto& p : i.parts)
            cols << p.column;
        keys << columnsKey(cols, renames);
    }
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

Change make(ChangeType type, schema::Table const& table, ObjectKind object, const QString& name)
{
    Change c;
    c.type = type;
    c.object = object;
    c.table = table.name;
    c.name = name;
    return c;
}

void compareColumns(const Table& before, const Table& after, const Column& b, const Column& a, Change& change)
{
    Q_UNUSED(before);
    Q_UNUSED(after);
    auto add = [&](Attribute attr, const QString& x, const QString& y) {
        if (x != y)
            change.attributes.append({ attr, x, y });
    };
    if (b.declaredType.compare(a.declaredType, Qt::CaseInsensitive) != 0
        && TableDiff::normalizedType(b.declaredType) != TableDiff::normalizedType(a.declaredType))
        change.attributes.append({ Attribute::Type, b.declaredType, a.declaredType });
    add(Attribute::NotNull, yesNo(b.notNull, "NOT NULL"), yesNo(a.notNull, "NOT NULL"));
    if (b.hasDefault != a.hasDefault
        || (b.defaultValue != a.defaultValue && SqlTokenizer::normalized(b.defaultValue) != SqlTokenizer::normalized(a.defaultValue)))
        change.attributes.append({ Attribute::Default, defaultText(b), defaultText(a) });
    if (b.generated != a.generated
        || (b.generatedExpression != a.generatedExpression
            && SqlTokenizer::normalized(b.generatedExpression) != SqlTokenizer::normalized(a.generatedExpression)))
        change.attributes.append({ Attribute::Generated, generatedText(b), generatedText(a) });
    if (TableDiff::normalizedCollation(b.collation) != TableDiff::normalizedCollation(a.collation))
        change.attributes.append({ Attribute::Collation, b.collation, a.collation });
    add(Attribute::AutoIncrement, yesNo(b.autoIncrement, "AUTOINCREMENT"), yesNo(a.autoIncrement, "AUTOINCREMENT"));
}

} // namespace

QString TableDiff::normalizedType(const QString& declaredType)
{
    QString t = declaredType.simplified().toUpper();
    t.replace(QStringLiteral(" ("), QStringLiteral("("));
    t.replace(QStringLiteral("( "), QStringLiteral("("));
    t.replace(QStringLiteral(" )"), QStringLiteral(")"));
    t.replace(QStringLiteral(", "), QStringLiteral(","));
    return t;
}

QString TableDiff::normalizedCollation(const QString& collation)
{
    const QString c = collation.toUpper();
    return c == QLatin1String("BINARY") ? QString() : c;
}

QList<Change> TableDiff::compare(const Table& before, const Table& after, const DiffOptions& options,
    const QHash<QString, QString>& tableRenames)
{
    QList<Change> out;

    // Table options.
    {
        Change c = make(ChangeType::Modified, after, ObjectKind::TableOption, after.name);
        if (before.strict != after.strict)
            c.attributes.append({ Attribute::Strict, yesNo(before.strict, "STRICT"), yesNo(after.strict, "STRICT") });
        if (before.withoutRowid != after.withoutRowid)
            c.attributes.append({ Attribute::WithoutRowid, yesNo(before.withoutRowid, "WITHOUT ROWID"),
                yesNo(after.withoutRowid, "WITHOUT ROWID") });
        if (!c.attributes.isEmpty())
            out.append(c);
    }

    // Columns by name; the leftovers are rename candidates.
    QList<qsizetype> removed;
    QList<qsizetype> added;
    for (qsizetype i = 0; i < before.columns.size(); ++i) {
        if (!after.column(before.columns[i].name))
            removed << i;
    }
    for (qsizetype i = 0; i < after.columns.size(); ++i) {
        if (!before.column(after.columns[i].name))
            added << i;
    }
    for (const Column& b : before.columns) {
        const Column* a = after.column(b.name);
        if (!a)
            continue;
        Change c = make(ChangeType::Modified, after, ObjectKind::Column, a->name);
        compareColumns(before, after, b, *a, c);
        if (!c.attributes.isEmpty()) {
            c.beforeSql = DdlGenerator::columnDefinition(b);
            c.afterSql = DdlGenerator::columnDefinition(*a);
            out.append(c);
        }
    }

    RenameMap renames;
    QList<qsizetype> renamedRemoved;
    QList<qsizetype> renamedAdded;
    if (options.renames != RenamePolicy::Reject && !removed.isEmpty() && !added.isEmpty()) {
        QList<QList<double>> scores;
        const bool only = removed.size() == 1 && added.size() == 1;
        for (qsizetype r : removed) {
            QList<double> row;
            for (qsizetype a : added)
                row << RenameDetector::columnScore(before.columns[r], r, after.columns[a], a, only);
            scores << row;
        }
        for (const auto& pair : RenameDetector::match(scores, options.renameThreshold)) {
            const Column& b = before.columns[removed[pair.removed]];
            const Column& a = after.columns[added[pair.added]];
            Change c = make(ChangeType::Renamed, after, ObjectKind::Column, a.name);
            c.oldName = b.name;
            if (options.rejectedRenames.contains(c.id()))
                continue;
            c.confidence = pair.confidence;
            c.isProposal = options.renames == RenamePolicy::Propose && !options.acceptedRenames.contains(c.id());
            compareColumns(before, after, b, a, c);
            c.beforeSql = DdlGenerator::columnDefinition(b);
            c.afterSql = DdlGenerator::columnDefinition(a);
            out.append(c);
            renames.insert(b.name.toLower(), a.name);
            renamedRemoved << removed[pair.removed];
            renamedAdded << added[pair.added];
        }
    }
    for (qsizetype r : removed) {
        if (renamedRemoved.contains(r))
            continue;
        Change c = make(ChangeType::Removed, after, ObjectKind::Column, before.columns[r].name);
        c.beforeSql = DdlGenerator::columnDefinition(before.columns[r]);
        out.append(c);
    }
    for (qsizetype a : added) {
        if (renamedAdded.contains(a))
            continue;
        Change c = make(ChangeType::Added, after, ObjectKind::Column, after.columns[a].name);
        c.afterSql = DdlGenerator::columnDefinition(after.columns[a]);
        out.append(c);
    }

    // Primary key (by column list, seen through renames).
    const QString pkBefore = columnsKey(before.primaryKey(), renames);
    const QString pkAfter = columnsKey(after.primaryKey());
    if (pkBefore != pkAfter) {
        Change c = make(ChangeType::Modified, after, ObjectKind::PrimaryKey, QStringLiteral("PRIMARY KEY"));
        c.attributes.append({ Attribute::Columns, before.primaryKey().join(QStringLiteral(", ")),
            after.primaryKey().join(QStringLiteral(", ")) });
        c.beforeSql = before.primaryKey().isEmpty() ? QString() : QStringLiteral("PRIMARY KEY (%1)").arg(before.primaryKey().join(QStringLiteral(", ")));
        c.afterSql = after.primaryKey().isEmpty() ? QString() : QStringLiteral("PRIMARY KEY (%1)").arg(after.primaryKey().join(QStringLiteral(", ")));
        out.append(c);
    }

    // Foreign keys, matched on (columns -> parent(columns)); then their actions compared.
    QList<qsizetype> fkMatchedAfter;
    for (const ForeignKey& b : before.foreignKeys) {
        const QString key = fkKey(b, renames, tableRenames);
        auto it = std::ranges::find_if(after.foreignKeys, [&](const ForeignKey& a) { return fkKey(a) == key; });
        const QString name = QStringLiteral("(%1) -> %2").arg(b.columns.join(QStringLiteral(", ")), b.parentTable);
        if (it == after.foreignKeys.end()) {
            Change c = make(ChangeType::Removed, after, ObjectKind::ForeignKey, name);
            c.beforeSql = DdlGenerator::foreignKeyClause(b);
            out.append(c);
            continue;
        }
        fkMatchedAfter << (it - after.foreignKeys.begin());
        Change c = make(ChangeType::Modified, after, ObjectKind::ForeignKey,
            QStringLiteral("(%1) -> %2").arg(it->columns.join(QStringLiteral(", ")), it->parentTable));
        if (b.onDelete != it->onDelete)
            c.attributes.append({ Attribute::OnDelete, schema::foreignKeyActionSql(b.onDelete), schema::foreignKeyActionSql(it->onDelete) });
        if (b.onUpdate != it->onUpdate)
            c.attributes.append({ Attribute::OnUpdate, schema::foreignKeyActionSql(b.onUpdate), schema::foreignKeyActionSql(it->onUpdate) });
        if (b.deferrable != it->deferrable || b.initiallyDeferred != it->initiallyDeferred) {
            auto text = [](const ForeignKey& fk) {
                return fk.deferrable ? (fk.initiallyDeferred ? QStringLiteral("DEFERRABLE INITIALLY DEFERRED") : QStringLiteral("DEFERRABLE"))
                                     : QString();
            };
            c.attributes.append({ Attribute::Deferrable, text(b), text(*it) });
        }
        if (!c.attributes.isEmpty()) {
            c.beforeSql = DdlGenerator::foreignKeyClause(b);
            c.afterSql = DdlGenerator::foreignKeyClause(*it);
            out.append(c);
        }
    }
    for (qsizetype i = 0; i < after.foreignKeys.size(); ++i) {
        if (fkMatchedAfter.contains(i))
            continue;
        const ForeignKey& a = after.foreignKeys[i];
        Change c = make(ChangeType::Added, after, ObjectKind::ForeignKey,
            QStringLiteral("(%1) -> %2").arg(a.columns.join(QStringLiteral(", ")), a.parentTable));
        c.afterSql = DdlGenerator::foreignKeyClause(a);
        out.append(c);
    }

    // UNIQUE constraints (as column sets).
    const QStringList uniquesBefore = uniqueKeys(before, renames);
    const QStringList uniquesAfter = uniqueKeys(after);
    // A UNIQUE that becomes (or was) the primary key is still enforced: not a change of its own.
    for (const QString& u : uniquesBefore) {
        if (!uniquesAfter.contains(u) && u != pkAfter) {
            Change c = make(ChangeType::Removed, after, ObjectKind::Unique, QStringLiteral("UNIQUE (%1)").arg(u));
            c.beforeSql = c.name;
            out.append(c);
        }
    }
    for (const QString& u : uniquesAfter) {
        if (!uniquesBefore.contains(u) && u != pkBefore) {
            Change c = make(ChangeType::Added, after, ObjectKind::Unique, QStringLiteral("UNIQUE (%1)").arg(u));
            c.afterSql = c.name;
            out.append(c);
        }
    }

    // CHECK constraints, compared as normalised expressions (a rename rewrites them in SQLite too).
    auto checkKey = [&](const schema::CheckConstraint& c, const RenameMap& map) {
        QString text = SqlTokenizer::normalized(c.expression);
        for (auto it = map.begin(); it != map.end(); ++it)
            text.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(it.key().toUpper()))), it.value().toUpper());
        return text;
    };
    QStringList checksAfter;
    for (const auto& c : after.checks)
        checksAfter << checkKey(c, {});
    QStringList checksBefore;
    for (const auto& c : before.checks)
        checksBefore << checkKey(c, renames);
    for (qsizetype i = 0; i < before.checks.size(); ++i) {
        if (!checksAfter.contains(checksBefore[i])) {
            Change c = make(ChangeType::Removed, after, ObjectKind::Check,
                before.checks[i].name.isEmpty() ? QStringLiteral("CHECK (%1)").arg(before.checks[i].expression) : before.checks[i].name);
            c.beforeSql = QStringLiteral("CHECK (%1)").arg(before.checks[i].expression);
            out.append(c);
        }
    }
    for (qsizetype i = 0; i < after.checks.size(); ++i) {
        if (!checksBefore.contains(checksAfter[i])) {
            Change c = make(ChangeType::Added, after, ObjectKind::Check,
                after.checks[i].name.isEmpty() ? QStringLiteral("CHECK (%1)").arg(after.checks[i].expression) : after.checks[i].name);
            c.afterSql = QStringLiteral("CHECK (%1)").arg(after.checks[i].expression);
            out.append(c);
        }
    }

    // Explicit indexes (CREATE INDEX); implied ones are covered by PK and UNIQUE above.
    auto explicitIndexes = [](const Table& t) {
        QList<const Index*> list;
        for (const Index& i : t.indexes) {
            if (i.origin == schema::IndexOrigin::CreateIndex)
                list << &i;
        }
        return list;
    };
    const auto indexesBefore = explicitIndexes(before);
    const auto indexesAfter = explicitIndexes(after);
    QList<const Index*> goneIndexes;
    QList<const Index*> newIndexes;
    for (const Index* b : indexesBefore) {
        auto it = std::ranges::find_if(indexesAfter, [&](const Index* a) { return sameIdentifier(a->name, b->name); });
        if (it == indexesAfter.end()) {
            goneIndexes << b;
            continue;
        }
        const Index* a = *it;
        Change c = make(ChangeType::Modified, after, ObjectKind::Index, a->name);
        if (b->unique != a->unique)
            c.attributes.append({ Attribute::Unique, yesNo(b->unique, "UNIQUE"), yesNo(a->unique, "UNIQUE") });
        if (indexPartsKey(*b, renames) != indexPartsKey(*a))
            c.attributes.append({ Attribute::Parts, DdlGenerator::indexParts(*b), DdlGenerator::indexParts(*a) });
        if (SqlTokenizer::normalized(b->where) != SqlTokenizer::normalized(a->where))
            c.attributes.append({ Attribute::Where, b->where, a->where });
        if (!c.attributes.isEmpty()) {
            c.beforeSql = b->sql.isEmpty() ? DdlGenerator::createIndex(*b) : b->sql;
            c.afterSql = a->sql.isEmpty() ? DdlGenerator::createIndex(*a) : a->sql;
            out.append(c);
        }
    }
    for (const Index* a : indexesAfter) {
        if (!std::ranges::any_of(indexesBefore, [&](const Index* b) { return sameIdentifier(a->name, b->name); }))
            newIndexes << a;
    }
    // Same definition under a new name is an index rename, not a drop and an add.
    for (const Index* b : goneIndexes) {
        auto it = std::ranges::find_if(newIndexes, [&](const Index* a) { return indexKey(*a) == indexKey(*b, renames); });
        Change c;
        if (it != newIndexes.end()) {
            c = make(ChangeType::Renamed, after, ObjectKind::Index, (*it)->name);
            c.oldName = b->name;
            c.afterSql = (*it)->sql.isEmpty() ? DdlGenerator::createIndex(**it) : (*it)->sql;
            newIndexes.erase(it);
        } else {
            c = make(ChangeType::Removed, after, ObjectKind::Index, b->name);
        }
        c.beforeSql = b->sql.isEmpty() ? DdlGenerator::createIndex(*b) : b->sql;
        out.append(c);
    }
    for (const Index* a : newIndexes) {
        Change c = make(ChangeType::Added, after, ObjectKind::Index, a->name);
        c.afterSql = a->sql.isEmpty() ? DdlGenerator::createIndex(*a) : a->sql;
        out.append(c);
    }
    return out;
}

} // namespace godwit::diff
