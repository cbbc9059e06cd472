// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuscases.h"
#include "datasets.h"
#include "diff/schemadiff.h"
#include "flywayapply.h"
#include "plan/datacheckrunner.h"
#include "plan/flywayexporter.h"
#include "plan/planbuilder.h"
#include "planfixture.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace godwit;
using sqlite::Database;

namespace {

// Row count and a SHA-256 over `columns` of `table`, rows in the order of those columns.
std::pair<qint64, QByteArray> fingerprint(const Database& db, const QString& table, const QStringList& columns)
{
    QStringList quoted;
    for (const QString& c : columns)
        quoted << QStringLiteral("quote(\"%1\")").arg(c);
    const QString list = quoted.isEmpty() ? QStringLiteral("1") : quoted.join(QLatin1Char(','));
    auto st = db.prepare(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %1").arg(list, table));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 rows = 0;
    while (st && st->step().value_or(false)) {
        ++rows;
        for (int i = 0; i < st->columnCount(); ++i)
            hash.addData(st->text(i).toUtf8() + '|');
    }
    return { st ? rows : -1, hash.result().toHex() };
}

// What a case did: "applies", "refuses: <why>", or what went wrong.
QStringList g_table;

// The plan side's cases beyond the shared corpus: refusals on the data, a view over a dropped
// column, and the kinds the shared corpus has on one dataset only. `refusal` is the kind of the
// data check that must stop the plan.
QList<test::CorpusCase> planCases()
{
    using test::CorpusCase;
    using test::Dataset;
    auto make = [](Dataset d, const char* kind, const char* name) {
        CorpusCase c;
        c.dataset = d;
        c.kind = QLatin1String(kind);
        c.name = QLatin1String(name);
        return c;
    };
    QList<CorpusCase> out;
    CorpusCase c = make(Dataset::Chinook, "not-null-nofill", "Track.Composer NOT NULL without a default");
    c.rewrites << CorpusCase::Rewrite { QStringLiteral("Track"), QStringLiteral("[Composer] NVARCHAR(220),"),
        QStringLiteral("[Composer] NVARCHAR(220) NOT NULL,") };
    c.refusal = QStringLiteral("nulls");
    out << c;
    c = make(Dataset::Chinook, "drop-view-column", "drop Customer.Fax, which a view uses");
    c.setup << QStringLiteral("CREATE VIEW [Customer Contacts] AS SELECT CustomerId, FirstName, LastName, Phone, Fax "
                              "FROM Customer");
    c.edits << QStringLiteral("DROP VIEW [Customer Contacts]") << QStringLiteral("ALTER TABLE Customer DROP COLUMN Fax")
            << QStringLiteral("CREATE VIEW [Customer Contacts] AS SELECT CustomerId, FirstName, LastName, Phone FROM "
                              "Customer");
    out << c;
    c = make(Dataset::Chinook, "add-unique", "UNIQUE on Track.Name over duplicates");
    c.edits << QStringLiteral("CREATE UNIQUE INDEX [UX_TrackName] ON [Track] ([Name])");
    c.refusal = QStringLiteral("duplicates");
    out << c;
    c = make(Dataset::Northwind, "not-null-nofill", "Customers.Region NOT NULL without a default");
    c.rewrites << CorpusCase::Rewrite { QStringLiteral("Customers"), QStringLiteral("[Region] TEXT,"),
        QStringLiteral("[Region] TEXT NOT NULL,") };
    c.refusal = QStringLiteral("nulls");
    out << c;
    c = make(Dataset::Northwind, "add-fk", "add FK Customers.Country");
    c.setup << QStringLiteral("CREATE TABLE [Countries] ([Name] TEXT PRIMARY KEY)")
            << QStringLiteral("INSERT INTO Countries SELECT DISTINCT Country FROM Customers WHERE Country IS NOT NULL");
    c.rewrites << CorpusCase::Rewrite { QStringLiteral("Customers"), QStringLiteral("PRIMARY KEY (`CustomerID`)"),
        QStringLiteral("PRIMARY KEY (`CustomerID`), FOREIGN KEY ([Country]) REFERENCES [Countries] ([Name])") };
    out << c;
    c = make(Dataset::Northwind, "drop-view-column", "drop Products.QuantityPerUnit, which a view uses");
    c.edits << QStringLiteral("DROP VIEW [Products by Category]")
            << QStringLiteral("ALTER TABLE Products DROP COLUMN QuantityPerUnit")
            << QStringLiteral("CREATE VIEW [Products by Category] AS SELECT Categories.CategoryName, "
                              "Products.ProductName, Products.UnitsInStock, Products.Discontinued FROM Categories "
                              "INNER JOIN Products ON Categories.CategoryID = Products.CategoryID WHERE "
                              "Products.Discontinued <> 1");
    out << c;
    c = make(Dataset::Northwind, "merge", "merge ProductNote into Products");
    c.setup << QStringLiteral("CREATE TABLE [ProductNote] ([ProductID] INTEGER PRIMARY KEY REFERENCES [Products] "
                              "([ProductID]), [Note] TEXT)")
            << QStringLiteral("INSERT INTO ProductNote SELECT ProductID, 'Note on ' || ProductName FROM Products WHERE "
                              "ProductID % 2 = 0");
    c.edits << QStringLiteral("ALTER TABLE Products ADD COLUMN [Note] TEXT")
            << QStringLiteral("DROP TABLE ProductNote");
    out << c;
    c = make(Dataset::Northwind, "add-unique", "UNIQUE on Customers.City over duplicates");
    c.edits << QStringLiteral("CREATE UNIQUE INDEX [UX_CustomersCity] ON [Customers] ([City])");
    c.refusal = QStringLiteral("duplicates");
    out << c;
    c = make(Dataset::Northwind, "drop-table", "drop table CustomerCustomerDemo");
    c.edits << QStringLiteral("DROP TABLE CustomerCustomerDemo");
    out << c;
    return out;
}

QList<test::CorpusCase> allCases() { return test::corpusCases() + planCases(); }

} // namespace

// The plan side of the corpus on real data: each change kind on Chinook and Northwind is
// planned from the database, exported as Flyway files and applied with `sqlite3 -bail` on a
// copy; the result must diff empty against the target and keep every row (count and checksum
// of the columns the change keeps), or the plan must refuse, naming why.
class TestPlanCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanupTestCase()
    {
        qInfo().noquote() << "\n| dataset | change | plan | apply (sqlite3 -bail) |\n|---|---|---|---|\n"
                + g_table.join(QLatin1Char('\n'));
    }

