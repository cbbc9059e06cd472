// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemareader.h"

#include "core/textfile.h"
#include "ddlparser.h"
#include "identifier.h"
#include "introspector.h"
#include "mermaidschemareader.h"
#include "pgcatalogreader.h"
#include "pgmermaidreader.h"
#include "pgscriptreader.h"
#include "postgres/connectionuri.h"
#include "rowcounter.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"

#include <algorithm>
#include <thread>

#include <QHash>
#include <QLoggingCategory>

namespace godwit::schema {

namespace {

    Q_LOGGING_CATEGORY(lcReader, "godwit.model.schema")

    using sqlite::Database;

    bool nameLess(const QString& a, const QString& b)
    {
        const int c = compareIdentifiers(a, b);
        return c != 0 ? c < 0 : a < b; // a case-sensitive tie-break keeps the order total
    }

    // BINARY is what SQLite uses when nothing is said, so an explicit BINARY is stored as "none".
    QString collationOrEmpty(const QString& name) { return sameIdentifier(name, u"BINARY") ? QString() : name; }

    struct SchemaEntry {
        QString type;
        QString name;
        QString table;
        QString sql;
    };

    // Tables a virtual table module keeps its data in (fts3/4, fts5, rtree). table_list calls them
    // "shadow" only when the module is loaded, so the names are checked too.
    bool isShadowName(const QString& name, const QStringList& virtualTables)
    {
        static const QStringList suffixes
            = { QStringLiteral("content"), QStringLiteral("segments"), QStringLiteral("segdir"),
                  QStringLiteral("docsize"), QStringLiteral("stat"), QStringLiteral("data"), QStringLiteral("idx"),
                  QStringLiteral("config"), QStringLiteral("node"), QStringLiteral("rowid"), QStringLiteral("parent") };
        return std::ranges::any_of(virtualTables, [&](const QString& vt) {
            return name.size() > vt.size() + 1 && sameIdentifier(QStringView(name).left(vt.size()), vt)
                && name[vt.size()] == QLatin1Char('_')
                && suffixes.contains(identifierKey(QStringView(name).mid(vt.size() + 1)));
        });
    }

    // Adds what only the CREATE TABLE text says: COLLATE, AUTOINCREMENT, generated expressions,
    // CHECK and UNIQUE constraints, DEFERRABLE.
    void applyTableDefinition(Table& table, const DdlParser::TableDefinition& def)
    {
        for (Column& column : table.columns) {
            auto it = std::ranges::find_if(
                def.columns, [&](const DdlParser::ColumnDefinition& d) { return sameIdentifier(d.name, column.name); });
            if (it == def.columns.end())
                continue;
            column.collation = collationOrEmpty(it->collation);
            column.autoIncrement = it->autoIncrement;
            if (column.isGenerated())
                column.generatedExpression = it->generatedExpression;
        }
        table.checks = def.checks;
        table.uniques = def.uniques;

        // Both lists are in declaration order; the columns and parent confirm the pairing.
        QList<bool> used(def.foreignKeys.size(), false);
        auto sameNames = [](const QStringList& a, const QStringList& b) {
            return a.size() == b.size()
                && std::ranges::equal(a, b, [](const QString& x, const QString& y) { return sameIdentifier(x, y); });
        };
        for (qsizetype i = 0; i < table.foreignKeys.size(); ++i) {
            ForeignKey& fk = table.foreignKeys[i];
            qsizetype match = -1;
            for (qsizetype k = 0; k < def.foreignKeys.size() && match < 0; ++k) {
                if (!used[k] && sameNames(def.foreignKeys[k].columns, fk.columns)
                    && sameIdentifier(def.foreignKeys[k].parentTable, fk.parentTable))
                    match = k;
            }
            if (match < 0 && i < def.foreignKeys.size() && !used[i])
                match = i;
            if (match < 0)
                continue;
            used[match] = true;
            fk.deferrable = def.foreignKeys[match].deferrable;
            fk.initiallyDeferred = def.foreignKeys[match].initiallyDeferred;
        }
    }

