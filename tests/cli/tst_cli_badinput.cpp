// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input of every kind, through the real executable: exit 2, exactly one line on stderr
// ("godwit: …", no raw control character), nothing on stdout, and not one byte changed or
// created beside the user's database (-wal, -shm, -journal).
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "flywayapply.h"
#include "sidecarfixture.h"
#include "sqlite/database.h"

#include <cstddef>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using godwit::test::CliRun;
using godwit::test::runGodwit;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A byte string with NULs in it, whole.
template <std::size_t N> QByteArray bytes(const char (&text)[N]) { return QByteArray(text, N - 1); }

// Every file in `dir` (recursively) with its hash: nothing may appear, vanish or change.
QMap<QString, QByteArray> folderState(const QString& dir)
{
    QMap<QString, QByteArray> state;
    const QDir root(dir);
    QStringList pending { dir };
    while (!pending.isEmpty()) {
        const QDir d(pending.takeLast());
        for (const QFileInfo& e :
            d.entryInfoList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)) {
            if (e.isDir() && !e.isSymLink())
                pending << e.filePath();
            else
                state.insert(
                    root.relativeFilePath(e.filePath()), e.isFile() ? godwit::test::sha256(e.filePath()) : "special");
        }
    }
    return state;
}

// The one-line rule: the whole of stderr is one line starting "godwit: ", with no raw control character.
void verifyOneLine(const CliRun& r)
{
    QVERIFY2(r.err.endsWith(QLatin1Char('\n')), qPrintable(r.err));
    const QString line = r.err.chopped(1);
    QVERIFY2(line.startsWith(QLatin1String("godwit: ")), qPrintable(r.err));
    QVERIFY2(r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err));
    for (const QChar c : line)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f,
            qPrintable(
                QStringLiteral("control character U+%1 in: %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(line)));
    QVERIFY2(line.size() < 400, qPrintable(line));
}

// Files that are not readable for reasons root cannot override: a broken symbolic link and a FIFO.
void makeSpecial(const QString& kind, const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (kind == QLatin1String("dangling"))
        QVERIFY(QFile::link(path + QStringLiteral(".gone"), path));
    else
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
}

} // namespace

class TestCliBadInput : public QObject {
    Q_OBJECT

    QString m_ordersDb;

