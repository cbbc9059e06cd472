// SPDX-License-Identifier: GPL-3.0-or-later
#include "ddlparser.h"

#include "core/messagetext.h"
#include "identifier.h"
#include "sqltokenizer.h"

#include <algorithm>

namespace godwit::schema {

namespace {

    using Kind = SqlToken::Kind;

    QLatin1StringView kw(const char* text) { return QLatin1StringView(text); }

    // A read position over the significant tokens of one statement, with the source kept so
    // expressions come back exactly as written (inner comments and spacing included).
    class Cursor {
    public:
        explicit Cursor(QStringView sql)
            : m_sql(sql)
            , m_tokens(SqlTokenizer::significantTokens(sql))
        {
            // A stored statement has no terminator, but a test or a script may pass one.
            while (!m_tokens.isEmpty() && m_tokens.back().isPunct(QLatin1Char(';')))
                m_tokens.removeLast();
        }

        [[nodiscard]] bool atEnd() const { return m_pos >= m_tokens.size(); }
        [[nodiscard]] qsizetype pos() const { return m_pos; }
        [[nodiscard]] qsizetype size() const { return m_tokens.size(); }
        [[nodiscard]] const SqlToken& at(qsizetype index) const
        {
            static const SqlToken end;
            return index >= 0 && index < m_tokens.size() ? m_tokens[index] : end;
        }
        [[nodiscard]] const SqlToken& peek(qsizetype ahead = 0) const { return at(m_pos + ahead); }
        const SqlToken& next() { return at(m_pos++); }

        bool accept(QLatin1StringView keyword)
        {
            if (!peek().is(keyword))
                return false;
            ++m_pos;
            return true;
        }
        bool acceptPunct(QChar c)
        {
            if (!peek().isPunct(c))
                return false;
            ++m_pos;
            return true;
        }
        [[nodiscard]] Result<void> expect(QLatin1StringView keyword)
        {
            if (accept(keyword))
                return {};
            return std::unexpected(error(QStringLiteral("expected %1").arg(keyword)));
        }
        [[nodiscard]] Result<void> expectPunct(QChar c)
        {
            if (acceptPunct(c))
                return {};
            return std::unexpected(error(QStringLiteral("expected '%1'").arg(c)));
        }
        // A name: bare word (keywords SQLite lets fall back to identifiers included), quoted, or 'string'.
        [[nodiscard]] Result<QString> expectName()
        {
            if (!peek().isName())
                return std::unexpected(error(QStringLiteral("expected a name")));
            return next().identifier();
        }
        // [schema.]name: the part after the dot.
        [[nodiscard]] Result<QString> expectQualifiedName()
        {
            auto name = expectName();
            if (name && acceptPunct(QLatin1Char('.')))
                return expectName();
            return name;
        }
        void acceptIfNotExists()
        {
            if (peek().is(kw("IF")) && peek(1).is(kw("NOT")) && peek(2).is(kw("EXISTS")))
                m_pos += 3;
        }
        // ON CONFLICT ROLLBACK|ABORT|FAIL|IGNORE|REPLACE, which changes nothing we report.
        void skipConflictClause()
        {
            if (peek().is(kw("ON")) && peek(1).is(kw("CONFLICT")))
                m_pos += 3;
        }
        // At '(' : moves past the matching ')' and returns the text between them, trimmed.
        [[nodiscard]] Result<QString> parenthesized()
        {
            if (!peek().isPunct(QLatin1Char('(')))
                return std::unexpected(error(QStringLiteral("expected '('")));
            const qsizetype open = m_pos;
            int depth = 0;
            while (!atEnd()) {
                const SqlToken& t = next();
                if (t.isPunct(QLatin1Char('(')))
                    ++depth;
                else if (t.isPunct(QLatin1Char(')')) && --depth == 0) {
                    const qsizetype from = at(open).offset + 1;
                    return m_sql.mid(from, t.offset - from).trimmed().toString();
                }
            }
            return std::unexpected(error(QStringLiteral("unbalanced parentheses")));
        }
        // Moves to the next ',' or ')' that is not nested inside parentheses (or to the end).
        void skipToListSeparator()
        {
            int depth = 0;
            while (!atEnd()) {
                const SqlToken& t = peek();
                if (depth == 0 && (t.isPunct(QLatin1Char(',')) || t.isPunct(QLatin1Char(')'))))
                    return;
                if (t.isPunct(QLatin1Char('(')))
                    ++depth;
                else if (t.isPunct(QLatin1Char(')')))
                    --depth;
                ++m_pos;
            }
        }
        // Source text of tokens [from, to), as written.
        [[nodiscard]] QString text(qsizetype from, qsizetype to) const
        {
            if (from >= to || from < 0 || to > m_tokens.size())
                return {};
            const qsizetype begin = m_tokens[from].offset;
            const qsizetype end = m_tokens[to - 1].offset + m_tokens[to - 1].length;
            return m_sql.mid(begin, end - begin).toString();
        }

