// SPDX-License-Identifier: GPL-3.0-or-later
// JobRunner, and every owner that runs its work through it: a newer request supersedes an older
// one, cancel drops the result, an interrupt reaches the running work, and destroying the owner in
// the middle of a job neither crashes nor calls back (run it under the asan preset too).
#include "core/jobrunner.h"
#include "datasets.h"
#include "diff/comparejob.h"
#include "layout/layoutjob.h"
#include "migrations/migrationjob.h"
#include "queries/queryimpactjob.h"
#include "rehearsal/rehearsaljob.h"
#include "rehearsalfixture.h"
#include "schema/schemaloadjob.h"

#include <atomic>
#include <functional>
#include <memory>
#include <semaphore>

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QTest>

using namespace godwit;

namespace {

// An owner as the trackers are: a QObject whose runner is its last member.
struct Owner : QObject {
    JobRunner jobs { this };
};

// What the worker and the owner's thread saw, shared so it outlives the owner.
struct Seen {
    std::binary_semaphore gate { 0 }; // the work waits here
    std::binary_semaphore go { 0 }; // "interrupt late": the work waits here before it registers
    std::atomic_bool blocked = false;
    std::atomic_bool sawCancel = false;
    std::atomic_int interrupts = 0;
    QMutex mutex;
    QList<int> delivered; // the values posted or finished, in the order they arrived
    void deliver(int value)
    {
        const QMutexLocker lock(&mutex);
        delivered << value;
    }
    QList<int> values()
    {
        const QMutexLocker lock(&mutex);
        return delivered;
    }
};

// Delivers everything queued to this thread, so a call that was not dropped would show.
void drainEvents()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// The owners under test, behind one face: start(request) with request 0 or 1, and the request
// each delivered result came from.
struct Subject {
    std::unique_ptr<QObject> object;
    std::function<void(int)> start;
    std::function<void()> cancel;
    std::function<bool()> isRunning;
    std::shared_ptr<QList<int>> delivered = std::make_shared<QList<int>>();
};

QString scratch(const QString& name)
{
    static int counter = 0;
    return QDir(test::scratchDir()).filePath(QStringLiteral("%1-%2.db").arg(name).arg(++counter));
}

Subject subjectFor(const QString& kind, QObject* context)
{
    Subject s;
    auto delivered = s.delivered;
    const QString chinook = test::datasetDatabase(test::Dataset::Chinook);
    const QString northwind = test::datasetDatabase(test::Dataset::Northwind);
    auto bind = [&s](auto* job) {
        s.cancel = [job] { job->cancel(); };
        s.isRunning = [job] { return job->isRunning(); };
    };
    if (kind == u"SchemaLoadJob") {
        auto* job = new schema::SchemaLoadJob;
        s.object.reset(job);
        bind(job);
        s.start = [job, chinook, northwind](int i) { job->start(i == 0 ? chinook : northwind); };
        QObject::connect(job, &schema::SchemaLoadJob::loaded, context,
            [delivered, northwind](const schema::Schema&, const sqlite::DatabaseInfo& info) {
                *delivered << (info.path == northwind ? 1 : 0);
            });
        QObject::connect(job, &schema::SchemaLoadJob::failed, context, [delivered] { *delivered << -1; });
    } else if (kind == u"LayoutJob") {
        auto* job = new layout::LayoutJob;
        s.object.reset(job);
        bind(job);
        s.start = [job](int i) {
            layout::LayoutGraph graph;
            for (int n = 0; n < 40 + i; ++n)
                graph.nodes << layout::LayoutNode { QStringLiteral("t%1").arg(n), { 120, 20, 16, 4, 4 } };
            for (int n = 1; n < 40 + i; ++n)
                graph.edges << layout::LayoutEdge { QStringLiteral("e%1").arg(n), QStringLiteral("t%1").arg(n / 2), 0,
                    QStringLiteral("t%1").arg(n), 1 };
            job->start(graph);
        };
        QObject::connect(job, &layout::LayoutJob::finished, context,
            [delivered](const layout::DiagramLayout& l) { *delivered << int(l.nodes.size()) - 40; });
        QObject::connect(job, &layout::LayoutJob::failed, context, [delivered] { *delivered << -1; });
    } else if (kind == u"QueryImpactJob") {
        auto* job = new queries::QueryImpactJob;
        s.object.reset(job);
        bind(job);
        s.start = [job, chinook, northwind](int i) {
            queries::QueryImpact::Request request;
            request.database = i == 0 ? chinook : northwind;
            request.queries = *queries::QueryList::parse(QStringLiteral("SELECT count(*) FROM sqlite_schema;"));
            request.after = request.database;
            request.runs = 2;
            job->start(request);
        };
        QObject::connect(
            job, &queries::QueryImpactJob::finished, context, [delivered, northwind](const queries::QueryReport& r) {
                *delivered << (r.beforeSource == northwind ? 1 : 0);
            });
        QObject::connect(job, &queries::QueryImpactJob::failed, context, [delivered] { *delivered << -1; });
    } else if (kind == u"MigrationJob") {
        auto* job = new migrations::MigrationJob;
        s.object.reset(job);
        bind(job);
        s.start = [job](int i) {
            job->startApply(test::ordersV1Database(), test::sampleDir(), scratch(QStringLiteral("migrated%1").arg(i)));
        };
        QObject::connect(
            job, &migrations::MigrationJob::applied, context, [delivered](const migrations::MigrationJobResult& r) {
                *delivered << (QFileInfo(r.copyPath).fileName().startsWith(u"migrated1") ? 1 : 0);
            });
        QObject::connect(job, &migrations::MigrationJob::failed, context, [delivered] { *delivered << -1; });
    } else if (kind == u"RehearsalJob") {
        auto* job = new rehearsal::RehearsalJob;
        s.object.reset(job);
        bind(job);
        const QString original = test::generatedOrdersDatabase(2000);
        auto plan = rehearsal::RehearsalPlan::forTarget(original, test::sampleDir());
        s.start = [job, original, plan](int i) {
            if (!plan)
                return;
            rehearsal::RehearsalOptions options;
            options.originalPath = original;
            options.copyPath = scratch(QStringLiteral("rehearsed%1").arg(i));
            options.rate = 300;
            options.observeMs = 50;
            options.longTransactionMs = 400;
            job->start(*plan, options);
        };
        QObject::connect(
            job, &rehearsal::RehearsalJob::finished, context, [delivered](const rehearsal::RehearsalResult& r) {
                *delivered << (QFileInfo(r.copyPath).fileName().startsWith(u"rehearsed1") ? 1 : 0);
            });
        QObject::connect(job, &rehearsal::RehearsalJob::failed, context, [delivered] { *delivered << -1; });
    } else if (kind == u"CompareJob") {
        auto* job = new diff::CompareJob;
        s.object.reset(job);
        bind(job);
        s.start = [job, chinook](int i) {
            schema::Schema before;
            before.source = QString::number(i);
            job->startWithFile(before, chinook);
        };
        QObject::connect(job, &diff::CompareJob::compared, context,
            [delivered](const diff::ChangeSet& c) { *delivered << c.before.source.toInt(); });
        QObject::connect(job, &diff::CompareJob::failed, context, [delivered] { *delivered << -1; });
    }
    return s;
}

} // namespace

class TestJobRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runner_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QList<int>>("expected"); // what reaches the owner's thread
        QTest::addColumn<bool>("cancelSeen"); // whether the first job saw isCancelled()
        QTest::addColumn<int>("interrupts");
        QTest::addRow("finishes") << "finishes" << QList<int> { 10, 1 } << false << 0;
        QTest::addRow("a newer job supersedes") << "supersede" << QList<int> { 2 } << true << 0;
        QTest::addRow("cancel drops the result") << "cancel" << QList<int> {} << true << 0;
        QTest::addRow("cancel interrupts") << "interrupt" << QList<int> {} << true << 1;
        QTest::addRow("cancel before the work registers") << "interrupt late" << QList<int> {} << true << 1;
        QTest::addRow("destroyed in the middle") << "destroy" << QList<int> {} << true << 1;
    }

    void runner()
    {
        QFETCH(QString, scenario);
        QFETCH(QList<int>, expected);
        QFETCH(bool, cancelSeen);
        QFETCH(int, interrupts);
        auto owner = std::make_unique<Owner>();
        auto seen = std::make_shared<Seen>();
        const bool interruptible = scenario.startsWith(u"interrupt") || scenario == u"destroy";
        owner->jobs.start([seen, scenario, interruptible](const Job& job) {
            job.post([seen] { seen->deliver(10); });
            if (scenario == u"interrupt late")
                seen->go.acquire();
            if (interruptible) {
                const Job::InterruptScope scope = job.interruptWith([seen] {
                    ++seen->interrupts;
                    seen->gate.release();
                });
                seen->blocked = true;
                seen->gate.acquire();
            } else if (scenario != u"finishes") {
                seen->blocked = true;
                seen->gate.acquire();
            }
            seen->sawCancel = job.isCancelled();
            job.finish([seen] { seen->deliver(1); });
        });
        QVERIFY(owner->jobs.isRunning());
        if (scenario == u"finishes") {
            QTRY_VERIFY(!owner->jobs.isRunning());
        } else if (scenario == u"supersede") {
            QTRY_VERIFY(seen->blocked);
            drainEvents(); // the first job's progress arrives while it is current
            seen->delivered.clear();
            owner->jobs.start([seen](const Job& job) { job.finish([seen] { seen->deliver(2); }); });
            seen->gate.release();
            owner->jobs.wait();
            QTRY_VERIFY(!owner->jobs.isRunning());
        } else if (scenario == u"interrupt late") {
            owner->jobs.cancel();
            QVERIFY(!owner->jobs.isRunning());
            seen->go.release();
            owner->jobs.wait(); // returns only if registering after the cancel interrupted at once
        } else if (scenario == u"destroy") {
            QTRY_VERIFY(seen->blocked);
            drainEvents();
            seen->delivered.clear();
            owner.reset(); // returns only once the interrupt released the work
        } else {
            QTRY_VERIFY(seen->blocked);
            drainEvents();
            seen->delivered.clear();
            owner->jobs.cancel();
            QVERIFY(!owner->jobs.isRunning());
            if (scenario == u"cancel")
                seen->gate.release();
            owner->jobs.wait();
            owner->jobs.cancel(); // the scope has ended: no second interrupt
        }
        drainEvents();
        QCOMPARE(seen->values(), expected);
        QCOMPARE(seen->sawCancel.load(), cancelSeen);
        QCOMPARE(seen->interrupts.load(), interrupts);
        if (owner)
            QVERIFY(!owner->jobs.isRunning());
    }

    void owners_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QList<int>>("expected"); // the requests whose results arrive (-1: a failure)
        QTest::addColumn<bool>("oneOutcome"); // exactly one result or failure, whichever
        const QStringList kinds { QStringLiteral("SchemaLoadJob"), QStringLiteral("LayoutJob"),
            QStringLiteral("QueryImpactJob"), QStringLiteral("MigrationJob"), QStringLiteral("RehearsalJob"),
            QStringLiteral("CompareJob") };
        for (const QString& kind : kinds) {
            const bool rehearsal = kind == u"RehearsalJob";
            // A rehearsal ignores start() while one runs, and its cancel is a control that still
            // reports how the rehearsal ended (cancelled while copying is a failure, later a result).
            QTest::addRow("%s supersede", qPrintable(kind))
                << kind << "supersede" << (rehearsal ? QList<int> { 0 } : QList<int> { 1 }) << false;
            QTest::addRow("%s cancel", qPrintable(kind)) << kind << "cancel" << QList<int> { 1 } << rehearsal;
            // A superseded request's end must not disarm the newer one's cancel (MigrationJob's
            // running migrator used to be one slot shared by both).
            QTest::addRow("%s supersede, then cancel", qPrintable(kind))
                << kind << "supersede+cancel" << QList<int> {} << rehearsal;
            QTest::addRow("%s destroyed in the middle", qPrintable(kind))
                << kind << "destroy" << QList<int> {} << false;
        }
    }

    void owners()
    {
        QFETCH(QString, kind);
        QFETCH(QString, scenario);
        QFETCH(QList<int>, expected);
        QFETCH(bool, oneOutcome);
        Subject s = subjectFor(kind, this);
        QVERIFY(s.object);
        auto delivered = s.delivered;
        s.start(0);
        QVERIFY(s.isRunning());
        if (scenario == u"supersede") {
            s.start(1);
        } else if (scenario == u"supersede+cancel") {
            s.start(1);
            s.cancel();
        } else if (scenario == u"cancel") {
            s.cancel();
            if (kind != u"RehearsalJob") {
                QVERIFY(!s.isRunning());
                s.start(1); // the cancelled request's result must not arrive, this one's must
            }
        } else {
            s.object.reset();
            drainEvents();
            QCOMPARE(*delivered, expected);
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!s.isRunning(), 120000);
        s.object.reset(); // waits for every worker, superseded ones too
        drainEvents();
        if (oneOutcome)
            QCOMPARE(delivered->size(), 1);
        else
            QCOMPARE(*delivered, expected);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
