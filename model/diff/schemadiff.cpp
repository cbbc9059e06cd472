// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemadiff.h"

#include "classifier.h"
#include "dependencyfinder.h"
#include "postgresclassifier.h"
#include "renamedetector.h"
#include "schema/ddlgenerator.h"
#include "schema/identifier.h"
#include "schema/sqltokenizer.h"
#include "tablediff.h"

#include <algorithm>

#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDiff, "godwit.model.diff", QtInfoMsg)

namespace godwit::diff {

using schema::SqlTokenizer;
using schema::Table;

namespace {

    QString tableSql(const Table& t) { return t.sql.isEmpty() ? schema::DdlGenerator::createTable(t) : t.sql; }

    int kindOrder(ObjectKind kind) { return static_cast<int>(kind); }

    // Views and triggers: by name, then by normalised SQL.
    template <typename T>
    void compareNamed(const QList<T>& before, const QList<T>& after, ObjectKind kind, QList<Change>& out, auto tableOf)
    {
        for (const T& b : before) {
            auto it = std::ranges::find_if(after, [&](const T& a) { return schema::sameIdentifier(a.name, b.name); });
            Change c;
            c.object = kind;
            c.name = b.name;
            c.table = tableOf(b);
            c.beforeSql = b.sql;
            if (it == after.end()) {
                c.type = ChangeType::Removed;
                out.append(c);
            } else if (SqlTokenizer::normalized(b.sql) != SqlTokenizer::normalized(it->sql)) {
                c.type = ChangeType::Modified;
                c.name = it->name;
                c.table = tableOf(*it);
                c.afterSql = it->sql;
                c.attributes.append({ Attribute::Definition, b.sql, it->sql });
                out.append(c);
            }
        }
        for (const T& a : after) {
            if (std::ranges::any_of(before, [&](const T& b) { return schema::sameIdentifier(a.name, b.name); }))
                continue;
            Change c;
            c.type = ChangeType::Added;
            c.object = kind;
            c.name = a.name;
            c.table = tableOf(a);
            c.afterSql = a.sql;
            out.append(c);
        }
    }

    // PostgreSQL enums and domains, by name: an enum's labels in order, a domain's whole definition.
    QString typeDefinition(const schema::UserType& t)
    {
        if (t.kind == schema::UserType::Kind::Enum)
            return t.labels.join(QStringLiteral(", "));
        QString text = t.baseType;
        if (t.notNull)
            text += QStringLiteral(" NOT NULL");
        if (!t.defaultValue.isEmpty())
            text += QStringLiteral(" DEFAULT ") + t.defaultValue;
        for (const QString& check : t.checks)
            text += QLatin1Char(' ') + check;
        return text;
    }

    QString typeSql(const schema::UserType& t)
    {
        return t.kind == schema::UserType::Kind::Enum
            ? QStringLiteral("CREATE TYPE %1 AS ENUM (%2)")
                  .arg(t.name,
                      [&] {
                          QStringList quoted;
                          for (const QString& label : t.labels)
                              quoted << QLatin1Char('\'')
                                      + QString(label).replace(QLatin1Char('\''), QLatin1String("''"))
                                      + QLatin1Char('\'');
                          return quoted.join(QStringLiteral(", "));
                      }())
            : QStringLiteral("CREATE DOMAIN %1 AS %2").arg(t.name, typeDefinition(t));
    }

