// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgmermaidreader.h"

#include "identifier.h"
#include "mermaidgodwitlines.h"
#include "mermaidschemareader.h"
#include "pgcatalogreader.h"
#include "pgddlwriter.h"
#include "pgscratchdatabase.h"

namespace godwit::schema {

namespace {

    QString key(const QString& a, const QString& b) { return a + QLatin1Char('\n') + b; }

    QString attributeName(const MermaidAttribute& attribute)
    {
        return attribute.name.size() > 1 && attribute.name.startsWith(QLatin1Char('*')) ? attribute.name.mid(1)
                                                                                        : attribute.name;
    }

    // The entity a table came from: its godwit line's entity id, or the entity named (or aliased) like it.
    const MermaidEntity* entityOf(
        const MermaidDiagram& diagram, const MermaidGodwitLines::Facts& facts, const Table& table)
    {
        for (qsizetype i = 0; i < facts.schema.tables.size(); ++i) {
            if (facts.schema.tables[i].name == table.name) {
                if (const MermaidEntity* e = diagram.entity(facts.entities[i]))
                    return e;
            }
        }
        for (const MermaidEntity& e : diagram.entities) {
            if (sameIdentifier(e.alias.isEmpty() ? e.name : e.alias, table.name) || e.name == table.name)
                return &e;
        }
        return nullptr;
    }

    // The attribute a column came from: by the godwit line's attribute name, else by its own name.
    const MermaidAttribute* attributeOf(
        const MermaidEntity& entity, const MermaidGodwitLines::Facts& facts, const Table& table, const Column& column)
    {
        QString wanted = column.name;
        for (qsizetype i = 0; i < facts.schema.tables.size(); ++i) {
            const Table& described = facts.schema.tables[i];
            if (described.name != table.name)
                continue;
            for (qsizetype c = 0; c < described.columns.size(); ++c) {
                if (described.columns[c].name == column.name)
                    wanted = facts.attributes[i].value(c, column.name);
            }
        }
        for (const MermaidAttribute& a : entity.attributes) {
            if (attributeName(a) == wanted)
                return &a;
        }
        return nullptr;
    }

} // namespace

PgDdlSources PgMermaidReader::sources(const MermaidDiagram& diagram, const Schema& schema)
{
    PgDdlSources out;
    if (!diagram.entities.isEmpty())
        out.fallback = { diagram.entities.front().line, diagram.entities.front().column };
    const auto facts = MermaidGodwitLines::read(diagram.comments);
    const MermaidGodwitLines::Facts noFacts;
    const MermaidGodwitLines::Facts& known = facts ? *facts : noFacts;
    QHash<QString, QString> entityByTable;
    for (const Table& table : schema.tables) {
        const MermaidEntity* entity = entityOf(diagram, known, table);
        if (!entity)
            continue;
        entityByTable.insert(table.name, entity->name);
        out.tables.insert(table.name, { entity->line, entity->column });
        for (const Column& column : table.columns) {
            if (const MermaidAttribute* a = attributeOf(*entity, known, table, column))
                out.columns.insert(key(table.name, column.name), { a->line, a->column });
        }
    }
    // A foreign key comes from the relationship between its two entities, when one is drawn.
    for (const Table& table : schema.tables) {
        for (qsizetype i = 0; i < table.foreignKeys.size(); ++i) {
            const QString child = entityByTable.value(table.name);
            const Table* parentTable = schema.table(table.foreignKeys[i].parentTable);
            const QString parent = parentTable ? entityByTable.value(parentTable->name) : QString();
            for (const MermaidRelationship& r : diagram.relationships) {
                if ((r.left == parent && r.right == child) || (r.left == child && r.right == parent)) {
                    out.foreignKeys.insert(key(table.name, QString::number(i)), { r.line, r.column });
                    break;
                }
            }
        }
    }
    // View lines are comments: the n-th `godwit: view` comment describes the n-th view.
    qsizetype view = 0;
    for (const MermaidComment& comment : diagram.comments) {
        if (comment.text.trimmed().startsWith(QLatin1String("godwit: view ")) && view < known.schema.views.size())
            out.views.insert(known.schema.views[view++].name, { comment.line, comment.column });
    }
    return out;
}

Result<Schema> PgMermaidReader::read(const QString& serverUri, const QString& diagramPath)
{
    auto diagram = MermaidSchemaReader::parseFile(diagramPath);
    if (!diagram)
        return std::unexpected(diagram.error());
    auto target = MermaidSchemaReader::toSchema(*diagram, diagramPath, Dialect::PostgreSQL);
    if (!target)
        return std::unexpected(target.error());

    auto scratchDb = PgScratchDatabase::create(serverUri, diagramPath);
    if (!scratchDb)
        return std::unexpected(scratchDb.error());
    Schema schema;
    {
        auto scratch = (*scratchDb)->connect();
        if (!scratch)
            return std::unexpected(scratch.error());
        // One statement at a time: an error without a cursor position still names its statement's source.
        for (const PgDdlStatement& statement : PgDdlWriter::write(*target, sources(*diagram, *target), *scratch)) {
            if (auto applied = scratch->execute(statement.sql); !applied) {
                Error e = applied.error();
                const TextPosition at = statement.sourceAt(e.column);
                e.file = diagramPath;
                e.sql.clear();
                e.line = at.line;
                e.column = at.column;
                return std::unexpected(e);
            }
        }
        auto read = PgCatalogReader::read(*scratch);
        if (!read)
            return std::unexpected(read.error());
        schema = std::move(*read);
    } // the scratch connection closes before the scratch database is dropped
    schema.source = diagramPath;
    return schema;
}

} // namespace godwit::schema
