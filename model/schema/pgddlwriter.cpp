// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgddlwriter.h"

#include "postgres/connection.h"

#include <algorithm>

namespace godwit::schema {

namespace {

    QString key(const QString& a, const QString& b) { return a + QLatin1Char('\n') + b; }

    // A statement built piece by piece, each piece remembering where its source is.
    class Builder {
    public:
        explicit Builder(TextPosition source) { at(source); }
        Builder& at(TextPosition source)
        {
            m_statement.parts.append({ m_statement.sql.size(), source });
            return *this;
        }
        Builder& operator<<(const QString& text)
        {
            m_statement.sql += text;
            return *this;
        }
        [[nodiscard]] PgDdlStatement take() { return std::move(m_statement); }

    private:
        PgDdlStatement m_statement;
    };

    class Writer {
    public:
        Writer(const Schema& schema, const PgDdlSources& sources, const postgres::Connection& quoting)
            : m_schema(schema)
            , m_sources(sources)
            , m_quoting(quoting)
        {
        }

        QList<PgDdlStatement> run();

    private:
        [[nodiscard]] QString quote(const QString& name) const { return m_quoting.quoteIdentifier(name); }
        [[nodiscard]] QString quoteList(const QStringList& names) const
        {
            QStringList quoted;
            for (const QString& name : names)
                quoted.append(quote(name));
            return quoted.join(QLatin1String(", "));
        }
        // A relation's name in the Schema is qualified unless it is in public (PgCatalogReader).
        [[nodiscard]] QString relation(const QString& schemaName, const QString& name) const
        {
            QString nsp = schemaName;
            QString bare = name;
            if (!nsp.isEmpty() && name.startsWith(nsp + QLatin1Char('.')))
                bare = name.mid(nsp.size() + 1);
            else if (nsp.isEmpty() && name.contains(QLatin1Char('.')))
                std::tie(nsp, bare)
                    = std::pair(name.section(QLatin1Char('.'), 0, 0), name.section(QLatin1Char('.'), 1));
            return nsp.isEmpty() ? quote(bare) : quote(nsp) + QLatin1Char('.') + quote(bare);
        }
        [[nodiscard]] QString tableName(const QString& name) const
        {
            const Table* table = m_schema.table(name);
            return relation(table ? table->schemaName : QString(), name);
        }
        [[nodiscard]] TextPosition tablePosition(const QString& table) const
        {
            return m_sources.tables.value(table, m_sources.fallback);
        }

        void schemas();
        void types();
        void sequences();
        void table(const Table& table);
        void columnDefinition(Builder& out, const Table& table, const Column& column) const;
        void constraints(Builder& out, const Table& table) const;
        void laterConstraints(const Table& table);
        void indexes(const Table& table);
        void views();

        const Schema& m_schema;
        const PgDdlSources& m_sources;
        const postgres::Connection& m_quoting;
        QList<PgDdlStatement> m_statements;
        QList<PgDdlStatement> m_later; // foreign keys, NOT VALID checks, indexes: after every table
    };

    void Writer::schemas()
    {
        QStringList done { QStringLiteral("public") };
        for (const Table& t : m_schema.tables) {
            if (t.schemaName.isEmpty() || done.contains(t.schemaName))
                continue;
            done.append(t.schemaName);
            Builder out(tablePosition(t.name));
            out << QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quote(t.schemaName);
            m_statements.append(out.take());
        }
    }

    void Writer::types()
    {
        for (const UserType& type : m_schema.types) {
            Builder out(m_sources.fallback);
            const QString name = relation(type.schemaName, type.name);
            if (type.kind == UserType::Kind::Enum) {
                QStringList labels;
                for (const QString& label : type.labels)
                    labels.append(QLatin1Char('\'') + QString(label).replace(QLatin1Char('\''), QLatin1String("''"))
                        + QLatin1Char('\''));
                out << QStringLiteral("CREATE TYPE %1 AS ENUM (%2)").arg(name, labels.join(QLatin1String(", ")));
            } else {
                out << QStringLiteral("CREATE DOMAIN %1 AS %2").arg(name, type.baseType);
                if (type.notNull)
                    out << QStringLiteral(" NOT NULL");
                if (!type.defaultValue.isEmpty())
                    out << QStringLiteral(" DEFAULT ") + type.defaultValue;
                for (const QString& check : type.checks)
                    out << QLatin1Char(' ') + check;
            }
            m_statements.append(out.take());
        }
    }

