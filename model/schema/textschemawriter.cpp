// SPDX-License-Identifier: GPL-3.0-or-later
#include "textschemawriter.h"

#include "schemawritersupport.h"
#include "sqlite/identifier.h"

#include <algorithm>

namespace godwit::schema {

using sqlite::quoteIdentifierIfNeeded;

namespace {

    QString name(QStringView identifier) { return quoteIdentifierIfNeeded(identifier); }

    QString nameList(const QStringList& names)
    {
        QStringList quoted;
        for (const QString& n : names)
            quoted.append(name(n));
        return quoted.join(QLatin1String(", "));
    }

    QString plural(qint64 n, QLatin1StringView singular, QLatin1StringView many)
    {
        return QString::number(n) + QLatin1Char(' ') + (n == 1 ? singular : many);
    }

    QString tableHeader(const Table& table)
    {
        QString out = QStringLiteral("table ") + name(table.name) + QLatin1String(" (")
            + plural(table.columns.size(), QLatin1StringView("column"), QLatin1StringView("columns"));
        if (table.rowCount) {
            // An estimate (sqlite_stat1 or max(rowid)) is marked so nobody quotes it as a count.
            out += QLatin1String(", ") + (table.rowCount->exact ? QString() : QStringLiteral("~"))
                + plural(table.rowCount->value, QLatin1StringView("row"), QLatin1StringView("rows"));
        }
        out += QLatin1Char(')');
        if (table.strict)
            out += QLatin1String(" STRICT");
        if (table.withoutRowid)
            out += QLatin1String(" WITHOUT ROWID");
        if (table.isVirtual)
            out += QLatin1String(" VIRTUAL");
        return out;
    }

    QString columnDetails(const Column& column)
    {
        QStringList details;
        if (column.hasDefault)
            details.append(QStringLiteral("DEFAULT ") + SchemaWriterSupport::oneLine(column.defaultValue));
        if (!column.collation.isEmpty())
            details.append(QStringLiteral("COLLATE ") + column.collation);
        if (column.isGenerated()) {
            details.append(QStringLiteral("GENERATED ALWAYS AS (")
                + SchemaWriterSupport::oneLine(column.generatedExpression)
                + (column.generated == Generated::Stored ? QLatin1String(") STORED") : QLatin1String(") VIRTUAL")));
        }
        if (column.autoIncrement)
            details.append(QStringLiteral("AUTOINCREMENT"));
        if (column.hidden)
            details.append(QStringLiteral("HIDDEN"));
        return details.join(QLatin1Char(' '));
    }

