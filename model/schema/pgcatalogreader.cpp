// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcatalogreader.h"

#include "postgres/connection.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace godwit::schema {

namespace {

    using postgres::Connection;
    using postgres::QueryResult;

    // User namespaces only: the system catalogs, TOAST and temporary schemas are not the application's.
#define GW_USER_NAMESPACE " n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)' "
#define GW_QUALIFIED(nsp, rel) " CASE WHEN " nsp " = 'public' THEN " rel " ELSE " nsp " || '.' || " rel " END "

    const char* const kRelations
        = "SELECT c.oid, n.nspname, c.relname, c.relkind, obj_description(c.oid, 'pg_class'),"
          " c.reltuples::bigint,"
          " CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,"
          " (SELECT" GW_QUALIFIED(
              "pn.nspname", "pc.relname") "  FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent"
                                          "  JOIN pg_namespace pn ON pn.oid = pc.relnamespace"
                                          "  WHERE i.inhrelid = c.oid AND c.relispartition LIMIT 1),"
                                          " CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,"
                                          " CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END"
                                          " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                          " WHERE c.relkind IN ('r', 'p', 'v', 'm') AND" GW_USER_NAMESPACE;

    // The volatile-default test looks every function the default calls up in pg_proc: built-in
    // functions have no pg_depend entries, so the text is all there is (random(), nextval(), …).
    const char* const kColumns
        = "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
          " pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,"
          " CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN co.collname END,"
          " col_description(a.attrelid, a.attnum),"
          " d.oid IS NOT NULL AND a.attgenerated = '' AND EXISTS (SELECT 1 FROM regexp_matches("
          "   pg_get_expr(d.adbin, d.adrelid), '([A-Za-z_][A-Za-z0-9_$]*)\\s*\\(', 'g') m"
          "   JOIN pg_proc p ON p.proname = lower(m[1]) WHERE p.provolatile = 'v')"
          " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
          " JOIN pg_type t ON t.oid = a.atttypid"
          " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
          " LEFT JOIN pg_collation co ON co.oid = a.attcollation"
          " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm') AND" GW_USER_NAMESPACE
          " ORDER BY a.attrelid, a.attnum";

    const char* const kConstraints
        = "SELECT con.conrelid, con.conname, con.contype,"
          " (SELECT json_agg(a.attname ORDER BY k.o) FROM unnest(con.conkey) WITH ORDINALITY k(n, o)"
          "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n),"
          " (SELECT" GW_QUALIFIED("pn.nspname",
              "pc.relname") "   FROM pg_class pc JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE pc.oid = "
                            "con.confrelid),"
                            " (SELECT json_agg(a.attname ORDER BY k.o) FROM unnest(con.confkey) WITH ORDINALITY k(n, o)"
                            "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n),"
                            " con.confupdtype, con.confdeltype, con.condeferrable, con.condeferred, con.convalidated,"
                            " CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END"
                            " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON "
                            "n.oid = c.relnamespace"
                            " WHERE con.contype IN ('p', 'u', 'c', 'f') AND c.relkind IN ('r', 'p') "
                            "AND" GW_USER_NAMESPACE " ORDER BY con.conrelid, con.conname";

    const char* const kIndexes
        = "SELECT i.indrelid, ic.relname, i.indisunique, i.indisvalid, am.amname, pg_get_indexdef(i.indexrelid),"
          " pg_get_expr(i.indpred, i.indrelid), i.indnkeyatts,"
          " (SELECT json_agg(json_build_object('def', pg_get_indexdef(i.indexrelid, k, true),"
          "   'expr', i.indkey[k - 1] = 0, 'desc', (i.indoption[k - 1]::int & 1) = 1) ORDER BY k)"
          "   FROM generate_series(1, i.indnatts::int) k),"
          " (SELECT con.contype FROM pg_constraint con WHERE con.conindid = i.indexrelid"
          "   AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u') LIMIT 1)"
          " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam"
          " JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
          " WHERE c.relkind IN ('r', 'p', 'm') AND" GW_USER_NAMESPACE " ORDER BY i.indrelid, ic.relname";

    const char* const kTriggers = "SELECT t.tgrelid, t.tgname, t.tgtype, pg_get_triggerdef(t.oid, true),"
                                  " t.tgfoid::regprocedure::text, pg_get_functiondef(t.tgfoid)"
                                  " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                                  " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                  " WHERE NOT t.tgisinternal AND" GW_USER_NAMESPACE " ORDER BY t.tgname";

