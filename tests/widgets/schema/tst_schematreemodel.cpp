// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "schema/schemareader.h"
#include "widgets/schema/schematreemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QtTest>

using godwit::schema::Schema;
using godwit::widgets::SchemaTreeModel;
using Kind = SchemaTreeModel::Kind;

namespace {

// "chinook", "northwind", "sakila" (built databases) or "orders" (the bundled V1 script).
Schema loadSchema(const QString& name)
{
    using godwit::test::Dataset;
    if (name == QLatin1String("orders")) {
        QFile file(godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        auto schema = godwit::schema::SchemaReader::readScript(QString::fromUtf8(file.readAll()), file.fileName());
        return schema ? *schema : Schema {};
    }
    const Dataset dataset = name == QLatin1String("chinook") ? Dataset::Chinook
        : name == QLatin1String("northwind")                 ? Dataset::Northwind
                                                             : Dataset::Sakila;
    const QString path = godwit::test::datasetDatabase(dataset);
    auto schema = godwit::schema::SchemaReader::readFile(
        path, godwit::schema::ReadOptions { godwit::schema::ReadOptions::RowCounts::Estimate });
    if (!schema)
        qWarning() << schema.error().toString();
    return schema ? *schema : Schema {};
}

QStringList childLabels(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(parent); ++row)
        labels.append(model.index(row, 0, parent).data().toString());
    return labels;
}

QModelIndex childNamed(const QAbstractItemModel& model, const QModelIndex& parent, const QString& label)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == label)
            return index;
    }
    return {};
}

} // namespace

class TestSchemaTreeModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelTester_data();
    void modelTester();
    void tableChildren_data();
    void tableChildren();
    void columnDetails();
    void views();
    void filter_data();
    void filter();
    void objectRefRoundTrip();
};

void TestSchemaTreeModel::modelTester_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<int>("tables");
    QTest::addRow("chinook") << QStringLiteral("chinook") << 11;
    QTest::addRow("northwind") << QStringLiteral("northwind") << 13;
    QTest::addRow("sakila") << QStringLiteral("sakila") << 16;
    QTest::addRow("orders") << QStringLiteral("orders") << 3;
}

