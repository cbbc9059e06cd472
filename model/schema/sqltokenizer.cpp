// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltokenizer.h"

#include "identifier.h"

#include <algorithm>

namespace godwit::schema {

namespace {

    // SQLite's character classes are ASCII-only (sqlite3CtypeMap): a non-ASCII digit or space is
    // an identifier character like any other byte >= 0x80.
    bool isAsciiDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

    bool isHexDigit(QChar c)
    {
        return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    }

    bool isSqlSpace(QChar c)
    {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\f')
            || c == QLatin1Char('\r');
    }

    bool isIdStart(QChar c)
    {
        // SQLite treats every byte >= 0x80 as an identifier character, so any non-ASCII letter is one.
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || c == QLatin1Char('_') || c.unicode() >= 0x80;
    }

    bool isIdChar(QChar c) { return isIdStart(c) || isAsciiDigit(c) || c == QLatin1Char('$'); }

    // Upper-cases ASCII letters only: SQLite folds case for ASCII alone, so "ä" and "Ä" stay different names.
    QString asciiUpper(QStringView s)
    {
        QString out = s.toString();
        for (QChar& c : out) {
            if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                c = QChar(c.unicode() - 'a' + 'A');
        }
        return out;
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

    // The one scanner behind tokenize() and significantTokens(); dropping trivia here saves
    // building their strings, which is most of the cost on a 1,000-table schema.
    QList<SqlToken> scan(QStringView s, bool keepTrivia)
    {
        QList<SqlToken> tokens;
        tokens.reserve(s.size() / (keepTrivia ? 3 : 6) + 4);
        qsizetype i = 0;
        auto push = [&](SqlToken::Kind kind, qsizetype length) {
            if (keepTrivia || (kind != SqlToken::Kind::Whitespace && kind != SqlToken::Kind::Comment))
                tokens.append(SqlToken { kind, i, length, s.mid(i, length).toString() });
            i += length;
        };
        while (i < s.size()) {
            const QChar c = s[i];
            const QChar next = i + 1 < s.size() ? s[i + 1] : QChar();
            if (isSqlSpace(c)) {
                qsizetype j = i;
                while (j < s.size() && isSqlSpace(s[j]))
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
                // Like tokenize.c: a blob needs an even number of hex digits, else the token is illegal.
                const QStringView hex = s.mid(i + 2, std::max<qsizetype>(0, len - 3));
                ok = ok && hex.size() % 2 == 0 && std::ranges::all_of(hex, isHexDigit);
                push(ok ? SqlToken::Kind::Blob : SqlToken::Kind::Invalid, len);
            } else if (isAsciiDigit(c) || (c == QLatin1Char('.') && isAsciiDigit(next))) {
                qsizetype j = i;
                auto digits = [&] {
                    while (j < s.size() && (isAsciiDigit(s[j]) || s[j] == QLatin1Char('_')))
                        ++j;
                };
                if (c == QLatin1Char('0') && (next == QLatin1Char('x') || next == QLatin1Char('X')) && i + 2 < s.size()
                    && isHexDigit(s[i + 2])) {
                    j += 2;
                    while (j < s.size() && isHexDigit(s[j]))
                        ++j;
                } else {
                    digits();
                    if (j < s.size() && s[j] == QLatin1Char('.')) {
                        ++j;
                        digits();
                    }
                    if (j < s.size() && (s[j] == QLatin1Char('e') || s[j] == QLatin1Char('E'))) {
                        qsizetype k = j + 1;
                        if (k < s.size() && (s[k] == QLatin1Char('+') || s[k] == QLatin1Char('-')))
                            ++k;
                        if (k < s.size() && isAsciiDigit(s[k])) {
                            j = k;
                            while (j < s.size() && isAsciiDigit(s[j]))
                                ++j;
                        }
                    }
                }
                // "12abc" is one illegal token in SQLite, not a number followed by a name.
                bool illegal = false;
                while (j < s.size() && isIdChar(s[j])) {
                    illegal = true;
                    ++j;
                }
                push(illegal ? SqlToken::Kind::Invalid : SqlToken::Kind::Number, j - i);
            } else if (isIdStart(c)) {
                qsizetype j = i;
                while (j < s.size() && isIdChar(s[j]))
                    ++j;
                push(SqlToken::Kind::Word, j - i);
            } else if (c == QLatin1Char('?')) {
                qsizetype j = i + 1;
                while (j < s.size() && isAsciiDigit(s[j]))
                    ++j;
                push(SqlToken::Kind::Variable, j - i);
            } else if ((c == QLatin1Char(':') || c == QLatin1Char('@') || c == QLatin1Char('$')
                           || c == QLatin1Char('#'))
                && isIdChar(next)) {
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
                        len = (op == QLatin1StringView("->") && i + 2 < s.size() && s[i + 2] == QLatin1Char('>')) ? 3
                                                                                                                  : 2;
                        break;
                    }
                }
                // A lone '!' is illegal in SQLite; only "!=" is an operator.
                static const QString singles = QStringLiteral("(),;.+-*/%=<>&|~");
                push(singles.contains(c) || len > 1 ? SqlToken::Kind::Punctuation : SqlToken::Kind::Invalid, len);
            }
        }
        return tokens;
    }

} // namespace

QList<SqlToken> SqlTokenizer::tokenize(QStringView sql) { return scan(sql, true); }

QList<SqlToken> SqlTokenizer::significantTokens(QStringView sql) { return scan(sql, false); }

QString SqlTokenizer::normalized(QStringView sql)
{
    QString out;
    const QList<SqlToken> tokens = significantTokens(sql);
    const SqlToken* previous = nullptr;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const SqlToken& t = tokens[k];
        QString piece;
        switch (t.kind) {
        case SqlToken::Kind::Word:
            piece = asciiUpper(t.text);
            break;
        case SqlToken::Kind::QuotedIdentifier:
            piece = asciiUpper(schema::quoteIdentifierIfNeeded(t.identifier()));
            break;
        case SqlToken::Kind::Blob:
            piece = asciiUpper(t.text);
            break; // x'ab' and X'AB' are the same value
        default:
            piece = t.text;
            break;
        }
        // Drop a trailing statement terminator so "x;" and "x" compare equal.
        if (t.isPunct(QLatin1Char(';')) && k == tokens.size() - 1)
            break;
        // Glue decided by tokens, not by the text so far: a string literal ending in '(' must not glue.
        const bool glue = previous
            && (t.isPunct(QLatin1Char('(')) || t.isPunct(QLatin1Char(')')) || t.isPunct(QLatin1Char(','))
                || t.isPunct(QLatin1Char('.')) || previous->isPunct(QLatin1Char('('))
                || previous->isPunct(QLatin1Char('.')));
        if (previous && !glue)
            out += QLatin1Char(' ');
        out += piece;
        previous = &t;
    }
    return out;
}

} // namespace godwit::schema
