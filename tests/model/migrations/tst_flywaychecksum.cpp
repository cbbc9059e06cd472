// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "migrations/flywaychecksum.h"
#include "resultmessage.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using godwit::migrations::FlywayChecksum;
using godwit::test::why;

// Expected values come from tests/model/migrations/flyway/FlywayChecksum.java, which runs Flyway's
// algorithm on the JDK's own BufferedReader and CRC32 (`java FlywayChecksum.java --hex …`).
class TestFlywayChecksum : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crc32()
    {
        // The standard check value of CRC-32/ISO-HDLC.
        QCOMPARE(FlywayChecksum::crc32("123456789"), 0xCBF43926u);
        QCOMPARE(FlywayChecksum::crc32(""), 0u);
        QCOMPARE(FlywayChecksum::crc32("89", FlywayChecksum::crc32("1234567")), 0xCBF43926u);
    }

    void matchesFlyway_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("checksum");
        QTest::addRow("empty") << QByteArray() << 0;
        QTest::addRow("one line") << QByteArray("SELECT 1;") << 78787420;
        QTest::addRow("trailing LF") << QByteArray("SELECT 1;\n") << 78787420;
        QTest::addRow("trailing CRLF") << QByteArray("SELECT 1;\r\n") << 78787420;
        QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBFSELECT 1;") << 78787420;
        QTest::addRow("LF") << QByteArray("a\nb") << -1635563411;
        QTest::addRow("CRLF") << QByteArray("a\r\nb") << -1635563411;
        QTest::addRow("CR alone") << QByteArray("a\rb") << -1635563411;
        QTest::addRow("empty lines vanish") << QByteArray("a\n\nb\n") << -1635563411;
        QTest::addRow("only terminators") << QByteArray("\r\r\n\n") << 0;
        QTest::addRow("two BOMs: one dropped") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFx") << 1540412666;
        QTest::addRow("BOM on line 2 kept") << QByteArray("x\n\xEF\xBB\xBFy") << 34826083;
        QTest::addRow("UTF-8") << QByteArray("caf\xC3\xA9\n") << -1733475659;
        QTest::addRow("CRLF script") << QByteArray("CREATE TABLE t (\r\n  id INTEGER\r\n);\r\n") << -1419311502;
    }
    void matchesFlyway()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, checksum);
        auto c = FlywayChecksum::compute(bytes);
        QVERIFY2(c, why(c).constData());
        QCOMPARE(*c, checksum);
    }

    void ordersSample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("checksum");
        QTest::addRow("V1") << "V1__orders.sql" << 691077541;
        QTest::addRow("V2") << "V2__add_shipping_eta.sql" << 1390372280;
        QTest::addRow("V3") << "V3__backfill_shipping_eta.sql" << 185033052;
        QTest::addRow("V4") << "V4__contract_estimated_delivery.sql" << -1876435871;
    }
    void ordersSample()
    {
        QFETCH(QString, file);
        QFETCH(int, checksum);
        auto c = FlywayChecksum::ofFile(godwit::test::sampleDir() + QLatin1Char('/') + file);
        QVERIFY2(c, why(c).constData());
        QCOMPARE(*c, checksum);
    }

    void lineEndingsDoNotMatter()
    {
        QFile f(godwit::test::sampleDir() + QStringLiteral("/V4__contract_estimated_delivery.sql"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray lf = f.readAll();
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        QByteArray cr = lf;
        cr.replace('\n', '\r');
        QCOMPARE(*FlywayChecksum::compute(crlf), *FlywayChecksum::compute(lf));
        QCOMPARE(*FlywayChecksum::compute(QByteArray("\xEF\xBB\xBF") + cr), *FlywayChecksum::compute(lf));
        QVERIFY(*FlywayChecksum::compute(lf + "-- x") != *FlywayChecksum::compute(lf));
    }

    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addRow("latin-1 byte") << QByteArray("SELECT 1;\nSELECT 'caf\xE9';\n") << 2 << 12;
        QTest::addRow("after BOM") << QByteArray("\xEF\xBB\xBFx\xFF") << 1 << 3;
        QTest::addRow("encoded surrogate") << QByteArray("ab\xED\xA0\x80") << 1 << 3;
    }
    void invalidUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        auto c = FlywayChecksum::compute(bytes, QStringLiteral("V9__bad.sql"));
        QVERIFY(!c);
        QCOMPARE(c.error().file, QStringLiteral("V9__bad.sql"));
        QCOMPARE(c.error().line, line);
        QCOMPARE(c.error().column, column);
        QVERIFY(c.error().message.contains(QStringLiteral("not valid UTF-8")));
    }

    // With a JDK on the machine, compare directly with Java's BufferedReader and CRC32 on
    // text that stresses line splitting (the 4096-char buffer boundary falls inside a CRLF).
    void againstJava()
    {
        const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
        if (java.isEmpty())
            QSKIP("no java on PATH; the table above holds values computed with it");
        const QString dir = godwit::test::scratchDir();
        QByteArray big;
        for (int i = 0; big.size() < 20000; ++i)
            big += QByteArray("INSERT INTO t VALUES (")
                       .append(QByteArray::number(i))
                       .append(", 'é ☃ 𝄞');")
                       .append(i % 3 ? "\r\n" : (i % 2 ? "\r" : "\n"));
        big.insert(4095, "\r\n");
        const QList<QByteArray> inputs
            = { big, QByteArray("\xEF\xBB\xBF") + big, QByteArray("x\r"), QByteArray("\n\n") };
        QStringList files;
        for (int i = 0; i < inputs.size(); ++i) {
            files << dir + QStringLiteral("/in%1.sql").arg(i);
            QFile f(files.constLast());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(inputs.at(i));
        }
        QProcess p;
        const QString source = QDir::cleanPath(
            godwit::test::sampleDir() + QStringLiteral("/../../../tests/model/migrations/flyway/FlywayChecksum.java"));
        QVERIFY(QFile::exists(source));
        p.start(java, QStringList { source } + files);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines
            = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), inputs.size());
        for (int i = 0; i < inputs.size(); ++i)
            QCOMPARE(lines.at(i).section(QLatin1Char(' '), 0, 0).toInt(), *FlywayChecksum::compute(inputs.at(i)));
    }
};

QTEST_GUILESS_MAIN(TestFlywayChecksum)
#include "tst_flywaychecksum.moc"
