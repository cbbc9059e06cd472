// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "diff/schemadiff.h"
#include "layout/contentbuilder.h"
#include "schema/schemareader.h"

#include <QFile>
#include <QTest>

using namespace godwit::layout;
using godwit::diff::ChangeSet;
using godwit::diff::DiffOptions;
using godwit::diff::RenamePolicy;
using godwit::diff::SchemaDiff;
using godwit::schema::Cardinality;
using godwit::schema::Schema;
using godwit::schema::SchemaReader;
using godwit::test::Dataset;

Q_DECLARE_METATYPE(godwit::diff::RenamePolicy)

namespace {

Schema readScript(const QString& sql)
{
    auto schema = SchemaReader::readScript(sql, QStringLiteral("test.sql"));
    if (!schema)
        qWarning() << schema.error().toString();
    return schema.value_or(Schema {});
}

Schema readFile(const QString& path)
{
    auto schema = SchemaReader::readFile(path);
    if (!schema)
        qWarning() << schema.error().toString();
    return schema.value_or(Schema {});
}

// The orders sample's migrations V1..V`upTo`, as one script.
QString ordersScript(int upTo)
{
    static const QStringList files = { QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
        QStringLiteral("V3__backfill_shipping_eta.sql"), QStringLiteral("V4__contract_estimated_delivery.sql") };
    QString sql;
    for (int i = 0; i < upTo; ++i) {
        QFile file(godwit::test::sampleDir() + QLatin1Char('/') + files[i]);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        sql += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
    }
    return sql;
}

// "card.row:mark" for every marked row, "card.~:mark" for placeholders.
QStringList markedRows(const DiagramContent& content)
{
    QStringList out;
    for (const Card& card : content.cards) {
        for (const CardRow& row : card.rows) {
            if (row.mark == Mark::None)
                continue;
            out.append(card.key + QLatin1Char('.') + (row.present ? row.name : QStringLiteral("~")) + QLatin1Char(':')
                + QString::number(int(row.mark)));
        }
    }
    return out;
}

QStringList markedCards(const DiagramContent& content)
{
    QStringList out;
    for (const Card& card : content.cards) {
        if (card.mark != Mark::None)
            out.append(card.key + QLatin1Char(':') + QString::number(int(card.mark)));
    }
    return out;
}

QString mark(Mark m) { return QString::number(int(m)); }

} // namespace

class TestContentBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void schemaCards_data();
    void schemaCards();
    void foreignKeyLinks();
    void ordersChangeMarksExactlyTheColumn_data();
    void ordersChangeMarksExactlyTheColumn();
    void tableRenameAndRemoval();
    void changedWithNeighbours();
};

void TestContentBuilder::schemaCards_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("chinook") << godwit::test::datasetDatabase(Dataset::Chinook);
    QTest::addRow("northwind") << godwit::test::datasetDatabase(Dataset::Northwind);
    QTest::addRow("sakila") << godwit::test::datasetDatabase(Dataset::Sakila);
    QTest::addRow("orders") << godwit::test::ordersV1Database();
}

// One card per table and view, one row per column in order, one link per foreign key whose
// rows are the first child and parent columns.
void TestContentBuilder::schemaCards()
{
    QFETCH(QString, path);
    const Schema schema = readFile(path);
    QVERIFY(!schema.tables.isEmpty());
    const DiagramContent content = ContentBuilder::fromSchema(schema);
    QCOMPARE(content.cards.size(), schema.tables.size() + schema.views.size());
    qsizetype foreignKeys = 0;
    for (const auto& table : schema.tables) {
        const Card* card = content.card(table.name);
        QVERIFY2(card, qPrintable(table.name));
        QCOMPARE(card->name, table.name);
        QVERIFY(!card->isView);
        QCOMPARE(card->rows.size(), table.columns.size());
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            QCOMPARE(card->rows[i].name, table.columns[i].name);
            QCOMPARE(card->rows[i].type, table.columns[i].declaredType);
            QCOMPARE(card->rows[i].primaryKey, table.columns[i].isPrimaryKey());
            QVERIFY(card->rows[i].present);
            QCOMPARE(card->rows[i].mark, Mark::None);
        }
        foreignKeys += table.foreignKeys.size();
    }
    for (const auto& view : schema.views) {
        const Card* card = content.card(view.name);
        QVERIFY(card && card->isView);
        QCOMPARE(card->rows.size(), view.columns.size());
    }
    QCOMPARE(content.links.size(), foreignKeys);
    for (const Link& link : content.links) {
        const Card* child = content.card(link.child);
        const Card* parent = content.card(link.parent);
        QVERIFY(child && parent);
        QVERIFY(link.childRow >= 0);
        QCOMPARE(child->rows[link.childRow].name.toLower(), link.childColumns.front().toLower());
        QVERIFY(link.parentRow >= 0);
        QCOMPARE(parent->rows[link.parentRow].name.toLower(), link.parentColumns.front().toLower());
    }
}

