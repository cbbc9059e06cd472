// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementchecks.h"

#include "schema/identifier.h"

#include <algorithm>

namespace godwit::lint {

using plan::ScriptStatement;
using schema::SqlToken;

namespace {

    LintFinding finding(const char* code, const QString& message, const QString& file, const ScriptStatement& s,
        qsizetype tokenOffset = 0)
    {
        LintFinding f;
        f.code = QString::fromLatin1(code);
        f.severity = LintRule::find(f.code)->severity;
        f.message = message;
        f.file = file;
        // The statement's position, moved to the token the finding is about.
        const QStringView before = QStringView(s.text).left(tokenOffset);
        const auto newlines = before.count(QLatin1Char('\n'));
        f.line = s.line + static_cast<int>(newlines);
        f.column = newlines == 0 ? s.column + static_cast<int>(tokenOffset)
                                 : static_cast<int>(tokenOffset - before.lastIndexOf(QLatin1Char('\n')));
        return f;
    }

    bool isLiteral(const SqlToken& t)
    {
        return t.kind == SqlToken::Kind::Number || t.kind == SqlToken::Kind::String || t.kind == SqlToken::Kind::Blob
            || t.is(QLatin1StringView("NULL")) || t.is(QLatin1StringView("TRUE")) || t.is(QLatin1StringView("FALSE"));
    }

    // ALTER TABLE t ADD [COLUMN] name ...: checks the column definition.
    void checkAddColumn(const ScriptStatement& s, const QString& file, QList<LintFinding>* out)
    {
        const auto& t = s.tokens;
        qsizetype i = 0;
        while (i < t.size() && !t[i].is(QLatin1StringView("ADD")))
            ++i;
        if (i >= t.size())
            return;
        ++i;
        if (i < t.size() && t[i].is(QLatin1StringView("COLUMN")))
            ++i;
        if (i >= t.size())
            return;
        const QString column = t[i].identifier();
        const QString table = t.size() > 2 ? t[2].identifier() : QString();
        bool notNull = false;
        bool hasDefault = false;
        bool generated = false;
        for (qsizetype k = i + 1; k < t.size(); ++k) {
            if (t[k].is(QLatin1StringView("NOT")) && k + 1 < t.size() && t[k + 1].is(QLatin1StringView("NULL")))
                notNull = true;
            if (t[k].is(QLatin1StringView("GENERATED"))
                || (t[k].is(QLatin1StringView("AS")) && k + 1 < t.size() && t[k + 1].isPunct(QLatin1Char('('))))
                generated = true;
            if (!t[k].is(QLatin1StringView("DEFAULT")) || k + 1 >= t.size())
                continue;
            hasDefault = true;
            const SqlToken& v = t[k + 1];
            bool constant = isLiteral(v)
                || ((v.isPunct(QLatin1Char('-')) || v.isPunct(QLatin1Char('+'))) && k + 2 < t.size()
                    && isLiteral(t[k + 2]));
            if (v.isPunct(QLatin1Char('('))) {
                // ( literal ) is constant; anything longer is an expression.
                constant = k + 3 < t.size() && isLiteral(t[k + 2]) && t[k + 3].isPunct(QLatin1Char(')'));
            }
            if (!constant)
                out->append(finding("GW006",
                    QStringLiteral("adds %1.%2 with the non-constant default %3, which ALTER TABLE ADD COLUMN refuses")
                        .arg(table, column, v.text),
                    file, s, v.offset));
        }
        if (notNull && !hasDefault && !generated)
            out->append(finding("GW004",
                QStringLiteral("adds %1.%2 NOT NULL without a default: existing rows have no value, SQLite refuses it")
                    .arg(table, column),
                file, s, t[i].offset));
    }

} // namespace

QList<LintFinding> StatementChecks::check(
    const QList<ScriptStatement>& statements, const QString& file, bool inTransaction)
{
    QList<LintFinding> out;
    bool transaction = inTransaction;
    QStringList droppedTables; // lower-case names dropped so far: a later RENAME TO one of them is a rebuild
    QList<const ScriptStatement*> rebuilds; // the RENAME statements of rebuilds still waiting for foreign_key_check
    for (const ScriptStatement& s : statements) {
        const auto& t = s.tokens;
        if (t.isEmpty())
            continue;
        if (s.startsWith({ "BEGIN" }) || (s.startsWith({ "SAVEPOINT" }) && !transaction))
            transaction = true;
        else if (s.startsWith({ "COMMIT" }) || s.startsWith({ "END" })
            || (s.startsWith({ "ROLLBACK" }) && !(t.size() > 1 && t[1].is(QLatin1StringView("TO")))))
            transaction = false;
        if (s.startsWith({ "PRAGMA" }) && t.size() > 1 && schema::sameIdentifier(t[1].identifier(), u"foreign_keys")
            && transaction)
            out << finding("GW011",
                inTransaction ? QStringLiteral("PRAGMA foreign_keys in a file that runs inside a transaction (Flyway's "
                                               "default): SQLite ignores it")
                              : QStringLiteral("PRAGMA foreign_keys between BEGIN and COMMIT: SQLite ignores it"),
                file, s);
        // PRAGMA foreign_key_check, or a statement reading pragma_foreign_key_check such as the
        // guard Godwit's plans end a rebuild with (a CHECK that fails the script on a violation).
        if ((s.startsWith({ "PRAGMA" }) && t.size() > 1
                && schema::sameIdentifier(t[1].identifier(), u"foreign_key_check"))
            || std::ranges::any_of(t, [](const SqlToken& token) {
                   return token.kind != SqlToken::Kind::String
                       && schema::sameIdentifier(token.identifier(), u"pragma_foreign_key_check");
               }))
            rebuilds.clear();
        if (s.startsWith({ "ALTER", "TABLE" }) && t.size() > 4 && t[3].is(QLatin1StringView("ADD")))
            checkAddColumn(s, file, &out);
        if (s.startsWith({ "DROP", "TABLE" })) {
            const qsizetype name = t.size() > 4 && t[2].is(QLatin1StringView("IF")) ? 4 : 2;
            if (name < t.size())
                droppedTables << schema::identifierKey(t[name].identifier());
        }
        if (s.startsWith({ "ALTER", "TABLE" }) && t.size() > 5 && t[3].is(QLatin1StringView("RENAME"))
            && t[4].is(QLatin1StringView("TO")) && droppedTables.contains(schema::identifierKey(t[5].identifier())))
            rebuilds << &s;
    }
    for (const ScriptStatement* s : rebuilds)
        out << finding("GW009",
            QStringLiteral(
                "rebuilds %1 (drop, then rename the copy into place) with no PRAGMA foreign_key_check after it")
                .arg(s->tokens[5].identifier()),
            file, *s);
    return out;
}

} // namespace godwit::lint