    // index_xinfo gives columns, order and the collation in force; the CREATE INDEX text gives
    // expression parts and the WHERE of a partial index.
    void applyIndexDefinition(Index& index, const Table& table, const DdlParser::IndexDefinition* def)
    {
        if (def)
            index.where = def->where;
        for (qsizetype i = 0; i < index.parts.size(); ++i) {
            IndexPart& part = index.parts[i];
            const DdlParser::IndexTerm* term = def && i < def->terms.size() ? &def->terms[i] : nullptr;
            QString defaultCollation;
            if (!part.isExpression()) {
                if (const Column* c = table.column(part.column))
                    defaultCollation = c->collation;
            } else if (term) {
                // SQLite takes a collation only from a top-level COLLATE; when coll shows none
                // was taken, the trailing COLLATE belonged to an operand and stays in the text.
                const bool topLevel = !term->collation.isEmpty() && !collationOrEmpty(part.collation).isEmpty()
                    && sameIdentifier(term->collation, part.collation);
                part.expression = topLevel ? term->textWithoutCollation : term->text;
            }
            if (sameIdentifier(
                    part.collation, defaultCollation.isEmpty() ? QStringLiteral("BINARY") : defaultCollation))
                part.collation.clear();
        }
    }

    // Parsing is the larger half of the reader's time, so it is skipped when the text cannot
    // hold anything the pragmas did not already say (keywords are matched anywhere, so a
    // name like "checked_at" only costs a parse, never a missed fact).
    bool needsTableParse(const Table& table)
    {
        static const QLatin1StringView keywords[] = { QLatin1StringView("CHECK"), QLatin1StringView("UNIQUE"),
            QLatin1StringView("COLLATE"), QLatin1StringView("AUTOINCREMENT"), QLatin1StringView("DEFERRABLE") };
        return std::ranges::any_of(table.columns, &Column::isGenerated)
            || std::ranges::any_of(
                keywords, [&](QLatin1StringView k) { return table.sql.contains(k, Qt::CaseInsensitive); });
    }

    void readIndexSql(Table& table, const QList<bool>& partial, const QHash<QString, const SchemaEntry*>& byName)
    {
        for (qsizetype i = 0; i < table.indexes.size(); ++i) {
            Index& index = table.indexes[i];
            const SchemaEntry* entry = byName.value(index.name);
            index.sql = entry ? entry->sql : QString(); // NULL for sqlite_autoindex_*
            const bool needsText = partial.value(i) || std::ranges::any_of(index.parts, &IndexPart::isExpression);
            std::optional<DdlParser::IndexDefinition> def;
            if (needsText && !index.sql.isEmpty()) {
                if (auto parsed = DdlParser::parseCreateIndex(index.sql))
                    def = *parsed;
                else
                    qCWarning(lcReader) << "cannot parse CREATE INDEX" << index.name << ":"
                                        << parsed.error().toString();
            }
            applyIndexDefinition(index, table, def ? &*def : nullptr);
        }
    }

    Result<Table> readTable(Introspector& in, const QString& name, const QString& sql, bool isVirtual,
        bool withoutRowid, bool strict, const QHash<QString, const SchemaEntry*>& byName)
    {
        Table table;
        table.name = name;
        table.sql = sql;
        table.isVirtual = isVirtual;
        table.withoutRowid = withoutRowid;
        table.strict = strict;
        auto columns = in.columns(name, strict);
        if (!columns) {
            // A virtual table whose module is not loaded here cannot report columns; keep it without them.
            if (isVirtual) {
                qCInfo(lcReader) << "columns of virtual table" << name << "unavailable:" << columns.error().message;
                return table;
            }
            return std::unexpected(columns.error());
        }
        table.columns = *columns;
        if (isVirtual)
            return table;

        // Every foreign key, column or table form, is written with REFERENCES; most tables have none.
        if (sql.isEmpty() || sql.contains(QLatin1StringView("REFERENCES"), Qt::CaseInsensitive)) {
            auto fks = in.foreignKeys(name);
            if (!fks)
                return std::unexpected(fks.error());
            table.foreignKeys = *fks;
        }
        QList<bool> partial;
        auto indexes = in.indexes(name, partial);
        if (!indexes)
            return std::unexpected(indexes.error());
        table.indexes = *indexes;

        if (!sql.isEmpty() && needsTableParse(table)) {
            // The text was accepted by SQLite; if our parser still disagrees, keep the pragma facts.
            if (auto def = DdlParser::parseCreateTable(sql))
                applyTableDefinition(table, *def);
            else
                qCWarning(lcReader) << "cannot parse CREATE TABLE of" << name << ":" << def.error().toString();
        }
        // After the columns have their collations: index parts are compared against them.
        readIndexSql(table, partial, byName);
        return table;
    }

