// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptsplitter.h"

#include "schema/sqltokenizer.h"

#include <algorithm>

namespace godwit::migrations {

namespace {

    using schema::SqlToken;

    // sqlite3_complete()'s token classes and states (complete.c).
    enum Tk { Semi, Ws, Other, Explain, Create, Temp, Trigger, End };
    enum State { Invalid, Start, Normal, ExplainState, CreateState, TriggerState, SemiState, EndState };
    constexpr quint8 kTrans[8][8] = {
        /* Invalid */ { Start, Invalid, Normal, ExplainState, CreateState, Normal, Normal, Normal },
        /* Start   */ { Start, Start, Normal, ExplainState, CreateState, Normal, Normal, Normal },
        /* Normal  */ { Start, Normal, Normal, Normal, Normal, Normal, Normal, Normal },
        /* Explain */ { Start, ExplainState, ExplainState, Normal, CreateState, Normal, Normal, Normal },
        /* Create  */ { Start, CreateState, Normal, Normal, Normal, CreateState, TriggerState, Normal },
        /* Trigger */
        { SemiState, TriggerState, TriggerState, TriggerState, TriggerState, TriggerState, TriggerState, TriggerState },
        /* Semi    */
        { SemiState, SemiState, TriggerState, TriggerState, TriggerState, TriggerState, TriggerState, EndState },
        /* End     */
        { Start, EndState, TriggerState, TriggerState, TriggerState, TriggerState, TriggerState, TriggerState },
    };

    Tk classify(const SqlToken& t)
    {
        if (t.isTrivia())
            return Ws;
        if (t.isPunct(QLatin1Char(';')))
            return Semi;
        if (t.kind != SqlToken::Kind::Word)
            return Other;
        if (t.is(QLatin1String("EXPLAIN")))
            return Explain;
        if (t.is(QLatin1String("CREATE")))
            return Create;
        if (t.is(QLatin1String("TEMP")) || t.is(QLatin1String("TEMPORARY")))
            return Temp;
        if (t.is(QLatin1String("TRIGGER")))
            return Trigger;
        if (t.is(QLatin1String("END")))
            return End;
        return Other;
    }

    // PRAGMAs SQLite ignores or refuses inside a transaction when they set a value
    // (pragma.html: foreign_keys "is a no-op within a transaction"; journal_mode cannot
    // enter or leave WAL, synchronous and temp_store cannot change, inside one).
    const QStringList kNonTransactionalPragmas = { QStringLiteral("FOREIGN_KEYS"), QStringLiteral("JOURNAL_MODE"),
        QStringLiteral("SYNCHRONOUS"), QStringLiteral("TEMP_STORE"), QStringLiteral("WAL_CHECKPOINT") };

    void classifyStatement(ScriptStatement& s, const QList<SqlToken>& tokens)
    {
        if (tokens.isEmpty())
            return;
        const SqlToken& first = tokens.constFirst();
        s.keyword = first.text.toUpper();
        if (first.is(QLatin1String("PRAGMA"))) {
            // PRAGMA [schema.]name [= value | (value)]
            qsizetype i = 1;
            if (i + 1 < tokens.size() && tokens.at(i + 1).isPunct(QLatin1Char('.')))
                i += 2;
            if (i >= tokens.size())
                return;
            const QString name = tokens.at(i).identifier().toUpper();
            s.keyword = QStringLiteral("PRAGMA ") + name;
            const bool sets = i + 1 < tokens.size()
                && (tokens.at(i + 1).isPunct(QLatin1Char('=')) || tokens.at(i + 1).isPunct(QLatin1Char('(')));
            if (kNonTransactionalPragmas.contains(name) && (sets || name == QLatin1String("WAL_CHECKPOINT"))) {
                s.kind = ScriptStatement::Kind::NonTransactional;
                s.reason = name == QLatin1String("FOREIGN_KEYS")
                    ? QStringLiteral("SQLite ignores PRAGMA foreign_keys inside a transaction")
                    : QStringLiteral("SQLite cannot change PRAGMA %1 inside a transaction").arg(name.toLower());
            }
            return;
        }
        if (first.is(QLatin1String("VACUUM"))) {
            for (const SqlToken& t : tokens) {
                if (t.is(QLatin1String("INTO"))) {
                    s.kind = ScriptStatement::Kind::Forbidden;
                    s.reason = QStringLiteral("VACUUM INTO writes a file outside the working copy");
                    return;
                }
            }
            s.kind = ScriptStatement::Kind::NonTransactional;
            s.reason = QStringLiteral("SQLite cannot VACUUM inside a transaction");
            return;
        }
        if (first.is(QLatin1String("ATTACH")) || first.is(QLatin1String("DETACH"))) {
            s.kind = ScriptStatement::Kind::Forbidden;
            s.reason = QStringLiteral("%1 could reach a database outside the working copy").arg(s.keyword);
            return;
        }
        if (first.is(QLatin1String("BEGIN")) || first.is(QLatin1String("COMMIT")) || first.is(QLatin1String("END"))) {
            s.kind = ScriptStatement::Kind::TransactionControl;
            s.reason = QStringLiteral("the migrator runs each file in its own transaction");
            return;
        }
        if (first.is(QLatin1String("ROLLBACK"))) {
            const bool toSavepoint
                = std::ranges::any_of(tokens, [](const SqlToken& t) { return t.is(QLatin1String("TO")); });
            if (!toSavepoint) {
                s.kind = ScriptStatement::Kind::Forbidden;
                s.reason = QStringLiteral("ROLLBACK would end the migrator's transaction for this file");
            }
        }
    }

} // namespace

QList<ScriptStatement> ScriptSplitter::split(QStringView sql)
{
    const QList<SqlToken> tokens = schema::SqlTokenizer::tokenize(sql);
    QList<ScriptStatement> out;
    QList<SqlToken> significant;
    qsizetype begin = -1;
    qsizetype endOffset = -1;
    int state = Start;
    auto finish = [&] {
        if (begin >= 0 && !significant.isEmpty()) {
            ScriptStatement s;
            s.offset = begin;
            s.length = endOffset - begin;
            s.text = sql.sliced(begin, s.length).toString();
            classifyStatement(s, significant);
            out.append(s);
        }
        significant.clear();
        begin = -1;
    };
    for (const SqlToken& t : tokens) {
        const Tk tk = classify(t);
        state = kTrans[state][tk];
        if (tk == Ws)
            continue;
        if (tk == Semi && state == Start) {
            endOffset = t.offset + t.length;
            finish();
            continue;
        }
        if (begin < 0)
            begin = t.offset;
        endOffset = t.offset + t.length;
        significant.append(t);
    }
    finish(); // a last statement without ';' still runs in SQLite
    return out;
}

} // namespace godwit::migrations
