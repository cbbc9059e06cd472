// SPDX-License-Identifier: GPL-3.0-or-later
// The rows behind each data finding, on Chinook: `lint --show-rows N` prints the rows its SQL
// finds, and those are exactly the rows a hand-written query returns; `plan` shows them under
// each failing pre-check; the database is only read.
#include "cliprocess.h"
#include "datasets.h"
#include "filehash.h"
#include "sqlite/database.h"
#include "sqlite/rowset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using godwit::sqlite::Database;
using godwit::sqlite::RowSet;
using godwit::test::CliRun;
using godwit::test::runGodwit;

namespace {

QString writeFile(const QString& name, const QString& text)
{
    static const QString dir = godwit::test::scratchDir();
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}

// Chinook's Customer, rebuilt with the SQLite 12-step recipe, one column definition replaced
// (or a table constraint added): the migration a lint run checks against the data.
QString rebuildCustomer(const QString& from, const QString& to, const QString& constraint = {})
{
    QString columns = QStringLiteral(
        "CustomerId INTEGER NOT NULL, FirstName NVARCHAR(40) NOT NULL, LastName NVARCHAR(20) NOT NULL,\n"
        "Company NVARCHAR(80), Address NVARCHAR(70), City NVARCHAR(40), State NVARCHAR(40), Country NVARCHAR(40),\n"
        "PostalCode NVARCHAR(10), Phone NVARCHAR(24), Fax NVARCHAR(24), Email NVARCHAR(60) NOT NULL,\n"
        "SupportRepId INTEGER, PRIMARY KEY (CustomerId),\n"
        "FOREIGN KEY (SupportRepId) REFERENCES Employee (EmployeeId)");
    columns.replace(from, to);
    return QStringLiteral("PRAGMA foreign_keys = OFF;\nBEGIN;\nCREATE TABLE Customer_new (\n%1%2\n);\n"
                          "INSERT INTO Customer_new SELECT * FROM Customer;\nDROP TABLE Customer;\n"
                          "ALTER TABLE Customer_new RENAME TO Customer;\n"
                          "CREATE INDEX IFK_CustomerSupportRepId ON Customer (SupportRepId);\n"
                          "PRAGMA foreign_key_check;\nCOMMIT;\nPRAGMA foreign_keys = ON;\n")
        .arg(columns, constraint.isEmpty() ? QString() : QStringLiteral(",\n") + constraint);
}

QString rebuildInvoice(const QString& check)
{
    return QStringLiteral(
        "PRAGMA foreign_keys = OFF;\nBEGIN;\nCREATE TABLE Invoice_new (\n"
        "InvoiceId INTEGER NOT NULL, CustomerId INTEGER NOT NULL, InvoiceDate DATETIME NOT NULL,\n"
        "BillingAddress NVARCHAR(70), BillingCity NVARCHAR(40), BillingState NVARCHAR(40),\n"
        "BillingCountry NVARCHAR(40), BillingPostalCode NVARCHAR(10), Total NUMERIC(10,2) NOT NULL,\n"
        "PRIMARY KEY (InvoiceId), FOREIGN KEY (CustomerId) REFERENCES Customer (CustomerId),\n%1\n);\n"
        "INSERT INTO Invoice_new SELECT * FROM Invoice;\nDROP TABLE Invoice;\n"
        "ALTER TABLE Invoice_new RENAME TO Invoice;\nCREATE INDEX IFK_InvoiceCustomerId ON Invoice (CustomerId);\n"
        "PRAGMA foreign_key_check;\nCOMMIT;\nPRAGMA foreign_keys = ON;\n")
        .arg(check);
}

// Rows as the lint report prints them, sorted: the comparison is of the rows, not their order.
QStringList sortedRowTexts(const RowSet& rows)
{
    QStringList out = rows.rowTexts();
    out.sort();
    return out;
}

} // namespace

