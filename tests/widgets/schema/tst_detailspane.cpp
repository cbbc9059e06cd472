// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema/schema.h"
#include "sqlite/databaseinfo.h"
#include "widgets/schema/detailspane.h"
#include "widgets/sql/sqlview.h"

#include <QTest>

using godwit::widgets::DetailsPane;

class TestDetailsPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The database's page shows the DDL of its first 200 tables and views and says how many
    // more there are: all of a 5,000-table schema kept the GUI thread in the editor for seconds.
    void databaseDdlIsBounded_data()
    {
        QTest::addColumn<int>("tables");
        QTest::addColumn<int>("views");
        QTest::addColumn<int>("shown");
        QTest::addColumn<QString>("more"); // the last line, empty when everything is shown

        QTest::addRow("a small schema, whole") << 3 << 1 << 4 << QString();
        QTest::addRow("200 objects, whole") << 199 << 1 << 200 << QString();
        QTest::addRow("250 tables") << 250 << 0 << 200
                                    << "-- … and 50 more table(s) and view(s): select one to see its definition.";
        QTest::addRow("5,000 tables and a view")
            << 5000 << 1 << 200 << "-- … and 4801 more table(s) and view(s): select one to see its definition.";
    }
    void databaseDdlIsBounded()
    {
        QFETCH(int, tables);
        QFETCH(int, views);
        QFETCH(int, shown);
        QFETCH(QString, more);
        godwit::schema::Schema schema;
        for (int i = 0; i < tables; ++i) {
            godwit::schema::Table t;
            t.name = QStringLiteral("t%1").arg(i);
            t.sql = QStringLiteral("CREATE TABLE t%1 (id INTEGER PRIMARY KEY)").arg(i);
            schema.tables.append(t);
        }
        for (int i = 0; i < views; ++i) {
            godwit::schema::View v;
            v.name = QStringLiteral("v%1").arg(i);
            v.sql = QStringLiteral("CREATE VIEW v%1 AS SELECT 1").arg(i);
            schema.views.append(v);
        }
        DetailsPane pane;
        pane.setSchema(schema, {}, QStringLiteral("big.db"), false);
        const QString ddl = pane.sqlView()->sql();
        QCOMPARE(int(ddl.count(QLatin1String("CREATE "))), shown);
        const QString last = ddl.section(QLatin1Char('\n'), -1);
        if (more.isEmpty())
            QVERIFY2(last.startsWith(QLatin1String("CREATE ")), qPrintable(last));
        else
            QCOMPARE(last, more);
    }
};

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