void TestSchemaTreeModel::modelTester()
{
    QFETCH(QString, dataset);
    QFETCH(int, tables);
    const Schema schema = loadSchema(dataset);
    QCOMPARE(schema.tables.size(), tables);

    SchemaTreeModel model;
    QSortFilterProxyModel proxy;
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setAutoAcceptChildRows(true);
    proxy.setFilterRole(SchemaTreeModel::FilterRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setSchema(schema);
    const QModelIndex tablesGroup = model.index(0, 0);
    QCOMPARE(tablesGroup.data(SchemaTreeModel::KindRole).value<Kind>(), Kind::TablesGroup);
    QCOMPARE(model.rowCount(tablesGroup), tables);
    QCOMPARE(model.rowCount(), schema.views.isEmpty() ? 1 : 2);
    QCOMPARE(model.columnCount(), int(SchemaTreeModel::ColumnCount));
    // Only column 0 has children: the detail column is a leaf everywhere.
    QCOMPARE(model.rowCount(model.index(0, SchemaTreeModel::DetailColumn)), 0);

    proxy.setFilterFixedString(QStringLiteral("id"));
    proxy.setFilterFixedString(QString());
    model.setSchema(loadSchema(QStringLiteral("orders")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSchemaTreeModel::tableChildren_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QList<int>>("counts"); // children per group, in order

    const QString columns = QStringLiteral("Columns");
    const QString keys = QStringLiteral("Keys");
    const QString indexes = QStringLiteral("Indexes");
    const QString fks = QStringLiteral("Foreign keys");
    const QString triggers = QStringLiteral("Triggers");
    QTest::addRow("chinook Track") << QStringLiteral("chinook") << QStringLiteral("Track")
                                   << QStringList { columns, keys, indexes, fks } << QList<int> { 9, 1, 3, 3 };
    QTest::addRow("chinook PlaylistTrack") << QStringLiteral("chinook") << QStringLiteral("PlaylistTrack")
                                           << QStringList { columns, keys, indexes, fks } << QList<int> { 2, 1, 2, 2 };
    QTest::addRow("chinook Genre") << QStringLiteral("chinook") << QStringLiteral("Genre")
                                   << QStringList { columns, keys } << QList<int> { 2, 1 };
    QTest::addRow("northwind Order Details") << QStringLiteral("northwind") << QStringLiteral("Order Details")
                                             << QStringList { columns, keys, fks } << QList<int> { 5, 1, 2 };
    QTest::addRow("sakila actor") << QStringLiteral("sakila") << QStringLiteral("actor")
                                  << QStringList { columns, keys, indexes, triggers } << QList<int> { 4, 1, 1, 2 };
    QTest::addRow("sakila city") << QStringLiteral("sakila") << QStringLiteral("city")
                                 << QStringList { columns, keys, indexes, fks, triggers }
                                 << QList<int> { 4, 1, 1, 1, 2 };
    QTest::addRow("orders orders") << QStringLiteral("orders") << QStringLiteral("orders")
                                   << QStringList { columns, keys, indexes } << QList<int> { 6, 1, 1 };
    QTest::addRow("orders order_items") << QStringLiteral("orders") << QStringLiteral("order_items")
                                        << QStringList { columns, keys, fks } << QList<int> { 4, 1, 1 };
    QTest::addRow("orders payments") << QStringLiteral("orders") << QStringLiteral("payments")
                                     << QStringList { columns, keys, indexes, fks } << QList<int> { 5, 1, 2, 1 };
}

void TestSchemaTreeModel::tableChildren()
{
    QFETCH(QString, dataset);
    QFETCH(QString, table);
    QFETCH(QStringList, groups);
    QFETCH(QList<int>, counts);

    SchemaTreeModel model;
    model.setSchema(loadSchema(dataset));
    const QModelIndex tableIndex = model.indexOfTable(table);
    QVERIFY(tableIndex.isValid());
    QCOMPARE(tableIndex.data().toString(), table);
    QCOMPARE(tableIndex.data(SchemaTreeModel::KindRole).value<Kind>(), Kind::Table);
    QCOMPARE(childLabels(model, tableIndex), groups);
    for (int i = 0; i < groups.size(); ++i) {
        const QModelIndex group = model.index(i, 0, tableIndex);
        QCOMPARE(model.rowCount(group), counts[i]);
        QCOMPARE(
            model.index(i, SchemaTreeModel::DetailColumn, tableIndex).data().toString(), QString::number(counts[i]));
        QCOMPARE(group.data(SchemaTreeModel::TableNameRole).toString(), table);
    }
}

void TestSchemaTreeModel::columnDetails()
{
    SchemaTreeModel model;
    model.setSchema(loadSchema(QStringLiteral("orders")));
    const QModelIndex columns = childNamed(model, model.indexOfTable(u"orders"), QStringLiteral("Columns"));
    QCOMPARE(childLabels(model, columns),
        (QStringList { QStringLiteral("order_id"), QStringLiteral("customer_id"), QStringLiteral("status"),
            QStringLiteral("total_amount"), QStringLiteral("created_at"), QStringLiteral("estimated_delivery") }));
    auto detail = [&](int row) { return model.index(row, SchemaTreeModel::DetailColumn, columns).data().toString(); };
    QCOMPARE(detail(0), QStringLiteral("INTEGER · PK"));
    QCOMPARE(detail(1), QStringLiteral("INTEGER · NN"));
    QCOMPARE(detail(5), QStringLiteral("TEXT"));

    const QModelIndex fks = childNamed(model, model.indexOfTable(u"payments"), QStringLiteral("Foreign keys"));
    QCOMPARE(
        model.index(0, SchemaTreeModel::DetailColumn, fks).data().toString(), QStringLiteral("→ orders (order_id)"));
    const QModelIndex paymentColumns = childNamed(model, model.indexOfTable(u"payments"), QStringLiteral("Columns"));
    QCOMPARE(model.index(1, SchemaTreeModel::DetailColumn, paymentColumns).data().toString(),
        QStringLiteral("INTEGER · NN · FK"));
    const QModelIndex indexes = childNamed(model, model.indexOfTable(u"payments"), QStringLiteral("Indexes"));
    QCOMPARE(childLabels(model, indexes),
        (QStringList { QStringLiteral("payments_order"), QStringLiteral("payments_provider_ref") }));
    QCOMPARE(model.index(1, SchemaTreeModel::DetailColumn, indexes).data().toString(),
        QStringLiteral("UNIQUE (provider_ref)"));
}

void TestSchemaTreeModel::views()
{
    SchemaTreeModel model;
    const Schema schema = loadSchema(QStringLiteral("northwind"));
    QVERIFY(!schema.views.isEmpty());
    model.setSchema(schema);
    const QModelIndex views = model.index(1, 0);
    QCOMPARE(views.data().toString(), QStringLiteral("Views"));
    QCOMPARE(model.rowCount(views), int(schema.views.size()));
    const QModelIndex invoices = model.indexOfTable(u"Invoices");
    QCOMPARE(invoices.data(SchemaTreeModel::KindRole).value<Kind>(), Kind::View);
    QCOMPARE(model.rowCount(invoices), int(schema.view(u"Invoices")->columns.size()));
    QCOMPARE(model.index(0, 0, invoices).data(SchemaTreeModel::KindRole).value<Kind>(), Kind::ViewColumn);
}

void TestSchemaTreeModel::filter_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tables"); // tables left under "Tables"

    QTest::addRow("column name keeps its tables") << QStringLiteral("chinook") << QStringLiteral("GenreId")
                                                  << QStringList { QStringLiteral("Genre"), QStringLiteral("Track") };
    QTest::addRow("case-insensitive table name")
        << QStringLiteral("orders") << QStringLiteral("PAYMENTS") << QStringList { QStringLiteral("payments") };
    QTest::addRow("index name") << QStringLiteral("orders") << QStringLiteral("customer_created")
                                << QStringList { QStringLiteral("orders") };
    QTest::addRow("group labels do not match")
        << QStringLiteral("orders") << QStringLiteral("Foreign") << QStringList {};
}

void TestSchemaTreeModel::filter()
{
    QFETCH(QString, dataset);
    QFETCH(QString, text);
    QFETCH(QStringList, tables);

    SchemaTreeModel model;
    model.setSchema(loadSchema(dataset));
    QSortFilterProxyModel proxy;
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setAutoAcceptChildRows(true);
    proxy.setFilterRole(SchemaTreeModel::FilterRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(text);

    const QModelIndex tablesGroup = childNamed(proxy, {}, QStringLiteral("Tables"));
    QCOMPARE(childLabels(proxy, tablesGroup), tables);
    if (!tables.isEmpty()) {
        // A matching table keeps all its children; a matching column only itself.
        const QModelIndex first = proxy.index(0, 0, tablesGroup);
        const QModelIndex source = proxy.mapToSource(first);
        if (first.data().toString().compare(text, Qt::CaseInsensitive) == 0)
            QCOMPARE(proxy.rowCount(first), model.rowCount(source));
    }
}

void TestSchemaTreeModel::objectRefRoundTrip()
{
    SchemaTreeModel model;
    model.setSchema(loadSchema(QStringLiteral("chinook")));
    int checked = 0;
    // Every node's ObjectRef leads back to that node: the browser relies on this to keep
    // the selection across a reload.
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            const SchemaTreeModel::ObjectRef ref = model.objectRef(index);
            if (ref.isValid()) {
                QCOMPARE(model.indexOfObject(ref), index);
                ++checked;
            }
            walk(index);
        }
    };
    walk({});
    QVERIFY(checked > 100);

    const QModelIndex track = model.indexOfTable(u"track"); // identifiers are case-insensitive
    QVERIFY(track.isValid());
    const SchemaTreeModel::ObjectRef ref = model.objectRef(track);
    QCOMPARE(ref.kind, Kind::Table);
    QCOMPARE(ref.table, QStringLiteral("Track"));
}

QTEST_MAIN(TestSchemaTreeModel)
#include "tst_schematreemodel.moc"
