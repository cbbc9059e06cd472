// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgreslinter.h"

#include "diff/postgresclassifier.h"
#include "plan/sqlscript.h"
#include "postgres/connection.h"
#include "schema/pgcatalogreader.h"

#include <algorithm>

#include <QRegularExpression>
#include <QSet>

namespace godwit::lint {

using plan::ScriptStatement;
using schema::SqlToken;

namespace {

    using Tokens = QList<SqlToken>;

    LintFinding finding(const char* code, const QString& message, const QString& file, const ScriptStatement& s)
    {
        LintFinding f;
        f.code = QString::fromLatin1(code);
        f.severity = LintRule::find(f.code)->severity;
        f.message = message;
        f.file = file;
        f.line = s.line;
        f.column = s.column;
        return f;
    }

    // The source text from token `from` to token `to` (inclusive).
    QString textOf(const ScriptStatement& s, qsizetype from, qsizetype to)
    {
        if (from > to || to >= s.tokens.size())
            return {};
        const qsizetype start = s.tokens[from].offset;
        return s.text.mid(start, s.tokens[to].offset + s.tokens[to].length - start).trimmed();
    }

    // A possibly qualified name at `i` (name or schema.name), as Schema names it; `i` moves past it.
    QString nameAt(const Tokens& t, qsizetype& i)
    {
        if (i >= t.size())
            return {};
        QString first = t[i].identifier();
        ++i;
        if (i + 1 < t.size() && t[i].isPunct(QLatin1Char('.'))) {
            const QString second = t[i + 1].identifier();
            i += 2;
            return schema::PgCatalogReader::qualifiedName(first, second);
        }
        return first;
    }

    // Index of the token after the parenthesised group that starts at `i` (which must be '(').
    qsizetype skipGroup(const Tokens& t, qsizetype i)
    {
        int depth = 0;
        for (; i < t.size(); ++i) {
            if (t[i].isPunct(QLatin1Char('(')))
                ++depth;
            else if (t[i].isPunct(QLatin1Char(')')) && --depth == 0)
                return i + 1;
        }
        return i;
    }

    QStringList namesIn(const Tokens& t, qsizetype open, qsizetype close)
    {
        QStringList out;
        for (qsizetype k = open + 1; k < close; ++k) {
            if (t[k].isName())
                out << t[k].identifier();
        }
        return out;
    }

    bool contains(const Tokens& t, qsizetype from, qsizetype to, QLatin1StringView a, QLatin1StringView b = {})
    {
        for (qsizetype k = from; k < to; ++k) {
            if (t[k].is(a) && (b.isEmpty() || (k + 1 < to && t[k + 1].is(b))))
                return true;
        }
        return false;
    }

    class Checker {
    public:
        Checker(const postgres::Connection& connection, const schema::Schema& schema, LintReport& report)
            : m_connection(connection)
            , m_schema(schema)
            , m_report(report)
        {
        }

        void file(const QString& file, const QList<ScriptStatement>& statements)
        {
            m_file = file;
            m_inTransaction = false;
            m_lockTimeout = false;
            for (const ScriptStatement& s : statements)
                statement(s);
        }

    private:
        void add(LintFinding f, const ScriptStatement& s)
        {
            (s.ignored.contains(f.code) ? m_report.suppressed : m_report.findings).append(std::move(f));
        }

        bool existing(const QString& table) const { return m_schema.table(table) && !m_created.contains(table); }

        // Rows a read-only query counts; -1 when the query fails (the statement is then left to the
        // server). A savepoint keeps a failed check from aborting the transaction the others need.
        qint64 count(const QString& sql)
        {
            if (!m_connection.execute(QStringLiteral("SAVEPOINT godwit_check")))
                return -1;
            auto rows = m_connection.query(sql);
            (void)m_connection.execute(rows ? QStringLiteral("RELEASE SAVEPOINT godwit_check")
                                            : QStringLiteral("ROLLBACK TO SAVEPOINT godwit_check"));
            return rows && rows->rowCount() == 1 ? rows->integer(0, 0) : -1;
        }