    void corpus_data()
    {
        QTest::addColumn<int>("index");
        const QList<test::CorpusCase> cases = allCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::addRow("%s: %s", qPrintable(test::datasetName(cases[i].dataset)), qPrintable(cases[i].name)) << i;
    }
    void corpus()
    {
        QFETCH(int, index);
        const test::CorpusCase c = allCases().at(index);
        const QString dir = test::scratchDir() + QStringLiteral("/corpus-%1").arg(index);
        QDir(dir).removeRecursively();
        QVERIFY(QDir().mkpath(dir));
        const QString beforePath = test::corpusSource(c);
        QVERIFY(!beforePath.isEmpty());
        const QString targetPath = test::corpusTarget(c, beforePath);
        QVERIFY(!targetPath.isEmpty());
        auto db = Database::openOriginal(beforePath);
        QVERIFY(db);
        auto before = schema::SchemaReader::read(*db);
        QVERIFY(before);
        auto target = Database::openOriginal(targetPath);
        QVERIFY(target);
        auto read = schema::SchemaReader::read(*target);
        QVERIFY(read);
        const schema::Schema after = *read;

        diff::DiffOptions options;
        options.renames = diff::RenamePolicy::Accept;
        const diff::ChangeSet set = diff::SchemaDiff::compare(*before, after, options);
        QVERIFY(!set.changes.isEmpty());
        plan::MigrationPlan plan = plan::PlanBuilder::build(set, c.answers);
        QVERIFY(plan::DataCheckRunner::run(*db, set, c.answers, plan));
        const QString row = QStringLiteral("| %1 | %2 | ").arg(test::datasetName(c.dataset), c.name);
        if (!plan.stoppingChecks().isEmpty()) {
            const plan::DataCheckOutcome* stop = plan.stoppingChecks().front();
            g_table << row
                    + QStringLiteral("refuses: %1 row(s): %2 | not exported |").arg(stop->rows).arg(stop->description);
            QVERIFY2(!c.refusal.isEmpty(), qPrintable(QStringLiteral("refused: %1").arg(stop->description)));
            QCOMPARE(stop->kind, c.refusal);
            QVERIFY(!stop->resolution.isEmpty() && !stop->stepId.isEmpty());
            return;
        }
        QVERIFY2(c.refusal.isEmpty(), qPrintable(QStringLiteral("the plan should refuse (%1)").arg(c.refusal)));

        const QString flyway = dir + QStringLiteral("/flyway");
        auto written = plan::FlywayExporter::write(plan, flyway);
        QVERIFY(written);
        const QString copy = dir + QStringLiteral("/applied.db");
        QVERIFY(test::copyDatabase(beforePath, copy));
        for (const QString& f : *written)
            QVERIFY2(QFileInfo(f).fileName().size() <= 72, qPrintable(f));
        const test::ShellApply applied = test::applyWithSqliteShell(copy, flyway);
        g_table << row
                + QStringLiteral("%1 steps | %2 |")
                      .arg(plan.steps.size())
                      .arg(applied.ok ? QStringLiteral("applies (%1 files)").arg(applied.applied.size())
                                      : QStringLiteral("FAILS in %1: %2").arg(applied.failedFile, applied.message));
        QVERIFY2(applied.ok, qPrintable(applied.failedFile + QStringLiteral(": ") + applied.message));

        auto result = Database::openOriginal(copy);
        QVERIFY(result);
        auto reached = schema::SchemaReader::read(*result);
        QVERIFY(reached);
        QCOMPARE(test::differences(*reached, after), QStringList());
        QVERIFY(result->scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).value().toInt() == 0);

