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

    // Tables by SQLite's name rule (ASCII case-insensitive), with hash lookups: big schemas have
    // thousands of tables.
    struct TableMatch {
        QList<std::pair<const Table*, const Table*>> pairs; // before, after
        QList<const Table*> removed;
        QList<const Table*> added;
    };

    TableMatch matchTablesByName(const schema::Schema& before, const schema::Schema& after)
    {
        auto byName = [](const schema::Schema& s) {
            QHash<QString, const Table*> map;
            map.reserve(s.tables.size());
            for (const Table& t : s.tables)
                map.insert(schema::identifierKey(t.name), &t);
            return map;
        };
        const QHash<QString, const Table*> beforeByName = byName(before);
        const QHash<QString, const Table*> afterByName = byName(after);
        TableMatch match;
        for (const Table& b : before.tables) {
            if (const Table* a = afterByName.value(schema::identifierKey(b.name)))
                match.pairs.append(std::make_pair(&b, a));
            else
                match.removed << &b;
        }
        for (const Table& a : after.tables) {
            if (!beforeByName.contains(schema::identifierKey(a.name)))
                match.added << &a;
        }
        return match;
    }

    // A dropped and an added table with largely the same columns: propose a rename. The renamed
    // tables become a pair; returns the renames, identifier key of the before-name -> after-name.
    QHash<QString, QString> matchRenamedTables(TableMatch& tables, const DiffOptions& options, QList<Change>& out)
    {
        QList<QList<double>> scores;
        for (const Table* r : std::as_const(tables.removed)) {
            QList<double> row;
            for (const Table* a : std::as_const(tables.added))
                row << RenameDetector::tableScore(*r, *a);
            scores << row;
        }
        QHash<QString, QString> renames;
        QList<const Table*> renamedRemoved;
        QList<const Table*> renamedAdded;
        for (const auto& pair : RenameDetector::match(scores, std::max(options.renameThreshold, 0.6))) {
            const Table* b = tables.removed[pair.removed];
            const Table* a = tables.added[pair.added];
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
            tables.pairs.append(std::make_pair(b, a));
            renames.insert(schema::identifierKey(b->name), a->name);
            renamedRemoved << b;
            renamedAdded << a;
        }
        tables.removed.removeIf([&](const Table* t) { return renamedRemoved.contains(t); });
        tables.added.removeIf([&](const Table* t) { return renamedAdded.contains(t); });
        return renames;
    }

    // Dependents and classification, by the rules of the live database's engine: PostgreSQL's
    // locks and rewrites, or SQLite's ALTER TABLE.
    void classifyAll(QList<Change>& changes, const schema::Schema& before, const schema::Schema& after)
    {
        QHash<QString, QString> oldTableNames; // identifier key of the after-name -> before-name
        for (const Change& c : changes) {
            if (c.object == ObjectKind::Table && c.type == ChangeType::Renamed)
                oldTableNames.insert(schema::identifierKey(c.name), c.oldName);
        }
        for (Change& c : changes) {
            const QString beforeTable = oldTableNames.value(schema::identifierKey(c.table), c.table);
            c.dependents = DependencyFinder::dependents(c, before, beforeTable);
            c.classification = before.dialect == schema::Dialect::PostgreSQL
                ? PostgresClassifier::classify(c, before, after, beforeTable)
                : Classifier::classify(c, before, after, beforeTable);
        }
    }

} // namespace

ChangeSet SchemaDiff::compare(const schema::Schema& before, const schema::Schema& after, const DiffOptions& options)
{
    ChangeSet set;
    set.before = before;
    set.after = after;
    QList<Change>& out = set.changes;

    TableMatch tables = matchTablesByName(before, after);
    QHash<QString, QString> tableRenames; // identifier key of the before-name -> after-name
    if (options.renames != RenamePolicy::Reject && !tables.removed.isEmpty() && !tables.added.isEmpty())
        tableRenames = matchRenamedTables(tables, options, out);
    for (const auto& [b, a] : tables.pairs)
        out.append(TableDiff::compare(*b, *a, options, tableRenames));
    for (const Table* b : std::as_const(tables.removed)) {
        Change c;
        c.type = ChangeType::Removed;
        c.object = ObjectKind::Table;
        c.table = b->name;
        c.name = b->name;
        c.beforeSql = tableSql(*b);
        out.append(c);
    }
    for (const Table* a : std::as_const(tables.added)) {
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
    classifyAll(out, before, after);
    qCDebug(lcDiff) << "compared" << before.source << "with" << after.source << ":" << out.size() << "changes";
    return set;
}

} // namespace godwit::diff
