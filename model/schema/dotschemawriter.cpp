// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotschemawriter.h"

#include "identifier.h"
#include "schemawritersupport.h"

#include <QHash>
#include <QSet>

namespace godwit::schema {

namespace {

    QString html(QStringView text)
    {
        QString out;
        for (QChar c : SchemaWriterSupport::oneLine(text)) {
            switch (c.unicode()) {
            case '&':
                out += QLatin1String("&amp;");
                break;
            case '<':
                out += QLatin1String("&lt;");
                break;
            case '>':
                out += QLatin1String("&gt;");
                break;
            case '"':
                out += QLatin1String("&quot;");
                break;
            default:
                out += c;
            }
        }
        return out;
    }

    // Graphviz rejects an empty <B></B> (or <U>, <I>) as a syntax error, so empty text stays bare.
    QString styled(QLatin1StringView tag, const QString& text)
    {
        if (text.isEmpty())
            return text;
        return QLatin1Char('<') + tag + QLatin1Char('>') + text + QLatin1String("</") + tag + QLatin1Char('>');
    }

    // A quoted DOT ID. Graphviz only unescapes \" in quoted strings and a backslash before the
    // closing quote would swallow it, so backslashes, quotes and control characters become `_`.
    QString nodeBase(QStringView name)
    {
        QString out = name.toString();
        for (QChar& c : out) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() < 0x20)
                c = QLatin1Char('_');
        }
        return out.isEmpty() ? QStringLiteral("_") : out;
    }

    QString quoted(const QString& id) { return QLatin1Char('"') + id + QLatin1Char('"'); }

    // Crow's-foot ends, drawn from the node outward: the maximum next to the node, the minimum
    // beyond it (`teetee` exactly one, `teeodot` zero or one, `crowodot` zero or many).
    QLatin1StringView arrow(bool many, bool required)
    {
        if (many)
            return QLatin1StringView("crowodot");
        return required ? QLatin1StringView("teetee") : QLatin1StringView("teeodot");
    }

    QString tableNode(const Table& table, const QString& id)
    {
        QString out = QStringLiteral("    ") + quoted(id)
            + QLatin1String(" [label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">\n");
        out += QLatin1String("        <TR><TD COLSPAN=\"3\" BGCOLOR=\"#dde5f0\">")
            + styled(QLatin1StringView("B"), html(table.name)) + QLatin1String("</TD></TR>\n");
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const Column& column = table.columns[i];
            const QString n = QString::number(i);
            QString name = html(column.name);
            if (column.isPrimaryKey())
                name = styled(QLatin1StringView("U"), name);
            out += QLatin1String("        <TR><TD PORT=\"c_") + n + QLatin1String("\" ALIGN=\"LEFT\">") + name
                + QLatin1String("</TD><TD ALIGN=\"RIGHT\">") + html(column.declaredType)
                + QLatin1String("</TD><TD PORT=\"c_") + n + QLatin1String("_r\" ALIGN=\"LEFT\">")
                + html(SchemaWriterSupport::columnMarkers(table, column).join(QLatin1Char(' ')))
                + QLatin1String("</TD></TR>\n");
        }
        return out + QLatin1String("    </TABLE>>];\n");
    }

    QString viewNode(const View& view, const QString& id)
    {
        QString out = QStringLiteral("    ") + quoted(id)
            + QLatin1String(
                " [shape=box, style=\"dashed,rounded\", margin=0, label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
                "CELLSPACING=\"0\" CELLPADDING=\"3\">\n");
        out += QLatin1String("        <TR><TD>") + styled(QLatin1StringView("I"), html(view.name))
            + QLatin1String("</TD></TR>\n");
        for (qsizetype i = 0; i < view.columns.size(); ++i) {
            out += QLatin1String("        <TR><TD PORT=\"c_") + QString::number(i) + QLatin1String("\" ALIGN=\"LEFT\">")
                + html(view.columns[i]) + QLatin1String("</TD></TR>\n");
        }
        return out + QLatin1String("    </TABLE>>];\n");
    }

    qsizetype columnIndex(const Table& table, QStringView name)
    {
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            if (sameIdentifier(table.columns[i].name, name))
                return i;
        }
        return -1;
    }

    QString edge(const Schema& schema, const Table& child, const QString& childId, const ForeignKey& fk,
        const QHash<QString, QString>& ids)
    {
        const Table* parent = schema.table(fk.parentTable);
        if (!parent || fk.columns.isEmpty())
            return {};
        QString tail = quoted(childId);
        if (const qsizetype c = columnIndex(child, fk.columns.front()); c >= 0)
            tail += QLatin1String(":c_") + QString::number(c) + QLatin1String("_r");
        QString head = quoted(ids.value(identifierKey(parent->name)));
        if (const QStringList parentColumns = SchemaWriterSupport::parentColumns(schema, fk);
            !parentColumns.isEmpty()) {
            if (const qsizetype c = columnIndex(*parent, parentColumns.front()); c >= 0)
                head += QLatin1String(":c_") + QString::number(c);
        }
        const auto shape = SchemaWriterSupport::relationship(child, fk);
        QString out = QStringLiteral("    ") + tail + QLatin1String(" -> ") + head + QLatin1String(" [arrowtail=")
            + arrow(!shape.childUnique, false) + QLatin1String(", arrowhead=") + arrow(false, shape.parentRequired);
        // Non-identifying relationships are dashed, as in Mermaid's `..`.
        if (!shape.identifying)
            out += QLatin1String(", style=dashed");
        return out + QLatin1String("];\n");
    }

    // PostgreSQL namespaces as Graphviz clusters: each schema's tables and views drawn in one box.
    QString clusters(const Schema& schema, const QStringList& tableIds, const QStringList& viewIds)
    {
        QStringList namespaces;
        for (const Table& t : schema.tables)
            namespaces << t.schemaName;
        for (const View& v : schema.views)
            namespaces << v.schemaName;
        namespaces.removeDuplicates();
        namespaces.sort();
        QString out;
        for (const QString& nsp : namespaces) {
            out += QStringLiteral("\n    subgraph ") + quoted(QStringLiteral("cluster_") + nodeBase(nsp))
                + QLatin1String(" {\n    label=<") + styled(QLatin1StringView("B"), html(nsp))
                + QLatin1String(">; style=rounded; color=\"#8899aa\";\n");
            for (qsizetype i = 0; i < schema.tables.size(); ++i) {
                if (schema.tables[i].schemaName == nsp)
                    out += tableNode(schema.tables[i], tableIds[i]);
            }
            for (qsizetype i = 0; i < schema.views.size(); ++i) {
                if (schema.views[i].schemaName == nsp)
                    out += viewNode(schema.views[i], viewIds[i]);
            }
            out += QLatin1String("    }\n");
        }
        return out;
    }

} // namespace

