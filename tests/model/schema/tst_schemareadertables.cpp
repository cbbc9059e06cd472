// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "resultmessage.h"
#include "schema/identifier.h"
#include "schema/schemareader.h"
#include "schemadescription.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace godwit;
using namespace godwit::schema;
using godwit::test::Dataset;
using godwit::test::db;
using godwit::test::describe;
using godwit::test::load;
using godwit::test::names;

// The exact facts the reader produces for tables of the real datasets and for synthetic DDL
// (STRICT, WITHOUT ROWID, generated columns, partial and expression indexes, collations, ...).
class TestSchemaReaderTables : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tables_data();
    void tables()
    {
        QFETCH(QString, source);
        QFETCH(QString, table);
        QFETCH(QStringList, expected);
        auto schema = load(source);
        QVERIFY2(schema, godwit::test::why(schema).constData());
        const Table* t = schema->table(table);
        QVERIFY2(t, qPrintable(QStringLiteral("no table %1 in %2").arg(table, names(schema->tables).join(u','))));
        QCOMPARE(describe(*t), expected);
    }
};

void TestSchemaReaderTables::tables_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("expected");
    const QString noAction = QStringLiteral("ON DELETE NO ACTION ON UPDATE NO ACTION");
    QTest::addRow("chinook Track")
        << db(Dataset::Chinook) << u"Track"_qs
        << QStringList { u"table Track"_qs, u"col TrackId INTEGER integer NOT NULL PK1"_qs,
               u"col Name NVARCHAR(200) text NOT NULL"_qs, u"col AlbumId INTEGER integer"_qs,
               u"col MediaTypeId INTEGER integer NOT NULL"_qs, u"col GenreId INTEGER integer"_qs,
               u"col Composer NVARCHAR(220) text"_qs, u"col Milliseconds INTEGER integer NOT NULL"_qs,
               u"col Bytes INTEGER integer"_qs, u"col UnitPrice NUMERIC(10,2) numeric NOT NULL"_qs,
               u"fk (AlbumId) -> Album(AlbumId) "_qs + noAction, u"fk (GenreId) -> Genre(GenreId) "_qs + noAction,
               u"fk (MediaTypeId) -> MediaType(MediaTypeId) "_qs + noAction, u"index IFK_TrackAlbumId (AlbumId)"_qs,
               u"index IFK_TrackGenreId (GenreId)"_qs, u"index IFK_TrackMediaTypeId (MediaTypeId)"_qs };
    QTest::addRow("chinook InvoiceLine")
        << db(Dataset::Chinook) << u"InvoiceLine"_qs
        << QStringList { u"table InvoiceLine"_qs, u"col InvoiceLineId INTEGER integer NOT NULL PK1"_qs,
               u"col InvoiceId INTEGER integer NOT NULL"_qs, u"col TrackId INTEGER integer NOT NULL"_qs,
               u"col UnitPrice NUMERIC(10,2) numeric NOT NULL"_qs, u"col Quantity INTEGER integer NOT NULL"_qs,
               u"fk (InvoiceId) -> Invoice(InvoiceId) "_qs + noAction, u"fk (TrackId) -> Track(TrackId) "_qs + noAction,
               u"index IFK_InvoiceLineInvoiceId (InvoiceId)"_qs, u"index IFK_InvoiceLineTrackId (TrackId)"_qs };
    QTest::addRow("chinook PlaylistTrack composite PK")
        << db(Dataset::Chinook) << u"PlaylistTrack"_qs
        << QStringList { u"table PlaylistTrack"_qs, u"col PlaylistId INTEGER integer NOT NULL PK1"_qs,
               u"col TrackId INTEGER integer NOT NULL PK2"_qs,
               u"fk (PlaylistId) -> Playlist(PlaylistId) "_qs + noAction,
               u"fk (TrackId) -> Track(TrackId) "_qs + noAction, u"index IFK_PlaylistTrackPlaylistId (PlaylistId)"_qs,
               u"index IFK_PlaylistTrackTrackId (TrackId)"_qs,
               u"index sqlite_autoindex_PlaylistTrack_1 UNIQUE pk (PlaylistId, TrackId)"_qs };
    QTest::addRow("northwind Order Details")
        << db(Dataset::Northwind) << u"Order Details"_qs
        << QStringList { u"table Order Details"_qs, u"col OrderID INTEGER integer NOT NULL PK1"_qs,
               u"col ProductID INTEGER integer NOT NULL PK2"_qs, u"col UnitPrice NUMERIC numeric NOT NULL DEFAULT 0"_qs,
               u"col Quantity INTEGER integer NOT NULL DEFAULT 1"_qs, u"col Discount REAL real NOT NULL DEFAULT 0"_qs,
               u"fk (OrderID) -> Orders(OrderID) "_qs + noAction,
               u"fk (ProductID) -> Products(ProductID) "_qs + noAction,
               u"index sqlite_autoindex_Order Details_1 UNIQUE pk (OrderID, ProductID)"_qs,
               u"check [Discount]>=(0) AND [Discount]<=(1)"_qs, u"check [Quantity]>(0)"_qs,
               u"check [UnitPrice]>=(0)"_qs };
    // SQLite 3.37+ upper-cases the standard type names: Sakila's "int" reads back as INT.
    QTest::addRow("sakila payment FK actions")
        << db(Dataset::Sakila) << u"payment"_qs
        << QStringList { u"table payment"_qs, u"col payment_id INT integer NOT NULL PK1"_qs,
               u"col customer_id INT integer NOT NULL"_qs, u"col staff_id SMALLINT integer NOT NULL"_qs,
               u"col rental_id INT integer DEFAULT NULL"_qs, u"col amount DECIMAL(5,2) numeric NOT NULL"_qs,
               u"col payment_date TIMESTAMP numeric NOT NULL"_qs, u"col last_update TIMESTAMP numeric NOT NULL"_qs,
               u"fk (rental_id) -> rental(rental_id) ON DELETE SET NULL ON UPDATE CASCADE"_qs,
               u"fk (customer_id) -> customer(customer_id) "_qs + noAction,
               u"fk (staff_id) -> staff(staff_id) "_qs + noAction, u"index idx_fk_customer_id (customer_id)"_qs,
               u"index idx_fk_staff_id (staff_id)"_qs, u"index sqlite_autoindex_payment_1 UNIQUE pk (payment_id)"_qs };
    QTest::addRow("sakila city")
        << db(Dataset::Sakila) << u"city"_qs
        << QStringList { u"table city"_qs, u"col city_id INT integer NOT NULL PK1"_qs,
               u"col city VARCHAR(50) text NOT NULL"_qs, u"col country_id SMALLINT integer NOT NULL"_qs,
               u"col last_update TIMESTAMP numeric NOT NULL"_qs,
               u"fk (country_id) -> country(country_id) ON DELETE NO ACTION ON UPDATE CASCADE"_qs,
               u"index idx_fk_country_id (country_id)"_qs, u"index sqlite_autoindex_city_1 UNIQUE pk (city_id)"_qs };
    QTest::addRow("orders V1 orders")
        << u"db:orders-v1"_qs << u"orders"_qs
        << QStringList { u"table orders"_qs, u"col order_id INTEGER integer PK1"_qs,
               u"col customer_id INTEGER integer NOT NULL"_qs, u"col status TEXT text NOT NULL DEFAULT 'pending'"_qs,
               u"col total_amount NUMERIC numeric NOT NULL DEFAULT 0"_qs, u"col created_at TEXT text NOT NULL"_qs,
               u"col estimated_delivery TEXT text"_qs,
               u"index orders_customer_created (customer_id, created_at DESC)"_qs,
               u"check status: status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')"_qs };
    QTest::addRow("orders V1 order_items")
        << u"db:orders-v1"_qs << u"order_items"_qs
        << QStringList { u"table order_items"_qs, u"col order_id INTEGER integer NOT NULL PK1"_qs,
               u"col item_id INTEGER integer NOT NULL PK2"_qs, u"col quantity INTEGER integer NOT NULL"_qs,
               u"col price NUMERIC numeric NOT NULL"_qs,
               u"fk (order_id) -> orders(order_id) ON DELETE CASCADE ON UPDATE NO ACTION"_qs,
               u"index sqlite_autoindex_order_items_1 UNIQUE pk (order_id, item_id)"_qs,
               u"check quantity: quantity > 0"_qs };
    QTest::addRow("orders V1 payments")
        << u"db:orders-v1"_qs << u"payments"_qs
        << QStringList { u"table payments"_qs, u"col payment_id INTEGER integer PK1"_qs,
               u"col order_id INTEGER integer NOT NULL"_qs, u"col status TEXT text NOT NULL DEFAULT 'authorized'"_qs,
               u"col provider_ref TEXT text NOT NULL"_qs, u"col created_at TEXT text NOT NULL"_qs,
               u"fk (order_id) -> orders(order_id) "_qs + noAction, u"index payments_order (order_id)"_qs,
               u"index payments_provider_ref UNIQUE (provider_ref)"_qs,
               u"check status: status IN ('authorized', 'captured', 'refunded', 'failed')"_qs };

    QTest::addRow("STRICT and WITHOUT ROWID")
        << u"CREATE TABLE kv(k TEXT PRIMARY KEY, v ANY, n INT NOT NULL) STRICT, WITHOUT ROWID;"_qs << u"kv"_qs
        << QStringList { u"table kv STRICT WITHOUT ROWID"_qs, u"col k TEXT text NOT NULL PK1"_qs, u"col v ANY blob"_qs,
               u"col n INT integer NOT NULL"_qs, u"index sqlite_autoindex_kv_1 UNIQUE pk (k)"_qs };
    QTest::addRow("generated columns")
        << u"CREATE TABLE g(a INT, b INT GENERATED ALWAYS AS (a * 2) VIRTUAL, c AS (lower( 'X' || a )) STORED,\n"
           "  d TEXT AS (a + 1));"_qs
        << u"g"_qs
        << QStringList { u"table g"_qs, u"col a INT integer"_qs, u"col b INT integer VIRTUAL(a * 2)"_qs,
               u"col c blob STORED(lower( 'X' || a ))"_qs, u"col d TEXT text VIRTUAL(a + 1)"_qs };
    QTest::addRow("partial, expression, DESC and collated index parts")
        << u"CREATE TABLE p(id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE, email TEXT, deleted INT);\n"
           "CREATE INDEX p_live ON p(email DESC) WHERE deleted IS NULL AND email <> '';\n"
           "CREATE INDEX p_expr ON p(lower(email), (id + 1) COLLATE RTRIM DESC, email || 'x' COLLATE NOCASE);\n"
           "CREATE UNIQUE INDEX p_name ON p(name, email COLLATE NOCASE, name COLLATE BINARY);"_qs
        << u"p"_qs
        << QStringList { u"table p"_qs, u"col id INTEGER integer PK1"_qs, u"col name TEXT text COLLATE NOCASE"_qs,
               u"col email TEXT text"_qs, u"col deleted INT integer"_qs,
               u"index p_expr (expr:lower(email), expr:(id + 1) COLLATE RTRIM DESC, expr:email || 'x' COLLATE NOCASE)"_qs,
               u"index p_live (email DESC) WHERE deleted IS NULL AND email <> ''"_qs,
               u"index p_name UNIQUE (name, email COLLATE NOCASE, name COLLATE BINARY)"_qs };
    QTest::addRow("composite and deferrable foreign keys")
        << u"CREATE TABLE parent(a, b, c UNIQUE, PRIMARY KEY (a, b));\n"
           "CREATE TABLE child(x, y, z REFERENCES parent(c) DEFERRABLE INITIALLY DEFERRED, w REFERENCES parent,\n"
           "  CONSTRAINT fk_xy FOREIGN KEY (x, y) REFERENCES parent (a, b) ON DELETE CASCADE ON UPDATE SET DEFAULT,\n"
           "  FOREIGN KEY (y) REFERENCES parent(c) DEFERRABLE,\n"
           "  FOREIGN KEY (x) REFERENCES parent(c) MATCH FULL ON DELETE RESTRICT NOT DEFERRABLE INITIALLY DEFERRED);"_qs
        << u"child"_qs
        << QStringList { u"table child"_qs, u"col x blob"_qs, u"col y blob"_qs, u"col z blob"_qs, u"col w blob"_qs,
               u"fk (z) -> parent(c) ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED"_qs,
               u"fk (w) -> parent(<pk>) "_qs + noAction,
               u"fk (x, y) -> parent(a, b) ON DELETE CASCADE ON UPDATE SET DEFAULT"_qs,
               u"fk (y) -> parent(c) ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE"_qs,
               u"fk (x) -> parent(c) ON DELETE RESTRICT ON UPDATE NO ACTION"_qs };
    QTest::addRow("quoted and unicode names")
        << u"CREATE TABLE \"we\"\"ird täble\" (\"spalte ü\" TEXT COLLATE \"NOCASE\" UNIQUE, [a b] INT CHECK ([a b] > "
           u"0),\n"
           "  `c``d` INT REFERENCES \"we\"\"ird täble\"(\"spalte ü\"));\n"
           "CREATE INDEX \"ix ü\" ON \"we\"\"ird täble\"(\"spalte ü\", [a b] DESC);"_qs
        << u"we\"ird täble"_qs
        << QStringList { u"table we\"ird täble"_qs, u"col spalte ü TEXT text COLLATE NOCASE"_qs,
               u"col a b INT integer"_qs, u"col c`d INT integer"_qs,
               u"fk (c`d) -> we\"ird täble(spalte ü) "_qs + noAction, u"index ix ü (spalte ü, a b DESC)"_qs,
               u"index sqlite_autoindex_we\"ird täble_1 UNIQUE u (spalte ü)"_qs, u"check a b: [a b] > 0"_qs,
               u"unique (spalte ü)"_qs };
    QTest::addRow("named CHECK and UNIQUE constraints")
        << u"CREATE TABLE c(a INT CONSTRAINT a_positive CHECK (a > 0) CONSTRAINT a_unique UNIQUE, b TEXT,\n"
           "  CONSTRAINT ab CHECK (a < length(b)) CHECK (b <> '(' ), CONSTRAINT b_u UNIQUE (b COLLATE NOCASE, a),\n"
           "  UNIQUE (a, b));"_qs
        << u"c"_qs
        << QStringList { u"table c"_qs, u"col a INT integer"_qs, u"col b TEXT text"_qs,
               u"index sqlite_autoindex_c_1 UNIQUE u (a)"_qs,
               u"index sqlite_autoindex_c_2 UNIQUE u (b COLLATE NOCASE, a)"_qs,
               u"index sqlite_autoindex_c_3 UNIQUE u (a, b)"_qs, u"check CONSTRAINT a_positive a: a > 0"_qs,
               u"check CONSTRAINT ab a < length(b)"_qs, u"check b <> '('"_qs, u"unique a_unique (a)"_qs,
               u"unique b_u (b, a)"_qs, u"unique (a, b)"_qs };
    QTest::addRow("AUTOINCREMENT in the column")
        << u"CREATE TABLE a1(id INTEGER PRIMARY KEY ASC ON CONFLICT REPLACE AUTOINCREMENT, x);"_qs << u"a1"_qs
        << QStringList { u"table a1"_qs, u"col id INTEGER integer PK1 AUTOINCREMENT"_qs, u"col x blob"_qs };
    QTest::addRow("AUTOINCREMENT in the table PRIMARY KEY")
        << u"CREATE TABLE a2(id INTEGER, x, PRIMARY KEY (id AUTOINCREMENT));"_qs << u"a2"_qs
        << QStringList { u"table a2"_qs, u"col id INTEGER integer PK1 AUTOINCREMENT"_qs, u"col x blob"_qs };
    // Literals have no affinity, so CREATE TABLE AS gives their columns no declared type (lang_createtable.html).
    QTest::addRow("CREATE TABLE AS SELECT")
        << u"CREATE TABLE s AS SELECT 1 AS \"x y\", 'a' || 'b';"_qs << u"s"_qs
        << QStringList { u"table s"_qs, u"col x y blob"_qs, u"col 'a' || 'b' blob"_qs };
    // SQLite edits the stored CREATE TABLE text for ALTER TABLE; the parser reads the edited text.
    QTest::addRow("after ALTER TABLE")
        << u"CREATE TABLE al(a TEXT CONSTRAINT \"c\"\"k\" CHECK (a <> ''));\n"
           "ALTER TABLE al ADD COLUMN z INT REFERENCES al DEFERRABLE INITIALLY DEFERRED;\n"
           "ALTER TABLE al RENAME COLUMN z TO zz;"_qs
        << u"al"_qs
        << QStringList { u"table al"_qs, u"col a TEXT text"_qs, u"col zz INT integer"_qs,
               u"fk (zz) -> al(<pk>) ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED"_qs,
               u"check CONSTRAINT c\"k a: a <> ''"_qs };
    QTest::addRow("keywords as names") << u"CREATE TABLE [select]([from] [where], \"group\" `order`, key TEXT);\n"
                                          "CREATE INDEX [index] ON [select]([from], (\"group\") COLLATE NOCASE);"_qs
                                       << u"select"_qs
                                       << QStringList { u"table select"_qs, u"col from where numeric"_qs,
                                              u"col group order numeric"_qs, u"col key TEXT text"_qs,
                                              u"index index (from, group COLLATE NOCASE)"_qs };
    QTest::addRow("defaults")
        << u"CREATE TABLE d(a TEXT DEFAULT '', b INT DEFAULT -1, c DEFAULT (1 + 2), d DEFAULT CURRENT_TIMESTAMP,\n"
           "  e DEFAULT NULL, f TEXT NOT NULL);"_qs
        << u"d"_qs
        << QStringList { u"table d"_qs, u"col a TEXT text DEFAULT ''"_qs, u"col b INT integer DEFAULT -1"_qs,
               u"col c blob DEFAULT 1 + 2"_qs, u"col d blob DEFAULT CURRENT_TIMESTAMP"_qs,
               u"col e blob DEFAULT NULL"_qs, u"col f TEXT text NOT NULL"_qs };
}

QTEST_GUILESS_MAIN(TestSchemaReaderTables)
#include "tst_schemareadertables.moc"
