// SPDX-License-Identifier: GPL-3.0-or-later
#include "copycheck.h"

#include "plan/migrationplan.h"
#include "schema/identifier.h"
#include "schema/sqltokenizer.h"

namespace godwit::rehearsal {

using schema::SqlToken;

namespace {

    // A cursor over the significant tokens of one statement, with the text between them kept.
    class Cursor {
    public:
        explicit Cursor(const QString& sql)
            : m_sql(sql)
            , m_tokens(schema::SqlTokenizer::significantTokens(sql))
        {
        }

        [[nodiscard]] bool atEnd() const { return m_at >= m_tokens.size(); }
        [[nodiscard]] const SqlToken& peek() const { return m_tokens.at(m_at); }
        bool keyword(const char* word)
        {
            if (atEnd() || !peek().is(QLatin1StringView(word)))
                return false;
            ++m_at;
            return true;
        }
        bool punct(QChar c)
        {
            if (atEnd() || !peek().isPunct(c))
                return false;
            ++m_at;
            return true;
        }
        // An identifier (bare or quoted): its value, or empty.
        QString name()
        {
            if (atEnd() || (peek().kind != SqlToken::Kind::Word && peek().kind != SqlToken::Kind::QuotedIdentifier))
                return {};
            return m_tokens.at(m_at++).identifier();
        }
        // Comma-separated items up to (not including) a closing parenthesis at depth 0 or the keyword
        // `stop` at depth 0, as source text.
        QStringList list(const char* stop)
        {
            QStringList out;
            int depth = 0;
            qsizetype start = -1;
            qsizetype end = -1;
            auto flush = [&] {
                if (start >= 0)
                    out << m_sql.mid(start, end - start).trimmed();
                start = -1;
            };
            while (!atEnd()) {
                const SqlToken& t = peek();
                if (depth == 0 && (t.isPunct(QLatin1Char(')')) || (stop && t.is(QLatin1StringView(stop)))))
                    break;
                if (t.isPunct(QLatin1Char('(')))
                    ++depth;
                if (t.isPunct(QLatin1Char(')')))
                    --depth;
                if (depth == 0 && t.isPunct(QLatin1Char(','))) {
                    flush();
                    ++m_at;
                    continue;
                }
                if (start < 0)
                    start = t.offset;
                end = t.offset + t.length;
                ++m_at;
            }
            flush();
            return out;
        }

    private:
        QString m_sql;
        QList<SqlToken> m_tokens;
        qsizetype m_at = 0;
    };

    QString plainName(const QString& text)
    {
        Cursor c(text);
        const QString n = c.name();
        return c.atEnd() ? n : QString();
    }

    // INSERT INTO new (key, cols…) SELECT key, exprs… FROM old
    std::optional<CopyCheck> insertCopy(const plan::BackfillSpec& spec)
    {
        Cursor c(spec.batchSql);
        if (!c.keyword("INSERT") || !c.keyword("INTO"))
            return std::nullopt;
        CopyCheck check;
        check.newTable = c.name();
        if (check.newTable.isEmpty() || !c.punct(QLatin1Char('(')))
            return std::nullopt;
        const QStringList columns = c.list(nullptr);
        if (!c.punct(QLatin1Char(')')) || !c.keyword("SELECT"))
            return std::nullopt;
        const QStringList expressions = c.list("FROM");
        if (!c.keyword("FROM"))
            return std::nullopt;
        check.oldTable = c.name();
        if (check.oldTable.isEmpty() || columns.size() != expressions.size() || columns.size() < 2)
            return std::nullopt;
        check.newKey = plainName(columns.front());
        check.oldKey = plainName(expressions.front());
        if (check.newKey.isEmpty() || check.oldKey.isEmpty())
            return std::nullopt;
        for (qsizetype i = 1; i < columns.size(); ++i) {
            const QString column = plainName(columns[i]);
            if (column.isEmpty())
                return std::nullopt;
            check.pairs << qMakePair(column, expressions[i]);
        }
        check.backfillTable = spec.table;
        return check;
    }

    // UPDATE t SET c = (SELECT c FROM src WHERE src.fk = t.pk), …
    std::optional<CopyCheck> mergeCopy(const plan::BackfillSpec& spec)
    {
        Cursor c(spec.batchSql);
        if (!c.keyword("UPDATE"))
            return std::nullopt;
        CopyCheck check;
        check.newTable = c.name();
        if (check.newTable.isEmpty() || !c.keyword("SET"))
            return std::nullopt;
        for (const QString& assignment : c.list("WHERE")) {
            Cursor a(assignment);
            const QString column = a.name();
            if (column.isEmpty() || !a.punct(QLatin1Char('=')) || !a.punct(QLatin1Char('(')) || !a.keyword("SELECT"))
                return std::nullopt;
            const QString source = a.name();
            if (!a.keyword("FROM"))
                return std::nullopt;
            const QString from = a.name();
            if (!a.keyword("WHERE") || !schema::sameIdentifier(a.name(), from) || !a.punct(QLatin1Char('.')))
                return std::nullopt;
            const QString fk = a.name();
            if (!a.punct(QLatin1Char('=')) || !schema::sameIdentifier(a.name(), check.newTable)
                || !a.punct(QLatin1Char('.')))
                return std::nullopt;
            const QString pk = a.name();
            if (source.isEmpty() || fk.isEmpty() || pk.isEmpty() || !a.punct(QLatin1Char(')')) || !a.atEnd())
                return std::nullopt;
            if (!check.oldTable.isEmpty() && !schema::sameIdentifier(check.oldTable, from))
                return std::nullopt;
            check.oldTable = from;
            check.oldKey = fk;
            check.newKey = pk;
            check.pairs << qMakePair(column, schema::quoteIdentifier(source));
        }
        if (check.pairs.isEmpty())
            return std::nullopt;
        check.everyRow = false;
        check.backfillTable = spec.table;
        return check;
    }

} // namespace

QList<CopyCheck> CopyCheck::fromBackfill(const plan::BackfillSpec& spec)
{
    if (auto c = insertCopy(spec))
        return { *c };
    if (auto c = mergeCopy(spec))
        return { *c };
    return {};
}

} // namespace godwit::rehearsal