    const char* const kTypes
        = "SELECT n.nspname, t.typname, t.typtype,"
          " (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),"
          " CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END, t.typnotnull, t.typdefault,"
          " (SELECT json_agg(pg_get_constraintdef(k.oid) ORDER BY k.conname) FROM pg_constraint k WHERE k.contypid = "
          "t.oid),"
          " obj_description(t.oid, 'pg_type')"
          " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
          " WHERE t.typtype IN ('e', 'd') AND" GW_USER_NAMESPACE " ORDER BY 1, 2";

    // Identity columns own their sequence internally (deptype 'i'): it is part of the column, not an object.
    const char* const kSequences
        = "SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax,"
          " s.seqcycle,"
          " (SELECT" GW_QUALIFIED("tn.nspname",
              "tc.relname") " || '.' || a.attname"
                            "   FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid JOIN pg_namespace tn ON "
                            "tn.oid = tc.relnamespace"
                            "   JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
                            "   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'a' LIMIT 1)"
                            " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = "
                            "c.relnamespace"
                            " WHERE" GW_USER_NAMESPACE " AND NOT EXISTS (SELECT 1 FROM pg_depend d"
                            "   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i') ORDER "
                            "BY 1, 2";

#undef GW_QUALIFIED
#undef GW_USER_NAMESPACE