class TestCliShowRows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_chinook = godwit::test::datasetDatabase(godwit::test::Dataset::Chinook);
        QVERIFY(!m_chinook.isEmpty());
    }

    void lintRowsEqualHandWrittenQuery_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("handWritten");

        QTest::addRow("GW101 NULL companies")
            << rebuildCustomer(QStringLiteral("Company NVARCHAR(80)"), QStringLiteral("Company NVARCHAR(80) NOT NULL"))
            << "GW101"
            << "SELECT * FROM Customer WHERE Company IS NULL";
        QTest::addRow("GW102 customers sharing a country")
            << QStringLiteral("CREATE UNIQUE INDEX customer_country ON Customer (Country);\n") << "GW102"
            << "SELECT * FROM Customer WHERE Country IN (SELECT Country FROM Customer GROUP BY Country HAVING "
               "count(*) > 1)";
        QTest::addRow("GW104 invoices under 1.00") << rebuildInvoice(QStringLiteral("CHECK (Total >= 1)")) << "GW104"
                                                   << "SELECT * FROM Invoice WHERE Total < 1";
        QTest::addRow("GW105 postal codes that are not numbers")
            << rebuildCustomer(QStringLiteral("PostalCode NVARCHAR(10)"), QStringLiteral("PostalCode INTEGER"))
            << "GW105"
            << "SELECT * FROM Customer WHERE PostalCode GLOB '*[^0-9]*'";
        QTest::addRow("GW106 postal codes losing their leading zero")
            << rebuildCustomer(QStringLiteral("PostalCode NVARCHAR(10)"), QStringLiteral("PostalCode INTEGER"))
            << "GW106"
            << "SELECT * FROM Customer WHERE PostalCode GLOB '0*' AND NOT PostalCode GLOB '*[^0-9]*'";
    }

    void lintRowsEqualHandWrittenQuery()
    {
        QFETCH(QString, script);
        QFETCH(QString, code);
        QFETCH(QString, handWritten);
        const auto before = godwit::test::databaseFingerprint(m_chinook);
        const QString file = writeFile(code + QStringLiteral(".sql"), script);
        const CliRun r
            = runGodwit({ QStringLiteral("lint"), file, QStringLiteral("--db"), m_chinook, QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--show-rows"), QStringLiteral("1000") });
        QVERIFY2(r.exitCode == 1, qPrintable(r.err + r.out));
        QJsonObject finding;
        for (const QJsonValue& v :
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray()) {
            if (v.toObject().value(QStringLiteral("code")).toString() == code)
                finding = v.toObject();
        }
        QVERIFY2(!finding.isEmpty(), qPrintable(r.out));

        auto db = Database::openOriginal(m_chinook);
        QVERIFY(db);
        auto expected = RowSet::read(*db, handWritten, 1000);
        QVERIFY(expected && !expected->rows.isEmpty());
        QStringList samples;
        for (const QJsonValue& s : finding.value(QStringLiteral("samples")).toArray())
            samples << s.toString();
        samples.sort();
        QCOMPARE(samples, sortedRowTexts(*expected));
        // The finding's own SQL, run by hand, finds the same rows (what "Show the rows" opens).
        const QString rowsSql = finding.value(QStringLiteral("rowsSql")).toString();
        auto own = RowSet::read(*db, rowsSql, 1000);
        QVERIFY2(own, qPrintable(rowsSql));
        QCOMPARE(sortedRowTexts(*own), sortedRowTexts(*expected));
        QCOMPARE(godwit::test::databaseFingerprint(m_chinook), before);
    }

    void showRowsCount_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("samples");
        QTest::addRow("default: 5") << QString() << 5;
        QTest::addRow("2") << "2" << 2;
        QTest::addRow("0: none") << "0" << 0;
    }

    void showRowsCount()
    {
        QFETCH(QString, value);
        QFETCH(int, samples);
        const QString file = writeFile(QStringLiteral("nulls.sql"),
            rebuildCustomer(QStringLiteral("Company NVARCHAR(80)"), QStringLiteral("Company NVARCHAR(80) NOT NULL")));
        QStringList args { QStringLiteral("lint"), file, QStringLiteral("--db"), m_chinook };
        if (!value.isEmpty())
            args << QStringLiteral("--show-rows") << value;
        const CliRun r = runGodwit(args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count(QStringLiteral("    sample: CustomerId=")), samples);
        QVERIFY(r.out.contains(QStringLiteral("    rows: SELECT * FROM Customer WHERE Company IS NULL\n")));
    }

    void badShowRows_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("value");
        QTest::addRow("lint negative") << "lint"
                                       << "-1";
        QTest::addRow("lint not a number") << "lint"
                                           << "five";
        QTest::addRow("plan too many") << "plan"
                                       << "100000";
    }

    void badShowRows()
    {
        QFETCH(QString, command);
        QFETCH(QString, value);
        const QString file = writeFile(QStringLiteral("empty.sql"), QStringLiteral("SELECT 1;\n"));
        const QStringList args = command == QLatin1String("lint")
            ? QStringList { command, file, QStringLiteral("--db"), m_chinook }
            : QStringList { command, m_chinook, file };
        const CliRun r = runGodwit(args + QStringList { QStringLiteral("--show-rows"), value });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("godwit: --show-rows must be a whole number from 0 to 1000\n"));
    }

    // `godwit plan` on a database: the rows a step would fail on, under the check that stops it.
    void planShowsRows()
    {
        const auto before = godwit::test::databaseFingerprint(m_chinook);
        // The target: Chinook's own schema with Customer.Company NOT NULL.
        auto db = Database::openOriginal(m_chinook);
        QVERIFY(db);
        auto ddl = RowSet::read(*db,
            QStringLiteral("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY "
                           "CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid"),
            1000);
        QVERIFY(ddl);
        QString schema;
        for (const QVariantList& row : ddl->rows)
            schema += row.front().toString() + QStringLiteral(";\n");
        QVERIFY(schema.contains(QStringLiteral("[Company] NVARCHAR(80),")));
        schema.replace(QStringLiteral("[Company] NVARCHAR(80),"), QStringLiteral("[Company] NVARCHAR(80) NOT NULL,"));
        const QString after = writeFile(QStringLiteral("chinook-after.sql"), schema);
        const CliRun r = runGodwit(
            { QStringLiteral("plan"), m_chinook, after, QStringLiteral("--show-rows"), QStringLiteral("3") });
        QVERIFY2(r.exitCode == 1, qPrintable(r.err + r.out));
        const qsizetype stops = r.out.indexOf(QStringLiteral("  STOPS at "));
        QVERIFY2(stops >= 0, qPrintable(r.out));
        const QString section = r.out.mid(stops, r.out.indexOf(QStringLiteral("\nDecision tree")) - stops);
        QCOMPARE(section.count(QStringLiteral("    row: CustomerId=")), 3);
        QVERIFY2(section.contains(QStringLiteral("    rows: SELECT * FROM Customer WHERE Company IS NULL\n")),
            qPrintable(section));
        auto first = RowSet::read(*db, QStringLiteral("SELECT * FROM Customer WHERE Company IS NULL"), 1);
        QVERIFY(first);
        QVERIFY2(
            section.contains(QStringLiteral("    row: ") + first->rowText(0) + QLatin1Char('\n')), qPrintable(section));

        const CliRun json = runGodwit(
            { QStringLiteral("plan"), m_chinook, after, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(json.exitCode, 1);
        const QJsonArray checks
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("dataChecks")).toArray();
        QVERIFY(!checks.isEmpty());
        const QJsonObject check = checks.first().toObject();
        QCOMPARE(check.value(QStringLiteral("rowsSql")).toString(),
            QStringLiteral("SELECT * FROM Customer WHERE Company IS NULL"));
        QCOMPARE(check.value(QStringLiteral("samples")).toArray().size(), 5);
        QCOMPARE(godwit::test::databaseFingerprint(m_chinook), before);
    }

private:
    QString m_chinook;
};

QTEST_GUILESS_MAIN(TestCliShowRows)
#include "tst_cli_showrows.moc"
