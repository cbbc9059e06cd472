// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "sqlite/database.h"

#include <optional>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::Dataset;
using godwit::test::runGodwit;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

Q_DECLARE_METATYPE(Dataset)

class TestCliInspect : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(godwit::test::godwitBinary()), "GODWIT_BIN must name the built godwit executable");
    }

    void formats_data()
    {
        QTest::addColumn<Dataset>("dataset");
        QTest::addColumn<int>("tables");
        QTest::addColumn<int>("views");
        QTest::addColumn<QString>("someTable");
        QTest::addRow("chinook") << Dataset::Chinook << 11 << 0 << "InvoiceLine";
        QTest::addRow("northwind") << Dataset::Northwind << 13 << 16 << "Order Details"; // + sqlite_sequence
        QTest::addRow("sakila") << Dataset::Sakila << 16 << 5 << "film_actor";
    }
    void formats()
    {
        QFETCH(Dataset, dataset);
        QFETCH(int, tables);
        QFETCH(int, views);
        QFETCH(QString, someTable);
        const QString db = godwit::test::datasetDatabase(dataset);
        QVERIFY(!db.isEmpty());
        const auto before = godwit::test::databaseFingerprint(db);

        const CliRun json
            = runGodwit({ QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("json"), db });
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.err.isEmpty(), qPrintable(json.err));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("tables")).toArray().size(), tables);
        QCOMPARE(doc.object().value(QStringLiteral("views")).toArray().size(), views);

        const CliRun text = runGodwit({ QStringLiteral("inspect"), db });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(someTable));

        const CliRun mermaid
            = runGodwit({ QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("mermaid"), db });
        QCOMPARE(mermaid.exitCode, 0);
        QVERIFY(mermaid.out.contains(QLatin1String("erDiagram")));

        const CliRun dot = runGodwit({ QStringLiteral("inspect"), QStringLiteral("--format=dot"), db });
        QCOMPARE(dot.exitCode, 0);
        QVERIFY(dot.out.trimmed().startsWith(QLatin1String("digraph")));
        if (const QString dotTool = QStandardPaths::findExecutable(QStringLiteral("dot")); !dotTool.isEmpty()) {
            QProcess p;
            p.start(dotTool, { QStringLiteral("-Tplain") });
            p.write(dot.out.toUtf8());
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }

        const CliRun counts = runGodwit({ QStringLiteral("inspect"), QStringLiteral("--counts"), db });
        QCOMPARE(counts.exitCode, 0);

        // Nothing above may change a byte of the user's database.
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    void sqlScriptAndSample()
    {
        const QString v1 = godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql");
        const CliRun r
            = runGodwit({ QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("json"), v1 });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray tables
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tables")).toArray();
        QStringList names;
        for (const auto& t : tables)
            names << t.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names,
            (QStringList { QStringLiteral("order_items"), QStringLiteral("orders"), QStringLiteral("payments") }));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected"); // stderr after "godwit: <path>"
        QTest::addRow("missing file") << "missing"
                                      << ": no such file";
        QTest::addRow("directory") << "directory"
                                   << ": is a directory, not a database file";
        QTest::addRow("empty file") << "empty"
                                    << ": file is empty, not a SQLite database";
        QTest::addRow("not a database") << "text"
                                        << ": not a SQLite database";
        QTest::addRow("encrypted") << "random"
                                   << ": not a SQLite database";
        QTest::addRow("truncated") << "truncated"
                                   << ": database file is truncated";
        QTest::addRow("malformed SQL") << "badsql"
                                       << ":3:8: near \"TABEL\": syntax error";
        QTest::addRow("SQL referencing a missing table") << "badref"
                                                         << ":2:";
        QTest::addRow("locked") << "locked"
                                << ": database is locked";
        QTest::addRow("permission denied") << "unreadable"
                                           << ": permission denied";
    }
    void badInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        // Not under scratchDir(): that lives in a 0700 folder "nobody" could not even look into.
        QTemporaryDir tempDir(QDir::tempPath() + QStringLiteral("/godwit-cli-XXXXXX"));
        const QString dir = tempDir.path();
        QFile::setPermissions(dir,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                | QFileDevice::ExeOther);
        QString path = dir + QStringLiteral("/input.db");
        QStringList prefix;
        std::optional<godwit::sqlite::Database> holder;
        std::optional<QMap<QString, QByteArray>> before;
        if (kind == QLatin1String("missing")) {
            path = dir + QStringLiteral("/missing.db");
        } else if (kind == QLatin1String("directory")) {
            path = dir;
        } else if (kind == QLatin1String("empty")) {
            writeFile(path, {});
        } else if (kind == QLatin1String("text")) {
            writeFile(path, "just some text\n");
        } else if (kind == QLatin1String("random")) {
            QByteArray bytes(8192, '\0');
            for (qsizetype i = 0; i < bytes.size(); ++i)
                bytes[i] = static_cast<char>((i * 7919 + 13) % 251);
            writeFile(path, bytes);
        } else if (kind == QLatin1String("truncated")) {
            QFile chinook(godwit::test::datasetDatabase(Dataset::Chinook));
            QVERIFY(chinook.open(QIODevice::ReadOnly));
            writeFile(path, chinook.read(chinook.size() / 3 / 4096 * 4096));
        } else if (kind == QLatin1String("badsql")) {
            path = dir + QStringLiteral("/bad.sql");
            writeFile(path, "CREATE TABLE a(x);\n-- a comment\nCREATE TABEL b(y);\n");
        } else if (kind == QLatin1String("badref")) {
            path = dir + QStringLiteral("/badref.sql");
            writeFile(path, "CREATE TABLE a(x);\nCREATE INDEX i ON nowhere(x);\n");
        } else if (kind == QLatin1String("locked")) {
            auto db = godwit::sqlite::Database::openWritable(path, true);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x);")));
            // Hash first: closing any descriptor of the file would drop this process's POSIX locks.
            before = godwit::test::databaseFingerprint(path);
            QVERIFY(db->exec(QStringLiteral("BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);")));
            holder = std::move(*db);
        } else if (kind == QLatin1String("unreadable")) {
            auto db = godwit::sqlite::Database::openWritable(path, true);
            QVERIFY(db && db->exec(QStringLiteral("CREATE TABLE t(x)")));
            db = {};
            QFile::setPermissions(path, QFileDevice::WriteOwner);
            if (geteuid() == 0) {
                // Root reads any file; drop to "nobody" to see what a normal user sees.
                const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
                if (setpriv.isEmpty())
                    QSKIP("running as root without setpriv: cannot test an unreadable file");
                prefix = { setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                    QStringLiteral("--clear-groups") };
            }
        }
        if (!before)
            before = godwit::test::databaseFingerprint(path);
        QString program = godwit::test::godwitBinary();
        if (!prefix.isEmpty()) {
            // "nobody" may not reach the build tree; give it its own copy of the executable.
            const QString copy = QDir::tempPath() + QStringLiteral("/godwit-cli-test-%1").arg(getpid());
            QFile::remove(copy);
            QVERIFY(QFile::copy(program, copy));
            QFile::setPermissions(copy,
                QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther
                    | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
            program = copy;
        }
        const CliRun r = runGodwit({ QStringLiteral("inspect"), path }, program, prefix);
        if (!prefix.isEmpty())
            QFile::remove(program);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString line = r.err.trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("godwit: ") + path + expected), qPrintable(line));
        QCOMPARE(line.count(QLatin1Char('\n')), 0);
        holder.reset(); // the lock holder rolls back: the file is as it was
        QCOMPARE(godwit::test::databaseFingerprint(path), *before);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrStart");
        QTest::addRow("no file") << QStringList { QStringLiteral("inspect") } << 2 << "godwit: missing argument";
        QTest::addRow("two files") << QStringList { QStringLiteral("inspect"), QStringLiteral("a"),
            QStringLiteral("b") } << 2
                                   << "godwit: unexpected argument 'b'";
        QTest::addRow("bad format") << QStringList { QStringLiteral("inspect"), QStringLiteral("-f"),
            QStringLiteral("xml"), QStringLiteral("x.db") }
                                    << 2 << "godwit: --format: expected one of text, json, mermaid, dot (got xml)\n";
        QTest::addRow("bad option") << QStringList { QStringLiteral("inspect"), QStringLiteral("--frobnicate"),
            QStringLiteral("x.db") } << 2
                                    << "godwit: Unknown option 'frobnicate'";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrStart);
        const CliRun r = runGodwit(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(stderrStart), qPrintable(r.err));
    }

    void helpAndVersion()
    {
        const CliRun help = runGodwit({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("inspect")));
        const CliRun inspectHelp = runGodwit({ QStringLiteral("inspect"), QStringLiteral("--help") });
        QCOMPARE(inspectHelp.exitCode, 0);
        QVERIFY(inspectHelp.out.contains(QLatin1String("Usage: godwit inspect")));
        QVERIFY(inspectHelp.out.contains(QLatin1String("--format")));
        const CliRun version = runGodwit({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QLatin1String("godwit ")));
    }
};

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
