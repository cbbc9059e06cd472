// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare view and the workspace in step: a rename decided in the change list and a card
// dragged on a diagram are undo steps of the workspace, and undo and redo show on both diagrams.
#include "datasets.h"
#include "diff/schemadiff.h"
#include "project/workspace.h"
#include "schema/schemareader.h"
#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/tableitem.h"
#include "widgets/diff/diffview.h"
#include "widgets/diff/renamechoices.h"
#include "widgets/shell/comparisonbinding.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace godwit;
using diff::ChangeType;
using widgets::DiffView;

namespace {

QString fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

schema::Schema readScript(const QString& sql)
{
    auto schema = schema::SchemaReader::readScript(sql, QStringLiteral("test.sql"));
    if (!schema)
        qWarning() << schema.error().toString();
    return schema.value_or(schema::Schema {});
}

const diff::Change* findChange(const diff::ChangeSet& set, const QString& id, ChangeType type)
{
    const auto it
        = std::ranges::find_if(set.changes, [&](const diff::Change& c) { return c.id() == id && c.type == type; });
    return it == set.changes.end() ? nullptr : &*it;
}

struct Compare {
    project::Workspace workspace;
    DiffView view;
    widgets::ComparisonBinding binding { &view, &workspace };
    QSignalSpy laidOut { &view, &DiffView::layoutFinished };

    bool waitForLayout()
    {
        const qsizetype before = laidOut.size();
        return QTest::qWaitFor([&] { return laidOut.size() > before; }, 30000);
    }
};

} // namespace

class TestComparisonBinding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void renameAndCardUndo_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("renameId"); // the proposed rename
        QTest::addColumn<QString>("card"); // the card it is on

        const QString ordersV1 = test::sampleScript({ QStringLiteral("V1__orders.sql") });
        QTest::newRow("orders: estimated_delivery -> shipping_eta")
            << ordersV1
            << test::sampleScript({ QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
                   QStringLiteral("V3__backfill_shipping_eta.sql"),
                   QStringLiteral("V4__contract_estimated_delivery.sql") })
            << QStringLiteral("column:orders.shipping_eta") << QStringLiteral("orders");
        const QString chinook = fileText(test::datasetSqlPath(test::Dataset::Chinook));
        QTest::newRow("Chinook: Genre -> Category")
            << chinook << chinook + QStringLiteral("\nALTER TABLE Genre RENAME TO Category;\n")
            << QStringLiteral("table:Category") << QStringLiteral("Category");
        const QString sakila = fileText(test::datasetSqlPath(test::Dataset::Sakila));
        QTest::newRow("Sakila: actor.last_name -> family_name")
            << sakila << sakila + QStringLiteral("\nALTER TABLE actor RENAME COLUMN last_name TO family_name;\n")
            << QStringLiteral("column:actor.family_name") << QStringLiteral("actor");
    }

    void renameAndCardUndo()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, renameId);
        QFETCH(QString, card);
        Compare c;
        const schema::Schema b = readScript(before);
        const schema::Schema a = readScript(after);
        QVERIFY(!b.tables.isEmpty() && !a.tables.isEmpty());
        c.view.setChangeSet(
            diff::SchemaDiff::compare(b, a, c.view.diffOptions()), QStringLiteral("before"), QStringLiteral("after"));
        c.workspace.setSchemas(b, a);
        QVERIFY(c.waitForLayout());
        checkRenameDecisions(c, renameId);
        checkCardMove(c, card);
    }

    void choices_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("proposal");
        QTest::addColumn<QString>("decided"); // "accepted", "rejected" or ""
        QTest::addColumn<QList<int>>("offered"); // 1: confirm, 0: reject, -1: back to the proposal

        const int renamed = int(ChangeType::Renamed);
        const int added = int(ChangeType::Added);
        QTest::newRow("proposal") << renamed << true << QString() << QList<int> { 1, 0 };
        QTest::newRow("confirmed") << renamed << false << QStringLiteral("accepted") << QList<int> { -1, 0 };
        QTest::newRow("rejected: its added half") << added << false << QStringLiteral("rejected") << QList<int> { -1 };
        QTest::newRow("an added column") << added << false << QString() << QList<int> {};
    }

    void choices()
    {
        QFETCH(int, type);
        QFETCH(bool, proposal);
        QFETCH(QString, decided);
        QFETCH(QList<int>, offered);
        diff::Change change;
        change.type = ChangeType(type);
        change.object = diff::ObjectKind::Column;
        change.table = QStringLiteral("orders");
        change.name = QStringLiteral("shipping_eta");
        change.oldName = QStringLiteral("estimated_delivery");
        change.isProposal = proposal;
        diff::DiffOptions options;
        if (decided == QLatin1String("accepted"))
            options.acceptedRenames << change.id();
        if (decided == QLatin1String("rejected"))
            options.rejectedRenames << change.id();
        QList<int> got;
        for (const widgets::RenameChoice& choice : widgets::renameChoices(change, options)) {
            QVERIFY(!choice.text.isEmpty());
            got << (choice.accepted ? int(*choice.accepted) : -1);
        }
        QCOMPARE(got, offered);
    }

