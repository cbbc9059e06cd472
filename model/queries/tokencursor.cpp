// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokencursor.h"

#include "schema/sqltokenizer.h"

#include <QHash>
#include <QMap>
#include <QStringList>

namespace godwit::queries {

using schema::SqlToken;
using Kind = SqlToken::Kind;

TokenCursor::TokenCursor(const QString& sql)
    : m_tokens(schema::SqlTokenizer::significantTokens(sql))
{
    m_match.fill(-1, size());
    QList<int> open;
    for (int i = 0; i < size(); ++i) {
        if (punct(i, u'('))
            open << i;
        else if (punct(i, u')') && !open.isEmpty())
            m_match[open.takeLast()] = i;
    }
    for (int i : std::as_const(open))
        m_match[i] = size();

    // SQLite's numbering: "?" takes the next number, "?N" is N, a name keeps the number of its
    // first occurrence.
    m_param.fill(0, size());
    int highest = 0;
    QHash<QString, int> named;
    QMap<int, ParameterUse> uses;
    for (int i = 0; i < size(); ++i) {
        const SqlToken& t = m_tokens.at(i);
        if (t.kind != Kind::Variable)
            continue;
        int index = 0;
        QString name = t.text;
        if (t.text == QLatin1String("?")) {
            index = ++highest;
            name.clear();
        } else if (t.text.startsWith(QLatin1Char('?'))) {
            index = t.text.mid(1).toInt();
            highest = std::max(highest, index);
        } else {
            index = named.value(t.text);
            if (index == 0)
                named.insert(t.text, index = ++highest);
        }
        m_param[i] = index;
        if (index > 0 && !uses.contains(index))
            uses.insert(index, ParameterUse { index, name, ParameterRole::Unknown, {}, {} });
    }
    m_parameters = uses.values();
}

bool TokenCursor::word(int i, const char* keyword) const
{
    return i >= 0 && i < size() && m_tokens.at(i).kind == Kind::Word && m_tokens.at(i).is(QLatin1StringView(keyword));
}

bool TokenCursor::punct(int i, char16_t c) const { return i >= 0 && i < size() && m_tokens.at(i).isPunct(QChar(c)); }

bool TokenCursor::op(int i, QLatin1StringView text) const
{
    return i >= 0 && i < size() && m_tokens.at(i).kind == Kind::Punctuation && m_tokens.at(i).text == text;
}

bool TokenCursor::isIdentifier(int i) const
{
    return i >= 0 && i < size() && (m_tokens.at(i).kind == Kind::Word || m_tokens.at(i).kind == Kind::QuotedIdentifier);
}

bool TokenCursor::isStatementStart(int i) const { return word(i, "SELECT") || word(i, "WITH") || word(i, "VALUES"); }

bool TokenCursor::isClauseWord(int i) const
{
    static const QStringList words = { QStringLiteral("ON"), QStringLiteral("USING"), QStringLiteral("NATURAL"),
        QStringLiteral("LEFT"), QStringLiteral("RIGHT"), QStringLiteral("FULL"), QStringLiteral("INNER"),
        QStringLiteral("CROSS"), QStringLiteral("OUTER"), QStringLiteral("JOIN"), QStringLiteral("WHERE"),
        QStringLiteral("GROUP"), QStringLiteral("ORDER"), QStringLiteral("LIMIT"), QStringLiteral("INDEXED"),
        QStringLiteral("NOT"), QStringLiteral("WINDOW"), QStringLiteral("HAVING"), QStringLiteral("UNION"),
        QStringLiteral("EXCEPT"), QStringLiteral("INTERSECT"), QStringLiteral("SET"), QStringLiteral("RETURNING"),
        QStringLiteral("VALUES"), QStringLiteral("DEFAULT"), QStringLiteral("SELECT"), QStringLiteral("FROM") };
    return i >= 0 && i < size() && m_tokens.at(i).kind == Kind::Word
        && words.contains(m_tokens.at(i).text, Qt::CaseInsensitive);
}

int TokenCursor::find(int b, int e, const char* keyword) const
{
    for (int i = b; i < e; i = next(i)) {
        if (word(i, keyword))
            return i;
    }
    return -1;
}

} // namespace godwit::queries