    // Builds the input `setup` names in `dir`, beside a copy of the orders database (app.db).
    void prepare(const QString& setup, const QString& dir)
    {
        const QString app = dir + QStringLiteral("/app.db");
        QVERIFY(QFile::copy(m_ordersDb, app));
        QFile::setPermissions(app, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString m = dir + QStringLiteral("/m");
        const QString v1 = godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql");
        auto migrationsAround = [&](const QString& v2Kind) {
            // V1 is already in app.db: the migrations add V2 and V3 on top of it.
            QVERIFY(QDir().mkpath(m));
            QVERIFY(QFile::copy(v1, m + QStringLiteral("/V1__orders.sql")));
            writeFile(m + QStringLiteral("/V3__c.sql"), "CREATE TABLE v3_table(id INTEGER PRIMARY KEY);\n");
            if (v2Kind == QLatin1String("nul"))
                writeFile(m + QStringLiteral("/V2__b.sql"),
                    bytes("CREATE TABLE v2_table(id INTEGER);\nDROP TABLE orders;\0\n"));
            else
                makeSpecial(v2Kind, m + QStringLiteral("/V2__b.sql"));
        };
        if (setup == QLatin1String("nul sql")) {
            writeFile(
                dir + QStringLiteral("/nul.sql"), bytes("CREATE TABLE a(x);\nCREATE TABLE b(\0y);\nDROP TABLE a;\n"));
        } else if (setup == QLatin1String("nul mermaid")) {
            writeFile(dir + QStringLiteral("/nul.mmd"), bytes("erDiagram\n  A {\n    int x\0\n  }\n"));
        } else if (setup == QLatin1String("nul queries")) {
            writeFile(dir + QStringLiteral("/q.sql"), bytes("SELECT * FROM orders;\n\0SELECT 1;\n"));
        } else if (setup == QLatin1String("nul json")) {
            writeFile(dir + QStringLiteral("/in.json"), bytes("{\"version\": 1\0}\n"));
        } else if (setup == QLatin1String("nul migration")) {
            migrationsAround(QStringLiteral("nul"));
        } else if (setup == QLatin1String("dangling migration")) {
            migrationsAround(QStringLiteral("dangling"));
        } else if (setup == QLatin1String("fifo migration")) {
            migrationsAround(QStringLiteral("fifo"));
        } else if (setup == QLatin1String("duplicate version")) {
            writeFile(m + QStringLiteral("/V1__a.sql"), "CREATE TABLE a(x);\n");
            writeFile(m + QStringLiteral("/V1.0__b.sql"), "CREATE TABLE b(x);\n");
        } else if (setup == QLatin1String("unterminated string")) {
            writeFile(dir + QStringLiteral("/bad.sql"),
                "CREATE TABLE a(x DEFAULT 'abc\n" + QByteArray("line\n").repeated(100) + "\x1b[2J);\n");
        } else if (setup == QLatin1String("unterminated name")) {
            writeFile(dir + QStringLiteral("/bad.sql"), "CREATE TABLE \"abc\n" + QByteArray("line\n").repeated(100));
        } else if (setup == QLatin1String("escape in name")) {
            writeFile(dir + QStringLiteral("/bad.sql"), "CREATE TABLE a(x);\nCREATE INDEX i ON \"\x1b[2J\r\nx\"(x);\n");
        } else if (setup == QLatin1String("mermaid cardinality")) {
            writeFile(dir + QStringLiteral("/bad.mmd"), "erDiagram\n  A }\n  B\n");
        } else if (setup == QLatin1String("corrupt schema")) {
            // Godwit's guarded connections refuse writable_schema: the sqlite3 shell plants it.
            const QString err = godwit::test::runSqliteShell(app,
                QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                               "'CREATE TABLE orders(x, ' || char(10) || char(27) || '[2J' WHERE name = 'orders';"));
            QVERIFY2(err.isEmpty(), qPrintable(err));
        } else if (setup == QLatin1String("hot journal")) {
            QVERIFY(QFile::remove(app));
            QVERIFY(godwit::test::makeHotJournalDatabase(m_ordersDb, app));
        } else if (setup == QLatin1String("interrupted copy")) {
            QVERIFY(godwit::test::makeHotJournalDatabase(m_ordersDb, dir + QStringLiteral("/app-20261207.db.partial")));
        } else {
            QVERIFY2(setup == QLatin1String("plain"), qPrintable(setup));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(godwit::test::godwitBinary()), "GODWIT_BIN must name the built godwit executable");
        m_ordersDb = godwit::test::ordersV1Database();
        QVERIFY(!m_ordersDb.isEmpty());
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("arguments"); // %D = the test's folder
        QTest::addColumn<QString>("expected"); // part of the line after "godwit: "
        QTest::addColumn<QString>("watched"); // the database that must stay byte for byte the same

        const QString app = QStringLiteral("%D/app.db");
        const QString m = QStringLiteral("%D/m");
        auto migrate = [&](const QString& sub) {
            return QStringList { QStringLiteral("migrate"), sub, QStringLiteral("--db"), app, QStringLiteral("--dir"),
                m, QStringLiteral("--copy"), QStringLiteral("%D/work.db") };
        };
        auto migrateInfo = [&] {
            return QStringList { QStringLiteral("migrate"), QStringLiteral("info"), QStringLiteral("--db"), app,
                QStringLiteral("--dir"), m };
        };

        // A NUL byte ends a C string: refused where it is, never a script cut short.
        QTest::addRow("NUL in a script: inspect")
            << "nul sql" << QStringList { "inspect", "%D/nul.sql" } << "nul.sql:2:16: NUL byte" << app;
        QTest::addRow("NUL in a script: diff")
            << "nul sql" << QStringList { "diff", app, "%D/nul.sql" } << "nul.sql:2:16: NUL byte" << app;
        QTest::addRow("NUL in a script: plan")
            << "nul sql" << QStringList { "plan", app, "%D/nul.sql" } << "nul.sql:2:16: NUL byte" << app;
        QTest::addRow("NUL in a script: lint")
            << "nul sql" << QStringList { "lint", "--db", app, "%D/nul.sql" } << "nul.sql:2:16: NUL byte" << app;
        QTest::addRow("NUL in a script: queries --migration")
            << "nul sql"
            << QStringList { "queries", "--db", app, "--queries",
                   godwit::test::sampleDir() + QStringLiteral("/queries.sql"), "--migration", "%D/nul.sql" }
            << "nul.sql:2:16: NUL byte" << app;
        QTest::addRow("NUL in a Mermaid diagram")
            << "nul mermaid" << QStringList { "inspect", "%D/nul.mmd" } << "nul.mmd:3:10: NUL byte" << app;
        QTest::addRow("NUL in a query file: queries")
            << "nul queries" << QStringList { "queries", "--db", app, "--queries", "%D/q.sql", "--after", app }
            << "q.sql:2:1: NUL byte" << app;
        QTest::addRow("NUL in a query file: plan --queries")
            << "nul queries" << QStringList { "plan", app, app, "--queries", "%D/q.sql" } << "q.sql:2:1: NUL byte"
            << app;
        QTest::addRow("NUL in answers") << "nul json" << QStringList { "plan", app, app, "--answers", "%D/in.json" }
                                        << "in.json:1:14: NUL byte" << app;
        QTest::addRow("NUL in a plan file")
            << "nul json" << QStringList { "rehearse", "--db", app, "--plan", "%D/in.json", "--copy", "%D/work.db" }
            << "in.json:1:14: NUL byte" << app;
        QTest::addRow("NUL in a migration: info")
            << "nul migration" << migrateInfo() << "m/V2__b.sql:2:19: NUL byte" << app;
        QTest::addRow("NUL in a migration: migrate")
            << "nul migration" << migrate("migrate") << "m/V2__b.sql:2:19: NUL byte" << app;
        QTest::addRow("NUL in a migration: diff")
            << "nul migration" << QStringList { "diff", app, m } << "m/V2__b.sql:2:19: NUL byte" << app;
        QTest::addRow("NUL in a migration: lint")
            << "nul migration" << QStringList { "lint", m } << "m/V2__b.sql:2:19: NUL byte" << app;

        // A migration that cannot be read stops everything: V3 never runs without V2.
        for (const auto& [setup, message] : { std::pair { "dangling migration", "m/V2__b.sql: broken symbolic link" },
                 std::pair { "fifo migration", "m/V2__b.sql: not a regular file" } }) {
            QTest::addRow("%s: info", setup) << setup << migrateInfo() << message << app;
            QTest::addRow("%s: migrate", setup) << setup << migrate("migrate") << message << app;
            QTest::addRow("%s: diff", setup) << setup << QStringList { "diff", app, m } << message << app;
            QTest::addRow("%s: plan", setup) << setup << QStringList { "plan", app, m } << message << app;
            QTest::addRow("%s: lint", setup) << setup << QStringList { "lint", m } << message << app;
        }

        // Messages that quote the input stay on one line, short, with control characters escaped.
        QTest::addRow("unterminated string") << "unterminated string" << QStringList { "inspect", "%D/bad.sql" }
                                             << "bad.sql:1:26: unrecognized token: \"'abc\\nline\\nline" << app;
        QTest::addRow("unterminated quoted name") << "unterminated name" << QStringList { "inspect", "%D/bad.sql" }
                                                  << "bad.sql:1:14: unrecognized token: \"\"abc\\nline" << app;
        QTest::addRow("escape sequence in a name") << "escape in name" << QStringList { "inspect", "%D/bad.sql" }
                                                   << "no such table: main.\\x1b[2J\\r\\nx" << app;
        QTest::addRow("Mermaid cardinality before a line break")
            << "mermaid cardinality" << QStringList { "inspect", "%D/bad.mmd" }
            << "bad.mmd:2:5: unknown cardinality '}'" << app;
        QTest::addRow("corrupt schema") << "corrupt schema" << QStringList { "inspect", app } << "app.db: " << app;

        // Messages that say what is wrong and what to do.
        QTest::addRow("hot journal")
            << "hot journal" << QStringList { "inspect", app }
            << "app.db: the database has a hot journal from an interrupted write (app.db-journal)" << app;
        QTest::addRow("hot journal: migrate")
            << "hot journal" << QStringList { "migrate", "info", "--db", app, "--dir", godwit::test::sampleDir() }
            << "app.db: the database has a hot journal" << app;
        QTest::addRow("copy of an interrupted run")
            << "interrupted copy" << QStringList { "inspect", "%D/app-20261207.db.partial" }
            << "app-20261207.db.partial is an unfinished copy left by an interrupted Godwit run"
            << "%D/app-20261207.db.partial";
        QTest::addRow("duplicate version")
            << "duplicate version" << migrateInfo() << "m/V1__a.sql: version 1 is also used by V1.0__b.sql" << app;
    }
    void rejected()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QFETCH(QString, watched);
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString dir = temp.path();
        prepare(setup, dir);
        if (QTest::currentTestFailed())
            return;
        for (QString& a : arguments)
            a.replace(QLatin1String("%D"), dir);
        watched.replace(QLatin1String("%D"), dir);
        const auto before = godwit::test::databaseFingerprint(watched);
        const auto folderBefore = folderState(dir);