    Result<QList<SchemaEntry>> schemaEntries(const Database& db)
    {
        QList<SchemaEntry> entries;
        auto st = db.prepare(QStringLiteral("SELECT type, name, tbl_name, sql FROM main.sqlite_schema"));
        if (!st)
            return std::unexpected(st.error());
        const auto read = st->forEachRow([&](const sqlite::Statement& row) {
            entries.append(SchemaEntry { row.text(0), row.text(1), row.text(2), row.text(3) });
        });
        if (!read)
            return std::unexpected(read.error());
        return entries;
    }

    // The script's text as UTF-8 without a byte-order mark; invalid UTF-8 is an error with its position.
    Result<Schema> readScriptWith(const QString& sql, const QString& fileName, const ReadOptions& options)
    {
        auto db = Database::openMemory();
        if (!db)
            return std::unexpected(db.error().inFile(fileName));
        if (auto r = db->executeScript(sql, fileName); !r)
            return std::unexpected(r.error().file.isEmpty() ? r.error().inFile(fileName) : r.error());
        auto schema = SchemaReader::read(*db, options);
        if (!schema)
            return std::unexpected(schema.error().inFile(fileName));
        schema->source = fileName;
        return schema;
    }

} // namespace

Result<Schema> SchemaReader::read(const Database& db, const ReadOptions& options)
{
    if (!db.isOpen())
        return fail(Error::Code::InvalidArgument, QStringLiteral("database is not open"));
    // One read transaction: a consistent snapshot even if another process writes, and one
    // shared lock instead of a lock, unlock and change-counter check around every pragma.
    std::optional<sqlite::Transaction> snapshot;
    if (!db.isInTransaction()) {
        auto t = sqlite::Transaction::begin(db);
        if (!t)
            return std::unexpected(t.error());
        snapshot.emplace(std::move(*t));
    }
    auto entries = schemaEntries(db);
    if (!entries)
        return std::unexpected(entries.error());
    QHash<QString, const SchemaEntry*> byName;
    for (const SchemaEntry& e : *entries)
        byName.insert(e.name, &e);

    struct Listed {
        QString name;
        QString type;
        bool withoutRowid = false;
        bool strict = false;
    };
    QList<Listed> listed;
    QStringList virtualTables;
    {
        auto st
            = db.prepare(QStringLiteral("SELECT name, type, wr, strict FROM pragma_table_list WHERE schema = 'main'"));
        if (!st)
            return std::unexpected(st.error());
        const auto read = st->forEachRow([&](const sqlite::Statement& row) {
            Listed l { row.text(0), row.text(1), row.int64(2) != 0, row.int64(3) != 0 };
            if (l.type == QLatin1String("virtual"))
                virtualTables.append(l.name);
            listed.append(l);
        });
        if (!read)
            return std::unexpected(read.error());
    }

    Introspector in(db);
    if (auto r = in.prepare(); !r)
        return std::unexpected(r.error());

    Schema schema;
    schema.source = db.path();
    for (const Listed& l : listed) {
        // sqlite_* names are reserved for SQLite's own tables (sqlite_sequence, sqlite_stat1, ...).
        if (l.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive) || l.type == QLatin1String("shadow"))
            continue;
        const SchemaEntry* entry = byName.value(l.name);
        const QString sql = entry ? entry->sql : QString();
        if (l.type == QLatin1String("view")) {
            View view;
            view.name = l.name;
            view.sql = sql;
            // A view over a missing table or function cannot be compiled; it is still part of the schema.
            if (auto cols = in.columns(l.name, false)) {
                for (const Column& c : *cols)
                    view.columns.append(c.name);
            } else {
                qCInfo(lcReader) << "columns of view" << l.name << "unavailable:" << cols.error().message;
            }
            schema.views.append(view);
            continue;
        }
        if (l.type == QLatin1String("table") && isShadowName(l.name, virtualTables))
            continue;
        auto table = readTable(in, l.name, sql, l.type == QLatin1String("virtual"), l.withoutRowid, l.strict, byName);
        if (!table)
            return std::unexpected(table.error());
        schema.tables.append(*table);
    }