    void Writer::sequences()
    {
        for (const Sequence& s : m_schema.sequences) {
            Builder out(m_sources.fallback);
            out << QStringLiteral("CREATE SEQUENCE %1 AS %2 INCREMENT %3 MINVALUE %4 MAXVALUE %5 START %6%7")
                       .arg(
                           relation(s.schemaName, s.name), s.dataType.isEmpty() ? QStringLiteral("bigint") : s.dataType)
                       .arg(s.increment)
                       .arg(s.minValue)
                       .arg(s.maxValue)
                       .arg(s.start)
                       .arg(s.cycle ? QStringLiteral(" CYCLE") : QString());
            m_statements.append(out.take());
            // A serial column's sequence goes with its table (OWNED BY table.column), once the table exists.
            if (!s.ownedBy.isEmpty()) {
                Builder owned(m_sources.fallback);
                const QString table = s.ownedBy.section(QLatin1Char('.'), 0, -2);
                owned << QStringLiteral("ALTER SEQUENCE %1 OWNED BY %2.%3")
                             .arg(relation(s.schemaName, s.name), tableName(table),
                                 quote(s.ownedBy.section(QLatin1Char('.'), -1)));
                m_later.append(owned.take());
            }
        }
    }

    void Writer::columnDefinition(Builder& out, const Table& table, const Column& column) const
    {
        out.at(m_sources.columns.value(key(table.name, column.name), tablePosition(table.name)));
        out << quote(column.name) + QLatin1Char(' ') + column.declaredType;
        if (!column.collation.isEmpty())
            out << QStringLiteral(" COLLATE ") + quote(column.collation);
        if (column.identity != Identity::None) {
            out << (column.identity == Identity::Always ? QStringLiteral(" GENERATED ALWAYS AS IDENTITY")
                                                        : QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY"));
        } else if (column.isGenerated()) {
            // PostgreSQL 15 only stores generated columns.
            out << QStringLiteral(" GENERATED ALWAYS AS (%1) STORED").arg(column.generatedExpression);
        } else if (column.hasDefault) {
            out << QStringLiteral(" DEFAULT ") + column.defaultValue;
        }
        if (column.notNull)
            out << QStringLiteral(" NOT NULL");
    }

    void Writer::constraints(Builder& out, const Table& table) const
    {
        out.at(tablePosition(table.name));
        if (const QStringList pk = table.primaryKey(); !pk.isEmpty()) {
            out << QStringLiteral(",\n    ");
            const auto index = std::ranges::find(table.indexes, IndexOrigin::PrimaryKey, &Index::origin);
            if (index != table.indexes.end() && !index->name.isEmpty()
                && !index->name.startsWith(QLatin1String("sqlite_autoindex_")))
                out << QStringLiteral("CONSTRAINT ") + quote(index->name.section(QLatin1Char('.'), -1))
                        + QLatin1Char(' ');
            out << QStringLiteral("PRIMARY KEY (%1)").arg(quoteList(pk));
        }
        for (const UniqueConstraint& unique : table.uniques) {
            out << QStringLiteral(",\n    ");
            if (!unique.name.isEmpty())
                out << QStringLiteral("CONSTRAINT ") + quote(unique.name) + QLatin1Char(' ');
            out << QStringLiteral("UNIQUE (%1)").arg(quoteList(unique.columns));
        }
        for (const CheckConstraint& check : table.checks) {
            if (check.notValid)
                continue; // NOT VALID only exists in ALTER TABLE … ADD CONSTRAINT
            out << QStringLiteral(",\n    ");
            if (!check.name.isEmpty())
                out << QStringLiteral("CONSTRAINT ") + quote(check.name) + QLatin1Char(' ');
            out << QStringLiteral("CHECK (%1)").arg(check.expression);
        }
    }

    void Writer::table(const Table& table)
    {
        Builder out(tablePosition(table.name));
        out << QStringLiteral("CREATE TABLE ") + relation(table.schemaName, table.name) + QStringLiteral(" (");
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            out << (c == 0 ? QStringLiteral("\n    ") : QStringLiteral(",\n    "));
            columnDefinition(out, table, table.columns[c]);
        }
        constraints(out, table);
        out << QStringLiteral("\n)");
        m_statements.append(out.take());
        laterConstraints(table);
        indexes(table);
    }

