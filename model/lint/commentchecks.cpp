// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentchecks.h"

#include "schema/sqltokenizer.h"
#include "sqlite/commenttext.h"

#include <QRegularExpression>

namespace godwit::lint {

using schema::SqlToken;

namespace {

    bool isHiddenBreak(QChar c)
    {
        return c == QLatin1Char('\r') || c == QLatin1Char('\v') || c == QLatin1Char('\f') || c.unicode() == 0x85
            || c.unicode() == 0x2028 || c.unicode() == 0x2029;
    }

    bool isBidiControl(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
    }

    QString describe(QChar c) { return sqlite::commentText(QString(c)); }

    // What follows `from` up to the end of the comment, on one line and shortened, for the message.
    QString snippet(QStringView text)
    {
        QString s = sqlite::commentText(text.trimmed());
        if (s.size() > 60)
            s = s.left(57) + QStringLiteral("...");
        return s;
    }

    // A line inside a block comment that reads as a whole statement: "DROP TABLE victim;".
    bool readsAsStatement(QStringView line)
    {
        static const QRegularExpression statement(
            QStringLiteral("^\\s*\\**\\s*(ALTER|ANALYZE|ATTACH|BEGIN|COMMIT|CREATE|DELETE|DETACH|DROP|END|INSERT|"
                           "PRAGMA|REINDEX|RELEASE|REPLACE|ROLLBACK|SAVEPOINT|SELECT|UPDATE|VACUUM|WITH)\\b.*;\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        return statement.match(line.toString()).hasMatch();
    }

    class Checker {
    public:
        Checker(const QString& sql, const QString& file)
            : m_sql(sql)
            , m_file(file)
        {
        }

        QList<LintFinding> run()
        {
            for (const SqlToken& t : schema::SqlTokenizer::tokenize(m_sql)) {
                if (t.kind != SqlToken::Kind::Comment)
                    continue;
                checkControls(t);
                if (t.text.startsWith(QLatin1String("/*")))
                    checkBlock(t);
            }
            return m_findings;
        }

    private:
        void add(qsizetype offset, const QString& message)
        {
            LintFinding f;
            f.code = QStringLiteral("GW013");
            f.severity = LintRule::find(f.code)->severity;
            f.message = message;
            f.file = m_file;
            const QStringView before = QStringView(m_sql).left(offset);
            f.line = static_cast<int>(before.count(QLatin1Char('\n'))) + 1;
            f.column = static_cast<int>(offset - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
            m_findings << f;
        }

        void checkControls(const SqlToken& t)
        {
            const bool line = t.text.startsWith(QLatin1String("--"));
            for (qsizetype i = 0; i < t.text.size(); ++i) {
                const QChar c = t.text[i];
                const QStringView rest = QStringView(t.text).mid(i + 1);
                if (line && isHiddenBreak(c) && !rest.trimmed().isEmpty()) {
                    add(t.offset + i,
                        QStringLiteral("a -- comment holds %1, where editors start a new line but SQLite does not: "
                                       "\"%2\" looks like SQL yet never runs")
                            .arg(describe(c), snippet(rest)));
                    return;
                }
                if (isBidiControl(c)) {
                    add(t.offset + i,
                        QStringLiteral("a comment holds the bidi control %1, which reorders what a reader sees")
                            .arg(describe(c)));
                    return;
                }
            }
        }

        void checkBlock(const SqlToken& t)
        {
            const bool closed = t.text.size() >= 4 && t.text.endsWith(QLatin1String("*/"));
            const QStringView body = QStringView(t.text).mid(2, t.text.size() - (closed ? 4 : 2));
            if (!closed) {
                if (!body.trimmed().isEmpty())
                    add(t.offset,
                        QStringLiteral("a /* comment is never closed: SQLite skips the rest of the file "
                                       "without a word"));
                return;
            }
            if (const qsizetype nested = body.indexOf(QLatin1String("/*")); nested >= 0) {
                add(t.offset + 2 + nested,
                    QStringLiteral("a /* comment holds another /*: SQLite does not nest comments, so the first */ "
                                   "ends both and what follows it runs"));
                return;
            }
            qsizetype start = 0;
            for (QStringView line : body.split(QLatin1Char('\n'))) {
                if (start > 0 && readsAsStatement(line)) {
                    add(t.offset + 2 + start,
                        QStringLiteral("a /* comment holds a line that reads as a statement but never runs: "
                                       "\"%1\"")
                            .arg(snippet(line)));
                    return;
                }
                start += line.size() + 1;
            }
        }

        const QString& m_sql;
        QString m_file;
        QList<LintFinding> m_findings;
    };

} // namespace

QList<LintFinding> CommentChecks::check(const QString& sql, const QString& file) { return Checker(sql, file).run(); }

} // namespace godwit::lint
