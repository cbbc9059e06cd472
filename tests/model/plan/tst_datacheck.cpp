// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../fixtures/datasets.h"
#include "diff/schemadiff.h"
#include "plan/datacheck.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"
#include "sqlite/rowset.h"

#include <cmath>

#include <QFile>
#include <QTest>

using namespace godwit;
using plan::DataCheck;

namespace {

// The checks `afterColumn` needs when t.x (declared `beforeColumn`, holding `value`) becomes it.
QList<DataCheck> checksFor(const sqlite::Database& before, const QString& afterTable)
{
    auto after = sqlite::Database::openMemory();
    if (!after || !after->exec(afterTable))
        return {};
    auto b = schema::SchemaReader::read(before);
    auto a = schema::SchemaReader::read(*after);
    if (!b || !a)
        return {};
    return DataCheck::forChangeSet(diff::SchemaDiff::compare(*b, *a));
}

// What SQLite does with the value: the row copied into a table with the new definition. Returns
// the storage class it got, or "refused" when the insert fails.
QString realInsert(const sqlite::Database& db, const QString& afterTable)
{
    const QString create = QString(afterTable).replace(QLatin1String("TABLE t "), QLatin1String("TABLE probe "));
    if (!db.exec(QStringLiteral("DROP TABLE IF EXISTS probe")) || !db.exec(create))
        return QStringLiteral("no probe");
    if (!db.exec(QStringLiteral("INSERT INTO probe (id, x) SELECT id, x FROM t")))
        return QStringLiteral("refused");
    auto stored = db.scalar(QStringLiteral("SELECT typeof(x) FROM probe"));
    return stored ? stored->toString() : QStringLiteral("no row");
}

// Whether the value realInsert stored in probe.x reads differently from the original t.x: the
// text of a number is not one SQLite writes for the number stored (as an INTEGER or as a REAL,
// when that REAL holds it exactly), or a REAL became a text that reads back as another number.
bool readsDifferently(const sqlite::Database& db)
{
    const QString sql = QStringLiteral("SELECT typeof(t.x), t.x, typeof(p.x), p.x, CAST(p.x AS TEXT), "
                                       "CAST(CAST(p.x AS REAL) AS TEXT) FROM t, probe AS p");
    auto row = sqlite::RowSet::read(db, sql, 1);
    if (!row || row->rows.size() != 1)
        return false;
    const QVariantList& r = row->rows.front();
    const QString from = r[0].toString();
    const QString to = r[2].toString();
    if (from == QLatin1String("real") && to == QLatin1String("text"))
        return r[3].toString().toDouble() != r[1].toDouble();
    if (from != QLatin1String("text") || (to != QLatin1String("integer") && to != QLatin1String("real")))
        return false;
    QStringList written = { r[4].toString() };
    constexpr double twoTo63 = 9223372036854775808.0;
    if (to == QLatin1String("integer")) {
        const qint64 i = r[3].toLongLong();
        const double d = double(i);
        if (d < twoTo63 && qint64(d) == i)
            written << r[5].toString();
    } else {
        const double d = r[3].toDouble();
        if (std::floor(d) == d && d >= -twoTo63 && d < twoTo63)
            written << QString::number(qint64(d));
    }
    return !written.contains(r[1].toString());
}

} // namespace

