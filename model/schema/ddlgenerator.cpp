// SPDX-License-Identifier: GPL-3.0-or-later
#include "ddlgenerator.h"

#include "identifier.h"

#include <QRegularExpression>

namespace godwit::schema {

namespace {

    QString nameList(const QStringList& names)
    {
        QStringList quoted;
        for (const QString& n : names)
            quoted << quoteIdentifierIfNeeded(n);
        return quoted.join(QStringLiteral(", "));
    }

} // namespace

QString DdlGenerator::columnDefinition(const Column& c) { return columnDefinition(c, QString()); }

QString DdlGenerator::columnDefinition(const Column& c, const QString& primaryKeyClause)
{
    QString sql = quoteIdentifierIfNeeded(c.name);
    if (!c.declaredType.isEmpty())
        sql += QLatin1Char(' ') + c.declaredType;
    sql += primaryKeyClause;
    if (c.notNull)
        sql += QStringLiteral(" NOT NULL");
    if (c.hasDefault) {
        // A bare literal or signed number may stand alone; anything else needs parentheses.
        const QString d = c.defaultValue.trimmed();
        static const QRegularExpression literal(
            QStringLiteral(
                R"(^([-+]?[0-9.]+([eE][-+]?[0-9]+)?|'([^']|'')*'|NULL|TRUE|FALSE|CURRENT_(TIME|DATE|TIMESTAMP)|[xX]'[0-9a-fA-F]*'|\(.*\))$)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        sql += QStringLiteral(" DEFAULT ")
            + (literal.match(d).hasMatch() ? d : QLatin1Char('(') + d + QLatin1Char(')'));
    }
    if (!c.collation.isEmpty())
        sql += QStringLiteral(" COLLATE ") + quoteIdentifierIfNeeded(c.collation);
    if (c.isGenerated()) {
        sql += QStringLiteral(" GENERATED ALWAYS AS (") + c.generatedExpression + QLatin1Char(')');
        sql += c.generated == Generated::Stored ? QStringLiteral(" STORED") : QStringLiteral(" VIRTUAL");
    }
    return sql;
}

QString DdlGenerator::foreignKeyClause(const ForeignKey& fk)
{
    QString sql = QStringLiteral("FOREIGN KEY (%1) REFERENCES %2")
                      .arg(nameList(fk.columns), quoteIdentifierIfNeeded(fk.parentTable));
    QStringList parents;
    for (const QString& p : fk.parentColumns) {
        if (!p.isEmpty())
            parents << p;
    }
    if (!parents.isEmpty())
        sql += QStringLiteral(" (%1)").arg(nameList(parents));
    if (fk.onDelete != ForeignKeyAction::NoAction)
        sql += QStringLiteral(" ON DELETE ") + foreignKeyActionSql(fk.onDelete);
    if (fk.onUpdate != ForeignKeyAction::NoAction)
        sql += QStringLiteral(" ON UPDATE ") + foreignKeyActionSql(fk.onUpdate);
    if (fk.deferrable)
        sql += fk.initiallyDeferred ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QStringLiteral(" DEFERRABLE");
    return sql;
}

QString DdlGenerator::createTable(const Table& t, const QString& nameOverride)
{
    QStringList lines;
    const QStringList pk = t.primaryKey();
    // A single INTEGER PRIMARY KEY stays a column constraint: that is what makes it the rowid alias.
    const bool inlinePk = pk.size() == 1;
    for (const Column& c : t.columns) {
        if (c.hidden)
            continue;
        QString pkClause;
        if (inlinePk && c.isPrimaryKey())
            pkClause = c.autoIncrement ? QStringLiteral(" PRIMARY KEY AUTOINCREMENT") : QStringLiteral(" PRIMARY KEY");
        lines << columnDefinition(c, pkClause);
    }
    if (pk.size() > 1)
        lines << QStringLiteral("PRIMARY KEY (%1)").arg(nameList(pk));
    for (const UniqueConstraint& u : t.uniques) {
        const QString prefix
            = u.name.isEmpty() ? QString() : QStringLiteral("CONSTRAINT %1 ").arg(quoteIdentifierIfNeeded(u.name));
        lines << prefix + QStringLiteral("UNIQUE (%1)").arg(nameList(u.columns));
    }
    for (const CheckConstraint& c : t.checks) {
        const QString prefix
            = c.name.isEmpty() ? QString() : QStringLiteral("CONSTRAINT %1 ").arg(quoteIdentifierIfNeeded(c.name));
        lines << prefix + QStringLiteral("CHECK (%1)").arg(c.expression);
    }
    for (const ForeignKey& fk : t.foreignKeys)
        lines << foreignKeyClause(fk);

    QString sql = QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                      .arg(quoteIdentifierIfNeeded(nameOverride.isEmpty() ? t.name : nameOverride),
                          lines.join(QStringLiteral(",\n    ")));
    QStringList options;
    if (t.withoutRowid)
        options << QStringLiteral("WITHOUT ROWID");
    if (t.strict)
        options << QStringLiteral("STRICT");
    if (!options.isEmpty())
        sql += QLatin1Char(' ') + options.join(QStringLiteral(", "));
    return sql;
}

QString DdlGenerator::indexParts(const Index& index)
{
    QStringList parts;
    for (const IndexPart& p : index.parts) {
        QString part = p.isExpression() ? p.expression : quoteIdentifierIfNeeded(p.column);
        if (!p.collation.isEmpty())
            part += QStringLiteral(" COLLATE ") + quoteIdentifierIfNeeded(p.collation);
        if (p.descending)
            part += QStringLiteral(" DESC");
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QString DdlGenerator::createIndex(const Index& index)
{
    QString sql = QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                      .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), quoteIdentifierIfNeeded(index.name),
                          quoteIdentifierIfNeeded(index.table), indexParts(index));
    if (index.isPartial())
        sql += QStringLiteral(" WHERE ") + index.where;
    return sql;
}

QString DdlGenerator::foreignKeyGuard()
{
    // A CHECK constraint is the one plain-SQL way to make sqlite3_step fail on a condition
    // (raise() works only in triggers); its name is the error message: "CHECK constraint
    // failed: foreign_key_violations_found". The temp table leaves the schema as it was.
    return QStringLiteral(
        "-- Stops the script when a row violates a foreign key (step 10 of the 12-step rebuild): the\n"
        "-- guard's CHECK fails, nothing is committed, and PRAGMA foreign_key_check lists the rows.\n"
        "CREATE TEMP TABLE IF NOT EXISTS godwit_foreign_key_guard (\n"
        "    ok INTEGER CONSTRAINT foreign_key_violations_found CHECK (ok)\n"
        ");\n"
        "INSERT INTO temp.godwit_foreign_key_guard SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check);\n"
        "DROP TABLE temp.godwit_foreign_key_guard;\n");
}

} // namespace godwit::schema
