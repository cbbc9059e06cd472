// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/schemadiff.h"
#include "plan/answersjson.h"
#include "plan/planbuilder.h"
#include "plan/planrunner.h"
#include "planfixture.h"
#include "resultmessage.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <QTest>

using namespace godwit;
using godwit::plan::Phase;
using godwit::plan::PlanBuilder;
using godwit::plan::PlanRunner;
using godwit::schema::SchemaReader;
using godwit::sqlite::Database;

namespace {

const char* kBase = R"(
CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, created_at TEXT);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid')),
    total NUMERIC,
    note TEXT,
    placed_at TEXT
);
CREATE INDEX orders_customer ON orders (customer_id, placed_at DESC);
CREATE VIEW open_orders AS SELECT id, customer_id, total FROM orders WHERE status = 'new';
CREATE TRIGGER orders_paid AFTER UPDATE OF status ON orders BEGIN UPDATE customers SET name = name WHERE id = NEW.customer_id; END;
)";

// 60 customers, 2,500 orders: enough rows for several backfill batches of 400.
const char* kData = R"(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO customers (id, email, name, created_at)
    SELECT i, 'c' || i || '@example.com', CASE WHEN i % 7 = 0 THEN NULL ELSE 'Customer ' || i END, '2026-01-' || (10 + i % 18) FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500)
INSERT INTO orders (id, customer_id, status, total, note, placed_at)
    SELECT i, 1 + i % 60, CASE WHEN i % 3 = 0 THEN 'paid' ELSE 'new' END, (i % 97) * 1.5,
           CASE WHEN i % 5 = 0 THEN NULL ELSE 'note ' || i END, '2026-02-' || (10 + i % 18) FROM n;
)";

QString base() { return QString::fromUtf8(kBase); }

QString edit(const char* from, const char* to)
{
    QString s = base();
    if (!s.contains(QString::fromUtf8(from)))
        qFatal("edit: '%s' not in the base schema", from);
    return s.replace(QString::fromUtf8(from), QString::fromUtf8(to));
}

QString append(const char* extra) { return base() + QString::fromUtf8(extra); }

} // namespace

