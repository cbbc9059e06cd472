// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/schemadiff.h"
#include "plan/datacheck.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

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
            "'9223372036854775808'", "'12a'", "'0x10'", "''", "' '", "'1.5e'", "'abc'", "X'3132'", "7", "2.0", "2.5" };
        for (const char* type : { "INTEGER", "REAL", "NUMERIC", "TEXT" }) {
            for (const char* from : { "TEXT", "BLOB", "" }) {
                if (QLatin1String(type) == QLatin1String(from))
                    continue;
                for (const QString& v : values)
                    QTest::addRow("%s %s -> %s", qPrintable(v), from[0] ? from : "untyped", type)
                        << QString::fromLatin1(from) << QString::fromLatin1(type) << v
                        << QStringLiteral("type-mismatch");
            }
        }
        for (const QString& v : { QStringLiteral("7"), QStringLiteral("'7'"), QStringLiteral("1.5") })
            QTest::addRow("%s INTEGER -> TEXT", qPrintable(v)) << "INTEGER"
                                                               << "TEXT" << v << QStringLiteral("type-mismatch");
        for (const QString& v : { QStringLiteral("NULL"), QStringLiteral("'x'"), QStringLiteral("0") })
            QTest::addRow("%s -> NOT NULL", qPrintable(v)) << "TEXT"
                                                           << "TEXT NOT NULL" << v << QStringLiteral("nulls");
        for (const QString& v : { QStringLiteral("NULL"), QStringLiteral("5"), QStringLiteral("-1"),
                 QStringLiteral("'abc'"), QStringLiteral("0") })
            QTest::addRow("%s -> CHECK (x >= 0)", qPrintable(v))
                << "NUMERIC"
                << "NUMERIC CHECK (x >= 0)" << v << QStringLiteral("check-fails");
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
        if (kind == QLatin1String("type-mismatch")) {
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
};

QTEST_GUILESS_MAIN(TestDataCheck)
#include "tst_datacheck.moc"
