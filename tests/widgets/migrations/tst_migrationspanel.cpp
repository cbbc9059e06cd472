// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "migrations/migrationfolder.h"
#include "migrations/migrationinfo.h"
#include "migrations/migrator.h"
#include "sqlite/database.h"
#include "widgets/migrations/migrationsmodel.h"
#include "widgets/migrations/migrationspanel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using godwit::migrations::MigrationState;
using godwit::widgets::MigrationsModel;
using godwit::widgets::MigrationsPanel;

namespace {

QString sampleCopy()
{
    const QString dir = godwit::test::scratchDir() + QStringLiteral("/migrations");
    QDir().mkpath(dir);
    for (const QString& name : QDir(godwit::test::sampleDir()).entryList({ QStringLiteral("V*.sql") }, QDir::Files))
        QFile::copy(godwit::test::sampleDir() + QLatin1Char('/') + name, dir + QLatin1Char('/') + name);
    return dir;
}

QStringList states(const MigrationsModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, MigrationsModel::VersionColumn).data().toString() + QLatin1Char('=')
                + model.index(row, MigrationsModel::StateColumn).data().toString();
    return out;
}

} // namespace

class TestMigrationsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsStatesAgainstTheDatabase()
    {
        MigrationsPanel panel;
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&panel, &MigrationsPanel::stateChanged);
        panel.setFolder(sampleCopy());
        QVERIFY(changed.wait(10000));
        // No database: everything is pending.
        QCOMPARE(states(*panel.model()), (QStringList { "1=pending", "2=pending", "3=pending", "4=pending" }));
        // The V2 database has no history: Godwit treats it as baselined at 2.
        const QString db = godwit::test::ordersV2Database();
        const auto before = godwit::test::databaseFingerprint(db);
        panel.setDatabase(db);
        QVERIFY(changed.wait(10000));
        QCOMPARE(states(*panel.model()),
            (QStringList { "1=below baseline", "2=baseline", "2=below baseline", "3=pending", "4=pending" }));
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    void createsTheNextMigration()
    {
        MigrationsPanel panel;
        const QString dir = sampleCopy();
        QSignalSpy changed(&panel, &MigrationsPanel::stateChanged);
        QSignalSpy open(&panel, &MigrationsPanel::openRequested);
        panel.setFolder(dir);
        QVERIFY(changed.wait(10000));
        auto path = panel.createMigration(QStringLiteral("add index on status"));
        QVERIFY(path);
        QCOMPARE(QFileInfo(*path).fileName(), QStringLiteral("V5__add_index_on_status.sql"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().constFirst().toString(), *path);
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 5, 10000);
        QCOMPARE(panel.model()->index(4, MigrationsModel::DescriptionColumn).data().toString(),
            QStringLiteral("add index on status"));
        QVERIFY(!panel.createMigration(QStringLiteral("  ")));
        // Activating a row asks to open its file.
        open.clear();
        Q_EMIT panel.view()->activated(panel.model()->index(0, 0));
        QCOMPARE(open.size(), 1);
        QCOMPARE(QFileInfo(open.constFirst().constFirst().toString()).fileName(), QStringLiteral("V1__orders.sql"));
    }

    void appliesPendingToAWorkingCopy()
    {
        MigrationsPanel panel;
        const QString copies = godwit::test::scratchDir();
        panel.setWorkingCopyFolder(copies);
        const QString db = godwit::test::ordersV1Database();
        const auto before = godwit::test::databaseFingerprint(db);
        QSignalSpy changed(&panel, &MigrationsPanel::stateChanged);
        panel.setFolder(sampleCopy());
        panel.setDatabase(db);
        QVERIFY(changed.wait(10000));
        QSignalSpy applied(&panel, &MigrationsPanel::applied);
        panel.applyPending();
        QVERIFY(panel.isApplying());
        QVERIFY(!panel.applyButton()->isEnabled());
        QVERIFY(applied.wait(30000));
        QVERIFY(!panel.isApplying());
        QVERIFY(panel.applyButton()->isEnabled());
        const auto& result = *panel.lastResult();
        QVERIFY(result.report.isSuccess());
        // V1 is what the database already is: baselined there, then V2..V4.
        QCOMPARE(result.report.applied.size(), 4);
        QCOMPARE(result.report.applied.constFirst().type, QStringLiteral("BASELINE"));
        QCOMPARE(result.report.applied.constLast().script, QStringLiteral("V4__contract_estimated_delivery.sql"));
        QVERIFY(result.copyPath.startsWith(copies));
        QVERIFY(QFileInfo::exists(result.copyPath));
        // The before/after diff: estimated_delivery gone, shipping_eta there (NOT NULL).
        QVERIFY(!result.changes.isEmpty());
        const QString text = panel.resultView()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("applied V4__contract_estimated_delivery.sql")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("baselined at version 1")));
        QVERIFY(text.contains(QLatin1String("shipping_eta")));
        QCOMPARE(godwit::test::databaseFingerprint(db), before);
    }

    void refreshesOnAnInPlaceEdit_data()
    {
        QTest::addColumn<QString>("target"); // what the database has applied
        QTest::addColumn<QString>("edited");
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addRow("applied file: checksum mismatch")
            << "4"
            << "V2__add_shipping_eta.sql" << 1 << QStringList { "1=applied", "2=applied", "3=applied", "4=applied" }
            << QStringList { "1=applied", "2=checksum mismatch", "3=applied", "4=applied" };
        QTest::addRow("pending file: still pending, new checksum")
            << "2"
            << "V4__contract_estimated_delivery.sql" << 3
            << QStringList { "1=applied", "2=applied", "3=pending", "4=pending" }
            << QStringList { "1=applied", "2=applied", "3=pending", "4=pending" };
    }
    void refreshesOnAnInPlaceEdit()
    {
        QFETCH(QString, target);
        QFETCH(QString, edited);
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        const QString dir = sampleCopy();
        const QString db = godwit::test::scratchDir() + QStringLiteral("/applied.db");
        {
            QVERIFY(godwit::sqlite::Database::openWritable(db, true));
            auto set = godwit::migrations::MigrationFolder::scan(dir);
            QVERIFY(set);
            godwit::migrations::MigrationConfig config;
            config.target = target;
            auto m = godwit::migrations::Migrator::open(db, *set, config, godwit::migrations::Migrator::Access::Write);
            QVERIFY(m);
            auto report = m->migrate();
            QVERIFY(report && report->isSuccess());
        }
        MigrationsPanel panel;
        QSignalSpy changed(&panel, &MigrationsPanel::stateChanged);
        panel.setFolder(dir);
        panel.setDatabase(db);
        QTRY_COMPARE_WITH_TIMEOUT(states(*panel.model()), before, 10000);
        QFETCH(int, row);
        const QModelIndex index = panel.model()->index(row, MigrationsModel::ScriptColumn);
        QCOMPARE(index.data().toString(), edited);
        const QString tooltip = index.data(Qt::ToolTipRole).toString();

        // Another program appends to the file in place: the folder itself does not change.
        changed.clear();
        QFile file(dir + QLatin1Char('/') + edited);
        QVERIFY(file.open(QIODevice::Append));
        file.write("-- reviewed by someone else\n");
        file.close();
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(states(*panel.model()), after, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.model()->index(row, MigrationsModel::ScriptColumn).data(Qt::ToolTipRole).toString() != tooltip,
            10000);
    }

    void failureIsShown()
    {
        MigrationsPanel panel;
        panel.setWorkingCopyFolder(godwit::test::scratchDir());
        const QString dir = godwit::test::scratchDir() + QStringLiteral("/bad");
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/V1__bad.sql"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CREATE TABLE a (x);\nINSERT INTO nosuch VALUES (1);\n");
        f.close();
        QSignalSpy changed(&panel, &MigrationsPanel::stateChanged);
        panel.setFolder(dir);
        QVERIFY(changed.wait(10000));
        QSignalSpy applied(&panel, &MigrationsPanel::applied);
        panel.applyPending();
        QVERIFY(applied.wait(30000));
        QVERIFY(!panel.lastResult()->report.isSuccess());
        QVERIFY(panel.resultView()->toPlainText().contains(
            dir + QStringLiteral("/V1__bad.sql:2:13: no such table: nosuch")));
    }
};

QTEST_MAIN(TestMigrationsPanel)
#include "tst_migrationspanel.moc"