        void dataFinding(const char* code, qint64 rows, const QString& what, const ScriptStatement& s)
        {
            if (rows <= 0)
                return;
            LintFinding f = finding(code, QStringLiteral("%1 (%2 rows)").arg(what).arg(rows), m_file, s);
            f.count = rows;
            add(f, s);
        }

        QString quoted(const QString& qualified) const
        {
            const qsizetype dot = qualified.indexOf(QLatin1Char('.'));
            return dot < 0 ? m_connection.quoteIdentifier(qualified)
                           : m_connection.quoteIdentifier(qualified.left(dot)) + QLatin1Char('.')
                    + m_connection.quoteIdentifier(qualified.mid(dot + 1));
        }

        void accessExclusive(const QString& table, const ScriptStatement& s)
        {
            if (!m_lockTimeout && existing(table))
                add(finding("GW207", QStringLiteral("takes ACCESS EXCLUSIVE on %1 with no lock_timeout set").arg(table),
                        m_file, s),
                    s);
        }

        void statement(const ScriptStatement& s)
        {
            const Tokens& t = s.tokens;
            if (s.startsWith({ "BEGIN" }) || s.startsWith({ "START", "TRANSACTION" }))
                m_inTransaction = true;
            else if (s.startsWith({ "COMMIT" }) || s.startsWith({ "END" }) || s.startsWith({ "ROLLBACK" }))
                m_inTransaction = false;
            else if (s.startsWith({ "SET", "lock_timeout" }) || s.startsWith({ "SET", "LOCAL", "lock_timeout" }))
                m_lockTimeout = true;
            else if (s.startsWith({ "RESET", "lock_timeout" }) || s.startsWith({ "RESET", "ALL" }))
                m_lockTimeout = false;
            else if (s.startsWith({ "CREATE", "TABLE" })) {
                qsizetype i = 2;
                if (contains(t, 2, std::min<qsizetype>(5, t.size()), QLatin1StringView("IF")))
                    i += 3;
                m_created.insert(nameAt(t, i));
            } else if (s.startsWith({ "CREATE", "INDEX" }) || s.startsWith({ "CREATE", "UNIQUE", "INDEX" }))
                createIndex(s);
            else if (s.startsWith({ "DROP", "INDEX", "CONCURRENTLY" }) && m_inTransaction)
                add(finding("GW202", QStringLiteral("DROP INDEX CONCURRENTLY cannot run inside a transaction block"),
                        m_file, s),
                    s);
            else if (s.startsWith({ "DROP", "TABLE" })) {
                qsizetype i = 2;
                if (i < t.size() && t[i].is(QLatin1StringView("IF")))
                    i += 2;
                const QString table = nameAt(t, i);
                if (existing(table)) {
                    add(finding("GW001", QStringLiteral("drops table %1 and all its rows").arg(table), m_file, s), s);
                    accessExclusive(table, s);
                }
            } else if (s.startsWith({ "ALTER", "TABLE" }))
                alterTable(s);
        }

        void createIndex(const ScriptStatement& s)
        {
            const Tokens& t = s.tokens;
            const bool unique = t.size() > 1 && t[1].is(QLatin1StringView("UNIQUE"));
            const bool concurrently
                = contains(t, 0, std::min<qsizetype>(4, t.size()), QLatin1StringView("CONCURRENTLY"));
            qsizetype i
                = std::ranges::find_if(t, [](const SqlToken& k) { return k.is(QLatin1StringView("ON")); }) - t.begin();
            if (i >= t.size())
                return;
            ++i;
            if (i < t.size() && t[i].is(QLatin1StringView("ONLY")))
                ++i;
            const QString table = nameAt(t, i);
            if (concurrently && m_inTransaction)
                add(finding("GW202", QStringLiteral("CREATE INDEX CONCURRENTLY cannot run inside a transaction block"),
                        m_file, s),
                    s);
            if (!existing(table))
                return;
            if (!concurrently)
                add(finding("GW201",
                        QStringLiteral("CREATE INDEX on %1 blocks its writes for the whole build").arg(table), m_file,
                        s),
                    s);
            while (i < t.size() && !t[i].isPunct(QLatin1Char('(')))
                ++i;
            const qsizetype close = skipGroup(t, i) - 1;
            if (unique && close > i) {
                const QString columns = textOf(s, i + 1, close - 1);
                dataFinding("GW102",
                    count(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 GROUP BY %2 HAVING count(*) > 1) d")
                              .arg(quoted(table), columns)),
                    QStringLiteral("duplicate values of (%1) in %2").arg(columns, table), s);
            }
        }