    void compareTypes(const QList<schema::UserType>& before, const QList<schema::UserType>& after, QList<Change>& out)
    {
        for (const schema::UserType& b : before) {
            auto it = std::ranges::find(after, b.name, &schema::UserType::name);
            Change c;
            c.object = ObjectKind::Type;
            c.name = b.name;
            c.beforeSql = typeSql(b);
            if (it == after.end()) {
                c.type = ChangeType::Removed;
                out.append(c);
            } else if (typeDefinition(b) != typeDefinition(*it) || b.kind != it->kind) {
                c.type = ChangeType::Modified;
                c.afterSql = typeSql(*it);
                c.attributes.append(
                    { b.kind == schema::UserType::Kind::Enum && it->kind == b.kind ? Attribute::Labels
                                                                                   : Attribute::Definition,
                        typeDefinition(b), typeDefinition(*it) });
                out.append(c);
            }
        }
        for (const schema::UserType& a : after) {
            if (std::ranges::find(before, a.name, &schema::UserType::name) != before.end())
                continue;
            Change c;
            c.type = ChangeType::Added;
            c.object = ObjectKind::Type;
            c.name = a.name;
            c.afterSql = typeSql(a);
            out.append(c);
        }
    }

} // namespace

ChangeSet SchemaDiff::compare(const schema::Schema& before, const schema::Schema& after, const DiffOptions& options)
{
    ChangeSet set;
    set.before = before;
    set.after = after;
    QList<Change>& out = set.changes;

    // Hash lookups by SQLite's name rule (ASCII case-insensitive): big schemas have thousands of tables.
    auto byName = [](const schema::Schema& s) {
        QHash<QString, const Table*> map;
        map.reserve(s.tables.size());
        for (const Table& t : s.tables)
            map.insert(schema::identifierKey(t.name), &t);
        return map;
    };
    const QHash<QString, const Table*> beforeByName = byName(before);
    const QHash<QString, const Table*> afterByName = byName(after);
    QList<const Table*> removed;
    QList<const Table*> added;
    QList<std::pair<const Table*, const Table*>> pairs; // before, after
    for (const Table& b : before.tables) {
        if (const Table* a = afterByName.value(schema::identifierKey(b.name)))
            pairs.append(std::make_pair(&b, a));
        else
            removed << &b;
    }
    for (const Table& a : after.tables) {
        if (!beforeByName.contains(schema::identifierKey(a.name)))
            added << &a;
    }

    // A dropped and an added table with largely the same columns: propose a rename.
    QList<const Table*> renamedRemoved;
    QList<const Table*> renamedAdded;
    QHash<QString, QString> tableRenames; // lower-cased before-name -> after-name
    if (options.renames != RenamePolicy::Reject && !removed.isEmpty() && !added.isEmpty()) {
        QList<QList<double>> scores;
        for (const Table* r : removed) {
            QList<double> row;
            for (const Table* a : added)
                row << RenameDetector::tableScore(*r, *a);
            scores << row;
        }
        for (const auto& pair : RenameDetector::match(scores, std::max(options.renameThreshold, 0.6))) {
            const Table* b = removed[pair.removed];
            const Table* a = added[pair.added];
            Change c;
            c.type = ChangeType::Renamed;
            c.object = ObjectKind::Table;
            c.table = a->name;
            c.name = a->name;
            c.oldName = b->name;
            if (options.rejectedRenames.contains(c.id()))
                continue;
            c.confidence = pair.confidence;
            c.isProposal = options.renames == RenamePolicy::Propose && !options.acceptedRenames.contains(c.id());
            c.beforeSql = tableSql(*b);
            c.afterSql = tableSql(*a);
            out.append(c);
            pairs.append(std::make_pair(b, a));
            tableRenames.insert(schema::identifierKey(b->name), a->name);
            renamedRemoved << b;
            renamedAdded << a;
        }
    }
    for (const auto& [b, a] : pairs)
        out.append(TableDiff::compare(*b, *a, options, tableRenames));
    for (const Table* b : removed) {
        if (renamedRemoved.contains(b))
            continue;
        Change c;
        c.type = ChangeType::Removed;
        c.object = ObjectKind::Table;
        c.table = b->name;
        c.name = b->name;
        c.beforeSql = tableSql(*b);
        out.append(c);
    }
    for (const Table* a : added) {
        if (renamedAdded.contains(a))
            continue;
        Change c;
        c.type = ChangeType::Added;
        c.object = ObjectKind::Table;
        c.table = a->name;
        c.name = a->name;
        c.afterSql = tableSql(*a);
        out.append(c);
    }

    compareNamed(before.views, after.views, ObjectKind::View, out, [](const schema::View& v) { return v.name; });
    compareNamed(
        before.triggers, after.triggers, ObjectKind::Trigger, out, [](const schema::Trigger& t) { return t.table; });
    compareTypes(before.types, after.types, out);

    // Grouped by table (views after all tables), then by object kind, then by name.
    std::ranges::stable_sort(out, [](const Change& x, const Change& y) {
        const bool xView = x.object == ObjectKind::View;
        const bool yView = y.object == ObjectKind::View;
        if (xView != yView)
            return yView;
        const int t = schema::compareIdentifiers(x.table, y.table);
        if (t != 0)
            return t < 0;
        if (x.object != y.object)
            return kindOrder(x.object) < kindOrder(y.object);
        return schema::compareIdentifiers(x.name, y.name) < 0;
    });

    QHash<QString, QString> oldTableNames; // lower-cased after-name -> before-name
    for (const Change& c : out) {
        if (c.object == ObjectKind::Table && c.type == ChangeType::Renamed)
            oldTableNames.insert(schema::identifierKey(c.name), c.oldName);
    }
    for (Change& c : out) {
        const QString beforeTable = oldTableNames.value(schema::identifierKey(c.table), c.table);
        c.dependents = DependencyFinder::dependents(c, before, beforeTable);
        // The live database's engine decides the rules: PostgreSQL's locks and rewrites, or SQLite's ALTER TABLE.
        c.classification = before.dialect == schema::Dialect::PostgreSQL
            ? PostgresClassifier::classify(c, before, after, beforeTable)
            : Classifier::classify(c, before, after, beforeTable);
    }
    qCDebug(lcDiff) << "compared" << before.source << "with" << after.source << ":" << out.size() << "changes";
    return set;
}

} // namespace godwit::diff