// The crow's-foot ends follow SchemaWriterSupport::relationship(): NOT NULL children have
// exactly one parent, a unique foreign key makes one-to-one, a key inside the PK is identifying.
void TestContentBuilder::foreignKeyLinks()
{
    const Schema schema = readScript(QStringLiteral(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);\n"
        "CREATE TABLE required (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id));\n"
        "CREATE TABLE optional (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent);\n"
        "CREATE TABLE profile (parent_id INTEGER PRIMARY KEY REFERENCES parent (id), bio TEXT);\n"
        "CREATE TABLE node (id INTEGER PRIMARY KEY, up INTEGER REFERENCES node (id));\n"));
    const DiagramContent content = ContentBuilder::fromSchema(schema);
    QCOMPARE(content.links.size(), 4);
    auto find = [&](const QString& child) {
        for (const Link& l : content.links) {
            if (l.child == child)
                return l;
        }
        return Link {};
    };
    const Link required = find(QStringLiteral("required"));
    QCOMPARE(required.parent, QStringLiteral("parent"));
    QCOMPARE(required.childRow, 1);
    QCOMPARE(required.parentRow, 0);
    QCOMPARE(required.parentEnd, Cardinality::ExactlyOne);
    QCOMPARE(required.childEnd, Cardinality::ZeroOrMore);
    QVERIFY(!required.identifying);
    const Link optional = find(QStringLiteral("optional"));
    QCOMPARE(optional.parentEnd, Cardinality::ZeroOrOne);
    QCOMPARE(optional.parentRow, 0); // REFERENCES parent: its primary key
    const Link profile = find(QStringLiteral("profile"));
    QCOMPARE(profile.childEnd, Cardinality::ZeroOrOne);
    QVERIFY(profile.identifying);
    const Link node = find(QStringLiteral("node"));
    QCOMPARE(node.parent, QStringLiteral("node"));
    QCOMPARE(node.childRow, 1);
    QCOMPARE(node.parentRow, 0);
}

void TestContentBuilder::ordersChangeMarksExactlyTheColumn_data()
{
    QTest::addColumn<int>("upTo");
    QTest::addColumn<RenamePolicy>("renames");
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    const QString added = mark(Mark::Added);
    const QString removed = mark(Mark::Removed);
    const QString renamed = mark(Mark::Renamed);
    QTest::addRow("V1 -> V2 (expand)") << 2 << RenamePolicy::Propose
                                       << QStringList { QStringLiteral("orders.~:") + added }
                                       << QStringList { QStringLiteral("orders.shipping_eta:") + added };
    QTest::addRow("V1 -> V4, rename") << 4 << RenamePolicy::Accept
                                      << QStringList { QStringLiteral("orders.estimated_delivery:") + renamed }
                                      << QStringList { QStringLiteral("orders.shipping_eta:") + renamed };
    QTest::addRow("V1 -> V4, drop and add")
        << 4 << RenamePolicy::Reject
        << QStringList { QStringLiteral("orders.estimated_delivery:") + removed, QStringLiteral("orders.~:") + added }
        << QStringList { QStringLiteral("orders.~:") + removed, QStringLiteral("orders.shipping_eta:") + added };
}

// Both sides get the same cards and rows (placeholders where a column exists on one side
// only), and only the changed column is marked.
void TestContentBuilder::ordersChangeMarksExactlyTheColumn()
{
    QFETCH(int, upTo);
    QFETCH(RenamePolicy, renames);
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    DiffOptions options;
    options.renames = renames;
    const ChangeSet changes = SchemaDiff::compare(readScript(ordersScript(1)), readScript(ordersScript(upTo)), options);
    QVERIFY(!changes.isEmpty());
    const DiagramContent left = ContentBuilder::fromChangeSet(changes, Side::Before);
    const DiagramContent right = ContentBuilder::fromChangeSet(changes, Side::After);
    QCOMPARE(left.cards.size(), 3);
    QCOMPARE(right.cards.size(), 3);
    for (qsizetype i = 0; i < left.cards.size(); ++i) {
        QCOMPARE(left.cards[i].key, right.cards[i].key);
        QCOMPARE(left.cards[i].rows.size(), right.cards[i].rows.size());
    }
    QCOMPARE(markedRows(left), before);
    QCOMPARE(markedRows(right), after);
    QCOMPARE(markedCards(right), QStringList { QStringLiteral("orders:") + mark(Mark::Changed) });
    // The changed rows point at their change, so a change list can select them.
    for (const Card& card : right.cards) {
        for (const CardRow& row : card.rows) {
            if (row.mark != Mark::None)
                QVERIFY(changes.find(row.changeId));
        }
    }
    // Foreign keys are unchanged, on the same rows on both sides.
    QCOMPARE(left.links.size(), 2);
    QCOMPARE(right.links.size(), 2);
    for (qsizetype i = 0; i < left.links.size(); ++i)
        QCOMPARE(left.links[i].key(), right.links[i].key());
}

