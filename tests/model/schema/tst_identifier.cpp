// SPDX-License-Identifier: GPL-3.0-or-later
// Names are the same exactly when SQLite says so: it folds ASCII letters only, so "A" and "a"
// name one table while "É" and "é" (or the Kelvin sign and "k", which Unicode folding merges)
// name two. Every row is checked against SQLite itself and through SchemaDiff.
#include "diff/schemadiff.h"
#include "resultmessage.h"
#include "schema/identifier.h"
#include "sqlite/database.h"

#include <QTest>

using namespace godwit;

namespace {

schema::Schema oneTable(const QString& name)
{
    schema::Table t;
    t.name = name;
    schema::Column id;
    id.name = QStringLiteral("id");
    id.declaredType = QStringLiteral("INTEGER");
    t.columns << id;
    schema::Schema s;
    s.tables << t;
    return s;
}

} // namespace

class TestIdentifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameName_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("A and a") << "A"
                                 << "a" << true;
        QTest::addRow("mixed ASCII") << "Order_Items"
                                     << "oRDER_iTEMS" << true;
        QTest::addRow("identical") << "é"
                                   << "é" << true;
        QTest::addRow("É and é") << QStringLiteral("É") << QStringLiteral("é") << false;
        QTest::addRow("Kelvin sign and k") << QStringLiteral("\u212A") << "k" << false;
        QTest::addRow("ß and SS") << QStringLiteral("ß") << "SS" << false;
        QTest::addRow("dotted İ and i") << QStringLiteral("\u0130") << "i" << false;
        QTest::addRow("ASCII part folds, the rest not") << QStringLiteral("CafÉ") << QStringLiteral("café") << false;
        QTest::addRow("different lengths") << "ab"
                                           << "a" << false;
    }

    void sameName()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(schema::sameIdentifier(a, b), same);
        QCOMPARE(schema::identifierKey(a) == schema::identifierKey(b), same);
        QCOMPARE(schema::compareIdentifiers(a, b) == 0, same);
        QCOMPARE(schema::compareIdentifiers(a, b) < 0, schema::compareIdentifiers(b, a) > 0);
        QCOMPARE(schema::containsIdentifier({ QStringLiteral("x"), a }, b), same);

        // SQLite is the reference: a second table whose name folds to the first one's is refused.
        auto db = sqlite::Database::openMemory();
        QVERIFY2(db, test::why(db).constData());
        const auto first = db->exec(QStringLiteral("CREATE TABLE %1 (id INTEGER)").arg(schema::quoteIdentifier(a)));
        QVERIFY2(first, test::why(first).constData());
        const auto second = db->exec(QStringLiteral("CREATE TABLE %1 (id INTEGER)").arg(schema::quoteIdentifier(b)));
        QCOMPARE(!second, same);

        // The diff keys tables the same way: renaming "A" to "a" is no change, "É" to "é" is one.
        const diff::ChangeSet changes = diff::SchemaDiff::compare(oneTable(a), oneTable(b));
        QCOMPARE(changes.isEmpty(), same);
        QCOMPARE(oneTable(a).table(b) != nullptr, same);
    }

    void keyFoldsAsciiOnly()
    {
        QCOMPARE(schema::identifierKey(u"Order_ÉTÉ"), QStringLiteral("order_ÉtÉ"));
        QCOMPARE(schema::identifierKey(u""), QString());
    }
};

QTEST_GUILESS_MAIN(TestIdentifier)
#include "tst_identifier.moc"