        [[nodiscard]] Error error(const QString& expected) const
        {
            Error e;
            e.code = Error::Code::Parse;
            e.sql = m_sql.toString();
            qsizetype offset = m_sql.size();
            if (atEnd()) {
                e.message = expected + QStringLiteral(" at end of statement");
            } else {
                e.message = expected + QStringLiteral(" near \"%1\"").arg(excerpt(peek().text));
                offset = peek().offset;
            }
            // Lines and columns in code points, as TextPosition counts them for file:line:col.
            e.line = 1;
            e.column = 1;
            for (qsizetype i = 0; i < offset && i < m_sql.size(); ++i) {
                if (m_sql[i] == QLatin1Char('\n')) {
                    ++e.line;
                    e.column = 1;
                } else if (!m_sql[i].isLowSurrogate()) {
                    ++e.column;
                }
            }
            return e;
        }

    private:
        QStringView m_sql;
        QList<SqlToken> m_tokens;
        qsizetype m_pos = 0;
    };

    bool startsColumnConstraint(const SqlToken& t)
    {
        static const char* const keywords[] = { "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT",
            "COLLATE", "REFERENCES", "GENERATED", "AS" };
        return std::ranges::any_of(keywords, [&](const char* k) { return t.is(kw(k)); });
    }

    bool startsTableConstraint(const SqlToken& t)
    {
        static const char* const keywords[] = { "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN" };
        return std::ranges::any_of(keywords, [&](const char* k) { return t.is(kw(k)); });
    }

    // ( name, ... ) as in FOREIGN KEY (...) or REFERENCES p (...).
    Result<QStringList> nameList(Cursor& c)
    {
        if (auto r = c.expectPunct(QLatin1Char('(')); !r)
            return std::unexpected(r.error());
        QStringList names;
        do {
            auto name = c.expectName();
            if (!name)
                return std::unexpected(name.error());
            names.append(*name);
        } while (c.acceptPunct(QLatin1Char(',')));
        if (auto r = c.expectPunct(QLatin1Char(')')); !r)
            return std::unexpected(r.error());
        return names;
    }

    // ( name [COLLATE x] [ASC|DESC] [AUTOINCREMENT], ... ) of a table PRIMARY KEY or UNIQUE.
    Result<QStringList> indexedColumns(Cursor& c, bool* autoIncrement)
    {
        if (auto r = c.expectPunct(QLatin1Char('(')); !r)
            return std::unexpected(r.error());
        QStringList names;
        do {
            auto name = c.expectName();
            if (!name)
                return std::unexpected(name.error());
            names.append(*name);
            // SQLite's grammar puts AUTOINCREMENT after the sort order inside the list (parse.y tcons).
            while (!c.atEnd() && !c.peek().isPunct(QLatin1Char(',')) && !c.peek().isPunct(QLatin1Char(')'))) {
                if (c.next().is(kw("AUTOINCREMENT")) && autoIncrement)
                    *autoIncrement = true;
            }
        } while (c.acceptPunct(QLatin1Char(',')));
        if (auto r = c.expectPunct(QLatin1Char(')')); !r)
            return std::unexpected(r.error());
        return names;
    }