private:
    void checkRenameDecisions(Compare& c, const QString& id)
    {
        const diff::Change* proposed = findChange(c.view.changeSet(), id, ChangeType::Renamed);
        QVERIFY2(proposed, qPrintable(id));
        QVERIFY(proposed->isProposal);
        QCOMPARE(widgets::renameChoices(*proposed, c.view.diffOptions()).size(), 2);

        // "Not a rename": a drop and an add, in the project, in the view and in the plan.
        Q_EMIT c.view.renameDecided(id, false);
        QCOMPARE(c.workspace.project().renames.rejected, QStringList { id });
        QVERIFY(c.waitForLayout());
        QVERIFY(!findChange(c.view.changeSet(), id, ChangeType::Renamed));
        QVERIFY(findChange(c.view.changeSet(), id, ChangeType::Added));
        QVERIFY(!findChange(c.workspace.changes(), id, ChangeType::Renamed));
        QCOMPARE(c.view.changeSet().changes.size(), c.workspace.changes().changes.size());

        c.workspace.undoStack()->undo();
        QVERIFY(c.waitForLayout());
        QVERIFY(c.workspace.project().renames.rejected.isEmpty());
        proposed = findChange(c.view.changeSet(), id, ChangeType::Renamed);
        QVERIFY(proposed && proposed->isProposal);

        // Confirmed: no longer a proposal, and the way back is offered.
        Q_EMIT c.view.renameDecided(id, true);
        QVERIFY(c.waitForLayout());
        const diff::Change* confirmed = findChange(c.view.changeSet(), id, ChangeType::Renamed);
        QVERIFY(confirmed && !confirmed->isProposal);
        QCOMPARE(widgets::renameChoices(*confirmed, c.view.diffOptions()).first().accepted, std::nullopt);
        c.workspace.undoStack()->undo();
        QVERIFY(c.waitForLayout());
        QVERIFY(findChange(c.view.changeSet(), id, ChangeType::Renamed)->isProposal);
    }

    void checkCardMove(Compare& c, const QString& key)
    {
        widgets::TableItem* after = c.view.afterScene()->tableItem(key);
        widgets::TableItem* before = c.view.beforeScene()->tableItem(key);
        QVERIFY(after && before);
        const QPointF laidOut = after->pos();
        const QPointF dropped = laidOut + QPointF(240, 120);
        after->setPos(dropped);
        c.view.afterScene()->cardDropped(after);
        QCOMPARE(c.workspace.project().cards.after.value(key), dropped);
        QCOMPARE(before->pos(), dropped);

        c.workspace.undoStack()->undo();
        QVERIFY(!c.workspace.project().cards.after.contains(key));
        for (const widgets::TableItem* item : { after, before }) {
            QCOMPARE(item->pos(), laidOut);
            QVERIFY(!item->isMovedByUser());
        }
        c.workspace.undoStack()->redo();
        QCOMPARE(after->pos(), dropped);
        QCOMPARE(before->pos(), dropped);
        QVERIFY(before->isMovedByUser());
    }
};

QTEST_MAIN(TestComparisonBinding)
#include "tst_comparisonbinding.moc"
