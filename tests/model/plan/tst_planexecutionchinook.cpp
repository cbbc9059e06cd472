// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/schemadiff.h"
#include "plan/planbuilder.h"
#include "plan/planrunner.h"
#include "planfixture.h"
#include "resultmessage.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <QRegularExpression>
#include <QTest>

using namespace godwit;
using godwit::plan::Phase;
using godwit::plan::PlanBuilder;
using godwit::plan::PlanRunner;
using godwit::schema::SchemaReader;
using godwit::sqlite::Database;

namespace {

// Every row of the tables of `schema` named in `tables` (all when empty), sorted, as text: what
// "every row preserved" means.
QString content(const Database& db, const schema::Schema& schema, const QStringList& tables = {})
{
    QString out;
    for (const auto& t : schema.tables) {
        if (!tables.isEmpty() && !tables.contains(t.name, Qt::CaseInsensitive))
            continue;
        QStringList columns;
        for (const auto& c : t.columns)
            columns << QStringLiteral("\"%1\"").arg(c.name);
        auto st = db.prepare(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %1").arg(columns.join(u','), t.name));
        if (!st)
            return st.error().toString();
        out += t.name + QLatin1Char('\n');
        while (*st->step()) {
            for (int c = 0; c < st->columnCount(); ++c)
                out += st->text(c) + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

qint64 scalar(const Database& db, const QString& sql) { return PlanRunner::count(db, sql).value_or(-1); }

} // namespace

// Each change type on a working copy of Chinook: the plan runs step by step with an
// old-version application writing between the dual-write and the backfill (so the triggers
// carry real writes), reaches the target schema with every row, and rolls back to the start.
class TestPlanExecutionChinook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void changeTypes_data()
    {
        QTest::addColumn<QString>("setup"); // run on the copy before planning
        QTest::addColumn<QString>("from"); // edit of the DDL giving the target schema
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("phases");
        QTest::addColumn<QString>("writes"); // after the dual-write, before the backfill
        QTest::addColumn<QString>("probe"); // after the forward run: the number of writes that did not arrive
        QTest::addColumn<QString>("changedTable"); // its content changes shape; the others must stay identical

        const QString swap = QStringLiteral("expand dual-write backfill read-switch contract");
        QTest::addRow("change type of Track.UnitPrice")
            << QString() << "[Bytes] INTEGER,\n    [UnitPrice] NUMERIC(10,2)  NOT NULL,"
            << "[Bytes] INTEGER,\n    [UnitPrice] REAL  NOT NULL,"
            << "shadow-table" << swap
            << "INSERT INTO Track (TrackId, Name, MediaTypeId, Milliseconds, UnitPrice) VALUES "
               "(9001, 'Written in dual-write', 1, 1000, 1.99), (9002, 'Deleted in dual-write', 1, 1000, 0.99);\n"
               "UPDATE Track SET UnitPrice = 1.29 WHERE TrackId = 1;\nDELETE FROM Track WHERE TrackId = 9002;"
            << "SELECT (SELECT count(*) = 0 FROM Track WHERE TrackId = 9001 AND UnitPrice = 1.99)"
               " + (SELECT count(*) FROM Track WHERE TrackId = 1 AND UnitPrice IS NOT 1.29)"
               " + (SELECT count(*) FROM Track WHERE TrackId = 9002)"
               " + (SELECT count(*) FROM Track WHERE typeof(UnitPrice) <> 'real')"
            << "Track";
        QTest::addRow("FK on InvoiceLine.InvoiceId cascades")
            << QString()
            << "FOREIGN KEY ([InvoiceId]) REFERENCES [Invoice] ([InvoiceId]) ON DELETE NO ACTION ON UPDATE NO ACTION"
            << "FOREIGN KEY ([InvoiceId]) REFERENCES [Invoice] ([InvoiceId]) ON DELETE CASCADE ON UPDATE NO ACTION"
            << "shadow-table" << swap
            << "INSERT INTO InvoiceLine VALUES (90001, 1, 1, 0.99, 1), (90002, 1, 2, 0.99, 1);\n"
               "UPDATE InvoiceLine SET Quantity = 7 WHERE InvoiceLineId = 1;\n"
               "DELETE FROM InvoiceLine WHERE InvoiceLineId = 90002;"
            << "SELECT (SELECT count(*) = 0 FROM InvoiceLine WHERE InvoiceLineId = 90001 AND TrackId = 1)"
               " + (SELECT count(*) FROM InvoiceLine WHERE InvoiceLineId = 1 AND Quantity <> 7)"
               " + (SELECT count(*) FROM InvoiceLine WHERE InvoiceLineId = 90002)"
            << "InvoiceLine";
        // Chinook has a foreign key on every key column: start from Album without its key to
        // Artist (rebuilt, rows kept), and add it back.
        QTest::addRow("add FK Album.ArtistId")
            << "PRAGMA foreign_keys = OFF;\nCREATE TABLE [Album_godwit_test] ([AlbumId] INTEGER NOT NULL, [Title] "
               "NVARCHAR(160) NOT NULL, [ArtistId] INTEGER NOT NULL, CONSTRAINT [PK_Album] PRIMARY KEY ([AlbumId]));\n"
               "INSERT INTO Album_godwit_test SELECT AlbumId, Title, ArtistId FROM Album;\nDROP TABLE Album;\n"
               "ALTER TABLE Album_godwit_test RENAME TO Album;\n"
               "CREATE INDEX [IFK_AlbumArtistId] ON [Album] ([ArtistId]);\nPRAGMA foreign_keys = ON;"
            << QString() << QString() << "shadow-table" << swap
            << "INSERT INTO Album VALUES (9001, 'Written in dual-write', 1), (9002, 'Deleted in dual-write', 1);\n"
               "UPDATE Album SET Title = 'Updated in dual-write' WHERE AlbumId = 1;\nDELETE FROM Album WHERE AlbumId = "
               "9002;"
            << "SELECT (SELECT count(*) = 0 FROM Album WHERE AlbumId = 9001 AND ArtistId = 1)"
               " + (SELECT count(*) FROM Album WHERE AlbumId = 1 AND Title IS NOT 'Updated in dual-write')"
               " + (SELECT count(*) FROM Album WHERE AlbumId = 9002)"
               " + (SELECT count(*) = 0 FROM pragma_foreign_key_list('Album') WHERE \"table\" = 'Artist')"
            << "Album";
        QTest::addRow("change primary key of PlaylistTrack")
            << QString() << "PRIMARY KEY  ([PlaylistId], [TrackId])"
            << "PRIMARY KEY  ([TrackId], [PlaylistId])"
            << "shadow-table" << swap
            << "INSERT INTO PlaylistTrack VALUES (18, 1), (18, 2);\n"
               "UPDATE PlaylistTrack SET TrackId = 3 WHERE PlaylistId = 18 AND TrackId = 597;\n"
               "DELETE FROM PlaylistTrack WHERE PlaylistId = 18 AND TrackId = 2;"
            << "SELECT (SELECT group_concat(TrackId) FROM (SELECT TrackId FROM PlaylistTrack WHERE PlaylistId = 18 "
               "ORDER BY TrackId)) IS NOT '1,3'"
            << "PlaylistTrack";
        QTest::addRow("add UNIQUE on Genre.Name")
            << QString() << "CONSTRAINT [PK_Genre] PRIMARY KEY  ([GenreId])"
            << "CONSTRAINT [PK_Genre] PRIMARY KEY  ([GenreId]),\n    UNIQUE ([Name])"
            << "shadow-table" << swap
            << "INSERT INTO Genre VALUES (901, 'Written in dual-write'), (902, 'Deleted in dual-write');\n"
               "UPDATE Genre SET Name = 'Rock & Roll' WHERE GenreId = 1;\nDELETE FROM Genre WHERE GenreId = 902;"
            << "SELECT (SELECT count(*) = 0 FROM Genre WHERE GenreId = 901 AND Name = 'Written in dual-write')"
               " + (SELECT count(*) FROM Genre WHERE GenreId = 1 AND Name IS NOT 'Rock & Roll')"
               " + (SELECT count(*) FROM Genre WHERE GenreId = 902)"
            << "Genre";
        // The table and its indexes leave the DDL (see changeTypes()).
        QTest::addRow("drop table PlaylistTrack")
            << QString() << QString() << QString() << "drop"
            << "read-switch contract" << QString() << QString() << "PlaylistTrack";
        QTest::addRow("split Track.Composer into TrackComposer")
            << QString() << "    [Composer] NVARCHAR(220),\n"
            << "    [Composer] NVARCHAR(220),\n"
            << "split" << swap
            << "INSERT INTO Track (TrackId, Name, MediaTypeId, Milliseconds, UnitPrice, Composer) VALUES "
               "(9001, 'Written in dual-write', 1, 1000, 0.99, 'Written Composer');\n"
               "UPDATE Track SET Composer = 'Updated Composer' WHERE TrackId = 1;"
            << "SELECT (SELECT count(*) = 0 FROM TrackComposer WHERE TrackId = 9001 AND Composer = 'Written Composer')"
               " + (SELECT count(*) = 0 FROM TrackComposer WHERE TrackId = 1 AND Composer = 'Updated Composer')"
               " + (SELECT count(*) FROM Track t LEFT JOIN TrackComposer c USING (TrackId) WHERE c.TrackId IS NULL)"
            << "Track";
        QTest::addRow("merge TrackDetail into Track")
            << "CREATE TABLE [TrackDetail] ([TrackId] INTEGER PRIMARY KEY REFERENCES [Track] ([TrackId]), [Lyrics] "
               "TEXT);\nINSERT INTO TrackDetail SELECT TrackId, 'Lyrics of ' || Name FROM Track WHERE TrackId % 3 = "
               "0;"
            << "    [Composer] NVARCHAR(220),\n"
            << "    [Composer] NVARCHAR(220),\n    [Lyrics] TEXT,\n"
            << "merge" << swap
            << "INSERT INTO TrackDetail VALUES (1, 'Written lyrics');\n"
               "UPDATE TrackDetail SET Lyrics = 'Updated lyrics' WHERE TrackId = 3;"
            << "SELECT (SELECT count(*) = 0 FROM Track WHERE TrackId = 1 AND Lyrics = 'Written lyrics')"
               " + (SELECT count(*) = 0 FROM Track WHERE TrackId = 3 AND Lyrics = 'Updated lyrics')"
               " + (SELECT count(*) FROM Track WHERE TrackId % 3 = 0 AND TrackId > 3 AND Lyrics IS NOT 'Lyrics of ' "
               "|| Name)"
               " + ((SELECT count(*) FROM Track WHERE Lyrics IS NOT NULL) <> 1168)"
            << "Track";
    }
    void changeTypes()
    {
        QFETCH(QString, setup);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, strategy);
        QFETCH(QString, phases);
        QFETCH(QString, writes);
        QFETCH(QString, probe);
        QFETCH(QString, changedTable);

        auto db = test::chinookWorkingCopy();
        QVERIFY2(db, test::why(db).constData());
        if (!setup.isEmpty())
            QVERIFY(db->exec(setup));
        const schema::Schema beforeSchema = *SchemaReader::read(*db);
        QString ddl = test::chinookDdl();
        if (strategy == QLatin1String("drop")) {
            const QRegularExpression table(
                QStringLiteral("CREATE TABLE \\[%1\\].*?\\);\\n|CREATE INDEX [^;]* ON \\[%1\\][^;]*;")
                    .arg(changedTable),
                QRegularExpression::DotMatchesEverythingOption);
            QCOMPARE(ddl.count(table), 3);
            ddl.remove(table);
        } else if (!from.isEmpty()) {
            QCOMPARE(ddl.count(from), 1);
            ddl.replace(from, to);
        }
        if (strategy == QLatin1String("split")) {
            ddl.remove(QStringLiteral("    [Composer] NVARCHAR(220),\n"));
            ddl += QStringLiteral("CREATE TABLE [TrackComposer] ([TrackId] INTEGER PRIMARY KEY REFERENCES [Track] "
                                  "([TrackId]), [Composer] NVARCHAR(220));\n");
        }
        const schema::Schema afterSchema = test::schemaFromScript(ddl, QStringLiteral("chinook-after.sql"));
        plan::Answers answers;
        answers.batchSize = 500;
        const plan::MigrationPlan plan
            = PlanBuilder::build(diff::SchemaDiff::compare(beforeSchema, afterSchema), answers);
        QCOMPARE(plan.walks.front().strategy, strategy);
        QCOMPARE(test::phaseRuns(plan).join(u' '), phases);
        // The tables the change leaves alone must come out identical, row for row.
        QStringList same;
        for (const auto& t : beforeSchema.tables) {
            if (t.name.compare(changedTable, Qt::CaseInsensitive) != 0 && afterSchema.table(t.name))
                same << t.name;
        }
        const QString untouched = content(*db, beforeSchema, same);

        // Forward, step by step, with the application writing once the dual-write is in place.
        QMap<QString, qint64> countsBefore;
        QString rowsBefore;
        bool written = writes.isEmpty();
        if (written) {
            countsBefore = test::rowCounts(*db, beforeSchema);
            rowsBefore = content(*db, beforeSchema);
        }
        for (qsizetype i = 0; i < plan.steps.size(); ++i) {
            const plan::PlanStep& step = plan.steps[i];
            auto ran = PlanRunner::runStep(*db, step);
            QVERIFY2(ran, qPrintable(QStringLiteral("%1: %2").arg(step.id, ran ? QString() : ran.error().toString())));
            const bool lastDualWrite = step.phase == Phase::DualWrite
                && (i + 1 == plan.steps.size() || plan.steps[i + 1].phase != Phase::DualWrite);
            if (lastDualWrite && !written) {
                QVERIFY(db->exec(writes));
                written = true;
                // The old-shape tables after the writes are what the migration must keep.
                countsBefore = test::rowCounts(*db, beforeSchema);
                rowsBefore = content(*db, beforeSchema);
            }
        }
        QVERIFY2(written, "the plan has no dual-write step to write after");
        QCOMPARE(test::differences(*SchemaReader::read(*db), afterSchema), QStringList {});
        const auto countsAfter = test::rowCounts(*db, afterSchema);
        for (auto it = countsAfter.begin(); it != countsAfter.end(); ++it) {
            if (countsBefore.contains(it.key()))
                QCOMPARE(it.value(), countsBefore.value(it.key()));
        }
        if (!probe.isEmpty())
            QCOMPARE(scalar(*db, probe), 0);
        QCOMPARE(content(*db, afterSchema, same), untouched);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);

        // Backward: the rollback SQL, last step first, returns to Chinook's schema with every row.
        auto back = PlanRunner::rollback(*db, plan);
        QVERIFY2(back, godwit::test::why(back).constData());
        QCOMPARE(test::differences(*SchemaReader::read(*db), beforeSchema), QStringList {});
        if (strategy == QLatin1String("drop")) {
            // DROP TABLE cannot be undone from SQL: the table comes back empty, as its rollback
            // and its "a backup exists" precondition say; every other row stays.
            QVERIFY(plan.steps.back().rollbackSql.contains(QLatin1String("Recreates the table empty")));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(changedTable)), 0);
            countsBefore[changedTable.toLower()] = 0;
            QCOMPARE(test::rowCounts(*db, beforeSchema), countsBefore);
            QCOMPARE(content(*db, beforeSchema, same), untouched);
        } else {
            QCOMPARE(test::rowCounts(*db, beforeSchema), countsBefore);
            QCOMPARE(content(*db, beforeSchema), rowsBefore);
        }
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanExecutionChinook)
#include "tst_planexecutionchinook.moc"