void TestContentBuilder::tableRenameAndRemoval()
{
    const Schema before
        = readScript(QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT, email TEXT);\n"
                                    "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);\n"
                                    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER "
                                    "REFERENCES customer (id));\n"));
    const Schema after
        = readScript(QStringLiteral("CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT, email TEXT);\n"
                                    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER "
                                    "REFERENCES client (id));\n"
                                    "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT);\n"));
    DiffOptions options;
    options.renames = RenamePolicy::Accept;
    const ChangeSet changes = SchemaDiff::compare(before, after, options);
    const DiagramContent left = ContentBuilder::fromChangeSet(changes, Side::Before);
    const DiagramContent right = ContentBuilder::fromChangeSet(changes, Side::After);
    QStringList keys;
    for (const Card& card : right.cards)
        keys.append(card.key);
    QCOMPARE(keys,
        (QStringList {
            QStringLiteral("audit"), QStringLiteral("client"), QStringLiteral("note"), QStringLiteral("orders") }));
    const Card* renamedBefore = left.card(QStringLiteral("client"));
    const Card* renamedAfter = right.card(QStringLiteral("client"));
    QVERIFY(renamedBefore && renamedAfter);
    QCOMPARE(renamedBefore->name, QStringLiteral("customer"));
    QCOMPARE(renamedAfter->name, QStringLiteral("client"));
    QCOMPARE(renamedAfter->oldName, QStringLiteral("customer"));
    QCOMPARE(renamedAfter->mark, Mark::Renamed);
    QVERIFY(!left.card(QStringLiteral("audit"))->present);
    QCOMPARE(right.card(QStringLiteral("audit"))->mark, Mark::Added);
    QVERIFY(left.card(QStringLiteral("note"))->present);
    QVERIFY(!right.card(QStringLiteral("note"))->present);
    QCOMPARE(left.card(QStringLiteral("note"))->mark, Mark::Removed);
    // The foreign key follows the renamed parent: the same link on both sides.
    QCOMPARE(left.links.size(), 1);
    QCOMPARE(right.links.size(), 1);
    QCOMPARE(left.links.front().parent, QStringLiteral("client"));
    QCOMPARE(left.links.front().key(), right.links.front().key());
}

void TestContentBuilder::changedWithNeighbours()
{
    const QString path = godwit::test::datasetDatabase(Dataset::Chinook);
    const Schema before = readFile(path);
    Schema after = before;
    for (auto& table : after.tables) {
        if (table.name == QLatin1String("Track")) {
            godwit::schema::Column rating;
            rating.name = QStringLiteral("Rating");
            rating.declaredType = QStringLiteral("INTEGER");
            table.columns.append(rating);
        }
    }
    const ChangeSet changes = SchemaDiff::compare(before, after);
    const QSet<QString> keep = ContentBuilder::changedWithNeighbours(
        ContentBuilder::fromChangeSet(changes, Side::Before), ContentBuilder::fromChangeSet(changes, Side::After));
    const QSet<QString> expected { QStringLiteral("Track"), QStringLiteral("Album"), QStringLiteral("Genre"),
        QStringLiteral("MediaType"), QStringLiteral("InvoiceLine"), QStringLiteral("PlaylistTrack") };
    QCOMPARE(keep, expected);
    const DiagramContent filtered = ContentBuilder::filtered(ContentBuilder::fromChangeSet(changes, Side::After), keep);
    QCOMPARE(filtered.cards.size(), 6);
    QCOMPARE(filtered.links.size(), 5); // Album, Genre, MediaType -> Track; Track -> InvoiceLine, PlaylistTrack
}

QTEST_GUILESS_MAIN(TestContentBuilder)
#include "tst_contentbuilder.moc"
