// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "schema/identifier.h"
#include "schema/sqltokenizer.h"
#include "sqlite/commenttext.h"
#include "sqlite/database.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using godwit::schema::quoteIdentifier;
using godwit::sqlite::Database;
using godwit::test::CliRun;
using godwit::test::runGodwit;

// Names are data: a table or column may be called anything SQLite accepts between double quotes.
// Every writer of SQL must keep such a name inside its quotes and out of its comments, so that
// applying what Godwit wrote (with the sqlite3 shell, as a user would) makes exactly the intended
// change: the `victim` table and its rows survive, and the schema ends as the target says.
class TestCliHostileNames : public QObject {
    Q_OBJECT

    QString m_dir;
    int m_case = 0;

    // Runs `sqlite3 -bail db < script`; the shell is the tool a user applies generated files with.
    static bool applyWithShell(const QString& db, const QString& script, QString* error)
    {
        QProcess shell;
        shell.setStandardInputFile(script);
        shell.start(QStringLiteral("sqlite3"), { QStringLiteral("-bail"), db });
        if (!shell.waitForFinished(60000)) {
            *error = QStringLiteral("sqlite3 did not finish");
            return false;
        }
        *error = QString::fromUtf8(shell.readAllStandardError());
        return shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0;
    }

    static bool writeFile(const QString& path, const QString& text)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
    }

    static QString readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // The schema as sorted "type name on table: columns" lines (Godwit's own objects left out)
    // and the victim's rows.
    static QStringList shape(const QString& path)
    {
        QStringList out;
        auto db = Database::openWritable(path);
        if (!db)
            return { db.error().toString() };
        auto st = db->prepare(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_schema "
                                             "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE "
                                             "'godwit\\_%' ESCAPE '\\' ORDER BY type, name"));
        if (!st)
            return { st.error().toString() };
        while (st->step().value_or(false)) {
            QString line = QStringLiteral("%1 %2 on %3")
                               .arg(st->text(0), quoteIdentifier(st->text(1)), quoteIdentifier(st->text(2)));
            if (st->text(0) == QLatin1String("table")) {
                auto columns = db->prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
                if (columns && columns->bind(1, st->text(1))) {
                    QStringList names;
                    while (columns->step().value_or(false))
                        names << quoteIdentifier(columns->text(0));
                    line += QStringLiteral(": ") + names.join(QStringLiteral(", "));
                }
            }
            out << line;
        }
        auto rows = db->scalar(QStringLiteral("SELECT group_concat(v) FROM (SELECT v FROM victim ORDER BY v)"));
        out << QStringLiteral("victim rows: %1").arg(rows ? rows->toString() : rows.error().toString());
        return out;
    }

    // The migrations Godwit wrote into `folder` starting with `prefix` (V or U), in version order.
    static QStringList scripts(const QString& folder, const QString& prefix)
    {
        QStringList files = QDir(folder).entryList({ prefix + QStringLiteral("*.sql") }, QDir::Files);
        QCollator collator;
        collator.setNumericMode(true);
        std::ranges::sort(files, [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
        for (QString& f : files)
            f = QDir(folder).filePath(f);
        return files;
    }

    // Every SQL string of a plan JSON document ("sql", "rollbackSql", "batchSql", ...).
    static void collectSql(const QJsonValue& v, QStringList* out, const QString& key = {})
    {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                collectSql(it.value(), out, it.key());
        } else if (v.isArray()) {
            for (const QJsonValue& item : v.toArray())
                collectSql(item, out, key);
        } else if (v.isString() && (key == QLatin1String("sql") || key.endsWith(QLatin1String("Sql")))) {
            *out << v.toString();
        }
    }

    // The hostile names leave no trace outside quoted identifiers, and comments hold no line break
    // an editor would show, no bidi control and no nested block comment.
    static bool isInert(const QString& sql)
    {
        using godwit::schema::SqlToken;
        for (const SqlToken& t : godwit::schema::SqlTokenizer::tokenize(sql)) {
            if (t.kind == SqlToken::Kind::Word && t.is(QLatin1StringView("victim")))
                return false;
            if (t.kind == SqlToken::Kind::Invalid)
                return false;
            if (t.kind == SqlToken::Kind::Comment) {
                const QStringView body = QStringView(t.text).mid(2);
                for (QChar ch : body) {
                    if (ch == u'\r' || ch == u'\v' || ch == u'\f' || ch == QChar(0x2028) || ch == QChar(0x202e))
                        return false;
                }
                if (t.text.startsWith(u"/*") && body.contains(u"/*"))
                    return false;
            }
        }
        return true;
    }

    struct Case {
        QString dir;
        QString before; // database
        QString after; // script
        QString afterDb; // the script built by the shell: the expected result
    };

    // Before: victim, t and a table to drop, all named with `name`; after: a new table, a new
    // column and a new index with `name`, and the old table gone.
    Case makeCase(const QString& name)
    {
        Case c;
        c.dir = m_dir + QStringLiteral("/case%1").arg(++m_case);
        QDir().mkpath(c.dir);
        const QString q = quoteIdentifier(name);
        const QString dropped = quoteIdentifier(name + QStringLiteral("_old"));
        const QString common = QStringLiteral("CREATE TABLE victim (v INTEGER);\n");
        const QString beforeSql = common
            + QStringLiteral("INSERT INTO victim VALUES (1), (2);\n"
                             "CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT);\n"
                             "INSERT INTO t (b) VALUES ('x'), ('y');\n"
                             "CREATE TABLE %1 (%2 TEXT);\nINSERT INTO %1 VALUES ('gone');\n")
                  .arg(dropped, q);
        const QString afterSql = common
            + QStringLiteral("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT, %1 TEXT);\n"
                             "CREATE TABLE %2 (%1 INTEGER);\n"
                             "CREATE INDEX %3 ON t (b);\n")
                  .arg(q, quoteIdentifier(name + QStringLiteral("_new")), quoteIdentifier(name + QStringLiteral("_i")));
        const QString beforeScript = c.dir + QStringLiteral("/before.sql");
        c.after = c.dir + QStringLiteral("/after.sql");
        c.before = c.dir + QStringLiteral("/before.db");
        c.afterDb = c.dir + QStringLiteral("/expected.db");
        QString error;
        if (!writeFile(beforeScript, beforeSql) || !writeFile(c.after, afterSql)
            || !applyWithShell(c.before, beforeScript, &error) || !applyWithShell(c.afterDb, c.after, &error)) {
            qWarning("setting up %s: %s", qPrintable(c.dir), qPrintable(error));
            return {};
        }
        // The expected result keeps victim's rows (the target script creates it empty).
        if (!writeFile(c.dir + QStringLiteral("/rows.sql"), QStringLiteral("INSERT INTO victim VALUES (1), (2);\n"))
            || !applyWithShell(c.afterDb, c.dir + QStringLiteral("/rows.sql"), &error))
            return {};
        return c;
    }

    QString copyOf(const Case& c, const QString& name)
    {
        const QString path = c.dir + QLatin1Char('/') + name;
        QFile::remove(path);
        return QFile::copy(c.before, path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = godwit::test::scratchDir();
        QProcess probe;
        probe.start(QStringLiteral("sqlite3"), { QStringLiteral("-version") });
        QVERIFY2(probe.waitForFinished(10000) && probe.exitCode() == 0, "the sqlite3 shell is needed (make deps)");
    }

    void writers_data()
    {
        QTest::addColumn<QString>("name");
        // NUL cannot be part of a name: SQLite reads SQL text as a C string, so it ends the statement.
        QTest::addRow("newline") << QStringLiteral("x\nDROP TABLE victim;--");
        QTest::addRow("carriage return") << QStringLiteral("x\rDROP TABLE victim;--");
        QTest::addRow("crlf") << QStringLiteral("x\r\nDROP TABLE victim;--");
        QTest::addRow("block comment end") << QStringLiteral("x*/ DROP TABLE victim; /*");
        QTest::addRow("block comment start") << QStringLiteral("x/* y");
        QTest::addRow("line comment") << QStringLiteral("x -- y");
        QTest::addRow("semicolon") << QStringLiteral("x; DROP TABLE victim");
        QTest::addRow("single quote") << QStringLiteral("x'); DROP TABLE victim;--");
        QTest::addRow("double quote") << QStringLiteral("x\"); DROP TABLE victim;--");
        QTest::addRow("backtick") << QStringLiteral("x` DROP TABLE victim;--");
        QTest::addRow("bracket") << QStringLiteral("x] DROP TABLE victim;--[");
        QTest::addRow("unicode") << QStringLiteral("Größe ✓ 表");
        QTest::addRow("line separator") << QStringLiteral("x\u2028DROP TABLE victim;--");
        QTest::addRow("bidi override") << QStringLiteral("x\u202eDROP TABLE victim;--");
        QTest::addRow("tab, vertical tab, form feed") << QStringLiteral("x\t\v\fDROP TABLE victim;--");
    }
    void writers()
    {
        QFETCH(QString, name);
        const Case c = makeCase(name);
        QVERIFY(!c.dir.isEmpty());
        const QStringList expected = shape(c.afterDb);
        const QStringList original = shape(c.before);
        QVERIFY2(expected.contains(QStringLiteral("victim rows: 1,2")), qPrintable(expected.join(u'\n')));
        QString error;

        // diff --format sql: the direct DDL.
        const CliRun diff = runGodwit({ "diff", "--format", "sql", "--renames", "reject", c.before, c.after });
        QVERIFY2(diff.exitCode == 1, qPrintable(diff.err));
        const QString diffSql = c.dir + QStringLiteral("/diff.sql");
        QVERIFY(writeFile(diffSql, diff.out));
        const QString diffDb = copyOf(c, QStringLiteral("diff.db"));
        QVERIFY2(applyWithShell(diffDb, diffSql, &error), qPrintable(error + diff.out));
        QCOMPARE(shape(diffDb), expected);

        // plan --format flyway: every V file in order, then every U file in reverse.
        const QString flyway = c.dir + QStringLiteral("/flyway");
        const CliRun plan
            = runGodwit({ "plan", "--format", "flyway", "--renames", "reject", "-o", flyway, c.before, c.after });
        QVERIFY2(plan.exitCode == 1, qPrintable(plan.err));
        const QString planDb = copyOf(c, QStringLiteral("plan.db"));
        const QStringList forward = scripts(flyway, QStringLiteral("V"));
        QVERIFY(!forward.isEmpty());
        for (const QString& file : forward)
            QVERIFY2(applyWithShell(planDb, file, &error), qPrintable(file + QStringLiteral(": ") + error));
        QCOMPARE(shape(planDb), expected);
        QStringList undo = scripts(flyway, QStringLiteral("U"));
        std::ranges::reverse(undo);
        for (const QString& file : undo)
            QVERIFY2(applyWithShell(planDb, file, &error), qPrintable(file + QStringLiteral(": ") + error));
        QVERIFY2(shape(planDb).contains(QStringLiteral("victim rows: 1,2")), qPrintable(shape(planDb).join(u'\n')));

        // The plan's SQL in JSON (text and markdown print the same strings): outside quoted names
        // no token says victim, and no comment holds what ends or hides a line.
        for (const QString& format : { QStringLiteral("text"), QStringLiteral("markdown") })
            QCOMPARE(runGodwit({ "plan", "--format", format, "--renames", "reject", c.before, c.after }).exitCode, 1);
        const CliRun json = runGodwit({ "plan", "--format", "json", "--renames", "reject", c.before, c.after });
        QVERIFY2(json.exitCode == 1, qPrintable(json.err));
        QStringList sql;
        collectSql(QJsonDocument::fromJson(json.out.toUtf8()).object(), &sql);
        QVERIFY(sql.size() > 5);
        for (const QString& text : std::as_const(sql))
            QVERIFY2(isInert(text), qPrintable(text));

        // The rehearsal runs the plan on a copy with Godwit's own runner.
        const QString rehearsed = c.dir + QStringLiteral("/rehearsal.db");
        const CliRun rehearsal = runGodwit({ "rehearse", "--db", c.before, "--to", c.after, "--renames", "reject",
            "--copy", rehearsed, "--phase-time", "50", "--rate", "0" });
        QVERIFY2(rehearsal.exitCode == 0 || rehearsal.exitCode == 1, qPrintable(rehearsal.err + rehearsal.out));
        QVERIFY2(shape(rehearsed).contains(QStringLiteral("victim rows: 1,2")), qPrintable(rehearsal.out));

        // Nothing touched the original.
        QCOMPARE(shape(c.before), original);
    }

    // The one comment-escaping function: what no name may carry into a comment.
    void commentText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("orders") << QStringLiteral("orders");
        QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::addRow("cr") << QStringLiteral("a\rb") << QStringLiteral("a\\rb");
        QTest::addRow("nul") << QString::fromUtf16(u"a\0b", 3) << QStringLiteral("a\\0b");
        QTest::addRow("escape") << QStringLiteral("a\x1b[31mb") << QStringLiteral("a\\x1b[31mb");
        QTest::addRow("block end") << QStringLiteral("a*/b") << QStringLiteral("a* /b");
        QTest::addRow("block start") << QStringLiteral("a/*b") << QStringLiteral("a/ *b");
        QTest::addRow("both") << QStringLiteral("*/*/") << QStringLiteral("* / * /");
        QTest::addRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\\u2028b");
        QTest::addRow("bidi") << QStringLiteral("a\u202eb") << QStringLiteral("a\\u202eb");
        QTest::addRow("unicode stays") << QStringLiteral("Größe ✓ 表") << QStringLiteral("Größe ✓ 表");
    }
    void commentText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(godwit::sqlite::commentText(text), expected);
        QCOMPARE(godwit::sqlite::lineComment(text), QStringLiteral("-- ") + expected + QLatin1Char('\n'));
    }
};

QTEST_GUILESS_MAIN(TestCliHostileNames)
#include "tst_cli_hostilenames.moc"