    void Writer::laterConstraints(const Table& table)
    {
        const QString name = relation(table.schemaName, table.name);
        for (qsizetype i = 0; i < table.foreignKeys.size(); ++i) {
            const ForeignKey& fk = table.foreignKeys[i];
            Builder out(m_sources.foreignKeys.value(key(table.name, QString::number(i)), tablePosition(table.name)));
            out << QStringLiteral("ALTER TABLE ") + name + QStringLiteral(" ADD ");
            if (!fk.name.isEmpty())
                out << QStringLiteral("CONSTRAINT ") + quote(fk.name) + QLatin1Char(' ');
            out << QStringLiteral("FOREIGN KEY (%1) REFERENCES %2")
                       .arg(quoteList(fk.columns), tableName(fk.parentTable));
            // Empty parent columns stand for the parent's primary key, which is what PostgreSQL assumes without a list.
            if (std::ranges::any_of(fk.parentColumns, [](const QString& c) { return !c.isEmpty(); }))
                out << QStringLiteral(" (%1)").arg(quoteList(fk.parentColumns));
            if (fk.onDelete != ForeignKeyAction::NoAction)
                out << QStringLiteral(" ON DELETE ") + foreignKeyActionSql(fk.onDelete);
            if (fk.onUpdate != ForeignKeyAction::NoAction)
                out << QStringLiteral(" ON UPDATE ") + foreignKeyActionSql(fk.onUpdate);
            if (fk.deferrable)
                out << (fk.initiallyDeferred ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED")
                                             : QStringLiteral(" DEFERRABLE"));
            if (fk.notValid)
                out << QStringLiteral(" NOT VALID");
            m_later.append(out.take());
        }
        for (const CheckConstraint& check : table.checks) {
            if (!check.notValid)
                continue;
            Builder out(tablePosition(table.name));
            out << QStringLiteral("ALTER TABLE ") + name + QStringLiteral(" ADD ");
            if (!check.name.isEmpty())
                out << QStringLiteral("CONSTRAINT ") + quote(check.name) + QLatin1Char(' ');
            out << QStringLiteral("CHECK (%1) NOT VALID").arg(check.expression);
            m_later.append(out.take());
        }
    }

    void Writer::indexes(const Table& table)
    {
        for (const Index& index : table.indexes) {
            if (index.origin != IndexOrigin::CreateIndex)
                continue;
            Builder out(tablePosition(table.name));
            // The server's own text (pg_get_indexdef) when the diagram carries it.
            if (!index.sql.isEmpty()) {
                out << index.sql;
                m_later.append(out.take());
                continue;
            }
            QStringList parts;
            for (const IndexPart& part : index.parts) {
                QString text
                    = part.isExpression() ? QLatin1Char('(') + part.expression + QLatin1Char(')') : quote(part.column);
                if (!part.collation.isEmpty())
                    text += QStringLiteral(" COLLATE ") + quote(part.collation);
                if (part.descending)
                    text += QStringLiteral(" DESC");
                parts.append(text);
            }
            out << QStringLiteral("CREATE %1INDEX %2 ON %3")
                       .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(),
                           quote(index.name.section(QLatin1Char('.'), -1)), relation(table.schemaName, table.name));
            if (!index.method.isEmpty())
                out << QStringLiteral(" USING ") + index.method;
            out << QStringLiteral(" (%1)").arg(parts.join(QLatin1String(", ")));
            if (!index.include.isEmpty())
                out << QStringLiteral(" INCLUDE (%1)").arg(quoteList(index.include));
            if (index.isPartial())
                out << QStringLiteral(" WHERE ") + index.where;
            m_later.append(out.take());
        }
    }

    void Writer::views()
    {
        for (const View& view : m_schema.views) {
            if (view.sql.isEmpty())
                continue;
            Builder out(m_sources.views.value(view.name, m_sources.fallback));
            // A PostgreSQL view is carried as its query (pg_get_viewdef); other sources carry the statement.
            if (view.sql.trimmed().startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive)) {
                out << view.sql;
            } else {
                out << QStringLiteral("CREATE %1VIEW %2 AS ")
                           .arg(view.materialized ? QStringLiteral("MATERIALIZED ") : QString(),
                               relation(view.schemaName, view.name))
                    << view.sql;
            }
            m_statements.append(out.take());
        }
    }

    QList<PgDdlStatement> Writer::run()
    {
        schemas();
        types();
        sequences();
        for (const Table& t : m_schema.tables)
            table(t);
        m_statements += m_later;
        views();
        return m_statements;
    }

} // namespace

TextPosition PgDdlStatement::sourceAt(int position) const
{
    if (parts.isEmpty())
        return {};
    auto part = parts.begin();
    for (auto it = parts.begin(); it != parts.end() && position > 0 && it->offset <= position - 1; ++it)
        part = it;
    return part->source;
}

QList<PgDdlStatement> PgDdlWriter::write(
    const Schema& schema, const PgDdlSources& sources, const postgres::Connection& quoting)
{
    return Writer(schema, sources, quoting).run();
}

} // namespace godwit::schema