        const CliRun r = runGodwit(arguments);
        QCOMPARE(r.exitCode, 2);
        verifyOneLine(r);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(godwit::test::databaseFingerprint(watched), before);
        QCOMPARE(folderState(dir), folderBefore);
    }

    // Permission denied on a migration file or a subfolder, as a normal user sees it (root reads
    // anything, so as root the command runs as "nobody" through setpriv).
    void unreadableMigration_data()
    {
        QTest::addColumn<QString>("unreadable"); // relative to the migrations folder
        QTest::addColumn<QString>("subcommand");
        QTest::addRow("file: info") << "V2__b.sql"
                                    << "info";
        QTest::addRow("file: migrate") << "V2__b.sql"
                                       << "migrate";
        QTest::addRow("subfolder: info") << "sub"
                                         << "info";
        QTest::addRow("subfolder: migrate") << "sub"
                                            << "migrate";
    }
    void unreadableMigration()
    {
        QFETCH(QString, unreadable);
        QFETCH(QString, subcommand);
        QStringList prefix;
        if (geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: root reads a chmod 000 file (the broken-link and FIFO rows of "
                      "rejected() cover this as root)");
            prefix = { setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups") };
        }
        // Not under a 0700 temporary folder: "nobody" must reach everything but the unreadable part.
        QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/godwit-badinput-XXXXXX"));
        const QString dir = temp.path();
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QFile::setPermissions(dir, everyone);
        const QString app = dir + QStringLiteral("/app.db");
        QVERIFY(QFile::copy(m_ordersDb, app));
        QFile::setPermissions(
            app, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup);
        const QString m = dir + QStringLiteral("/m");
        QVERIFY(QDir().mkpath(m + QStringLiteral("/sub")));
        QFile::setPermissions(m, everyone);
        QVERIFY(QFile::copy(
            godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql"), m + QStringLiteral("/V1__orders.sql")));
        writeFile(m + QStringLiteral("/V2__b.sql"), "CREATE TABLE v2_table(id INTEGER);\n");
        writeFile(m + QStringLiteral("/sub/V3__c.sql"), "CREATE TABLE v3_table(id INTEGER);\n");
        for (const QString& f : { m + QStringLiteral("/V1__orders.sql"), m + QStringLiteral("/V2__b.sql"),
                 m + QStringLiteral("/sub/V3__c.sql") })
            QFile::setPermissions(
                f, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup);
        QFile::setPermissions(m + QStringLiteral("/sub"), everyone);
        QFile::setPermissions(m + QLatin1Char('/') + unreadable, QFileDevice::WriteOwner);
        const QString work = dir + QStringLiteral("/work");
        QVERIFY(QDir().mkpath(work));
        QFile::setPermissions(work, everyone | QFileDevice::WriteOther);
        QString program = godwit::test::godwitBinary();
        if (!prefix.isEmpty()) {
            // "nobody" may not reach the build tree; it gets its own copy of the executable.
            program = dir + QStringLiteral("/godwit");
            QVERIFY(QFile::copy(godwit::test::godwitBinary(), program));
            QFile::setPermissions(program, everyone);
        }
        const auto before = godwit::test::databaseFingerprint(app);
        QStringList arguments { QStringLiteral("migrate"), subcommand, QStringLiteral("--db"), app,
            QStringLiteral("--dir"), m };
        if (subcommand == QLatin1String("migrate"))
            arguments << QStringLiteral("--copy") << work + QStringLiteral("/copy.db");
        const CliRun r = runGodwit(arguments, program, prefix);
        QFile::setPermissions(m + QLatin1Char('/') + unreadable, everyone); // so the folder can be removed
        QCOMPARE(r.exitCode, 2);
        verifyOneLine(r);
        QCOMPARE(r.err, QStringLiteral("godwit: %1/%2: permission denied\n").arg(m, unreadable));
        QCOMPARE(godwit::test::databaseFingerprint(app), before);
        QVERIFY2(QDir(work).isEmpty(), "no working copy is left behind");
    }

    // A WAL-mode original is read without a -wal or -shm appearing beside it, and with a -wal
    // left by a crashed writer, without the -shm changing; the -wal's rows are read.
    void walOriginalUntouched_data()
    {
        QTest::addColumn<bool>("withWal");
        QTest::addColumn<QStringList>("arguments"); // %D = folder, %W = the WAL database
        QTest::addColumn<int>("exitCode");
        for (const bool withWal : { false, true }) {
            const char* wal = withWal ? "with -wal" : "no -wal";
            QTest::addRow("%s: inspect", wal) << withWal << QStringList { "inspect", "%W" } << 0;
            QTest::addRow("%s: inspect --counts", wal) << withWal << QStringList { "inspect", "--counts", "%W" } << 0;
            QTest::addRow("%s: diff", wal)
                << withWal
                << QStringList { "diff", "%W", godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql") } << 1;
            QTest::addRow("%s: plan", wal)
                << withWal
                << QStringList { "plan", "%W", godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql") } << -1;
            QTest::addRow("%s: lint --db", wal)
                << withWal
                << QStringList { "lint", "--db", "%W",
                       godwit::test::sampleDir() + QStringLiteral("/V2__add_shipping_eta.sql") }
                << -1;
            QTest::addRow("%s: migrate info", wal)
                << withWal << QStringList { "migrate", "info", "--db", "%W", "--dir", godwit::test::sampleDir() } << 0;
            QTest::addRow("%s: migrate", wal)
                << withWal
                << QStringList { "migrate", "migrate", "--db", "%W", "--dir", godwit::test::sampleDir(), "--copy",
                       "%D/work/copy.db", "--baseline-on-migrate", "--baseline-version", "1" }
                << 0;
            QTest::addRow("%s: queries", wal) << withWal
                                              << QStringList { "queries", "--db", "%W", "--queries",
                                                     godwit::test::sampleDir() + QStringLiteral("/queries.sql") }
                                              << -1;
        }
    }
    void walOriginalUntouched()
    {
        QFETCH(bool, withWal);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QTemporaryDir temp;
        const QString dir = temp.path() + QStringLiteral("/original");
        QVERIFY(QDir().mkpath(dir));
        const QString wal = dir + QStringLiteral("/app.db");
        QVERIFY(godwit::test::makeWalDatabase(m_ordersDb, wal, withWal));
        QCOMPARE(QFile::exists(wal + QStringLiteral("-wal")), withWal);
        QCOMPARE(QFile::exists(wal + QStringLiteral("-shm")), withWal);
        for (QString& a : arguments)
            a.replace(QLatin1String("%W"), wal).replace(QLatin1String("%D"), temp.path());
        const auto before = godwit::test::databaseFingerprint(wal);
        const auto folderBefore = folderState(dir);

        const CliRun r = runGodwit(arguments);
        if (exitCode >= 0)
            QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
        else
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        QCOMPARE(godwit::test::databaseFingerprint(wal), before); // db, -wal, -shm, -journal
        QCOMPARE(folderState(dir), folderBefore); // and nothing new beside it
        if (arguments.first() == QLatin1String("inspect"))
            QVERIFY2(r.out.contains(QLatin1String("fixture_rows")), "the rows in the -wal are read");
    }

    // Godwit's log lines stay off stderr unless asked for.
    void logging_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("rules"); // QT_LOGGING_RULES, if set
        QTest::addColumn<bool>("logged");
        QTest::addRow("default: silent") << QStringList { "inspect", "%DB" } << QString() << false;
        QTest::addRow("--verbose first") << QStringList { "--verbose", "inspect", "%DB" } << QString() << true;
        QTest::addRow("--verbose after the command")
            << QStringList { "inspect", "--verbose", "%DB" } << QString() << true;
        QTest::addRow("QT_LOGGING_RULES") << QStringList { "inspect", "%DB" } << "godwit.*=true" << true;
    }
    void logging()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, rules);
        QFETCH(bool, logged);
        QTemporaryDir temp;
        // A view whose table was dropped: reading it logs that its columns are unavailable.
        const QString db = temp.filePath(QStringLiteral("views.db"));
        {
            auto conn = godwit::sqlite::Database::openWritable(db, true);
            QVERIFY(conn);
            QVERIFY(conn->exec(QStringLiteral("CREATE TABLE t(x); CREATE VIEW v AS SELECT x FROM t; DROP TABLE t;")));
        }
        for (QString& a : arguments)
            a.replace(QLatin1String("%DB"), db);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        if (!rules.isEmpty())
            env.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
        p.setProcessEnvironment(env);
        p.start(godwit::test::godwitBinary(), arguments);
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("v")), "inspect ran");
        if (logged)
            QVERIFY2(err.contains(QLatin1String("godwit.model.schema")), qPrintable(err));
        else
            QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    // Two rehearsals on one copy: the second says the copy is in use, instead of "disk I/O error".
    void copyInUse()
    {
        QTemporaryDir temp;
        const QString copy = temp.filePath(QStringLiteral("work.db"));
        // The lock a running rehearsal holds, taken here by this (live) process.
        QLockFile lock(copy + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        for (const bool resume : { false, true }) {
            QStringList arguments { QStringLiteral("rehearse"), QStringLiteral("--db"), m_ordersDb,
                QStringLiteral("--to"), godwit::test::sampleDir(), QStringLiteral("--copy"), copy };
            if (resume)
                arguments << QStringLiteral("--resume");
            const CliRun r = runGodwit(arguments);
            QCOMPARE(r.exitCode, 2);
            verifyOneLine(r);
            QVERIFY2(
                r.err.startsWith(QStringLiteral("godwit: %1: the copy is in use by another Godwit process (pid %2)")
                                     .arg(copy)
                                     .arg(QCoreApplication::applicationPid())),
                qPrintable(r.err));
            QVERIFY(!QFile::exists(copy));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
