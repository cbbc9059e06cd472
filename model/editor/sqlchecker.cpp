// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlchecker.h"

#include "migrations/scriptrunner.h"
#include "migrations/scriptsplitter.h"
#include "schema/schema.h"
#include "schema/schemareader.h"
#include "schema/sqltokenizer.h"
#include "sqlite/database.h"

#include <algorithm>

namespace godwit::editor {

namespace {

    using Kind = migrations::ScriptStatement::Kind;

    // UTF-16 offset of a 1-based line and column (code points) in `text`.
    qsizetype offsetOf(QStringView text, int line, int column)
    {
        int l = 1;
        int c = 1;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (l == line && c == column)
                return i;
            const QChar ch = text.at(i);
            if (ch == QLatin1Char('\n')) {
                if (l == line)
                    return i;
                ++l;
                c = 1;
            } else if (!ch.isLowSurrogate()) {
                ++c;
            }
        }
        return text.size();
    }

    // Whether running the statement on an empty schema is cheap and safe: only DDL runs, so
    // later statements see its tables; queries and DML are prepared only (a recursive CTE
    // could run forever, even on empty tables).
    bool runsDuringCheck(const migrations::ScriptStatement& s)
    {
        if (s.kind != Kind::Normal)
            return false;
        if (s.keyword != QLatin1String("CREATE") && s.keyword != QLatin1String("DROP")
            && s.keyword != QLatin1String("ALTER"))
            return false;
        const QList<schema::SqlToken> tokens = schema::SqlTokenizer::significantTokens(s.text);
        const auto has = [&](QLatin1StringView word) {
            return std::ranges::any_of(tokens, [&](const schema::SqlToken& t) { return t.is(word); });
        };
        if (!has(QLatin1String("SELECT")) || has(QLatin1String("VIEW")) || has(QLatin1String("TRIGGER")))
            return true;
        // CREATE [TEMP] TABLE … AS SELECT: the checker's tables hold no rows, so the query is
        // cheap, and later statements need the table. A WITH clause could be a recursive CTE
        // that never ends (SQLite does not require RECURSIVE), so such a query is only prepared.
        const qsizetype table = tokens.size() > 2
                && (tokens.at(1).is(QLatin1String("TEMP")) || tokens.at(1).is(QLatin1String("TEMPORARY")))
            ? 2
            : 1;
        return tokens.size() > table && tokens.at(table).is(QLatin1String("TABLE")) && !has(QLatin1String("WITH"));
    }

} // namespace

SqlChecker::SqlChecker() = default;
SqlChecker::SqlChecker(SqlChecker&&) noexcept = default;
SqlChecker& SqlChecker::operator=(SqlChecker&&) noexcept = default;
SqlChecker::~SqlChecker() = default;

Result<SqlChecker> SqlChecker::create(const schema::Schema& schema, const QStringList& scripts)
{
    SqlChecker checker;
    auto db = sqlite::Database::openMemory();
    if (!db)
        return std::unexpected(db.error());
    checker.m_db = std::make_unique<sqlite::Database>(std::move(*db));
    struct Object {
        QString name;
        QString sql;
    };
    QList<Object> objects;
    for (const schema::Table& t : schema.tables) {
        if (!t.sql.isEmpty() && !t.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
            objects.append({ t.name, t.sql });
    }
    for (const schema::Table& t : schema.tables) {
        for (const schema::Index& i : t.indexes) {
            if (!i.sql.isEmpty())
                objects.append({ i.name, i.sql });
        }
    }
    for (const schema::View& v : schema.views)
        objects.append({ v.name, v.sql });
    for (const schema::Trigger& t : schema.triggers)
        objects.append({ t.name, t.sql });
    // Views may name views created after them: retry until nothing more succeeds.
    bool progress = true;
    while (progress && !objects.isEmpty()) {
        progress = false;
        for (qsizetype i = 0; i < objects.size();) {
            if (checker.m_db->exec(objects.at(i).sql)) {
                objects.removeAt(i);
                progress = true;
            } else {
                ++i;
            }
        }
    }
    for (const Object& o : objects)
        checker.m_skipped << o.name;
    // Only the scripts' schema changes run: their data statements would only slow the check
    // (or never end, like a recursive CTE) and leave rows that later DDL might trip on.
    for (const QString& script : scripts) {
        for (const migrations::ScriptStatement& s : migrations::ScriptSplitter::split(script)) {
            if (runsDuringCheck(s))
                (void)checker.m_db->executeScript(s.text, {});
        }
    }
    return checker;
}

Result<schema::Schema> SqlChecker::schema() const { return schema::SchemaReader::read(*m_db); }

QList<SqlProblem> SqlChecker::check(const QString& sql) const
{
    QList<SqlProblem> problems;
    if (!m_db->exec(QStringLiteral("SAVEPOINT godwit_check")))
        return problems;
    for (const migrations::ScriptStatement& s : migrations::ScriptSplitter::split(sql)) {
        if (s.kind == Kind::TransactionControl)
            continue;
        std::optional<Error> error;
        if (s.kind == Kind::Forbidden) {
            Error e;
            e.message = QStringLiteral("%1 is not allowed in a migration: %2").arg(s.keyword, s.reason);
            error = e;
        } else if (runsDuringCheck(s)) {
            if (auto r = m_db->executeScript(s.text, {}); !r)
                error = r.error();
        } else if (auto st = m_db->prepare(s.text); !st) {
            error = st.error();
        }
        if (!error)
            continue;
        const TextPosition start = migrations::ScriptRunner::positionOf(sql, s.offset);
        SqlProblem p;
        p.message = error->message;
        qsizetype inStatement = 0;
        if (error->line > 0) {
            inStatement = offsetOf(s.text, error->line, error->column);
            p.line = start.line + error->line - 1;
            p.column = error->line == 1 ? start.column + error->column - 1 : error->column;
        } else {
            p.line = start.line;
            p.column = start.column;
        }
        p.offset = s.offset + inStatement;
        p.length = 1;
        for (const schema::SqlToken& t : schema::SqlTokenizer::tokenize(QStringView(s.text).mid(inStatement))) {
            if (!t.isTrivia()) {
                p.length = t.offset == 0 ? t.length : 1;
                break;
            }
        }
        problems.append(p);
    }
    (void)m_db->exec(QStringLiteral("ROLLBACK TO godwit_check; RELEASE godwit_check"));
    return problems;
}

} // namespace godwit::editor