// Every data pre-check agrees with SQLite: a check counts a row exactly when a real INSERT of
// that row into a column of the new definition does what the check says (keeps the value's
// storage class, or is refused).
class TestDataCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agreesWithSqlite_data()
    {
        QTest::addColumn<QString>("before"); // column definition of t.x now
        QTest::addColumn<QString>("after"); // and in the new schema
        QTest::addColumn<QString>("value"); // an SQL literal
        QTest::addColumn<QString>("kind"); // the check that applies

        const QStringList values = { "'1'", "' 12 '", "'-3'", "'+5'", "'499'", "'1.0'", "'2.5'", "'1e3'",
            "'9223372036854775808'", "'12a'", "'0x10'", "''", "' '", "'1.5e'", "'abc'", "X'3132'", "7", "2.0", "2.5",
            // Text SQLite converts although it does not read as the number it becomes.
            "'01007'", "'007'", "'-0'", "' 5'", "'5 '", "'5.'", "'.5'", "'1.50'", "'0.1'", "'1e400'",
            "'3.0000000000000001'", "'9223372036854775807'", "'-9223372036854775808'", "'12345678901234567890'",
            "NULL" };
        for (const char* type : { "INTEGER", "REAL", "NUMERIC", "TEXT" }) {
            for (const char* from : { "TEXT", "BLOB", "" }) {
                if (QLatin1String(type) == QLatin1String(from))
                    continue;
                for (const QString& v : values) {
                    for (const char* kind : { "type-mismatch", "lossy-conversion" })
                        QTest::addRow("%s %s -> %s, %s", qPrintable(v), from[0] ? from : "untyped", type, kind)
                            << QString::fromLatin1(from) << QString::fromLatin1(type) << v << QString::fromLatin1(kind);
                }
            }
        }
        for (const char* kind : { "type-mismatch", "lossy-conversion" }) {
            for (const char* v : { "7", "'7'", "1.5", "9223372036854775807", "-0.0" })
                QTest::addRow("%s INTEGER -> TEXT, %s", v, kind)
                    << "INTEGER"
                    << "TEXT" << QString::fromLatin1(v) << QString::fromLatin1(kind);
            // TEXT writes a REAL with 15 significant digits (0.1 + 0.2 reads back as 0.3).
            for (const char* v : { "0.1", "0.30000000000000004", "1e20", "123456789.123456789", "2.0", "1e300" })
                QTest::addRow("%s REAL -> TEXT, %s", v, kind)
                    << "REAL"
                    << "TEXT" << QString::fromLatin1(v) << QString::fromLatin1(kind);
        }
        for (const QString& v : { QStringLiteral("NULL"), QStringLiteral("'x'"), QStringLiteral("0") })
            QTest::addRow("%s -> NOT NULL", qPrintable(v)) << "TEXT"
                                                           << "TEXT NOT NULL" << v << QStringLiteral("nulls");
        for (const QString& v : { QStringLiteral("NULL"), QStringLiteral("5"), QStringLiteral("-1"),
                 QStringLiteral("'abc'"), QStringLiteral("0") })
            QTest::addRow("%s -> CHECK (x >= 0)", qPrintable(v))
                << "NUMERIC"
                << "NUMERIC CHECK (x >= 0)" << v << QStringLiteral("check-fails");
        // A CHECK that comes with a type change judges the value as the new type stores it: text
        // compares with numbers as text (datatype3.html §4.2), the converted number does not.
        const QStringList texts
            = { "'10'", "'9'", "'010'", "' 12 '", "'1e1'", "'2.0'", "'2.5'", "'abc'", "'1a'", "''", "X'3132'", "NULL" };
        for (const char* after : { "INTEGER CHECK (x > 9)", "INTEGER CHECK (x > '9')", "REAL CHECK (x >= 2)",
                 "NUMERIC CHECK (x BETWEEN 2 AND 10)", "INTEGER CHECK (typeof(x) = 'integer')",
                 "INTEGER CHECK (x < 'b')", "REAL CHECK (length(x) <= 3)" }) {
            for (const QString& v : texts) {
                // Known limit (DataCheck's convertedRows): text the new type keeps as text, against a
                // numeric-looking text literal, compares as text. GW105 reports such values.
                if (QLatin1String(after).contains(QLatin1String("'9'"))
                    && (v == QLatin1String("'1a'") || v == QLatin1String("''")))
                    continue;
                QTest::addRow("%s TEXT -> %s", qPrintable(v), after)
                    << "TEXT" << QString::fromLatin1(after) << v << QStringLiteral("check-fails");
            }
        }
        for (const char* v : { "10", "7", "5", "2.0", "2.5", "'10'", "NULL" }) {
            for (const char* after : { "TEXT CHECK (x > 5)", "TEXT CHECK (x LIKE '_')", "INTEGER CHECK (x >= 5)",
                     "INTEGER CHECK (typeof(x) = 'integer')" })
                QTest::addRow("%s REAL -> %s", v, after)
                    << "REAL" << QString::fromLatin1(after) << QString::fromLatin1(v) << QStringLiteral("check-fails");
        }
    }
    void agreesWithSqlite()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, value);
        QFETCH(QString, kind);
        auto db = sqlite::Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, x %1)").arg(before)));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t (id, x) VALUES (1, %1)").arg(value)));
        const QString afterTable = QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, x %1)").arg(after);

        const QList<DataCheck> checks = checksFor(*db, afterTable);
        const auto check
            = std::ranges::find_if(checks, [&](const DataCheck& c) { return DataCheck::kindName(c.kind) == kind; });
        const QString stored = realInsert(*db, afterTable);
        QVERIFY(stored != QLatin1String("no probe") && stored != QLatin1String("no row"));
        const QString original = db->scalar(QStringLiteral("SELECT typeof(x) FROM t"))->toString();
        bool sqliteSays = false;
        if (kind == QLatin1String("lossy-conversion")) {
            sqliteSays = readsDifferently(*db);
        } else if (kind == QLatin1String("type-mismatch")) {
            // Stored as it was: a storage class the new affinity does not produce (datatype3.html §3).
            const bool textAffinity = after.startsWith(QLatin1String("TEXT"));
            sqliteSays = stored == original
                && (textAffinity ? stored == QLatin1String("blob")
                                 : stored == QLatin1String("text") || stored == QLatin1String("blob"));
        } else {
            sqliteSays = stored == QLatin1String("refused");
        }
        if (check == checks.end()) {
            QVERIFY2(!sqliteSays, qPrintable(QStringLiteral("no %1 check, but SQLite stores %2").arg(kind, stored)));
            return;
        }
        auto count = db->scalar(check->countSql);
        QVERIFY(count);
        QCOMPARE(count->toLongLong() > 0, sqliteSays);
    }

    // On Chinook's own data: a column that changes type and gains a CHECK at once. The pre-check
    // counts the rows a copy into the rebuilt table refuses (INSERT OR IGNORE skips a row failing
    // a CHECK), which the CHECK on the old stored values does not (`oldValuesDisagree`).
    void checkWithTypeChangeOnChinook_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column"); // as Chinook declares it
        QTest::addColumn<QString>("changed"); // with a new type and a CHECK
        QTest::addColumn<bool>("oldValuesDisagree");

        QTest::addRow("postal codes as numbers over 9999") << "Customer"
                                                           << "[PostalCode] NVARCHAR(10)"
                                                           << "[PostalCode] INTEGER CHECK (PostalCode > 9999)" << true;
        QTest::addRow("billing postal codes between 1000 and 99999")
            << "Invoice"
            << "[BillingPostalCode] NVARCHAR(10)"
            << "[BillingPostalCode] NUMERIC CHECK (BillingPostalCode BETWEEN 1000 AND 99999)" << true;
        QTest::addRow("totals as text under '5'") << "Invoice"
                                                  << "[Total] NUMERIC(10,2)"
                                                  << "[Total] TEXT CHECK (Total < 5)" << true;
        QTest::addRow("unit prices as real, over 1") << "InvoiceLine"
                                                     << "[UnitPrice] NUMERIC(10,2)"
                                                     << "[UnitPrice] REAL CHECK (UnitPrice > 1)" << false;
    }
    void checkWithTypeChangeOnChinook()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, changed);
        QFETCH(bool, oldValuesDisagree);
        const QString source = test::datasetDatabase(test::Dataset::Chinook);
        QVERIFY(!source.isEmpty());
        const QString copy
            = test::scratchDir() + QStringLiteral("/chinook-%1.db").arg(QString::fromUtf8(QTest::currentDataTag()));
        QFile::remove(copy);
        QVERIFY(QFile::copy(source, copy));
        auto db = sqlite::Database::openWritable(copy);
        QVERIFY(db);
        auto stored = db->scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = ?"), { table });
        QVERIFY(stored && stored->toString().contains(column));
        const QString afterTable = stored->toString().replace(column, changed);

        auto after = sqlite::Database::openMemory();
        QVERIFY(after && after->exec(afterTable));
        auto b = schema::SchemaReader::read(*db);
        auto a = schema::SchemaReader::read(*after);
        QVERIFY(b && a);
        const QList<DataCheck> checks = DataCheck::forChangeSet(diff::SchemaDiff::compare(*b, *a));
        const auto check = std::ranges::find(checks, DataCheck::Kind::CheckFails, &DataCheck::kind);
        QVERIFY(check != checks.end());
        auto counted = db->scalar(check->countSql);
        QVERIFY2(counted, qPrintable(check->countSql));
        auto listed = db->scalar(QStringLiteral("SELECT count(*) FROM (%1)").arg(check->rowsSql));
        QVERIFY2(listed, qPrintable(check->rowsSql));

        const QString probe
            = QString(afterTable)
                  .replace(QStringLiteral("CREATE TABLE [%1]").arg(table), QStringLiteral("CREATE TEMP TABLE probe"));
        QVERIFY(db->exec(probe));
        QVERIFY(db->exec(QStringLiteral("INSERT OR IGNORE INTO probe SELECT * FROM [%1]").arg(table)));
        const qint64 refused
            = db->scalar(QStringLiteral("SELECT (SELECT count(*) FROM [%1]) - (SELECT count(*) FROM probe)").arg(table))
                  ->toLongLong();
        QVERIFY(refused > 0);
        QCOMPARE(counted->toLongLong(), refused);
        QCOMPARE(listed->toLongLong(), refused);
        const QString expression = changed.section(QStringLiteral("CHECK ("), 1).chopped(1);
        const qint64 onOldValues
            = db->scalar(QStringLiteral("SELECT count(*) FROM [%1] WHERE NOT (%2)").arg(table, expression))
                  ->toLongLong();
        QCOMPARE(onOldValues != refused, oldValuesDisagree);
    }
};

QTEST_GUILESS_MAIN(TestDataCheck)
#include "tst_datacheck.moc"