    bool nameLess(const QString& a, const QString& b)
    {
        const int c = QString::compare(a, b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    }

    ForeignKeyAction action(const QString& code)
    {
        switch (code.isEmpty() ? 'a' : code.at(0).toLatin1()) {
        case 'r':
            return ForeignKeyAction::Restrict;
        case 'c':
            return ForeignKeyAction::Cascade;
        case 'n':
            return ForeignKeyAction::SetNull;
        case 'd':
            return ForeignKeyAction::SetDefault;
        default:
            return ForeignKeyAction::NoAction;
        }
    }

    // What one relation (table, view or materialized view) became, by its oid.
    struct Relation {
        QChar kind;
        qsizetype index = -1; // into tables or views
    };

    class Catalog {
    public:
        Catalog(const Connection& connection, Schema& schema)
            : m_connection(connection)
            , m_schema(schema)
        {
        }

        Result<void> relations(const ReadOptions& options)
        {
            return m_connection.forEachRow(QString::fromLatin1(kRelations), [&](const QueryResult::Row& row) {
                const QString nsp = row.text(1);
                const QString name = PgCatalogReader::qualifiedName(nsp, row.text(2));
                const QChar kind = row.text(3).at(0);
                if (kind == QLatin1Char('v') || kind == QLatin1Char('m')) {
                    View v;
                    v.name = name;
                    v.schemaName = nsp;
                    v.materialized = kind == QLatin1Char('m');
                    v.comment = row.text(4);
                    v.sql = QStringLiteral("CREATE %1VIEW %2 AS\n%3")
                                .arg(v.materialized ? QStringLiteral("MATERIALIZED ") : QString(), name,
                                    row.text(9).trimmed());
                    m_relations.insert(row.text(0), { kind, m_schema.views.size() });
                    m_schema.views.append(v);
                    return;
                }
                Table t;
                t.name = name;
                t.schemaName = nsp;
                t.comment = row.text(4);
                t.partitionKey = row.text(6);
                t.partitionOf = row.text(7);
                t.partitionBound = row.text(8);
                if (options.rowCounts == ReadOptions::RowCounts::Estimate)
                    t.rowCount = RowCount { std::max<qint64>(0, row.integer(5)), false };
                m_relations.insert(row.text(0), { kind, m_schema.tables.size() });
                m_schema.tables.append(t);
            });
        }

        Result<void> columns()
        {
            return m_connection.forEachRow(QString::fromLatin1(kColumns), [&](const QueryResult::Row& row) {
                const Relation rel = m_relations.value(row.text(0));
                if (rel.index < 0)
                    return;
                if (rel.kind == QLatin1Char('v') || rel.kind == QLatin1Char('m')) {
                    m_schema.views[rel.index].columns << row.text(1);
                    return;
                }
                Column c;
                c.name = row.text(1);
                c.declaredType = row.text(2);
                c.affinity = affinityOf(c.declaredType);
                c.notNull = row.boolean(3);
                const QString generated = row.text(6);
                if (generated == QLatin1String("s")) {
                    c.generated = Generated::Stored;
                    c.generatedExpression = row.text(4);
                } else if (!row.isNull(4)) {
                    c.hasDefault = true;
                    c.defaultValue = row.text(4);
                }
                const QString identity = row.text(5);
                c.identity = identity == QLatin1String("a") ? Identity::Always
                    : identity == QLatin1String("d")        ? Identity::ByDefault
                                                            : Identity::None;
                c.collation = row.text(7);
                c.comment = row.text(8);
                c.volatileDefault = row.boolean(9);
                m_schema.tables[rel.index].columns.append(c);
            });
        }

        Result<void> constraints()
        {
            return m_connection.forEachRow(QString::fromLatin1(kConstraints), [&](const QueryResult::Row& row) {
                const Relation rel = m_relations.value(row.text(0));
                if (rel.index < 0 || rel.kind == QLatin1Char('v') || rel.kind == QLatin1Char('m'))
                    return;
                Table& t = m_schema.tables[rel.index];
                const QString name = row.text(1);
                const QChar type = row.text(2).at(0);
                const QStringList columns = row.stringList(3);
                if (type == QLatin1Char('p')) {
                    for (qsizetype i = 0; i < columns.size(); ++i) {
                        if (auto it = std::ranges::find(t.columns, columns[i], &Column::name); it != t.columns.end())
                            it->primaryKeyPosition = static_cast<int>(i + 1);
                    }
                } else if (type == QLatin1Char('u')) {
                    t.uniques.append(UniqueConstraint { name, columns });
                } else if (type == QLatin1Char('c')) {
                    CheckConstraint check { name, row.text(11), {} };
                    check.notValid = !row.boolean(10);
                    t.checks.append(check);
                } else {
                    ForeignKey fk;
                    fk.id = static_cast<int>(t.foreignKeys.size());
                    fk.name = name;
                    fk.columns = columns;
                    fk.parentTable = row.text(4);
                    fk.parentColumns = row.stringList(5);
                    fk.onUpdate = action(row.text(6));
                    fk.onDelete = action(row.text(7));
                    fk.deferrable = row.boolean(8);
                    fk.initiallyDeferred = row.boolean(9);
                    fk.notValid = !row.boolean(10);
                    t.foreignKeys.append(fk);
                }
            });
        }

        Result<void> indexes()
        {
            return m_connection.forEachRow(QString::fromLatin1(kIndexes), [&](const QueryResult::Row& row) {
                const Relation rel = m_relations.value(row.text(0));
                if (rel.index < 0 || rel.kind == QLatin1Char('v') || rel.kind == QLatin1Char('m'))
                    return; // indexes on materialized views are not drawn
                Table& t = m_schema.tables[rel.index];
                Index index;
                index.name = PgCatalogReader::qualifiedName(t.schemaName, row.text(1));
                index.table = t.name;
                index.unique = row.boolean(2);
                index.valid = row.boolean(3);
                if (row.text(4) != QLatin1String("btree"))
                    index.method = row.text(4);
                index.sql = row.text(5);
                index.where = row.text(6);
                const qint64 keys = row.integer(7);
                const QJsonArray parts = QJsonDocument::fromJson(row.text(8).toUtf8()).array();
                for (qsizetype k = 0; k < parts.size(); ++k) {
                    const QJsonObject part = parts.at(k).toObject();
                    const QString def = part.value(QLatin1String("def")).toString();
                    if (k >= keys) {
                        index.include << def;
                        continue;
                    }
                    IndexPart p;
                    if (part.value(QLatin1String("expr")).toBool())
                        p.expression = def;
                    else
                        p.column = def;
                    p.descending = part.value(QLatin1String("desc")).toBool();
                    index.parts.append(p);
                }
                const QString constraint = row.text(9);
                index.origin = constraint == QLatin1String("p") ? IndexOrigin::PrimaryKey
                    : constraint == QLatin1String("u")          ? IndexOrigin::Unique
                                                                : IndexOrigin::CreateIndex;
                if (index.origin != IndexOrigin::CreateIndex)
                    index.sql.clear(); // implied by the constraint, as SQLite's autoindexes are
                t.indexes.append(index);
            });
        }

        Result<void> triggers()
        {
            return m_connection.forEachRow(QString::fromLatin1(kTriggers), [&](const QueryResult::Row& row) {
                const Relation rel = m_relations.value(row.text(0));
                if (rel.index < 0)
                    return;
                Trigger t;
                t.name = row.text(1);
                t.table = rel.kind == QLatin1Char('v') || rel.kind == QLatin1Char('m')
                    ? m_schema.views[rel.index].name
                    : m_schema.tables[rel.index].name;
                // tgtype bits (pg_trigger.h): 1 ROW, 2 BEFORE, 4 INSERT, 8 DELETE, 16 UPDATE, 64 INSTEAD.
                const qint64 type = row.integer(2);
                t.timing = (type & 64) ? TriggerTiming::InsteadOf
                    : (type & 2)       ? TriggerTiming::Before
                                       : TriggerTiming::After;
                t.event = (type & 4) ? TriggerEvent::Insert : (type & 8) ? TriggerEvent::Delete : TriggerEvent::Update;
                t.sql = row.text(3);
                t.function = row.text(4);
                t.functionSql = row.text(5).trimmed();
                m_schema.triggers.append(t);
            });
        }

        Result<void> types()
        {
            return m_connection.forEachRow(QString::fromLatin1(kTypes), [&](const QueryResult::Row& row) {
                UserType t;
                t.schemaName = row.text(0);
                t.name = PgCatalogReader::qualifiedName(t.schemaName, row.text(1));
                t.kind = row.text(2) == QLatin1String("e") ? UserType::Kind::Enum : UserType::Kind::Domain;
                t.labels = row.stringList(3);
                t.baseType = row.text(4);
                t.notNull = row.boolean(5);
                t.defaultValue = row.text(6);
                t.checks = row.stringList(7);
                t.comment = row.text(8);
                m_schema.types.append(t);
            });
        }

        Result<void> sequences()
        {
            return m_connection.forEachRow(QString::fromLatin1(kSequences), [&](const QueryResult::Row& row) {
                Sequence s;
                s.schemaName = row.text(0);
                s.name = PgCatalogReader::qualifiedName(s.schemaName, row.text(1));
                s.dataType = row.text(2);
                s.start = row.integer(3);
                s.increment = row.integer(4);
                s.minValue = row.integer(5);
                s.maxValue = row.integer(6);
                s.cycle = row.boolean(7);
                s.ownedBy = row.text(8);
                m_schema.sequences.append(s);
            });
        }

        Result<void> exactCounts()
        {
            for (Table& t : m_schema.tables) {
                const QString sql
                    = QStringLiteral("SELECT count(*) FROM %1.%2")
                          .arg(m_connection.quoteIdentifier(t.schemaName),
                              m_connection.quoteIdentifier(t.name.mid(t.name.lastIndexOf(QLatin1Char('.')) + 1)));
                auto rows = m_connection.query(sql);
                if (!rows)
                    return std::unexpected(rows.error());
                t.rowCount = RowCount { rows->integer(0, 0), true };
            }
            return {};
        }

    private:
        const Connection& m_connection;
        Schema& m_schema;
        QHash<QString, Relation> m_relations; // by oid (text)
    };

} // namespace

QString PgCatalogReader::qualifiedName(const QString& schemaName, const QString& name)
{
    return schemaName == QLatin1String("public") || schemaName.isEmpty() ? name : schemaName + QLatin1Char('.') + name;
}

Result<Schema> PgCatalogReader::read(const Connection& connection, const ReadOptions& options)
{
    // One snapshot for every catalog query, and a transaction that cannot write whatever the
    // session's defaults say.
    if (auto begun = connection.execute(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !begun)
        return std::unexpected(begun.error());
    Schema schema;
    schema.dialect = Dialect::PostgreSQL;
    schema.source = connection.displayUri();
    Catalog catalog(connection, schema);
    Result<void> done = catalog.relations(options);
    for (auto step : { &Catalog::columns, &Catalog::constraints, &Catalog::indexes, &Catalog::triggers, &Catalog::types,
             &Catalog::sequences }) {
        if (done)
            done = (catalog.*step)();
    }
    if (done && options.rowCounts == ReadOptions::RowCounts::Exact)
        done = catalog.exactCounts();
    (void)connection.execute(QStringLiteral("ROLLBACK"));
    if (!done)
        return std::unexpected(done.error());
    std::ranges::sort(schema.tables, [](const Table& a, const Table& b) { return nameLess(a.name, b.name); });
    std::ranges::sort(schema.views, [](const View& a, const View& b) { return nameLess(a.name, b.name); });
    return schema;
}

Result<Schema> PgCatalogReader::readUri(const QString& uri, const ReadOptions& options)
{
    return readUri(uri, options, postgres::ConnectOptions {});
}

Result<Schema> PgCatalogReader::readUri(
    const QString& uri, const ReadOptions& options, const postgres::ConnectOptions& connectOptions)
{
    auto connection = Connection::open(uri, connectOptions);
    if (!connection)
        return std::unexpected(connection.error());
    return read(*connection, options);
}

} // namespace godwit::schema