        void alterTable(const ScriptStatement& s)
        {
            const Tokens& t = s.tokens;
            qsizetype i = 2;
            if (i < t.size() && t[i].is(QLatin1StringView("IF")))
                i += 2;
            if (i < t.size() && t[i].is(QLatin1StringView("ONLY")))
                ++i;
            const QString table = nameAt(t, i);
            // Actions are separated by commas outside parentheses.
            qsizetype start = i;
            int depth = 0;
            bool exclusive = false;
            for (qsizetype k = i; k <= t.size(); ++k) {
                if (k < t.size() && t[k].isPunct(QLatin1Char('(')))
                    ++depth;
                else if (k < t.size() && t[k].isPunct(QLatin1Char(')')))
                    --depth;
                if (k == t.size()
                    || (depth == 0 && (t[k].isPunct(QLatin1Char(',')) || t[k].isPunct(QLatin1Char(';'))))) {
                    exclusive = action(s, table, start, k) || exclusive;
                    start = k + 1;
                }
            }
            if (exclusive)
                accessExclusive(table, s);
        }

        // One ALTER TABLE action in tokens [from, to); true when it takes ACCESS EXCLUSIVE.
        bool action(const ScriptStatement& s, const QString& table, qsizetype from, qsizetype to)
        {
            const Tokens& t = s.tokens;
            if (from >= to)
                return false;
            const schema::Table* current = m_schema.table(table);
            const bool exists = existing(table);
            auto word = [&](qsizetype k, const char* w) { return k < to && t[k].is(QLatin1StringView(w)); };
            if (word(from, "VALIDATE"))
                return false; // SHARE UPDATE EXCLUSIVE
            if (word(from, "RENAME")) {
                if (exists)
                    add(finding("GW003",
                            QStringLiteral("renames %1 in %2: readers and writers that use the old name fail")
                                .arg(textOf(s, from + 1, to - 1), table),
                            m_file, s),
                        s);
                return true;
            }
            if (word(from, "DROP") && !word(from + 1, "CONSTRAINT") && !word(from + 1, "DEFAULT")
                && !word(from + 1, "NOT")) {
                qsizetype k = from + 1 + (word(from + 1, "COLUMN") ? 1 : 0);
                if (word(k, "IF"))
                    k += 2;
                const QString column = k < to ? t[k].identifier() : QString();
                if (!exists || !current || !current->column(column))
                    return true;
                add(finding("GW002", QStringLiteral("drops column %1.%2 and its data").arg(table, column), m_file, s),
                    s);
                for (const schema::View& v : m_schema.views) {
                    static const QString boundary = QStringLiteral("\\b%1\\b");
                    if (v.sql.contains(QRegularExpression(boundary.arg(QRegularExpression::escape(column))))
                        && v.sql.contains(QRegularExpression(
                            boundary.arg(QRegularExpression::escape(table.section(QLatin1Char('.'), -1))))))
                        add(finding(
                                "GW209", QStringLiteral("view %1 uses %2.%3").arg(v.name, table, column), m_file, s),
                            s);
                }
                return true;
            }
            if (word(from, "ALTER")) {
                const qsizetype k = from + 1 + (word(from + 1, "COLUMN") ? 1 : 0);
                const QString column = k < to ? t[k].identifier() : QString();
                if (word(k + 1, "SET") && word(k + 2, "NOT") && word(k + 3, "NULL"))
                    setNotNull(s, table, column);
                const qsizetype type = word(k + 1, "TYPE")                               ? k + 2
                    : (word(k + 1, "SET") && word(k + 2, "DATA") && word(k + 3, "TYPE")) ? k + 4
                                                                                         : -1;
                if (type > 0 && exists && current && current->column(column)) {
                    qsizetype end = type;
                    while (
                        end < to && !t[end].is(QLatin1StringView("USING")) && !t[end].is(QLatin1StringView("COLLATE")))
                        ++end;
                    const QString newType = textOf(s, type, end - 1);
                    const QString oldType = current->column(column)->declaredType;
                    if (!diff::PostgresClassifier::isBinaryCoercible(oldType, newType))
                        add(finding("GW205",
                                QStringLiteral("%1.%2 changes type %3 → %4: the table is rewritten")
                                    .arg(table, column, oldType, newType),
                                m_file, s),
                            s);
                }
                return true;
            }
            if (word(from, "ADD")) {
                qsizetype k = from + 1;
                QString constraint;
                if (word(k, "CONSTRAINT")) {
                    constraint = k + 1 < to ? t[k + 1].identifier() : QString();
                    k += 2;
                }
                const bool notValid = contains(t, k, to, QLatin1StringView("NOT"), QLatin1StringView("VALID"));
                if (word(k, "CHECK") || word(k, "FOREIGN")) {
                    const bool fk = word(k, "FOREIGN");
                    if (exists && !notValid)
                        add(finding("GW203",
                                QStringLiteral("%1 on %2 is checked against every row under lock; add it NOT VALID")
                                    .arg(fk ? QStringLiteral("FOREIGN KEY") : QStringLiteral("CHECK"), table),
                                m_file, s),
                            s);
                    if (exists)
                        fk ? foreignKeyData(s, table, k, to) : checkData(s, table, k);
                    return !fk;
                }
                if (word(k, "UNIQUE") || word(k, "PRIMARY")) {
                    const qsizetype open = word(k, "UNIQUE") ? k + 1 : k + 2;
                    if (exists && open < to && t[open].isPunct(QLatin1Char('('))) {
                        const QString columns = textOf(s, open + 1, skipGroup(t, open) - 2);
                        dataFinding("GW102",
                            count(QStringLiteral(
                                "SELECT count(*) FROM (SELECT 1 FROM %1 GROUP BY %2 HAVING count(*) > 1) d")
                                      .arg(quoted(table), columns)),
                            QStringLiteral("duplicate values of (%1) in %2").arg(columns, table), s);
                    }
                    return true;
                }
                addColumn(s, table, word(k, "COLUMN") ? k + 1 : k, to);
                return true;
            }
            return true; // ALTER TABLE takes ACCESS EXCLUSIVE unless a form says otherwise
        }

