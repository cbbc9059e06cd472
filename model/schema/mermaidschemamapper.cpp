// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidschemamapper.h"

#include "identifier.h"
#include "mermaidschemareader.h"
#include "mermaidschemawriter.h"
#include "schemawritersupport.h"

#include <algorithm>

#include <QSet>

namespace godwit::schema {

namespace {

    bool nameLess(const QString& a, const QString& b)
    {
        const int c = compareIdentifiers(a, b);
        return c != 0 ? c < 0 : a < b; // the order SchemaReader gives
    }

    // Names compared loosely for foreign-key guessing: `order_id`, `OrderId` and `order-id` agree.
    QString loose(QStringView name)
    {
        QString out;
        for (QChar c : name) {
            if (c != QLatin1Char('_') && c != QLatin1Char('-') && !c.isSpace())
                out += c.toLower();
        }
        return out;
    }

    QString singular(const QString& name)
    {
        const QString s = name.toLower();
        if (s.size() > 3 && s.endsWith(QLatin1String("ies")))
            return s.chopped(3) + QLatin1Char('y');
        for (const char* ending : { "sses", "xes", "ches", "shes" }) {
            if (s.endsWith(QLatin1String(ending)))
                return s.chopped(2);
        }
        if (s.endsWith(QLatin1Char('s')) && !s.endsWith(QLatin1String("ss")))
            return s.chopped(1);
        return s;
    }