    // Pads every field to its column's width; a field that is empty in every row takes no space.
    QStringList alignRows(const QList<QStringList>& rows, QStringView indent)
    {
        QList<qsizetype> widths;
        for (const QStringList& row : rows) {
            widths.resize(std::max(widths.size(), row.size()));
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], row[i].size());
        }
        QStringList lines;
        for (const QStringList& row : rows) {
            QString line = indent.toString();
            bool first = true;
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (widths[i] == 0)
                    continue;
                if (!first)
                    line += QLatin1String("  ");
                first = false;
                line += row[i].leftJustified(widths[i]);
            }
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            lines.append(line);
        }
        return lines;
    }

    QString indexPart(const IndexPart& part)
    {
        QString out = part.isExpression() ? SchemaWriterSupport::oneLine(part.expression) : name(part.column);
        if (!part.collation.isEmpty())
            out += QLatin1String(" COLLATE ") + part.collation;
        if (part.descending)
            out += QLatin1String(" DESC");
        return out;
    }

    QString indexLine(const Index& index)
    {
        QStringList parts;
        for (const IndexPart& part : index.parts)
            parts.append(indexPart(part));
        QString out = name(index.name) + (index.unique ? QLatin1String(" UNIQUE (") : QLatin1String(" ("))
            + parts.join(QLatin1String(", ")) + QLatin1Char(')');
        if (index.isPartial())
            out += QLatin1String(" WHERE ") + SchemaWriterSupport::oneLine(index.where);
        if (index.origin == IndexOrigin::PrimaryKey)
            out += QLatin1String(" [primary key]");
        else if (index.origin == IndexOrigin::Unique)
            out += QLatin1String(" [unique constraint]");
        return out;
    }

    QString foreignKeyLine(const Schema& schema, const ForeignKey& fk)
    {
        QString out = QLatin1Char('(') + nameList(fk.columns) + QLatin1String(") -> ") + name(fk.parentTable);
        if (const QStringList parents = SchemaWriterSupport::parentColumns(schema, fk); !parents.isEmpty())
            out += QLatin1Char('(') + nameList(parents) + QLatin1Char(')');
        if (fk.onDelete != ForeignKeyAction::NoAction)
            out += QLatin1String(" ON DELETE ") + foreignKeyActionSql(fk.onDelete);
        if (fk.onUpdate != ForeignKeyAction::NoAction)
            out += QLatin1String(" ON UPDATE ") + foreignKeyActionSql(fk.onUpdate);
        if (fk.deferrable)
            out += fk.initiallyDeferred ? QLatin1String(" DEFERRABLE INITIALLY DEFERRED")
                                        : QLatin1String(" DEFERRABLE");
        return out;
    }

    QString checkLine(const CheckConstraint& check)
    {
        QString out;
        if (!check.name.isEmpty())
            out += QLatin1String("CONSTRAINT ") + name(check.name) + QLatin1Char(' ');
        out += QLatin1String("CHECK (") + SchemaWriterSupport::oneLine(check.expression) + QLatin1Char(')');
        if (!check.column.isEmpty())
            out += QLatin1String(" [column ") + name(check.column) + QLatin1Char(']');
        return out;
    }

    void appendSection(QStringList* lines, QLatin1StringView title, const QStringList& entries)
    {
        if (entries.isEmpty())
            return;
        lines->append(QStringLiteral("  ") + title + QLatin1Char(':'));
        for (const QString& entry : entries)
            lines->append(QStringLiteral("    ") + entry);
    }

    QStringList tableLines(const Schema& schema, const Table& table)
    {
        QStringList lines { tableHeader(table) };
        QList<QStringList> rows;
        for (const Column& column : table.columns) {
            rows.append({ name(column.name), column.declaredType,
                SchemaWriterSupport::columnMarkers(table, column).join(QLatin1Char(' ')), columnDetails(column) });
        }
        lines += alignRows(rows, u"  ");

        QStringList entries;
        for (const Index& index : table.indexes)
            entries.append(indexLine(index));
        appendSection(&lines, QLatin1StringView("indexes"), entries);
        entries.clear();
        for (const ForeignKey& fk : table.foreignKeys)
            entries.append(foreignKeyLine(schema, fk));
        appendSection(&lines, QLatin1StringView("foreign keys"), entries);
        entries.clear();
        for (const CheckConstraint& check : table.checks)
            entries.append(checkLine(check));
        appendSection(&lines, QLatin1StringView("checks"), entries);
        return lines;
    }

    QString triggerLine(const Trigger& trigger)
    {
        QString out = QStringLiteral("trigger ") + name(trigger.name) + QLatin1Char(' ')
            + triggerTimingSql(trigger.timing) + QLatin1Char(' ') + triggerEventSql(trigger.event);
        if (!trigger.updateOf.isEmpty())
            out += QLatin1String(" OF ") + nameList(trigger.updateOf);
        return out + QLatin1String(" ON ") + name(trigger.table);
    }

} // namespace

QString TextSchemaWriter::write(const Schema& schema)
{
    QList<QStringList> blocks;
    for (const Table& table : schema.tables)
        blocks.append(tableLines(schema, table));
    QStringList views;
    for (const View& view : schema.views)
        views.append(QStringLiteral("view ") + name(view.name) + QLatin1String(" (") + nameList(view.columns)
            + QLatin1Char(')'));
    if (!views.isEmpty())
        blocks.append(views);
    QStringList triggers;
    for (const Trigger& trigger : schema.triggers)
        triggers.append(triggerLine(trigger));
    if (!triggers.isEmpty())
        blocks.append(triggers);

    QString out;
    for (const QStringList& block : blocks) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        for (const QString& line : block)
            out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace godwit::schema