QString DotSchemaWriter::write(const Schema& schema)
{
    QSet<QString> taken;
    QHash<QString, QString> tableIds; // lower-cased table name -> node id
    QStringList tableIdList, viewIdList;
    for (const Table& table : schema.tables) {
        tableIdList.append(SchemaWriterSupport::uniqueName(nodeBase(table.name), &taken));
        tableIds.insert(identifierKey(table.name), tableIdList.back());
    }
    for (const View& view : schema.views)
        viewIdList.append(SchemaWriterSupport::uniqueName(nodeBase(view.name), &taken));

    QString out = QStringLiteral("digraph schema {\n"
                                 "    graph [rankdir=LR, fontname=\"Helvetica\", fontsize=10];\n"
                                 "    node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];\n"
                                 "    edge [dir=both, fontname=\"Helvetica\", fontsize=9];\n");
    if (schema.dialect == Dialect::PostgreSQL) {
        out += clusters(schema, tableIdList, viewIdList);
    } else {
        if (!schema.tables.isEmpty())
            out += QLatin1Char('\n');
        for (qsizetype i = 0; i < schema.tables.size(); ++i)
            out += tableNode(schema.tables[i], tableIdList[i]);
        if (!schema.views.isEmpty())
            out += QLatin1Char('\n');
        for (qsizetype i = 0; i < schema.views.size(); ++i)
            out += viewNode(schema.views[i], viewIdList[i]);
    }
    QString edges;
    for (qsizetype i = 0; i < schema.tables.size(); ++i) {
        for (const ForeignKey& fk : schema.tables[i].foreignKeys)
            edges += edge(schema, schema.tables[i], tableIdList[i], fk, tableIds);
    }
    if (!edges.isEmpty())
        out += QLatin1Char('\n') + edges;
    return out + QLatin1String("}\n");
}

} // namespace godwit::schema