    // The attribute type MermaidSchemaWriter writes for a declared type, to tell whether the
    // diagram still shows the type its godwit line describes.
    QString writerType(QStringView declaredType)
    {
        QString type = MermaidSchemaWriter::sanitizedWord(declaredType, u"ANY");
        for (const char* key : { "PK", "FK", "UK" }) {
            if (type.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
                return type + QLatin1Char('_');
        }
        return type;
    }

    Affinity affinityIn(const Table& table, const QString& declaredType)
    {
        // ANY in a STRICT table stores values unchanged, which is BLOB affinity (stricttables.html §3).
        return table.strict && declaredType.compare(QLatin1String("ANY"), Qt::CaseInsensitive) == 0
            ? Affinity::Blob
            : affinityOf(declaredType);
    }

    // An INTEGER PRIMARY KEY is the rowid: never NULL, and PRAGMA table_info reports it without
    // NOT NULL (lang_createtable.html#rowid), so a schema from Mermaid does too. PostgreSQL has
    // no rowid: its key columns are NOT NULL like any other.
    bool isRowidAlias(const Table& table, const Column& column, Dialect dialect)
    {
        return dialect == Dialect::SQLite && !table.withoutRowid && column.isPrimaryKey()
            && table.primaryKey().size() == 1
            && column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
    }

    bool isUnique(const Table& table, const QString& column)
    {
        return table.isUniqueColumn(column) || std::ranges::any_of(table.uniques, [&](const UniqueConstraint& u) {
            return u.columns.size() == 1 && sameIdentifier(u.columns.front(), column);
        });
    }

    void removeUnique(Table& table, const QString& column)
    {
        auto single = [&](const QString& name) { return sameIdentifier(name, column); };
        table.uniques.removeIf(
            [&](const UniqueConstraint& u) { return u.columns.size() == 1 && single(u.columns[0]); });
        table.indexes.removeIf([&](const Index& i) {
            return i.unique && !i.isPartial() && i.parts.size() == 1 && single(i.parts[0].column);
        });
    }

    bool sameColumns(const QStringList& a, const QStringList& b)
    {
        return a.size() == b.size()
            && std::ranges::equal(a, b, [](const QString& x, const QString& y) { return sameIdentifier(x, y); });
    }

    // The indexes SQLite creates for the PRIMARY KEY and UNIQUE constraints of the CREATE TABLE
    // that DdlGenerator writes for `table` (PRIMARY KEY first, then the UNIQUE constraints; a
    // constraint over the same columns as an earlier one gets no index of its own).
    void impliedIndexes(Table& table, Dialect dialect)
    {
        table.indexes.removeIf([](const Index& i) { return i.origin != IndexOrigin::CreateIndex; });
        QList<QStringList> keys;
        QList<IndexOrigin> origins;
        const QStringList pk = table.primaryKey();
        if (!pk.isEmpty() && !(pk.size() == 1 && isRowidAlias(table, *table.column(pk.front()), dialect))) {
            keys.append(pk);
            origins.append(IndexOrigin::PrimaryKey);
        }
        for (const UniqueConstraint& u : table.uniques) {
            if (std::ranges::none_of(keys, [&](const QStringList& k) { return sameColumns(k, u.columns); })) {
                keys.append(u.columns);
                origins.append(IndexOrigin::Unique);
            }
        }
        for (qsizetype i = 0; i < keys.size(); ++i) {
            Index index;
            index.name = QStringLiteral("sqlite_autoindex_%1_%2").arg(table.name).arg(i + 1);
            index.table = table.name;
            index.unique = true;
            index.origin = origins[i];
            for (const QString& column : keys[i])
                index.parts.append(IndexPart { column, {}, false, {} });
            table.indexes.append(index);
        }
        std::ranges::sort(table.indexes, nameLess, &Index::name);
    }

    Error errorAt(const QString& fileName, int line, int column, const QString& message)
    {
        Error e;
        e.code = Error::Code::Parse;
        e.file = fileName;
        e.line = line;
        e.column = column;
        e.message = message;
        return e;
    }

    // One entity on its way to being a table.
    struct Entry {
        const MermaidEntity* entity = nullptr;
        const Table* godwit = nullptr; // the table its godwit lines describe, if any
        Table table;
        QList<bool> foreignKeyMarked; // per column: the attribute carries FK
        QList<bool> nullableMarked; // per column: the type ends in `?`
        bool foreignKeysChanged = false;
    };

    class Mapper {
    public:
        Mapper(const MermaidDiagram& diagram, const MermaidGodwitLines::Facts& facts, const QString& fileName,
            Dialect dialect)
            : m_diagram(diagram)
            , m_facts(facts)
            , m_fileName(fileName)
            , m_dialect(facts.schema.dialect == Dialect::PostgreSQL ? Dialect::PostgreSQL : dialect)
        {
        }

        [[nodiscard]] Result<Schema> run();

    private:
        [[nodiscard]] Result<Entry> build(const MermaidEntity& entity);
        [[nodiscard]] qsizetype entryOf(const QString& entity) const;
        [[nodiscard]] qsizetype entryOfTable(const QString& table) const;
        void matchForeignKeys();
        // PostgreSQL checks its own types (and the user's enums and domains): they stay as written.
        [[nodiscard]] QString declaredType(const QString& type) const
        {
            return m_dialect == Dialect::PostgreSQL ? type : MermaidSchemaReader::declaredType(type);
        }
        void inferForeignKey(const MermaidRelationship& r);
        [[nodiscard]] QStringList foreignKeyColumns(
            const Entry& child, const Entry& parent, const QString& label) const;

        const MermaidDiagram& m_diagram;
        const MermaidGodwitLines::Facts& m_facts;
        QString m_fileName;
        Dialect m_dialect;
        QList<Entry> m_entries;
        QList<bool> m_godwitUsed;
        QList<bool> m_relationshipUsed;
        Schema m_schema;
    };

    Result<Entry> Mapper::build(const MermaidEntity& entity)
    {
        Entry entry;
        entry.entity = &entity;
        qsizetype g = 0;
        while (g < m_facts.entities.size() && (m_godwitUsed[g] || m_facts.entities[g] != entity.name))
            ++g;
        const bool described = g < m_facts.entities.size();
        if (described) {
            m_godwitUsed[g] = true;
            entry.godwit = &m_facts.schema.tables[g];
            entry.table = *entry.godwit;
            entry.table.columns.clear();
        }
        // A new alias on a described entity renames the table; the writer's own alias is the name.
        QString name = entity.alias.isEmpty() ? entity.name : entity.alias;
        if (described
            && (entity.alias.isEmpty()
                || MermaidSchemaWriter::sanitizedWord(entity.alias, u"table")
                    == MermaidSchemaWriter::sanitizedWord(entry.godwit->name, u"table")))
            name = entry.godwit->name;
        entry.table.name = name;
        // A new entity of a PostgreSQL diagram lives in the schema its qualified name gives.
        if (!described && m_dialect == Dialect::PostgreSQL)
            entry.table.schemaName
                = name.contains(QLatin1Char('.')) ? name.section(QLatin1Char('.'), 0, 0) : QStringLiteral("public");
        for (Index& index : entry.table.indexes)
            index.table = name;

        const QStringList attributes = described ? m_facts.attributes[g] : QStringList();
        QList<bool> columnUsed(attributes.size(), false);
        QList<bool> fresh;
        QList<bool> uniqueMarked;
        QList<qsizetype> newKey;
        constexpr int newKeyBase = 1 << 20; // sorts after every written position
        for (qsizetype a = 0; a < entity.attributes.size(); ++a) {
            const MermaidAttribute& attribute = entity.attributes[a];
            QString attributeName = attribute.name;
            const bool starKey = attributeName.size() > 1 && attributeName.startsWith(QLatin1Char('*'));
            if (starKey)
                attributeName.remove(0, 1);
            QString type = attribute.type;
            const bool nullable = type.endsWith(QLatin1Char('?'));
            if (nullable)
                type.chop(1);
            const bool key = starKey || attribute.keys.contains(QLatin1String("PK"));

            const qsizetype c = attributes.indexOf(attributeName);
            Column column;
            if (c >= 0 && !columnUsed[c]) {
                columnUsed[c] = true;
                column = entry.godwit->columns[c];
                if (writerType(column.declaredType) != type) {
                    column.declaredType = declaredType(type);
                    column.affinity = affinityIn(entry.table, column.declaredType);
                }
                if (key != column.isPrimaryKey()) {
                    column.primaryKeyPosition = key ? newKeyBase + static_cast<int>(a) : 0;
                    if (key)
                        newKey.append(a);
                }
                fresh.append(false);
            } else {
                column.name = attributeName;
                column.declaredType = declaredType(type);
                column.affinity = affinityIn(entry.table, column.declaredType);
                column.primaryKeyPosition = key ? newKeyBase + static_cast<int>(a) : 0;
                if (key)
                    newKey.append(a);
                fresh.append(true);
            }
            if (nullable && !key)
                column.notNull = false;
            if (entry.table.column(column.name))
                return std::unexpected(errorAt(m_fileName, attribute.line, attribute.column,
                    QStringLiteral("duplicate column '%1' in table %2").arg(column.name, name)));
            entry.table.columns.append(column);
            entry.foreignKeyMarked.append(attribute.keys.contains(QLatin1String("FK")));
            entry.nullableMarked.append(nullable);
            uniqueMarked.append(attribute.keys.contains(QLatin1String("UK")));
        }

        Table& t = entry.table;
        QList<Column*> keyColumns;
        for (Column& column : t.columns) {
            if (column.isPrimaryKey())
                keyColumns.append(&column);
        }
        std::ranges::stable_sort(keyColumns, {}, &Column::primaryKeyPosition);
        for (qsizetype i = 0; i < keyColumns.size(); ++i)
            keyColumns[i]->primaryKeyPosition = static_cast<int>(i + 1);
        for (const qsizetype a : newKey)
            t.columns[a].notNull = !isRowidAlias(t, t.columns[a], m_dialect);

        const bool soleKey = keyColumns.size() == 1;
        for (qsizetype i = 0; i < t.columns.size(); ++i) {
            const QString& column = t.columns[i].name;
            if (soleKey && t.columns[i].isPrimaryKey())
                continue;
            if (uniqueMarked[i] && !isUnique(t, column))
                t.uniques.append(UniqueConstraint { {}, { column } });
            else if (!uniqueMarked[i] && !fresh[i] && isUnique(t, column))
                removeUnique(t, column);
        }

        // What the diagram no longer shows goes with its columns.
        auto present = [&](const QString& column) { return t.column(column) != nullptr; };
        auto allPresent = [&](const QStringList& columns) { return std::ranges::all_of(columns, present); };
        t.indexes.removeIf([&](const Index& i) {
            return std::ranges::any_of(
                i.parts, [&](const IndexPart& p) { return !p.isExpression() && !present(p.column); });
        });
        t.uniques.removeIf([&](const UniqueConstraint& u) { return !allPresent(u.columns); });
        t.checks.removeIf([&](const CheckConstraint& c) { return !c.column.isEmpty() && !present(c.column); });
        const qsizetype foreignKeys = t.foreignKeys.size();
        t.foreignKeys.removeIf([&](const ForeignKey& fk) { return !allPresent(fk.columns); });
        entry.foreignKeysChanged = foreignKeys != t.foreignKeys.size();
        return entry;
    }

    qsizetype Mapper::entryOf(const QString& entity) const
    {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].entity->name == entity)
                return i;
        }
        return -1;
    }

    // Foreign keys of godwit lines name tables as they were written, before any rename.
    qsizetype Mapper::entryOfTable(const QString& table) const
    {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const Entry& e = m_entries[i];
            if (sameIdentifier(e.godwit ? e.godwit->name : e.table.name, table))
                return i;
        }
        return -1;
    }

    // Each relationship the writer drew stands for one foreign key of a godwit `fk` line: the
    // same two entities and, first, the same label. A key whose parent is drawn but whose line
    // is gone was deleted in the diagram, and so was one whose parent's entity is gone; a key
    // whose parent was never in the schema was never drawn and stays.
    void Mapper::matchForeignKeys()
    {
        struct Pending {
            qsizetype child;
            qsizetype key;
            qsizetype parent;
            qsizetype relationship = -1;
        };
        QList<Pending> pending;
        for (qsizetype e = 0; e < m_entries.size(); ++e) {
            for (qsizetype k = 0; k < m_entries[e].table.foreignKeys.size(); ++k) {
                const QString& parentTable = m_entries[e].table.foreignKeys[k].parentTable;
                const qsizetype parent = entryOfTable(parentTable);
                if (m_entries[e].godwit && (parent >= 0 || m_facts.schema.table(parentTable)))
                    pending.append({ e, k, parent });
            }
        }
        for (const bool byLabel : { true, false }) {
            for (Pending& p : pending) {
                if (p.relationship >= 0 || p.parent < 0)
                    continue;
                const QString& child = m_entries[p.child].entity->name;
                const QString& parent = m_entries[p.parent].entity->name;
                const ForeignKey& fk = m_entries[p.child].table.foreignKeys[p.key];
                for (qsizetype r = 0; r < m_diagram.relationships.size() && p.relationship < 0; ++r) {
                    const MermaidRelationship& rel = m_diagram.relationships[r];
                    const bool between
                        = (rel.left == parent && rel.right == child) || (rel.left == child && rel.right == parent);
                    if (!m_relationshipUsed[r] && between
                        && (!byLabel || rel.label == fk.columns.join(QLatin1String(", ")))) {
                        m_relationshipUsed[r] = true;
                        p.relationship = r;
                    }
                }
            }
        }
        // Back to front, so removing keys keeps the pending indexes valid.
        for (auto p = pending.rbegin(); p != pending.rend(); ++p) {
            Entry& child = m_entries[p->child];
            if (p->relationship < 0) {
                child.table.foreignKeys.removeAt(p->key);
                child.foreignKeysChanged = true;
                continue;
            }
            ForeignKey& fk = child.table.foreignKeys[p->key];
            fk.parentTable = m_entries[p->parent].table.name;
            const MermaidRelationship& rel = m_diagram.relationships[p->relationship];
            const Cardinality parentSide
                = rel.left == m_entries[p->parent].entity->name ? rel.leftCardinality : rel.rightCardinality;
            const bool required = SchemaWriterSupport::relationship(child.table, fk).parentRequired;
            // A changed marker on the parent side changes NOT NULL, as the writer derived it from it.
            for (Column& column : child.table.columns) {
                if (!containsIdentifier(fk.columns, column.name))
                    continue;
                if (parentSide == Cardinality::ExactlyOne && !required
                    && !SchemaWriterSupport::isNeverNull(child.table, column))
                    column.notNull = true;
                else if (parentSide == Cardinality::ZeroOrOne && required)
                    column.notNull = false;
            }
        }
    }

    QStringList Mapper::foreignKeyColumns(const Entry& child, const Entry& parent, const QString& label) const
    {
        const QStringList parentKey = parent.table.primaryKey();
        QStringList marked;
        for (qsizetype i = 0; i < child.table.columns.size(); ++i) {
            if (child.foreignKeyMarked[i])
                marked.append(child.table.columns[i].name);
        }
        if (parentKey.isEmpty() || marked.isEmpty())
            return {};
        if (parentKey.size() > 1) {
            QStringList out;
            for (const QString& key : parentKey) {
                auto it = std::ranges::find_if(marked, [&](const QString& m) { return loose(m) == loose(key); });
                if (it == marked.end())
                    return {};
                out.append(*it);
            }
            return out;
        }
        // Godwit's writer labels a relationship with its foreign-key columns.
        for (const QString& m : marked) {
            if (sameIdentifier(m, label))
                return { m };
        }
        const QString key = loose(parentKey.front());
        const QString table = loose(parent.table.name);
        const QString one = loose(singular(parent.table.name));
        const QSet<QString> names { key, table + key, one + key, table + QLatin1String("id"),
            one + QLatin1String("id") };
        QStringList matches;
        for (const QString& m : marked) {
            if (names.contains(loose(m)))
                matches.append(m);
        }
        if (matches.size() == 1)
            return matches;
        if (matches.isEmpty() && marked.size() == 1 && !child.table.isForeignKeyColumn(marked.front()))
            return marked;
        return {};
    }

    void Mapper::inferForeignKey(const MermaidRelationship& r)
    {
        const qsizetype left = entryOf(r.left);
        const qsizetype right = entryOf(r.right);
        auto keep = [&] {
            m_schema.relationships.append(Relationship { m_entries[left].table.name, m_entries[right].table.name,
                r.leftCardinality, r.rightCardinality, r.identifying, r.label });
        };
        if (r.leftCardinality == Cardinality::MdParent || r.rightCardinality == Cardinality::MdParent)
            return keep();
        // The child is the "many" side; in a one-to-one, the only side with a matching FK attribute.
        QList<std::tuple<qsizetype, qsizetype, Cardinality>> sides; // child, parent, marker at the parent
        if (!isMany(r.leftCardinality))
            sides.append({ right, left, r.leftCardinality });
        if (!isMany(r.rightCardinality))
            sides.append({ left, right, r.rightCardinality });
        std::optional<std::tuple<qsizetype, qsizetype, Cardinality, QStringList>> found;
        for (const auto& [child, parent, marker] : sides) {
            const QStringList columns = foreignKeyColumns(m_entries[child], m_entries[parent], r.label);
            if (columns.isEmpty())
                continue;
            if (found)
                return keep(); // both sides could hold the key
            found = std::tuple { child, parent, marker, columns };
        }
        if (!found)
            return keep();
        const auto& [child, parent, marker, columns] = *found;
        Entry& entry = m_entries[child];
        ForeignKey fk;
        fk.columns = columns;
        fk.parentTable = m_entries[parent].table.name;
        fk.parentColumns = m_entries[parent].table.primaryKey();
        const bool known = std::ranges::any_of(entry.table.foreignKeys, [&](const ForeignKey& k) {
            return sameColumns(k.columns, fk.columns) && sameIdentifier(k.parentTable, fk.parentTable);
        });
        if (!known) {
            entry.table.foreignKeys.append(fk);
            entry.foreignKeysChanged = true;
        }
        // `||` at the parent: every child row has its parent, so the key is NOT NULL.
        if (marker != Cardinality::ExactlyOne)
            return;
        for (qsizetype i = 0; i < entry.table.columns.size(); ++i) {
            Column& c = entry.table.columns[i];
            if (columns.contains(c.name) && !entry.nullableMarked[i] && !isRowidAlias(entry.table, c, m_dialect))
                c.notNull = true;
        }
    }

    Result<Schema> Mapper::run()
    {
        m_godwitUsed = QList<bool>(m_facts.entities.size(), false);
        m_relationshipUsed = QList<bool>(m_diagram.relationships.size(), false);
        for (const MermaidEntity& entity : m_diagram.entities) {
            auto entry = build(entity);
            if (!entry)
                return std::unexpected(entry.error());
            for (const Entry& other : m_entries) {
                if (sameIdentifier(other.table.name, entry->table.name))
                    return std::unexpected(errorAt(m_fileName, entity.line, entity.column,
                        QStringLiteral("entities %1 and %2 are both table '%3'")
                            .arg(other.entity->name, entity.name, entry->table.name)));
            }
            m_entries.append(*entry);
        }
        matchForeignKeys();
        for (qsizetype r = 0; r < m_diagram.relationships.size(); ++r) {
            if (!m_relationshipUsed[r])
                inferForeignKey(m_diagram.relationships[r]);
        }
        for (Entry& entry : m_entries) {
            Table& t = entry.table;
            if (entry.foreignKeysChanged) {
                // SQLite numbers foreign keys last-declared first (PRAGMA foreign_key_list).
                for (qsizetype i = 0; i < t.foreignKeys.size(); ++i)
                    t.foreignKeys[i].id = static_cast<int>(t.foreignKeys.size() - 1 - i);
            }
            if (entry.godwit && t == *entry.godwit) {
                m_schema.tables.append(t);
                continue;
            }
            // Changed in the diagram: the stored CREATE TABLE no longer describes it.
            t.sql.clear();
            impliedIndexes(t, m_dialect);
            m_schema.tables.append(t);
        }
        std::ranges::sort(m_schema.tables, nameLess, &Table::name);
        m_schema.views = m_facts.schema.views;
        m_schema.dialect = m_dialect;
        m_schema.types = m_facts.schema.types;
        m_schema.sequences = m_facts.schema.sequences;
        m_schema.triggers = m_facts.schema.triggers;
        m_schema.source = m_fileName;
        return m_schema;
    }

} // namespace

Result<Schema> MermaidSchemaMapper::map(
    const MermaidDiagram& diagram, const MermaidGodwitLines::Facts& facts, const QString& fileName, Dialect dialect)
{
    return Mapper(diagram, facts, fileName, dialect).run();
}

} // namespace godwit::schema