        void setNotNull(const ScriptStatement& s, const QString& table, const QString& column)
        {
            const schema::Table* current = m_schema.table(table);
            if (!existing(table) || !current)
                return;
            const QRegularExpression proof(
                QStringLiteral("^\\(*\"?%1\"?\\s+IS\\s+NOT\\s+NULL\\)*$").arg(QRegularExpression::escape(column)),
                QRegularExpression::CaseInsensitiveOption);
            const bool proven = std::ranges::any_of(current->checks, [&](const schema::CheckConstraint& c) {
                return !c.notValid && proof.match(c.expression.trimmed()).hasMatch();
            });
            if (!proven)
                add(finding("GW204",
                        QStringLiteral("SET NOT NULL on %1.%2 scans the table under ACCESS EXCLUSIVE")
                            .arg(table, column),
                        m_file, s),
                    s);
            dataFinding("GW101",
                count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL")
                          .arg(quoted(table), m_connection.quoteIdentifier(column))),
                QStringLiteral("%1.%2 becomes NOT NULL but holds NULLs").arg(table, column), s);
        }

        void checkData(const ScriptStatement& s, const QString& table, qsizetype check)
        {
            const Tokens& t = s.tokens;
            const qsizetype open = check + 1;
            if (open >= t.size() || !t[open].isPunct(QLatin1Char('(')))
                return;
            const QString expression = textOf(s, open + 1, skipGroup(t, open) - 2);
            dataFinding("GW104",
                count(QStringLiteral("SELECT count(*) FROM %1 WHERE NOT (%2)").arg(quoted(table), expression)),
                QStringLiteral("rows of %1 fail CHECK (%2)").arg(table, expression), s);
        }

