// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablerebuild.h"

#include "ddlgenerator.h"
#include "identifier.h"
#include "sqltokenizer.h"

namespace godwit::schema {

TableRebuild::TableRebuild(Table target, QString source)
    : m_target(std::move(target))
    , m_source(std::move(source))
    , m_temporaryName(m_target.name + QStringLiteral("_godwit_new"))
{
    m_copyRowid = !m_target.withoutRowid;
    for (const auto& index : m_target.indexes) {
        if (index.origin == IndexOrigin::CreateIndex)
            m_indexes << index;
    }
}

void TableRebuild::setTemporaryName(const QString& name) { m_temporaryName = name; }

void TableRebuild::setSourceExpression(const QString& column, const QString& expression)
{
    m_expressions.insert(identifierKey(column), expression);
}

void TableRebuild::copySameNamedColumns(const Table& source)
{
    for (const auto& col : m_target.columns) {
        const Column* from = source.column(col.name);
        if (from && !from->isGenerated() && !col.isGenerated())
            setSourceExpression(col.name, quoteIdentifierIfNeeded(from->name));
    }
}

void TableRebuild::setIndexes(const QList<Index>& indexes) { m_indexes = indexes; }

QString TableRebuild::createStatement() const
{
    const QString sql = m_target.sql.isEmpty() ? DdlGenerator::createTable(m_target) : m_target.sql;
    return renameCreateStatement(sql, m_temporaryName);
}

QStringList TableRebuild::targetColumns() const
{
    QStringList targets;
    if (m_copyRowid)
        targets << QStringLiteral("rowid");
    for (const auto& col : m_target.columns) {
        if (col.isGenerated() || col.hidden || !m_expressions.contains(identifierKey(col.name)))
            continue;
        targets << quoteIdentifierIfNeeded(col.name);
    }
    return targets;
}

QStringList TableRebuild::sourceExpressions() const
{
    QStringList sources;
    if (m_copyRowid)
        sources << QStringLiteral("rowid");
    for (const auto& col : m_target.columns) {
        if (col.isGenerated() || col.hidden || !m_expressions.contains(identifierKey(col.name)))
            continue;
        sources << m_expressions.value(identifierKey(col.name));
    }
    return sources;
}

QString TableRebuild::copyStatement(const QString& where) const
{
    QString sql = QStringLiteral("INSERT INTO %1 (%2)\n    SELECT %3 FROM %4")
                      .arg(quoteIdentifierIfNeeded(m_temporaryName), targetColumns().join(QStringLiteral(", ")),
                          sourceExpressions().join(QStringLiteral(", ")), quoteIdentifierIfNeeded(m_source));
    if (!where.isEmpty())
        sql += QStringLiteral("\n    WHERE ") + where;
    return sql;
}

QStringList TableRebuild::swapStatements() const
{
    QStringList out;
    out << QStringLiteral("DROP TABLE %1").arg(quoteIdentifierIfNeeded(m_source));
    out << QStringLiteral("ALTER TABLE %1 RENAME TO %2")
               .arg(quoteIdentifierIfNeeded(m_temporaryName), quoteIdentifierIfNeeded(m_target.name));
    for (const auto& index : m_indexes)
        out << (index.sql.isEmpty() ? DdlGenerator::createIndex(index) : index.sql);
    return out;
}

QString TableRebuild::statements() const
{
    QString sql = statement(createStatement()) + statement(copyStatement());
    for (const QString& s : swapStatements())
        sql += statement(s);
    return sql;
}

QString TableRebuild::script(const QStringList& dropDependents, const QStringList& recreateDependents) const
{
    // Foreign keys must be off before the transaction starts (the pragma is a no-op inside
    // one): with them on, DROP TABLE would cascade into or fail on the child tables.
    QString sql = QStringLiteral("PRAGMA foreign_keys = OFF;\nBEGIN;\n");
    for (const QString& s : dropDependents)
        sql += statement(s);
    sql += statements();
    for (const QString& s : recreateDependents)
        sql += statement(s);
    sql += DdlGenerator::foreignKeyGuard() + QStringLiteral("COMMIT;\nPRAGMA foreign_keys = ON;\n");
    return sql;
}

QString TableRebuild::renameCreateStatement(const QString& createSql, const QString& newName)
{
    // CREATE [TEMP] TABLE|VIEW|INDEX|TRIGGER [IF NOT EXISTS] [schema.]name ...
    const QList<SqlToken> tokens = SqlTokenizer::significantTokens(createSql);
    qsizetype i = 0;
    while (i < tokens.size()
        && !(tokens[i].is(QLatin1StringView("TABLE")) || tokens[i].is(QLatin1StringView("VIEW"))
            || tokens[i].is(QLatin1StringView("INDEX")) || tokens[i].is(QLatin1StringView("TRIGGER"))))
        ++i;
    ++i;
    if (i + 2 < tokens.size() && tokens[i].is(QLatin1StringView("IF")))
        i += 3;
    if (i + 2 < tokens.size() && tokens[i + 1].isPunct(QLatin1Char('.')))
        i += 2;
    if (i >= tokens.size())
        return createSql;
    QString out = createSql;
    return out.replace(tokens[i].offset, tokens[i].length, quoteIdentifierIfNeeded(newName));
}

QString TableRebuild::appendColumns(const QString& createSql, const QStringList& columnDefinitions)
{
    if (columnDefinitions.isEmpty())
        return createSql;
    // SQLite writes an added column where the column list ends: before the first table
    // constraint, or else before the closing parenthesis (sqlite3EndTable's addColOffset).
    const auto tokens = SqlTokenizer::significantTokens(createSql);
    int depth = 0;
    qsizetype close = -1;
    for (qsizetype i = 0; i < tokens.size() && close < 0; ++i) {
        const auto& t = tokens[i];
        if (t.isPunct(QLatin1Char('('))) {
            ++depth;
        } else if (t.isPunct(QLatin1Char(')')) && --depth == 0) {
            close = t.offset;
        } else if (depth == 1 && t.isPunct(QLatin1Char(',')) && i + 1 < tokens.size()) {
            const auto& next = tokens[i + 1];
            for (const char* keyword : { "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN" }) {
                if (next.kind == SqlToken::Kind::Word && next.is(QLatin1StringView(keyword)))
                    close = t.offset;
            }
        }
    }
    if (close < 0)
        return createSql;
    QString out = createSql;
    out.insert(close, QStringLiteral(", ") + columnDefinitions.join(QStringLiteral(", ")));
    return out;
}

QString TableRebuild::statement(const QString& sql)
{
    QString s = sql.trimmed();
    if (!s.endsWith(QLatin1Char(';')))
        s += QLatin1Char(';');
    return s + QLatin1Char('\n');
}

} // namespace godwit::schema