    for (const SchemaEntry& e : *entries) {
        if (e.type == QLatin1String("trigger")) {
            Trigger trigger;
            trigger.name = e.name;
            trigger.table = e.table;
            trigger.sql = e.sql;
            if (auto def = DdlParser::parseCreateTrigger(e.sql)) {
                trigger.timing = def->timing;
                trigger.event = def->event;
                trigger.updateOf = def->updateOf;
            } else {
                qCWarning(lcReader) << "cannot parse CREATE TRIGGER" << e.name << ":" << def.error().toString();
            }
            schema.triggers.append(trigger);
        }
    }

    for (Table& table : schema.tables)
        std::ranges::sort(table.indexes, nameLess, &Index::name);
    if (auto r = RowCounter::count(db, schema.tables, options); !r)
        return std::unexpected(r.error());
    std::ranges::sort(schema.tables, nameLess, &Table::name);
    std::ranges::sort(schema.views, nameLess, &View::name);
    std::ranges::sort(schema.triggers, nameLess, &Trigger::name);
    return schema;
}

Result<Schema> SchemaReader::readScript(const QString& sql, const QString& fileName)
{
    return readScriptWith(sql, fileName, {});
}

Result<Schema> SchemaReader::readFile(const QString& path, const ReadOptions& options)
{
    // A libpq URI is a live PostgreSQL database, read from its catalogs.
    if (postgres::ConnectionUri::isUri(path))
        return PgCatalogReader::readUri(path, options);
    // A Mermaid erDiagram (or Markdown holding one) has its own reader; row counts do not apply.
    if (MermaidSchemaReader::handles(path))
        return MermaidSchemaReader::readFile(path);
    if (!path.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive)) {
        auto db = Database::openOriginal(path);
        if (!db)
            return std::unexpected(db.error().file.isEmpty() ? db.error().inFile(path) : db.error());
        auto schema = read(*db, options);
        if (!schema)
            return std::unexpected(schema.error().inFile(path));
        schema->source = path;
        return schema;
    }
    auto text = TextFile::read(path, QStringLiteral("a SQL script"));
    if (!text)
        return std::unexpected(text.error());
    return readScriptWith(*text, path, options);
}

std::pair<Result<Schema>, Result<Schema>> SchemaReader::readFiles(
    const QString& before, const QString& after, const ReadOptions& options)
{
    Result<Schema> second;
    // A .sql or Mermaid target for a live PostgreSQL database is checked by that server, in a
    // scratch database, and read back from its catalogs.
    const bool onServer = postgres::ConnectionUri::isUri(before);
    const bool script = onServer && after.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive);
    const bool diagram = onServer && MermaidSchemaReader::handles(after);
    std::thread worker([&] {
        if (script)
            second = PgScriptReader::read(before, after);
        else if (diagram)
            second = PgMermaidReader::read(before, after);
        else
            second = readFile(after, options);
    });
    Result<Schema> first = readFile(before, options);
    worker.join();
    return { std::move(first), std::move(second) };
}

} // namespace godwit::schema