    // After REFERENCES: parent [(cols)] then ON DELETE/UPDATE, MATCH and [NOT] DEFERRABLE clauses.
    Result<DdlParser::ForeignKeyClause> references(Cursor& c, const QStringList& columns, const QString& name)
    {
        DdlParser::ForeignKeyClause fk;
        fk.name = name;
        fk.columns = columns;
        auto parent = c.expectName();
        if (!parent)
            return std::unexpected(parent.error());
        fk.parentTable = *parent;
        if (c.peek().isPunct(QLatin1Char('('))) {
            auto cols = nameList(c);
            if (!cols)
                return std::unexpected(cols.error());
            fk.parentColumns = *cols;
        }
        for (;;) {
            if (c.peek().is(kw("ON")) && !c.peek(1).is(kw("CONFLICT"))) {
                c.next();
                if (!c.accept(kw("DELETE")) && !c.accept(kw("UPDATE")))
                    return std::unexpected(c.error(QStringLiteral("expected DELETE or UPDATE")));
                // SET NULL | SET DEFAULT | NO ACTION | CASCADE | RESTRICT: pragma foreign_key_list reports which.
                if (!c.accept(kw("SET")))
                    c.accept(kw("NO"));
                c.next();
            } else if (c.accept(kw("MATCH"))) {
                c.next();
            } else if (c.peek().is(kw("NOT")) && c.peek(1).is(kw("DEFERRABLE"))) {
                c.next();
                c.next();
                // NOT DEFERRABLE is immediate whatever INITIALLY says (parse.y defer_subclause).
                if (c.accept(kw("INITIALLY")))
                    c.next();
                fk.deferrable = false;
                fk.initiallyDeferred = false;
            } else if (c.accept(kw("DEFERRABLE"))) {
                fk.deferrable = true;
                if (c.accept(kw("INITIALLY")))
                    fk.initiallyDeferred = c.next().is(kw("DEFERRED"));
            } else {
                break;
            }
        }
        return fk;
    }

    Result<void> columnDefinition(Cursor& c, DdlParser::TableDefinition& table)
    {
        DdlParser::ColumnDefinition col;
        auto name = c.expectName();
        if (!name)
            return std::unexpected(name.error());
        col.name = *name;
        // The declared type (pragma table_xinfo reports it); skip words and "(10,2)" up to the constraints.
        while (!c.atEnd() && !c.peek().isPunct(QLatin1Char(',')) && !c.peek().isPunct(QLatin1Char(')'))
            && !startsColumnConstraint(c.peek())) {
            if (c.peek().isPunct(QLatin1Char('('))) {
                if (auto r = c.parenthesized(); !r)
                    return std::unexpected(r.error());
            } else {
                c.next();
            }
        }
        QString constraintName;
        while (!c.atEnd() && !c.peek().isPunct(QLatin1Char(',')) && !c.peek().isPunct(QLatin1Char(')'))) {
            if (c.accept(kw("CONSTRAINT"))) {
                auto n = c.expectName();
                if (!n)
                    return std::unexpected(n.error());
                constraintName = *n;
                continue;
            }
            if (c.accept(kw("PRIMARY"))) {
                if (auto r = c.expect(kw("KEY")); !r)
                    return r;
                if (!c.accept(kw("ASC")))
                    c.accept(kw("DESC"));
                c.skipConflictClause();
                if (c.accept(kw("AUTOINCREMENT")))
                    col.autoIncrement = true;
            } else if (c.accept(kw("NOT"))) {
                if (auto r = c.expect(kw("NULL")); !r)
                    return r;
                c.skipConflictClause();
            } else if (c.accept(kw("NULL"))) {
                c.skipConflictClause();
            } else if (c.accept(kw("UNIQUE"))) {
                c.skipConflictClause();
                table.uniques.append(UniqueConstraint { constraintName, { col.name } });
            } else if (c.accept(kw("CHECK"))) {
                auto expr = c.parenthesized();
                if (!expr)
                    return std::unexpected(expr.error());
                table.checks.append(CheckConstraint { constraintName, *expr, col.name });
            } else if (c.accept(kw("DEFAULT"))) {
                // pragma table_xinfo reports the default's text; only its extent matters here.
                if (c.peek().isPunct(QLatin1Char('('))) {
                    if (auto r = c.parenthesized(); !r)
                        return std::unexpected(r.error());
                } else {
                    if (c.peek().isPunct(QLatin1Char('-')) || c.peek().isPunct(QLatin1Char('+')))
                        c.next();
                    c.next();
                }
            } else if (c.accept(kw("COLLATE"))) {
                auto coll = c.expectName();
                if (!coll)
                    return std::unexpected(coll.error());
                col.collation = *coll;
            } else if (c.accept(kw("REFERENCES"))) {
                auto fk = references(c, { col.name }, constraintName);
                if (!fk)
                    return std::unexpected(fk.error());
                table.foreignKeys.append(*fk);
            } else if (c.peek().is(kw("GENERATED")) || c.peek().is(kw("AS"))) {
                if (c.accept(kw("GENERATED"))) {
                    if (auto r = c.expect(kw("ALWAYS")); !r)
                        return r;
                }
                if (auto r = c.expect(kw("AS")); !r)
                    return r;
                auto expr = c.parenthesized();
                if (!expr)
                    return std::unexpected(expr.error());
                col.generatedExpression = *expr;
                col.generated = c.accept(kw("STORED")) ? Generated::Stored : Generated::Virtual;
                c.accept(kw("VIRTUAL"));
            } else {
                return std::unexpected(c.error(QStringLiteral("unexpected column constraint")));
            }
            constraintName.clear();
        }
        table.columns.append(col);
        return {};
    }