        // Every row kept: per table of the target that existed before (under its old name), the
        // row count, and a checksum of the columns whose definition the change leaves alone.
        for (const schema::Table& t : after.tables) {
            QString oldName = t.name;
            for (const diff::Change& ch : set.changes) {
                if (ch.object == diff::ObjectKind::Table && ch.type == diff::ChangeType::Renamed
                    && ch.name.compare(t.name, Qt::CaseInsensitive) == 0)
                    oldName = ch.oldName;
            }
            const schema::Table* old = before->table(oldName);
            if (!old)
                continue;
            QStringList oldColumns;
            QStringList newColumns;
            for (const schema::Column& col : t.columns) {
                QString source = col.name;
                for (const diff::Change& ch : set.changes) {
                    if (ch.object == diff::ObjectKind::Column && ch.type == diff::ChangeType::Renamed
                        && ch.table.compare(t.name, Qt::CaseInsensitive) == 0
                        && ch.name.compare(col.name, Qt::CaseInsensitive) == 0)
                        source = ch.oldName;
                }
                const schema::Column* was = old->column(source);
                if (was && was->declaredType == col.declaredType && was->notNull == col.notNull) {
                    oldColumns << source;
                    newColumns << col.name;
                }
            }
            const auto kept = fingerprint(*db, old->name, oldColumns);
            const auto now = fingerprint(*result, t.name, newColumns);
            QVERIFY2(kept == now,
                qPrintable(QStringLiteral("%1: %2 rows before, %3 after, checksum of %4 %5")
                               .arg(t.name)
                               .arg(kept.first)
                               .arg(now.first)
                               .arg(newColumns.join(QLatin1Char(',')),
                                   kept.second == now.second ? QStringLiteral("kept") : QStringLiteral("differs"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanCorpus)
#include "tst_plancorpus.moc"
