// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltokenizer.h"

#include "sqlite/identifier.h"

namespace godwit::schema {

namespace {

bool isIdStart(QChar c)
{
    // SQLite treats every byte >= 0x80 as an identifier character, so any non-ASCII letter is one.
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool isIdChar(QChar c)
{
    return isIdStart(c) || c.isDigit() || c == QLatin1Char('$');
}

// Returns the length of a quoted run starting at `i`, where a doubled `close` is an escape.
qsizetype quotedLength(QStringView s, qsizetype i, QChar close, bool doubling, bool* terminated)
{
    qsizetype j = i + 1;
    while (j < s.size()) {
        if (s[j] == close) {
            if (doubling && j + 1 < s.size() && s[j + 1] == close) {
                j += 2;
                continue;
            }
            *terminated = true;
            return j + 1 - i;
        }
        ++j;
    }
    *terminated = false;
    return s.size() - i;
}

} // namespace

QList<SqlToken> SqlTokenizer::tokenize(QStringView s)
{
    QList<SqlToken> tokens;
    qsizetype i = 0;
    auto push = [&](SqlToken::Kind kind, qsizetype length) {
        tokens.append(SqlToken { kind, i, length, s.mid(i, length).toString() });
        i += length;
    };
    while (i < s.size()) {
        const QChar c = s[i];
        const QChar next = i + 1 < s.size() ? s[i + 1] : QChar();
        if (c.isSpace()) {
            qsizetype j = i;
            while (j < s.size() && s[j].isSpace())
                ++j;
            push(SqlToken::Kind::Whitespace, j - i);
        } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            qsizetype j = i;
            while (j < s.size() && s[j] != QLatin1Char('\n'))
                ++j;
            push(SqlToken::Kind::Comment, j - i);
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = s.indexOf(QLatin1String("*/"), i + 2);
            // SQLite accepts an unterminated block comment at the end of input.
            push(SqlToken::Kind::Comment, end < 0 ? s.size() - i : end + 2 - i);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            bool ok = false;
            const qsizetype len = quotedLength(s, i, c, true, &ok);
            push(!ok ? SqlToken::Kind::Invalid
                     : (c == QLatin1Char('\'') ? SqlToken::Kind::String : SqlToken::Kind::QuotedIdentifier),
                len);
        } else if (c == QLatin1Char('[')) {
            bool ok = false;
            const qsizetype len = quotedLength(s, i, QLatin1Char(']'), false, &ok);
            push(ok ? SqlToken::Kind::QuotedIdentifier : SqlToken::Kind::Invalid, len);
        } else if ((c == QLatin1Char('x') || c == QLatin1Char('X')) && next == QLatin1Char('\'')) {
            bool ok = false;
            const qsizetype len = 1 + quotedLength(s, i + 1, QLatin1Char('\''), false, &ok);
            push(ok ? SqlToken::Kind::Blob : SqlToken::Kind::Invalid, len);
        } else if (c.isDigit() || (c == QLatin1Char('.') && next.isDigit())) {
            qsizetype j = i;
            if (c == QLatin1Char('0') && (next == QLatin1Char('x') || next == QLatin1Char('X'))) {
                j += 2;
                while (j < s.size() && (s[j].isDigit() || QStringLiteral("abcdefABCDEF").contains(s[j])))
                    ++j;
            } else {
                while (j < s.size() && (s[j].isDigit() || s[j] == QLatin1Char('.') || s[j] == QLatin1Char('_')))
                    ++j;
                if (j < s.size() && (s[j] == QLatin1Char('e') || s[j] == QLatin1Char('E'))) {
                    qsizetype k = j + 1;
                    if (k < s.size() && (s[k] == QLatin1Char('+') || s[k] == QLatin1Char('-')))
                        ++k;
                    if (k < s.size() && s[k].isDigit()) {
                        j = k;
                        while (j < s.size() && s[j].isDigit())
                            ++j;
                    }
                }
            }
            push(SqlToken::Kind::Number, j - i);
        } else if (isIdStart(c)) {
            qsizetype j = i;
            while (j < s.size() && isIdChar(s[j]))
                ++j;
            push(SqlToken::Kind::Word, j - i);
        } else if (c == QLatin1Char('?')) {
            qsizetype j = i + 1;
            while (j < s.size() && s[j].isDigit())
                ++j;
            push(SqlToken::Kind::Variable, j - i);
        } else if ((c == QLatin1Char(':') || c == QLatin1Char('@') || c == QLatin1Char('$')) && isIdChar(next)) {
            qsizetype j = i + 1;
            while (j < s.size() && (isIdChar(s[j]) || s[j] == QLatin1Char(':')))
                ++j;
            push(SqlToken::Kind::Variable, j - i);
        } else {
            static const QLatin1StringView twoChar[] = { QLatin1StringView("||"), QLatin1StringView("<="),
                QLatin1StringView(">="), QLatin1StringView("=="), QLatin1StringView("!="), QLatin1StringView("<>"),
                QLatin1StringView("<<"), QLatin1StringView(">>"), QLatin1StringView("->") };
            qsizetype len = 1;
            for (auto op : twoChar) {
                if (s.mid(i).startsWith(op)) {
                    len = (op == QLatin1StringView("->") && i + 2 < s.size() && s[i + 2] == QLatin1Char('>')) ? 3 : 2;
                    break;
                }
            }
            static const QString singles = QStringLiteral("(),;.+-*/%=<>&|~!");
            push(singles.contains(c) || len > 1 ? SqlToken::Kind::Punctuation : SqlToken::Kind::Invalid, len);
        }
    }
    return tokens;
}

QList<SqlToken> SqlTokenizer::significantTokens(QStringView sql)
{
    QList<SqlToken> out;
    for (SqlToken& t : tokenize(sql)) {
        if (!t.isTrivia())
            out.append(std::move(t));
    }
    return out;
}

QString SqlTokenizer::normalized(QStringView sql)
{
    QString out;
    const QList<SqlToken> tokens = significantTokens(sql);
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const SqlToken& t = tokens[k];
        QString piece;
        switch (t.kind) {
        case SqlToken::Kind::Word: piece = t.text.toUpper(); break;
        case SqlToken::Kind::QuotedIdentifier: piece = sqlite::quoteIdentifierIfNeeded(t.identifier()).toUpper(); break;
        default: piece = t.text; break;
        }
        // Drop a trailing statement terminator so "x;" and "x" compare equal.
        if (t.isPunct(QLatin1Char(';')) && k == tokens.size() - 1)
            break;
        const bool glue = !out.isEmpty()
            && (t.isPunct(QLatin1Char('(')) || t.isPunct(QLatin1Char(')')) || t.isPunct(QLatin1Char(','))
                || t.isPunct(QLatin1Char('.')) || out.endsWith(QLatin1Char('(')) || out.endsWith(QLatin1Char('.')));
        if (!out.isEmpty() && !glue)
            out += QLatin1Char(' ');
        out += piece;
    }
    return out;
}

} // namespace godwit::schema