class TestPlanExecution : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void changeTypes_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QStringList>("phases");
        const QString b = base();
        const QString none;
        const QStringList expandOnly { "expand" };
        const QStringList swap { "expand", "dual-write", "backfill", "read-switch", "contract" };
        const QStringList fill { "expand", "dual-write", "backfill", "contract" };
        const QStringList removal { "read-switch", "contract" };

        QTest::addRow("add nullable column") << b << edit("placed_at TEXT\n", "placed_at TEXT,\n    shipped_at TEXT\n")
                                             << none << "additive" << expandOnly;
        QTest::addRow("add NOT NULL column with default")
            << b << edit("placed_at TEXT\n", "placed_at TEXT,\n    priority INTEGER NOT NULL DEFAULT 0\n") << none
            << "additive" << expandOnly;
        QTest::addRow("add NOT NULL column without default")
            << b << edit("placed_at TEXT\n", "placed_at TEXT,\n    channel TEXT NOT NULL\n")
            << R"({"format":"godwit.answers","version":1,"changes":{"column:orders.channel":{"fill":"'web'"}}})"
            << "column-swap" << fill;
        QTest::addRow("add column with CURRENT_TIMESTAMP default")
            << b << edit("placed_at TEXT\n", "placed_at TEXT,\n    seen_at TEXT DEFAULT CURRENT_TIMESTAMP\n") << none
            << "column-swap" << fill;
        QTest::addRow("add column with its own FK")
            << b << edit("created_at TEXT);", "created_at TEXT, referrer INTEGER REFERENCES customers(id));") << none
            << "additive" << expandOnly;
        QTest::addRow("rename column") << b << edit("    note TEXT,\n", "    remark TEXT,\n") << none << "column-swap"
                                       << swap;
        QTest::addRow("rename column and make it NOT NULL")
            << b << edit("    note TEXT,\n", "    remark TEXT NOT NULL,\n")
            << R"({"format":"godwit.answers","version":1,"changes":{"column:orders.remark":{"fill":"''"}}})"
            << "column-swap" << swap;
        QTest::addRow("rename indexed column")
            << b
            << edit("placed_at TEXT\n", "placed_on TEXT\n")
                   .replace(QStringLiteral("placed_at DESC"), QStringLiteral("placed_on DESC"))
            << none << "column-swap" << swap;
        QTest::addRow("rename, add and drop on one table")
            << b
            << edit("    total NUMERIC,\n    note TEXT,\n    placed_at TEXT\n",
                   "    amount NUMERIC,\n    placed_at TEXT,\n    channel TEXT DEFAULT 'web'\n")
                   .replace(QStringLiteral("customer_id, total FROM"), QStringLiteral("customer_id, amount FROM"))
            << none << "column-swap" << swap;
        QTest::addRow("drop plain column") << b << edit("    note TEXT,\n", "") << none << "column-swap" << removal;
        QTest::addRow("drop indexed column")
            << b
            << edit("    placed_at TEXT\n", "    placed_note TEXT\n")
                   .replace(QStringLiteral("placed_note TEXT"), QStringLiteral("note2 BLOB"))
                   .replace(QStringLiteral("(customer_id, placed_at DESC)"), QStringLiteral("(customer_id)"))
            << R"({"format":"godwit.answers","version":1,"changes":{"column:orders.note2":{"renameConfirmed":false}}})"
            << "column-swap" << QStringList { "expand", "read-switch", "contract" };
        QTest::addRow("drop column used by a view")
            << b
            << edit("    total NUMERIC,\n", "")
                   .replace(QStringLiteral("SELECT id, customer_id, total FROM"),
                       QStringLiteral("SELECT id, customer_id FROM"))
            << none << "column-swap" << removal;
        QTest::addRow("change type") << b << edit("total NUMERIC,", "total TEXT,") << none << "shadow-table" << swap;
        QTest::addRow("add NOT NULL")
            << b << edit("note TEXT,", "note TEXT NOT NULL,")
            << R"({"format":"godwit.answers","version":1,"changes":{"column:orders.note":{"fill":"'(none)'"}}})"
            << "shadow-table" << swap;
        QTest::addRow("drop NOT NULL") << b
                                       << edit("customer_id INTEGER NOT NULL REFERENCES",
                                              "customer_id INTEGER REFERENCES")
                                       << none << "shadow-table" << swap;
        QTest::addRow("add CHECK") << b << edit("total NUMERIC,", "total NUMERIC CHECK (total >= 0),") << none
                                   << "shadow-table" << swap;
        QTest::addRow("add FK to existing column")
            << b
            << edit("    note TEXT,", "    note TEXT REFERENCES customers(email),")
                   .replace(QStringLiteral("'note ' || i"), QStringLiteral("'x'"))
            << R"({"format":"godwit.answers","version":1,"changes":{"table:orders":{"up":""}}})"
            << "shadow-table" << swap;
        QTest::addRow("change primary key")
            << b
            << edit("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE,",
                   "CREATE TABLE customers (id INTEGER UNIQUE, email TEXT NOT NULL PRIMARY KEY,")
            << none << "shadow-table" << swap;
        QTest::addRow("add UNIQUE constraint")
            << b << edit("name TEXT, created_at TEXT);", "name TEXT, created_at TEXT, UNIQUE (email, name));") << none
            << "shadow-table" << swap;
        QTest::addRow("STRICT table") << b
                                      << edit("name TEXT, created_at TEXT);", "name TEXT, created_at TEXT) STRICT;")
                                      << none << "shadow-table" << swap;
        QTest::addRow("add table") << b
                                   << append(
                                          "CREATE TABLE refunds (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES "
                                          "orders(id));\nCREATE INDEX refunds_order ON refunds (order_id);")
                                   << none << "additive" << expandOnly;
        QTest::addRow("drop table") << append("CREATE TABLE archive (id INTEGER PRIMARY KEY, body TEXT);") << b << none
                                    << "drop" << removal;
        QTest::addRow("rename table")
            << b
            << base()
                   .replace(QStringLiteral("CREATE TABLE customers ("), QStringLiteral("CREATE TABLE clients ("))
                   .replace(QStringLiteral("REFERENCES customers(id)"), QStringLiteral("REFERENCES clients(id)"))
                   .replace(QStringLiteral("UPDATE customers SET"), QStringLiteral("UPDATE clients SET"))
            << none << "rename-table" << QStringList { "expand", "read-switch", "contract" };
        QTest::addRow("add index") << b << append("CREATE INDEX orders_status ON orders (status);") << none << "index"
                                   << expandOnly;
        QTest::addRow("add unique index")
            << b << append("CREATE UNIQUE INDEX customers_name_email ON customers (name, email);") << none << "index"
            << expandOnly;
        QTest::addRow("drop index") << b
                                    << edit("CREATE INDEX orders_customer ON orders (customer_id, placed_at DESC);", "")
                                    << none << "index" << QStringList { "contract" };
        QTest::addRow("index loses DESC") << b << edit("(customer_id, placed_at DESC)", "(customer_id, placed_at)")
                                          << none << "index" << QStringList { "contract" };
        QTest::addRow("index renamed") << b
                                       << edit("CREATE INDEX orders_customer ON", "CREATE INDEX orders_by_customer ON")
                                       << none << "index" << QStringList { "expand", "contract" };
        QTest::addRow("add view") << b << append("CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;")
                                  << none << "additive" << expandOnly;
        QTest::addRow("change view") << b << edit("WHERE status = 'new';", "WHERE status = 'paid';") << none << "object"
                                     << QStringList { "contract" };
        QTest::addRow("drop trigger") << b
                                      << edit("CREATE TRIGGER orders_paid AFTER UPDATE OF status ON orders BEGIN "
                                              "UPDATE customers SET name = name WHERE id = NEW.customer_id; END;",
                                             "")
                                      << none << "object" << QStringList { "contract" };
        QTest::addRow("split a column into a new table") << b
                                                         << edit("    note TEXT,\n", "")
                + QStringLiteral(
                    "CREATE TABLE order_notes (order_id INTEGER PRIMARY KEY REFERENCES orders(id), note TEXT);\n")
                                                         << none << "split" << swap;
        QTest::addRow("merge a 1:1 table into its parent")
            << append("CREATE TABLE order_extras (order_id INTEGER PRIMARY KEY REFERENCES orders(id), gift_wrap "
                      "INTEGER, message TEXT);")
            << edit("    placed_at TEXT\n", "    placed_at TEXT,\n    gift_wrap INTEGER,\n    message TEXT\n") << none
            << "merge" << QStringList { "expand", "dual-write", "backfill", "read-switch", "contract" };
        QTest::addRow("add trigger") << b
                                     << append(
                                            "CREATE TRIGGER orders_audit AFTER INSERT ON orders BEGIN SELECT 1; END;")
                                     << none << "additive" << expandOnly;
    }
    void changeTypes()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, answers);
        QFETCH(QString, strategy);
        QFETCH(QStringList, phases);

        auto db = Database::openMemory();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(db->exec(before));
        QString data = QString::fromUtf8(kData);
        if (after.contains(QLatin1String("REFERENCES customers(email)")))
            data.replace(QStringLiteral("'note ' || i"), QStringLiteral("'c' || (1 + i % 60) || '@example.com'"));
        if (before.contains(QLatin1String("order_extras")))
            data += QStringLiteral("INSERT INTO order_extras SELECT id, id % 2, 'msg ' || id FROM orders;\n");
        QVERIFY(db->exec(data));
        const schema::Schema beforeSchema = *SchemaReader::read(*db);
        const schema::Schema afterSchema = test::schemaFromScript(after, QStringLiteral("test.sql"));
        plan::Answers a;
        a.batchSize = 400;
        if (!answers.isEmpty()) {
            auto parsed = plan::AnswersJson::read(answers.toUtf8());
            QVERIFY2(parsed, godwit::test::why(parsed).constData());
            a.changes = parsed->changes;
        }
        const plan::MigrationPlan plan = PlanBuilder::build(diff::SchemaDiff::compare(beforeSchema, afterSchema), a);
        QCOMPARE(test::phaseRuns(plan), phases);
        QVERIFY(!plan.walks.isEmpty());
        QCOMPARE(plan.walks.front().strategy, strategy);
        for (const plan::PlanStep& s : plan.steps) {
            QVERIFY2(!s.explanation.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.rollbackSql.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.changeIds.isEmpty(), qPrintable(s.id));
        }
        const auto countsBefore = test::rowCounts(*db, beforeSchema);

        // Forward: every phase in order reaches the target schema with every row kept.
        auto ran = PlanRunner::run(*db, plan);
        QVERIFY2(ran, godwit::test::why(ran).constData());
        const schema::Schema migrated = *SchemaReader::read(*db);
        QCOMPARE(test::differences(migrated, afterSchema), QStringList {});
        const auto countsAfter = test::rowCounts(*db, migrated);
        if (strategy == QLatin1String("split")) // one row in the new table for every row
            QCOMPARE(countsAfter.value(QStringLiteral("order_notes")), countsBefore.value(QStringLiteral("orders")));
        if (strategy == QLatin1String("merge")) // every value arrived
            QCOMPARE(
                PlanRunner::count(*db, QStringLiteral("SELECT count(*) FROM orders WHERE message IS NOT 'msg ' || id"))
                    .value_or(-1),
                0);
        for (auto it = countsAfter.begin(); it != countsAfter.end(); ++it) {
            if (countsBefore.contains(it.key()))
                QCOMPARE(it.value(), countsBefore.value(it.key()));
        }
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(
            PlanRunner::count(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).value_or(-1), 0);

        // Backward: the rollback SQL, last step first, returns to the original schema.
        auto back = PlanRunner::rollback(*db, plan);
        QVERIFY2(back, godwit::test::why(back).constData());
        const schema::Schema restored = *SchemaReader::read(*db);
        QCOMPARE(test::differences(restored, beforeSchema), QStringList {});
        const auto countsRestored = test::rowCounts(*db, restored);
        for (auto it = countsRestored.begin(); it != countsRestored.end(); ++it) {
            if (countsAfter.contains(it.key()))
                QCOMPARE(it.value(), countsBefore.value(it.key()));
        }
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    }

    // Real data: a working copy of Chinook, every row kept, foreign keys checked.
    void chinook_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QString>("strategy");
        QTest::addRow("rename Track.Composer") << "[Composer] NVARCHAR(220),"
                                               << "[Songwriter] NVARCHAR(220)," << QString() << "column-swap";
        QTest::addRow("Track.Composer becomes NOT NULL")
            << "[Composer] NVARCHAR(220),"
            << "[Composer] NVARCHAR(220) NOT NULL,"
            << R"({"format":"godwit.answers","version":1,"changes":{"column:Track.Composer":{"fill":"'Unknown'"}}})"
            << "shadow-table";
        QTest::addRow("CHECK on Invoice.Total")
            << "[Total] NUMERIC(10,2)  NOT NULL,"
            << "[Total] NUMERIC(10,2)  NOT NULL CHECK ([Total] >= 0)," << QString() << "shadow-table";
        QTest::addRow("drop Customer.Fax") << "    [Fax] NVARCHAR(24),\n"
                                           << "" << QString() << "column-swap";
        QTest::addRow("new required Customer.Tier")
            << "    [Fax] NVARCHAR(24),\n"
            << "    [Fax] NVARCHAR(24),\n    [Tier] TEXT NOT NULL,\n"
            << R"({"format":"godwit.answers","version":1,"changes":{"column:Customer.Tier":{"fill":"'standard'"}}})"
            << "column-swap";
    }
    void chinook()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, answers);
        QFETCH(QString, strategy);
        auto db = test::chinookWorkingCopy();
        QVERIFY2(db, test::why(db).constData());
        const schema::Schema beforeSchema = *SchemaReader::read(*db);
        QString ddl = test::chinookDdl();
        QVERIFY2(ddl.contains(from), qPrintable(from));
        const schema::Schema afterSchema = test::schemaFromScript(ddl.replace(from, to), QStringLiteral("test.sql"));
        plan::Answers a;
        a.batchSize = 500;
        if (!answers.isEmpty())
            a.changes = plan::AnswersJson::read(answers.toUtf8())->changes;
        const plan::MigrationPlan plan = PlanBuilder::build(diff::SchemaDiff::compare(beforeSchema, afterSchema), a);
        QCOMPARE(plan.walks.front().strategy, strategy);
        const auto countsBefore = test::rowCounts(*db, beforeSchema);
        auto ran = PlanRunner::run(*db, plan);
        QVERIFY2(ran, godwit::test::why(ran).constData());
        QCOMPARE(test::differences(*SchemaReader::read(*db), afterSchema), QStringList {});
        QCOMPARE(test::rowCounts(*db, afterSchema), countsBefore);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(
            PlanRunner::count(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).value_or(-1), 0);
        auto back = PlanRunner::rollback(*db, plan);
        QVERIFY2(back, godwit::test::why(back).constData());
        QCOMPARE(test::differences(*SchemaReader::read(*db), beforeSchema), QStringList {});
        QCOMPARE(test::rowCounts(*db, beforeSchema), countsBefore);
        QCOMPARE(
            PlanRunner::count(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).value_or(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanExecution)
#include "tst_planexecution.moc"
