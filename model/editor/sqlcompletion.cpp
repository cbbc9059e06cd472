// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcompletion.h"

#include "schema/identifier.h"
#include "schema/schema.h"
#include "schema/sqltokenizer.h"
#include "sqlkeywords.h"

#include <algorithm>

#include <QSet>

namespace godwit::editor {

namespace {

    using schema::SqlToken;

    bool isWordChar(QChar c)
    {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$') || c.unicode() >= 0x80;
    }

    // Inside a string, quoted name or comment nothing is offered.
    bool insideLiteral(const QList<SqlToken>& tokens)
    {
        if (tokens.isEmpty())
            return false;
        const SqlToken& last = tokens.constLast();
        if (last.kind == SqlToken::Kind::Comment)
            return last.text.startsWith(QLatin1String("--")) || !last.text.endsWith(QLatin1String("*/"));
        return last.kind == SqlToken::Kind::Invalid && !last.text.isEmpty()
            && QStringView(u"'\"[`/").contains(last.text.front());
    }

    // The table or view a qualifier names: itself, or the one an alias in the statement stands for.
    QString resolveQualifier(const schema::Schema& schema, const QString& qualifier, const QList<SqlToken>& statement)
    {
        if (schema.table(qualifier) || schema.view(qualifier))
            return qualifier;
        // FROM/JOIN/UPDATE/INTO name [AS] alias
        for (qsizetype i = 0; i + 1 < statement.size(); ++i) {
            const SqlToken& t = statement.at(i);
            if (!(t.is(QLatin1String("FROM")) || t.is(QLatin1String("JOIN")) || t.is(QLatin1String("UPDATE"))
                    || t.is(QLatin1String("INTO"))))
                continue;
            qsizetype n = i + 1;
            if (!statement.at(n).isName())
                continue;
            const QString table = statement.at(n).identifier();
            ++n;
            if (n < statement.size() && statement.at(n).is(QLatin1String("AS")))
                ++n;
            if (n < statement.size() && statement.at(n).isName()
                && schema::sameIdentifier(statement.at(n).identifier(), qualifier))
                return table;
        }
        return {};
    }

    QString quoted(const QString& name) { return schema::quoteIdentifierIfNeeded(name); }

} // namespace

Completions SqlCompletion::complete(const schema::Schema& schema, QStringView text, QStringView after)
{
    Completions out;
    const QList<SqlToken> all = schema::SqlTokenizer::tokenize(text);
    if (insideLiteral(all))
        return out;
    qsizetype start = text.size();
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    out.prefix = text.mid(start).toString();

    // The statement being typed: tokens after the last ';' (good enough outside trigger bodies).
    QList<SqlToken> statement;
    for (const SqlToken& t : all) {
        if (t.isTrivia())
            continue;
        if (t.isPunct(QLatin1Char(';')))
            statement.clear();
        else
            statement.append(t);
    }
    for (const SqlToken& t : schema::SqlTokenizer::significantTokens(after)) {
        if (t.isPunct(QLatin1Char(';')))
            break;
        statement.append(t);
    }

    QStringList names;
    auto matches = [&](const QString& name) { return name.startsWith(out.prefix, Qt::CaseInsensitive); };
    if (start > 0 && text.at(start - 1) == QLatin1Char('.')) {
        const QList<SqlToken> before = schema::SqlTokenizer::significantTokens(text.left(start - 1));
        if (before.isEmpty() || !before.constLast().isName())
            return out;
        out.qualifier = resolveQualifier(schema, before.constLast().identifier(), statement);
        if (const schema::Table* t = schema.table(out.qualifier)) {
            for (const schema::Column& c : t->columns) {
                if (!c.hidden && matches(c.name))
                    names << quoted(c.name);
            }
        } else if (const schema::View* v = schema.view(out.qualifier)) {
            for (const QString& c : v->columns) {
                if (matches(c))
                    names << quoted(c);
            }
        }
    } else {
        if (out.prefix.isEmpty())
            return out;
        QSet<QString> seen;
        auto add = [&](const QString& name) {
            if (matches(name) && !seen.contains(schema::identifierKey(name))) {
                seen.insert(schema::identifierKey(name));
                names << quoted(name);
            }
        };
        for (const schema::Table& t : schema.tables) {
            add(t.name);
            for (const schema::Column& c : t.columns) {
                if (!c.hidden)
                    add(c.name);
            }
            for (const schema::Index& i : t.indexes) {
                if (i.origin == schema::IndexOrigin::CreateIndex)
                    add(i.name);
            }
        }
        for (const schema::View& v : schema.views)
            add(v.name);
        for (const schema::Trigger& t : schema.triggers)
            add(t.name);
        for (const QString& k : SqlKeywords::keywords()) {
            if (matches(k) && !seen.contains(schema::identifierKey(k))) {
                seen.insert(schema::identifierKey(k));
                names << k; // a keyword is never quoted
            }
        }
    }
    std::ranges::sort(names, [](const QString& a, const QString& b) {
        const int c = schema::compareIdentifiers(a, b);
        return c != 0 ? c < 0 : a < b;
    });
    out.candidates = names;
    return out;
}

} // namespace godwit::editor