        void foreignKeyData(const ScriptStatement& s, const QString& table, qsizetype k, qsizetype to)
        {
            const Tokens& t = s.tokens;
            qsizetype open = k + 2; // FOREIGN KEY (
            if (open >= to || !t[open].isPunct(QLatin1Char('(')))
                return;
            qsizetype close = skipGroup(t, open) - 1;
            const QStringList columns = namesIn(t, open, close);
            qsizetype r = close + 1;
            if (r >= to || !t[r].is(QLatin1StringView("REFERENCES")))
                return;
            ++r;
            const QString parent = nameAt(t, r);
            QStringList parentColumns;
            if (r < to && t[r].isPunct(QLatin1Char('(')))
                parentColumns = namesIn(t, r, skipGroup(t, r) - 1);
            else if (const schema::Table* p = m_schema.table(parent))
                parentColumns = p->primaryKey();
            if (parentColumns.size() != columns.size() || columns.isEmpty())
                return;
            QStringList match, notNull;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                match << QStringLiteral("p.%1 = c.%2")
                             .arg(m_connection.quoteIdentifier(parentColumns[c]),
                                 m_connection.quoteIdentifier(columns[c]));
                notNull << QStringLiteral("c.%1 IS NOT NULL").arg(m_connection.quoteIdentifier(columns[c]));
            }
            dataFinding("GW103",
                count(QStringLiteral("SELECT count(*) FROM %1 c WHERE %2 AND NOT EXISTS (SELECT 1 FROM %3 p WHERE %4)")
                          .arg(quoted(table), notNull.join(QStringLiteral(" AND ")), quoted(parent),
                              match.join(QStringLiteral(" AND ")))),
                QStringLiteral("rows of %1 reference missing %2 rows").arg(table, parent), s);
        }

        void addColumn(const ScriptStatement& s, const QString& table, qsizetype k, qsizetype to)
        {
            const Tokens& t = s.tokens;
            if (!existing(table))
                return;
            const QString column = k < to ? t[k].identifier() : QString();
            for (qsizetype d = k; d < to; ++d) {
                if (!t[d].is(QLatin1StringView("DEFAULT")))
                    continue;
                // Every function the default calls, looked up on the server: volatile ones force a rewrite.
                for (qsizetype f = d + 1; f + 1 < to; ++f) {
                    if (t[f].kind != SqlToken::Kind::Word || !t[f + 1].isPunct(QLatin1Char('(')))
                        continue;
                    auto volatileRows = m_connection.query(
                        QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = lower($1) AND provolatile = 'v'"),
                        { t[f].text });
                    if (volatileRows && volatileRows->integer(0, 0) > 0) {
                        add(finding("GW206",
                                QStringLiteral("%1.%2 gets a volatile default (%3()): the table is rewritten")
                                    .arg(table, column, t[f].text),
                                m_file, s),
                            s);
                        return;
                    }
                }
            }
        }

        const postgres::Connection& m_connection;
        const schema::Schema& m_schema;
        LintReport& m_report;
        QString m_file;
        QSet<QString> m_created;
        bool m_inTransaction = false;
        bool m_lockTimeout = false;
    };

} // namespace

Result<LintReport> PostgresLinter::lintScripts(
    const QList<std::pair<QString, QString>>& scripts, const LintOptions& options)
{
    auto connection = postgres::Connection::open(options.database);
    if (!connection)
        return std::unexpected(connection.error());
    auto schema = schema::PgCatalogReader::read(*connection);
    if (!schema)
        return std::unexpected(schema.error());
    // The data checks read the server in one snapshot that cannot write.
    if (auto begun = connection->execute(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !begun)
        return std::unexpected(begun.error());
    LintReport report;
    Checker checker(*connection, *schema, report);
    for (const auto& [file, sql] : scripts) {
        report.files << file;
        checker.file(file, plan::SqlScript::split(sql));
    }
    (void)connection->execute(QStringLiteral("ROLLBACK"));
    return report;
}

} // namespace godwit::lint