    Result<void> tableConstraint(Cursor& c, DdlParser::TableDefinition& table)
    {
        QString constraintName;
        if (c.accept(kw("CONSTRAINT"))) {
            auto n = c.expectName();
            if (!n)
                return std::unexpected(n.error());
            constraintName = *n;
        }
        if (c.accept(kw("PRIMARY"))) {
            if (auto r = c.expect(kw("KEY")); !r)
                return r;
            bool autoIncrement = false;
            auto cols = indexedColumns(c, &autoIncrement);
            if (!cols)
                return std::unexpected(cols.error());
            c.skipConflictClause();
            for (DdlParser::ColumnDefinition& col : table.columns) {
                if (autoIncrement && cols->size() == 1 && sameIdentifier(col.name, cols->front()))
                    col.autoIncrement = true;
            }
        } else if (c.accept(kw("UNIQUE"))) {
            auto cols = indexedColumns(c, nullptr);
            if (!cols)
                return std::unexpected(cols.error());
            c.skipConflictClause();
            table.uniques.append(UniqueConstraint { constraintName, *cols });
        } else if (c.accept(kw("CHECK"))) {
            auto expr = c.parenthesized();
            if (!expr)
                return std::unexpected(expr.error());
            c.skipConflictClause();
            table.checks.append(CheckConstraint { constraintName, *expr, {} });
        } else if (c.accept(kw("FOREIGN"))) {
            if (auto r = c.expect(kw("KEY")); !r)
                return r;
            auto cols = nameList(c);
            if (!cols)
                return std::unexpected(cols.error());
            if (auto r = c.expect(kw("REFERENCES")); !r)
                return r;
            auto fk = references(c, *cols, constraintName);
            if (!fk)
                return std::unexpected(fk.error());
            table.foreignKeys.append(*fk);
        } else {
            return std::unexpected(c.error(QStringLiteral("expected a table constraint")));
        }
        return {};
    }

} // namespace

Result<DdlParser::TableDefinition> DdlParser::parseCreateTable(QStringView sql)
{
    Cursor c(sql);
    TableDefinition table;
    if (auto r = c.expect(kw("CREATE")); !r)
        return std::unexpected(r.error());
    if (!c.accept(kw("TEMP")))
        c.accept(kw("TEMPORARY"));
    table.isVirtual = c.accept(kw("VIRTUAL"));
    if (auto r = c.expect(kw("TABLE")); !r)
        return std::unexpected(r.error());
    c.acceptIfNotExists();
    auto name = c.expectQualifiedName();
    if (!name)
        return std::unexpected(name.error());
    table.name = *name;
    if (table.isVirtual) {
        if (auto r = c.expect(kw("USING")); !r)
            return std::unexpected(r.error());
        auto module = c.expectName();
        if (!module)
            return std::unexpected(module.error());
        table.module = *module;
        return table;
    }
    // CREATE TABLE ... AS SELECT is stored by SQLite as a plain column list, but accept the form anyway.
    if (c.accept(kw("AS")))
        return table;
    if (auto r = c.expectPunct(QLatin1Char('(')); !r)
        return std::unexpected(r.error());
    bool inConstraints = false;
    for (;;) {
        inConstraints = inConstraints || startsTableConstraint(c.peek());
        auto r = inConstraints ? tableConstraint(c, table) : columnDefinition(c, table);
        if (!r)
            return std::unexpected(r.error());
        if (c.acceptPunct(QLatin1Char(',')))
            continue;
        if (c.acceptPunct(QLatin1Char(')')))
            break;
        // SQLite lets table constraints follow each other without a comma.
        if (inConstraints && startsTableConstraint(c.peek()))
            continue;
        return std::unexpected(c.error(QStringLiteral("expected ',' or ')'")));
    }
    while (!c.atEnd()) {
        if (c.accept(kw("WITHOUT"))) {
            if (auto r = c.expect(kw("ROWID")); !r)
                return std::unexpected(r.error());
            table.withoutRowid = true;
        } else if (c.accept(kw("STRICT"))) {
            table.strict = true;
        } else {
            return std::unexpected(c.error(QStringLiteral("expected a table option")));
        }
        if (!c.acceptPunct(QLatin1Char(',')))
            break;
    }
    return table;
}

Result<DdlParser::IndexDefinition> DdlParser::parseCreateIndex(QStringView sql)
{
    Cursor c(sql);
    IndexDefinition index;
    if (auto r = c.expect(kw("CREATE")); !r)
        return std::unexpected(r.error());
    index.unique = c.accept(kw("UNIQUE"));
    if (auto r = c.expect(kw("INDEX")); !r)
        return std::unexpected(r.error());
    c.acceptIfNotExists();
    auto name = c.expectQualifiedName();
    if (!name)
        return std::unexpected(name.error());
    index.name = *name;
    if (auto r = c.expect(kw("ON")); !r)
        return std::unexpected(r.error());
    auto table = c.expectName();
    if (!table)
        return std::unexpected(table.error());
    index.table = *table;
    if (auto r = c.expectPunct(QLatin1Char('(')); !r)
        return std::unexpected(r.error());
    do {
        const qsizetype start = c.pos();
        c.skipToListSeparator();
        qsizetype last = c.pos() - 1;
        if (last < start)
            return std::unexpected(c.error(QStringLiteral("expected an index term")));
        IndexTerm term;
        if (c.at(last).is(kw("ASC")) || c.at(last).is(kw("DESC"))) {
            term.descending = c.at(last).is(kw("DESC"));
            --last;
        }
        term.text = c.text(start, last + 1);
        term.textWithoutCollation = term.text;
        qsizetype bodyEnd = last + 1;
        // COLLATE binds tighter than any operator, so a trailing COLLATE may belong to the
        // last operand only; the reader decides with index_xinfo's coll which reading SQLite took.
        if (last - 1 > start && c.at(last - 1).is(kw("COLLATE")) && c.at(last).isName()) {
            term.collation = c.at(last).identifier();
            bodyEnd = last - 1;
            term.textWithoutCollation = c.text(start, bodyEnd);
        }
        if (bodyEnd - start == 1 && c.at(start).isName())
            term.column = c.at(start).identifier();
        index.terms.append(term);
    } while (c.acceptPunct(QLatin1Char(',')));
    if (auto r = c.expectPunct(QLatin1Char(')')); !r)
        return std::unexpected(r.error());
    if (c.accept(kw("WHERE"))) {
        index.where = c.text(c.pos(), c.size());
        if (index.where.isEmpty())
            return std::unexpected(c.error(QStringLiteral("expected an expression")));
    } else if (!c.atEnd()) {
        return std::unexpected(c.error(QStringLiteral("expected WHERE")));
    }
    return index;
}

Result<DdlParser::TriggerDefinition> DdlParser::parseCreateTrigger(QStringView sql)
{
    Cursor c(sql);
    TriggerDefinition trigger;
    if (auto r = c.expect(kw("CREATE")); !r)
        return std::unexpected(r.error());
    if (!c.accept(kw("TEMP")))
        c.accept(kw("TEMPORARY"));
    if (auto r = c.expect(kw("TRIGGER")); !r)
        return std::unexpected(r.error());
    c.acceptIfNotExists();
    auto name = c.expectQualifiedName();
    if (!name)
        return std::unexpected(name.error());
    trigger.name = *name;
    if (c.accept(kw("BEFORE"))) {
        trigger.timing = TriggerTiming::Before;
    } else if (c.accept(kw("AFTER"))) {
        trigger.timing = TriggerTiming::After;
    } else if (c.accept(kw("INSTEAD"))) {
        if (auto r = c.expect(kw("OF")); !r)
            return std::unexpected(r.error());
        trigger.timing = TriggerTiming::InsteadOf;
    }
    if (c.accept(kw("INSERT"))) {
        trigger.event = TriggerEvent::Insert;
    } else if (c.accept(kw("DELETE"))) {
        trigger.event = TriggerEvent::Delete;
    } else if (c.accept(kw("UPDATE"))) {
        trigger.event = TriggerEvent::Update;
        if (c.accept(kw("OF"))) {
            do {
                auto col = c.expectName();
                if (!col)
                    return std::unexpected(col.error());
                trigger.updateOf.append(*col);
            } while (c.acceptPunct(QLatin1Char(',')));
        }
    } else {
        return std::unexpected(c.error(QStringLiteral("expected INSERT, UPDATE or DELETE")));
    }
    if (auto r = c.expect(kw("ON")); !r)
        return std::unexpected(r.error());
    auto table = c.expectQualifiedName();
    if (!table)
        return std::unexpected(table.error());
    trigger.table = *table;
    return trigger;
}

} // namespace godwit::schema
