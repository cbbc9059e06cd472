// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "schema/schemareader.h"
#include "widgets/canvas/tablecardmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using godwit::schema::Schema;
using godwit::test::Dataset;
using godwit::widgets::TableCardModel;

namespace {

Schema readDataset(Dataset dataset)
{
    auto schema = godwit::schema::SchemaReader::readFile(godwit::test::datasetDatabase(dataset),
        godwit::schema::ReadOptions { godwit::schema::ReadOptions::RowCounts::Exact });
    return schema ? *schema : Schema {};
}

} // namespace

class TestTableCardModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelTester_data();
    void modelTester();
    void figures_data();
    void figures();
};

void TestTableCardModel::modelTester_data()
{
    QTest::addColumn<Dataset>("dataset");
    QTest::addColumn<int>("cards");
    QTest::addRow("chinook") << Dataset::Chinook << 11;
    QTest::addRow("northwind") << Dataset::Northwind << 13 + 16;
    QTest::addRow("sakila") << Dataset::Sakila << 16 + 5;
}

void TestTableCardModel::modelTester()
{
    QFETCH(Dataset, dataset);
    QFETCH(int, cards);
    TableCardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Schema schema = readDataset(dataset);
    model.setSchema(schema);
    QCOMPARE(model.rowCount(), cards);
    // Tables first, then views, each in schema order.
    QCOMPARE(model.index(0).data().toString(), schema.tables.first().name);
    QCOMPARE(model.index(cards - 1).data(TableCardModel::IsViewRole).toBool(), !schema.views.isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTableCardModel::figures_data()
{
    QTest::addColumn<Dataset>("dataset");
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("columns");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<int>("indexes");
    QTest::addColumn<int>("foreignKeys");
    QTest::addColumn<int>("referencedBy");
    QTest::addRow("chinook Track") << Dataset::Chinook << QStringLiteral("track") << 9 << qint64(3503) << 3 << 3 << 2;
    QTest::addRow("chinook Artist") << Dataset::Chinook << QStringLiteral("Artist") << 2 << qint64(275) << 0 << 0 << 1;
    QTest::addRow("northwind Order Details")
        << Dataset::Northwind << QStringLiteral("Order Details") << 5 << qint64(2155) << 0 << 2 << 0;
    QTest::addRow("sakila film") << Dataset::Sakila << QStringLiteral("film") << 13 << qint64(0) << 2 << 2 << 3;
}

void TestTableCardModel::figures()
{
    QFETCH(Dataset, dataset);
    QFETCH(QString, table);
    QFETCH(int, columns);
    QFETCH(qint64, rows);
    QFETCH(int, indexes);
    QFETCH(int, foreignKeys);
    QFETCH(int, referencedBy);

    TableCardModel model;
    model.setSchema(readDataset(dataset));
    const int row = model.rowOf(table); // case-insensitive, like SQLite
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data().toString().compare(table, Qt::CaseInsensitive), 0);
    QCOMPARE(index.data(TableCardModel::IsViewRole).toBool(), false);
    QCOMPARE(index.data(TableCardModel::ColumnCountRole).toInt(), columns);
    QCOMPARE(index.data(TableCardModel::RowCountRole).toLongLong(), rows);
    QCOMPARE(index.data(TableCardModel::RowCountExactRole).toBool(), true);
    QCOMPARE(index.data(TableCardModel::IndexCountRole).toInt(), indexes);
    QCOMPARE(index.data(TableCardModel::ForeignKeyCountRole).toInt(), foreignKeys);
    QCOMPARE(index.data(TableCardModel::ReferencedByCountRole).toInt(), referencedBy);
    QCOMPARE(model.rowOf(u"no such table"), -1);
}

QTEST_MAIN(TestTableCardModel)
#include "tst_tablecardmodel.moc"
