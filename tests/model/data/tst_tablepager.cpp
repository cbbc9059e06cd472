// SPDX-License-Identifier: GPL-3.0-or-later
// TablePager: every page of every order and filter equals what a hand-written
// ORDER BY … LIMIT … OFFSET returns, whichever page is asked for first.
#include "data/tablepager.h"
#include "datasets.h"
#include "filehash.h"
#include "resultmessage.h"
#include "sqlite/database.h"
#include "sqlite/rowset.h"

#include <QTest>

using godwit::data::TablePager;
using godwit::data::TableQuery;
using godwit::sqlite::Database;

namespace {

const int kRows = 2000; // 7 pages and a bit, so the last page is partial

// `t`: rowid table with gaps in its rowids, a nullable indexed column with duplicates, a
// nullable column without an index, text and blobs. `w`: WITHOUT ROWID with a two-column key.
QString buildDatabase()
{
    const QString path = godwit::test::scratchDir() + QStringLiteral("/pager.db");
    auto db = Database::openWritable(path, true);
    if (!db)
        return {};
    const QString sql = QStringLiteral(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, grp INTEGER, score REAL, name TEXT, data BLOB);\n"
        "CREATE INDEX t_grp ON t(grp);\n"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)\n"
        "INSERT INTO t SELECT i * 3, CASE WHEN i % 7 = 0 THEN NULL ELSE i % 13 END,\n"
        "    CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 37) % 101 / 4.0 END,\n"
        "    'name ' || (i % 50), CASE WHEN i % 9 = 0 THEN randomblob(40) END FROM n;\n"
        "CREATE TABLE w (a TEXT NOT NULL, b INTEGER NOT NULL, v TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID;\n"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)\n"
        "INSERT INTO w SELECT 'k' || (i % 17), i, CASE WHEN i % 4 = 0 THEN NULL ELSE 'v' || i END FROM n;\n"
        "CREATE VIEW v AS SELECT id, name FROM t;\n")
                            .arg(kRows);
    if (!db->exec(sql))
        return {};
    return path;
}

} // namespace

class TestTablePager : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_path = buildDatabase();
        QVERIFY(!m_path.isEmpty());
    }

    void pages_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("filterColumn");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("reference"); // ORDER BY / WHERE of the hand-written query
        QTest::addColumn<bool>("usesIndex");

        QTest::addRow("rowid order") << "t" << -1 << false << -1 << ""
                                     << "ORDER BY rowid" << true;
        QTest::addRow("rowid descending") << "t" << -1 << true << -1 << ""
                                          << "ORDER BY rowid DESC" << true;
        QTest::addRow("indexed column with NULLs") << "t" << 1 << false << -1 << ""
                                                   << "ORDER BY grp, rowid" << true;
        QTest::addRow("indexed column descending") << "t" << 1 << true << -1 << ""
                                                   << "ORDER BY grp DESC, rowid DESC" << true;
        QTest::addRow("no index: scans") << "t" << 2 << false << -1 << ""
                                         << "ORDER BY score, rowid" << false;
        QTest::addRow("no index descending") << "t" << 2 << true << -1 << ""
                                             << "ORDER BY score DESC, rowid DESC" << false;
        QTest::addRow("filter contains") << "t" << 1 << false << 3 << "name 1"
                                         << "WHERE name LIKE '%name 1%' ORDER BY grp, rowid" << true;
        QTest::addRow("filter NULL") << "t" << 2 << false << 1 << "NULL"
                                     << "WHERE grp IS NULL ORDER BY score, rowid" << false;
        // SQLite reads grp > 6 from its index, then sorts those rows by rowid: the status says so.
        QTest::addRow("filter >") << "t" << -1 << false << 1 << ">6"
                                  << "WHERE grp > 6 ORDER BY rowid" << false;
        QTest::addRow("filter matches nothing") << "t" << -1 << false << 3 << "zzz"
                                                << "WHERE name LIKE '%zzz%' ORDER BY rowid" << true;
        QTest::addRow("WITHOUT ROWID key order") << "w" << -1 << false << -1 << ""
                                                 << "ORDER BY a, b" << true;
        QTest::addRow("WITHOUT ROWID by nullable column") << "w" << 2 << true << -1 << ""
                                                          << "ORDER BY v DESC, a DESC, b DESC" << false;
    }

    void pages()
    {
        QFETCH(QString, table);
        QFETCH(int, sortColumn);
        QFETCH(bool, descending);
        QFETCH(int, filterColumn);
        QFETCH(QString, filter);
        QFETCH(QString, reference);
        QFETCH(bool, usesIndex);
        const auto before = godwit::test::databaseFingerprint(m_path);
        auto db = Database::openOriginal(m_path);
        QVERIFY2(db, godwit::test::why(db).constData());
        auto pager = TablePager::open(std::move(*db), table);
        QVERIFY2(pager, godwit::test::why(pager).constData());
        TableQuery query;
        query.sortColumn = sortColumn;
        query.descending = descending;
        if (filterColumn >= 0)
            query.filters.insert(filterColumn, filter);
        QVERIFY2(pager->setQuery(query), "setQuery");
        QCOMPARE(pager->orderUsesIndex(), usesIndex);

        auto check = Database::openOriginal(m_path);
        QVERIFY(check);
        auto expected = godwit::sqlite::RowSet::read(
            *check, QStringLiteral("SELECT * FROM %1 %2").arg(table, reference), 1'000'000);
        QVERIFY2(expected, godwit::test::why(expected).constData());
        QCOMPARE(pager->rowCount(), qint64(expected->rows.size()));
        // The statement the browser hands to the SQL editor lists the same rows.
        auto fromSql = godwit::sqlite::RowSet::read(*check, pager->selectSql(), 1'000'000);
        QVERIFY2(fromSql, godwit::test::why(fromSql).constData());
        QCOMPARE(fromSql->rows, expected->rows);

        // The last page first, then a page in the middle, then from the start, then backward.
        const qint64 pages = (pager->rowCount() + TablePager::PageSize - 1) / TablePager::PageSize;
        QList<qint64> order { pages - 1, pages / 2, 0 };
        for (qint64 p = pages - 1; p >= 0; --p)
            order << p;
        for (qint64 p = 0; p < pages; ++p)
            order << p;
        for (qint64 p : order) {
            auto page = pager->page(p);
            QVERIFY2(page, godwit::test::why(page).constData());
            const QList<QVariantList> want = expected->rows.mid(p * TablePager::PageSize, TablePager::PageSize);
            QVERIFY2(*page == want, qPrintable(QStringLiteral("page %1 of %2").arg(p).arg(pages)));
        }
        auto beyond = pager->page(pages);
        QVERIFY(beyond && beyond->isEmpty());
        QCOMPARE(godwit::test::databaseFingerprint(m_path), before);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("message");
        QTest::addRow("no such table") << "missing"
                                       << "no table named missing";
        QTest::addRow("a view is not paged") << "v"
                                             << "no table named v";
    }

    void errors()
    {
        QFETCH(QString, table);
        QFETCH(QString, message);
        auto db = Database::openOriginal(m_path);
        QVERIFY(db);
        auto pager = TablePager::open(std::move(*db), table);
        QVERIFY(!pager);
        QCOMPARE(pager.error().message, message);
    }

private:
    QString m_path;
};

QTEST_GUILESS_MAIN(TestTablePager)
#include "tst_tablepager.moc"
