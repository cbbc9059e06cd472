// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "migrations/migrationfolder.h"
#include "migrations/migrationname.h"
#include "resultmessage.h"

#include <QFile>
#include <QTest>

using namespace godwit::migrations;
using godwit::test::why;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class TestMigrationName : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesNames_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("description");
        QTest::addRow("versioned") << "V1__orders.sql" << int(MigrationKind::Versioned) << "1"
                                   << "orders";
        QTest::addRow("underscores in description")
            << "V2__add_shipping_eta.sql" << int(MigrationKind::Versioned) << "2"
            << "add shipping eta";
        QTest::addRow("dotted version") << "V2.1__x.sql" << int(MigrationKind::Versioned) << "2.1"
                                        << "x";
        QTest::addRow("underscore version") << "V2_1__x.sql" << int(MigrationKind::Versioned) << "2.1"
                                            << "x";
        QTest::addRow("timestamp version")
            << "V202611251200__big.sql" << int(MigrationKind::Versioned) << "202611251200"
            << "big";
        QTest::addRow("no description") << "V3.sql" << int(MigrationKind::Versioned) << "3"
                                        << "";
        QTest::addRow("upper-case suffix") << "V4__x.SQL" << int(MigrationKind::Versioned) << "4"
                                           << "x";
        QTest::addRow("undo") << "U2__drop_eta.sql" << int(MigrationKind::Undo) << "2"
                              << "drop eta";
        QTest::addRow("repeatable") << "R__views.sql" << int(MigrationKind::Repeatable) << ""
                                    << "views";
    }
    void parsesNames()
    {
        QFETCH(QString, fileName);
        QFETCH(int, kind);
        QFETCH(QString, version);
        QFETCH(QString, description);
        auto name = MigrationName::parse(fileName);
        QVERIFY2(name, why(name).constData());
        QVERIFY(name->has_value());
        QCOMPARE(int((*name)->kind), kind);
        QCOMPARE((*name)->version.text, version);
        QCOMPARE((*name)->description, description);
        QCOMPARE((*name)->fileName, fileName);
    }

    void ignoresOtherFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addRow("readme") << "README.md";
        QTest::addRow("other sql") << "seed.sql";
        QTest::addRow("lower-case prefix") << "v1__x.sql";
        QTest::addRow("versioned without suffix") << "V1__x.txt";
    }
    void ignoresOtherFiles()
    {
        QFETCH(QString, fileName);
        auto name = MigrationName::parse(fileName);
        QVERIFY(name);
        QVERIFY(!name->has_value());
    }

    void rejectsMalformedNames_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("message");
        QTest::addRow("single underscore") << "V1_init.sql"
                                           << "'1_init' is not a version";
        QTest::addRow("letters in version") << "V1a__x.sql"
                                            << "'1a' is not a version";
        QTest::addRow("double dot") << "V1..2__x.sql"
                                    << "'1..2' is not a version";
        QTest::addRow("trailing dot") << "V1.__x.sql"
                                      << "'1.' is not a version";
        QTest::addRow("missing version") << "V__x.sql"
                                         << "missing version";
        QTest::addRow("versioned repeatable") << "R1__x.sql"
                                              << "a repeatable migration has no version";
        QTest::addRow("repeatable without description") << "R__.sql"
                                                        << "needs a description";
        QTest::addRow("undo without version") << "U__x.sql"
                                              << "missing version (expected U<version>__<description>.sql)";
    }
    void rejectsMalformedNames()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, message);
        auto name = MigrationName::parse(fileName);
        QVERIFY(!name);
        QCOMPARE(name.error().file, fileName);
        QVERIFY2(name.error().message.startsWith(QStringLiteral("invalid migration name: ")),
            qPrintable(name.error().message));
        QVERIFY2(name.error().message.contains(message), qPrintable(name.error().message));
    }

    void customNaming()
    {
        NamingOptions options;
        options.versionedPrefix = QStringLiteral("M");
        options.separator = QStringLiteral("-");
        options.suffixes = { QStringLiteral(".up.sql") };
        auto name = MigrationName::parse(QStringLiteral("M7-add-index.up.sql"), options);
        QVERIFY(name && name->has_value());
        QCOMPARE((*name)->version.text, QStringLiteral("7"));
        QCOMPARE((*name)->description, QStringLiteral("add-index"));
        QVERIFY(!MigrationName::parse(QStringLiteral("V7__x.sql"), options)->has_value());
        QCOMPARE(
            MigrationName::compose(MigrationKind::Versioned, QStringLiteral("8"), QStringLiteral("drop x"), options),
            QStringLiteral("M8-drop_x.up.sql"));
    }

    void ordersVersions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected"); // sign of compare(a, b)
        QTest::addRow("1.10 > 1.9") << "1.10"
                                    << "1.9" << 1;
        QTest::addRow("1.9 < 1.10") << "1.9"
                                    << "1.10" << -1;
        QTest::addRow("2 > 1.99") << "2"
                                  << "1.99" << 1;
        QTest::addRow("1.0 == 1") << "1.0"
                                  << "1" << 0;
        QTest::addRow("1.0.0 == 1") << "1.0.0"
                                    << "1" << 0;
        QTest::addRow("2_1 == 2.1") << "2_1"
                                    << "2.1" << 0;
        QTest::addRow("leading zeros") << "010"
                                       << "10" << 0;
        QTest::addRow("009 < 10") << "009"
                                  << "10" << -1;
        QTest::addRow("1.1 > 1") << "1.1"
                                 << "1" << 1;
        QTest::addRow("1.0.1 > 1") << "1.0.1"
                                   << "1" << 1;
        QTest::addRow("beyond 64 bits") << "123456789012345678901234567890"
                                        << "123456789012345678901234567889" << 1;
        QTest::addRow("timestamp > small") << "202611251200"
                                           << "3" << 1;
    }
    void ordersVersions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const auto va = MigrationVersion::parse(a);
        const auto vb = MigrationVersion::parse(b);
        QVERIFY(va && vb);
        QCOMPARE(va->compare(*vb), expected);
        QCOMPARE(vb->compare(*va), -expected);
    }

    void scansAndOrdersFolder()
    {
        const QString dir = godwit::test::scratchDir();
        for (const char* name : { "V1.10__ten.sql", "V1.9__nine.sql", "V1__one.sql", "V2__two.sql", "R__views.sql",
                 "U2__undo_two.sql", "notes.txt" })
            writeFile(dir + QLatin1Char('/') + QLatin1String(name), "SELECT 1;\n");
        QDir().mkpath(dir + QStringLiteral("/sub"));
        writeFile(dir + QStringLiteral("/sub/V1.5__nested.sql"), "SELECT 2;\n");
        auto set = MigrationFolder::scan(dir);
        QVERIFY2(set, why(set).constData());
        QStringList order;
        for (const MigrationFile& f : set->versioned)
            order << f.script;
        QCOMPARE(order,
            (QStringList { "V1__one.sql", "sub/V1.5__nested.sql", "V1.9__nine.sql", "V1.10__ten.sql", "V2__two.sql" }));
        QCOMPARE(set->undo.size(), 1);
        QCOMPARE(set->repeatable.size(), 1);
        QCOMPARE(set->ignored.size(), 1);
        QCOMPARE(set->ignored.constFirst().script, QStringLiteral("notes.txt"));
        QCOMPARE(set->versioned.constFirst().checksum, 78787420); // "SELECT 1;" by Flyway's algorithm
        QCOMPARE(MigrationFolder::nextVersion(*set), QStringLiteral("3"));
    }

    void rejectsDuplicates_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("offender");
        QTest::addColumn<QString>("message");
        QTest::addRow("same version") << QStringList { "V1__a.sql", "V1__b.sql" } << "V1__b.sql"
                                      << "version 1 is also used by V1__a.sql";
        QTest::addRow("1.0 and 1") << QStringList { "V1.0__a.sql", "V1__b.sql" } << "V1__b.sql"
                                   << "version 1 is also used by V1.0__a.sql";
        QTest::addRow("2_1 and 2.1") << QStringList { "V2.1__a.sql", "V2_1__b.sql" } << "V2_1__b.sql"
                                     << "version 2.1 is also used by V2.1__a.sql";
        QTest::addRow("repeatable") << QStringList { "R__views.sql", "sub/R__views.sql" } << "sub/R__views.sql"
                                    << "repeatable description 'views' is also used by R__views.sql";
        QTest::addRow("malformed") << QStringList { "V1__a.sql", "V1_b.sql" } << "V1_b.sql"
                                   << "invalid migration name";
    }
    void rejectsDuplicates()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, offender);
        QFETCH(QString, message);
        const QString dir = godwit::test::scratchDir();
        QDir().mkpath(dir + QStringLiteral("/sub"));
        for (const QString& f : files)
            writeFile(dir + QLatin1Char('/') + f, "SELECT 1;\n");
        auto set = MigrationFolder::scan(dir);
        QVERIFY(!set);
        QCOMPARE(set.error().file, dir + QLatin1Char('/') + offender);
        QVERIFY2(set.error().message.contains(message), qPrintable(set.error().message));
        // Said once: "version 1", not "version version 1".
        QVERIFY2(!set.error().message.contains(QStringLiteral("version version")), qPrintable(set.error().message));
    }

    void nextVersion_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("next");
        QTest::addRow("empty folder") << QStringList {} << "1";
        QTest::addRow("integers") << QStringList { "V1__a.sql", "V2__b.sql" } << "3";
        QTest::addRow("padded") << QStringList { "V009__a.sql" } << "010";
        QTest::addRow("dotted") << QStringList { "V1.9__a.sql" } << "1.10";
        QTest::addRow("underscored") << QStringList { "V2_1__a.sql" } << "2_2";
        QTest::addRow("undo counts") << QStringList { "V1__a.sql", "U3__c.sql" } << "4";
    }
    void nextVersion()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, next);
        const QString dir = godwit::test::scratchDir();
        for (const QString& f : files)
            writeFile(dir + QLatin1Char('/') + f, "SELECT 1;\n");
        auto set = MigrationFolder::scan(dir);
        QVERIFY(set);
        QCOMPARE(MigrationFolder::nextVersion(*set), next);
    }

    void folderErrors()
    {
        auto missing = MigrationFolder::scan(QStringLiteral("/nonexistent/godwit"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, godwit::Error::Code::FileNotFound);
        auto file = MigrationFolder::scan(godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql"));
        QVERIFY(!file);
        QCOMPARE(file.error().message, QStringLiteral("not a folder of migrations"));
    }
};

QTEST_GUILESS_MAIN(TestMigrationName)
#include "tst_migrationname.moc"
