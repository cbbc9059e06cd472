// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "project/workspace.h"
#include "resultmessage.h"
#include "schema/schemareader.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace godwit;
using project::Workspace;

namespace {

schema::Schema ordersScript(const QStringList& files)
{
    auto s = schema::SchemaReader::readScript(test::sampleScript(files), files.constLast());
    return s ? *s : schema::Schema {};
}

schema::Schema ordersV1() { return ordersScript({ QStringLiteral("V1__orders.sql") }); }

schema::Schema ordersV4()
{
    return ordersScript({ QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
        QStringLiteral("V3__backfill_shipping_eta.sql"), QStringLiteral("V4__contract_estimated_delivery.sql") });
}

bool hasPhase(const plan::MigrationPlan& plan, plan::Phase phase)
{
    return std::ranges::any_of(plan.steps, [&](const plan::PlanStep& s) { return s.phase == phase; });
}

plan::Answers skipDualWrite()
{
    plan::Answers answers;
    plan::ChangeAnswers a;
    a.skipDualWrite = true;
    answers.changes.insert(QStringLiteral("table:orders"), a);
    return answers;
}

project::Project ordersProject()
{
    project::Project p;
    p.before = QStringLiteral("/projects/orders.db");
    p.after = test::sampleDir();
    p.afterKind = project::AfterKind::Migrations;
    return p;
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The plan follows the answers, and undo/redo takes them back and forth.
    void undoRedoAnswers()
    {
        Workspace w;
        w.newProject(ordersProject());
        QSignalSpy plans(&w, &Workspace::planChanged);
        QSignalSpy answers(&w, &Workspace::answersChanged);
        w.setSchemas(ordersV1(), ordersV4());
        QVERIFY(w.hasComparison());
        QVERIFY(!w.changes().isEmpty());
        QVERIFY(hasPhase(w.plan(), plan::Phase::DualWrite));
        QCOMPARE(plans.count(), 1);

        w.setAnswers(skipDualWrite(), QStringLiteral("Skip the dual-write"));
        QCOMPARE(answers.count(), 1);
        QVERIFY(!hasPhase(w.plan(), plan::Phase::DualWrite));
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Skip the dual-write"));

        w.undoStack()->undo();
        QVERIFY(hasPhase(w.plan(), plan::Phase::DualWrite));
        QCOMPARE(w.project().answers, plan::Answers {});
        w.undoStack()->redo();
        QVERIFY(!hasPhase(w.plan(), plan::Phase::DualWrite));
        QCOMPARE(w.project().answers, skipDualWrite());
        QCOMPARE(answers.count(), 3);
        // The same answers again are no step.
        w.setAnswers(skipDualWrite());
        QCOMPARE(w.undoStack()->count(), 1);
    }

    void renameDecisions_data()
    {
        QTest::addColumn<bool>("accepted");
        QTest::addRow("rejected: a drop and an add") << false;
        QTest::addRow("confirmed: a rename") << true;
    }

    void renameDecisions()
    {
        QFETCH(bool, accepted);
        Workspace w;
        w.newProject(ordersProject());
        w.setSchemas(ordersV1(), ordersV4());
        const diff::ChangeSet proposed = w.changes();
        const QString id = QStringLiteral("column:orders.shipping_eta");
        QSignalSpy compared(&w, &Workspace::comparisonChanged);
        w.setRenameDecision(id, accepted);
        QCOMPARE(compared.count(), 1);
        QCOMPARE(w.project().renames.accepted.contains(id), accepted);
        QCOMPARE(w.project().renames.rejected.contains(id), !accepted);
        // Rejected, the rename's two columns are planned apart.
        QCOMPARE(w.plan().walks.front().changeIds.size(), accepted ? 1 : 2);
        w.undoStack()->undo();
        QCOMPARE(w.project().renames, project::RenameDecisions {});
        QCOMPARE(w.changes(), proposed);
    }

    // A drag is one undo step however many moves it makes.
    void cardMovesMerge()
    {
        Workspace w;
        w.newProject(ordersProject());
        for (int x = 0; x <= 100; x += 10)
            w.moveCard(Workspace::Side::Before, QStringLiteral("orders"), QPointF(x, 5));
        w.moveCard(Workspace::Side::After, QStringLiteral("orders"), QPointF(1, 1));
        QCOMPARE(w.undoStack()->count(), 2);
        QCOMPARE(w.project().cards.before.value(QStringLiteral("orders")), QPointF(100, 5));
        w.undoStack()->undo();
        QVERIFY(w.project().cards.after.isEmpty());
        w.undoStack()->undo();
        QVERIFY(w.project().cards.before.isEmpty()); // it had no position before the drag
    }

    void modifiedMark()
    {
        Workspace w;
        QVERIFY(!w.isModified());
        QSignalSpy modified(&w, &Workspace::modifiedChanged);
        w.newProject(ordersProject());
        QVERIFY(w.isModified()); // never saved
        QCOMPARE(w.displayName(), QStringLiteral("Untitled"));
        const QString path = test::scratchDir() + QStringLiteral("/shop.godwit");
        QVERIFY2(w.saveAs(path), "saveAs");
        QVERIFY(!w.isModified());
        QCOMPARE(w.displayName(), QStringLiteral("shop"));
        w.setAnswers(skipDualWrite());
        QVERIFY(w.isModified());
        w.undoStack()->undo();
        QVERIFY(!w.isModified()); // back where it was saved
        project::RehearsalSettings s;
        s.pace = project::Pace::Classroom;
        w.setRehearsalSettings(s);
        QVERIFY(w.isModified());
        QVERIFY(w.save());
        QVERIFY(!w.isModified());
        QCOMPARE(modified.last().first().toBool(), false);
    }

    // Save, then open: the same project, every key.
    void saveThenOpen()
    {
        Workspace w;
        project::Project p = ordersProject();
        p.queries = test::sampleDir() + QStringLiteral("/queries.sql");
        w.newProject(p);
        w.setSchemas(ordersV1(), ordersV4());
        w.setAnswers(skipDualWrite());
        w.setRenameDecision(QStringLiteral("column:orders.shipping_eta"), true);
        w.moveCard(Workspace::Side::After, QStringLiteral("customers"), QPointF(40, 80));
        project::RehearsalSettings s;
        s.pace = project::Pace::Fastest;
        s.faults = { rehearsal::Fault::EarlyReadSwitch };
        w.setRehearsalSettings(s);
        w.recordRehearsal(QJsonObject { { QStringLiteral("verdict"), QStringLiteral("drift") } });
        const QString path = test::scratchDir() + QStringLiteral("/round.godwit");
        const auto saved = w.saveAs(path);
        QVERIFY2(saved, test::why(saved).constData());

        Workspace opened;
        QSignalSpy changed(&opened, &Workspace::projectChanged);
        const auto read = opened.open(path);
        QVERIFY2(read, test::why(read).constData());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(opened.project(), w.project());
        QCOMPARE(opened.filePath(), w.filePath());
        QVERIFY(!opened.isModified());
        QCOMPARE(opened.undoStack()->count(), 0);
        opened.setSchemas(ordersV1(), ordersV4());
        QCOMPARE(opened.plan(), w.plan());
    }

    void openRefusesABadFile()
    {
        Workspace w;
        w.newProject(ordersProject());
        const auto read = w.open(test::scratchDir() + QStringLiteral("/missing.godwit"));
        QVERIFY(!read);
        // The open project stays.
        QVERIFY(w.hasProject());
        QCOMPARE(w.project(), ordersProject());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
