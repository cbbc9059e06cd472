// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlscript.h"

#include "schema/sqltokenizer.h"

#include <QRegularExpression>

namespace godwit::plan {

using schema::SqlToken;
using schema::SqlTokenizer;

bool ScriptStatement::startsWith(std::initializer_list<const char*> keywords) const
{
    qsizetype i = 0;
    for (const char* k : keywords) {
        if (i >= tokens.size() || !tokens[i].is(QLatin1StringView(k)))
            return false;
        ++i;
    }
    return true;
}

QList<ScriptStatement> SqlScript::split(const QString& sql)
{
    static const QRegularExpression ignore(QStringLiteral("godwit:ignore((?:\\s+GW[0-9]{3})+)"));
    static const QRegularExpression code(QStringLiteral("GW[0-9]{3}"));
    QList<ScriptStatement> out;
    const QList<SqlToken> tokens = SqlTokenizer::tokenize(sql);
    QList<SqlToken> current;
    QStringList pending; // codes waiting for the next statement
    int lastEndLine = -1; // line of the previous statement's semicolon
    bool trigger = false;
    bool body = false;
    int cases = 0;
    auto lineOf = [&](qsizetype offset) {
        return static_cast<int>(QStringView(sql).left(offset).count(QLatin1Char('\n'))) + 1;
    };
    auto finish = [&](qsizetype end) {
        if (current.isEmpty())
            return;
        ScriptStatement s;
        s.offset = current.front().offset;
        s.text = sql.mid(s.offset, end - s.offset).trimmed();
        s.line = lineOf(s.offset);
        // lastIndexOf(c, -1) would search from the end: the first line starts at 0.
        s.column
            = static_cast<int>(s.offset - (s.offset == 0 ? 0 : sql.lastIndexOf(QLatin1Char('\n'), s.offset - 1) + 1))
            + 1;
        for (SqlToken t : current) {
            t.offset -= s.offset;
            s.tokens << t;
        }
        s.ignored = pending;
        pending.clear();
        out << s;
        current.clear();
        trigger = body = false;
        cases = 0;
    };
    for (const SqlToken& t : tokens) {
        if (t.kind == SqlToken::Kind::Comment) {
            const auto m = ignore.match(t.text);
            if (!m.hasMatch())
                continue;
            QStringList codes;
            for (auto it = code.globalMatch(m.captured(1)); it.hasNext();)
                codes << it.next().captured();
            if (current.isEmpty() && !out.isEmpty() && lineOf(t.offset) == lastEndLine)
                out.last().ignored << codes;
            else
                pending << codes;
            continue;
        }
        if (t.isTrivia())
            continue;
        if (current.isEmpty() && t.isPunct(QLatin1Char(';')))
            continue;
        current << t;
        if (t.is(QLatin1StringView("TRIGGER")) && current.front().is(QLatin1StringView("CREATE")))
            trigger = true;
        if (trigger && t.is(QLatin1StringView("BEGIN")))
            body = true;
        if (body && t.is(QLatin1StringView("CASE")))
            ++cases;
        if (body && t.is(QLatin1StringView("END"))) {
            if (cases > 0)
                --cases;
            else
                body = false;
        }
        if (t.isPunct(QLatin1Char(';')) && !body) {
            lastEndLine = lineOf(t.offset);
            finish(t.offset + 1);
        }
    }
    finish(sql.size());
    return out;
}

} // namespace godwit::plan
