// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewbuilder.h"

#include "core/textfile.h"
#include "diff/schemadiff.h"
#include "layout/graphvizlayout.h"
#include "lint/linter.h"
#include "migrations/migratedschema.h"
#include "plan/answersjson.h"
#include "plan/decisiontreedotwriter.h"
#include "plan/flywayexporter.h"
#include "plan/planbuilder.h"
#include "plan/planrunner.h"
#include "queries/queryimpact.h"
#include "rehearsal/rehearsalrunner.h"
#include "schema/ddlgenerator.h"
#include "sqlite/database.h"
#include "sqlite/databasefilecheck.h"

#include <chrono>
#include <thread>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace godwit::report {

namespace {

    bool isDatabase(const QString& path)
    {
        return QFileInfo(path).isFile() && sqlite::checkDatabaseFile(path).has_value();
    }

    bool cancelled(const ReviewRequest& request) { return request.cancel && request.cancel->load(); }

    void tell(const ReviewRequest& request, const QString& stage)
    {
        if (request.progress)
            request.progress(stage);
    }

    QList<PreCheck> countPreChecks(const diff::ChangeSet& set, const QString& before, bool database)
    {
        QList<PreCheck> out;
        std::optional<sqlite::Database> db;
        QString openError;
        if (database) {
            auto opened = sqlite::Database::openOriginal(before);
            if (opened)
                db = std::move(*opened);
            else
                openError = opened.error().message;
        }
        for (const plan::DataCheck& check : plan::DataCheck::forChangeSet(set)) {
            PreCheck p { check, -1, {} };
            if (db) {
                auto n = db->scalar(check.countSql);
                if (n)
                    p.count = n->toLongLong();
                else
                    p.error = n.error().message;
            } else {
                p.error = database ? openError : QStringLiteral("BEFORE is not a database: nothing to count");
            }
            out << p;
        }
        return out;
    }

    // The plan is what will run, so the plan is what is linted: as the Flyway migrations
    // `godwit plan --format flyway` writes (with their .conf files), started from BEFORE's data.
    Result<lint::LintReport> lintPlan(const plan::MigrationPlan& plan, const QString& before, bool database)
    {
        if (plan.isEmpty())
            return lint::LintReport {};
        QTemporaryDir folder;
        if (!folder.isValid())
            return fail(Error::Code::Io, QStringLiteral("cannot create a temporary folder for the lint run"));
        if (auto written = plan::FlywayExporter::write(plan, folder.path()); !written)
            return std::unexpected(written.error());
        lint::LintOptions options;
        if (database)
            options.database = before;
        auto report = lint::Linter::lintPath(folder.path(), options);
        if (!report)
            return std::unexpected(report.error());
        auto local = [](QString& file) { file = QFileInfo(file).fileName(); };
        for (QString& f : report->files)
            local(f);
        for (lint::LintFinding& f : report->findings)
            local(f.file);
        for (lint::LintFinding& f : report->suppressed)
            local(f.file);
        return report;
    }

    Result<queries::QueryReport> explainQueries(
        const ReviewRequest& request, const diff::ChangeSet& set, const QTemporaryDir& work)
    {
        auto list = queries::QueryList::readFile(request.queries);
        if (!list)
            return std::unexpected(list.error());
        queries::QueryImpact::Request q;
        q.database = request.before;
        q.queries = *list;
        q.indexCost = true;
        q.workFolder = work.path();
        if (QFileInfo(request.after).isDir()) {
            // A migrations folder is not a schema file: the schema it leads to, written as DDL.
            QString ddl;
            for (const schema::Table& t : set.after.tables) {
                ddl += (t.sql.isEmpty() ? schema::DdlGenerator::createTable(t) : t.sql) + QStringLiteral(";\n");
                for (const schema::Index& i : t.indexes) {
                    if (i.origin == schema::IndexOrigin::CreateIndex)
                        ddl += (i.sql.isEmpty() ? schema::DdlGenerator::createIndex(i) : i.sql) + QStringLiteral(";\n");
                }
            }
            q.after = work.filePath(QStringLiteral("after.sql"));
            if (auto saved = TextFile::write(q.after, ddl); !saved)
                return std::unexpected(saved.error());
        } else {
            q.after = request.after;
        }
        return queries::QueryImpact::run(q, [&](int, int) { return !cancelled(request); });
    }

    RehearsalSample sampleOf(double seconds, const rehearsal::RehearsalSnapshot& s)
    {
        // The window's rehearsal charts' readings, except that the backfill rate is the measured
        // one even while throttled: a printed chart has no status line to say why it dropped.
        const bool backfilling = s.current >= 0 && s.current < s.phases.size()
            && s.phases[s.current].phase == rehearsal::RehearsalPhase::Backfill;
        RehearsalSample r;
        r.seconds = seconds;
        r.backfillRowsPerSecond = backfilling ? s.backfill.rowsPerSecond : 0.0;
        r.p50Ms = std::max(s.workload.reads.p50Ms, s.workload.writes.p50Ms);
        r.p95Ms = std::max(s.workload.reads.p95Ms, s.workload.writes.p95Ms);
        r.p99Ms = s.workload.p99Ms();
        r.driftRows = s.drift ? double(*s.drift) : 0.0;
        r.rowsPerRow = s.amplification.rowsPerRow();
        r.pagesPerRow = s.amplification.pagesPerRow();
        return r;
    }

    Result<ReviewRehearsal> rehearse(const ReviewRequest& request, const plan::MigrationPlan& plan)
    {
        rehearsal::RehearsalOptions options = request.rehearsal;
        options.originalPath = request.before;
        rehearsal::RehearsalRunner runner(rehearsal::RehearsalPlan::fromMigrationPlan(plan), options);
        ReviewRehearsal out;
        Result<rehearsal::RehearsalResult> result = fail(Error::Code::Cancelled, QStringLiteral("not run"));
        std::atomic_bool done { false };
        std::thread worker([&] {
            result = runner.run();
            done.store(true);
        });
        // Ten samples a second: a backfill of a small table is over in well under a second.
        int tick = 0;
        while (!done.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (cancelled(request))
                runner.controls().cancel();
            if (++tick % 2 != 0)
                continue;
            const rehearsal::RehearsalSnapshot s = runner.snapshot();
            if (s.running && s.current >= 0)
                out.samples << sampleOf(s.elapsedMs / 1000.0, s);
            tell(request, QStringLiteral("rehearsing: %1").arg(s.statusLine().toString()));
        }
        worker.join();
        if (!result)
            return std::unexpected(result.error());
        if (result->cancelled)
            return fail(Error::Code::Cancelled, QStringLiteral("the rehearsal was cancelled"));
        out.result = *result;
        return out;
    }

} // namespace

Result<std::pair<QString, qint64>> ReviewBuilder::fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::PermissionDenied, QStringLiteral("cannot read: %1").arg(file.errorString()), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(Error::Code::Io, QStringLiteral("cannot read: %1").arg(file.errorString()), path);
    return std::pair { QString::fromLatin1(hash.result().toHex()), file.size() };
}

Result<ReviewReport> ReviewBuilder::build(const ReviewRequest& request)
{
    ReviewReport report;
    ReviewHeader& h = report.header;
    h.before = request.before;
    h.after = request.after;
    h.answers = request.answers;
    h.queries = request.queries;
    h.generated = QDateTime::currentDateTime();
    h.godwitVersion = request.godwitVersion;

    tell(request, QStringLiteral("reading"));
    const bool database = isDatabase(request.before);
    if (request.rehearse && !database)
        return fail(Error::Code::InvalidArgument,
            QStringLiteral("--rehearse needs BEFORE to be a database (the rehearsal runs on a copy of its data)"),
            request.before);
    if (!request.queries.isEmpty() && !database)
        return fail(Error::Code::InvalidArgument,
            QStringLiteral("--queries needs BEFORE to be a database (the plans are explained on its data)"),
            request.before);
    plan::Answers answers = request.answerValues.value_or(plan::Answers {});
    if (!request.answerValues && !request.answers.isEmpty()) {
        auto read = plan::AnswersJson::readFile(request.answers);
        if (!read)
            return std::unexpected(read.error());
        answers = *read;
    }
    if (!request.queries.isEmpty()) {
        auto list = queries::QueryList::readFile(request.queries);
        if (!list)
            return std::unexpected(list.error());
        for (const queries::Query& q : list->queries())
            answers.queries << q.sql;
    }
    schema::ReadOptions readOptions;
    readOptions.rowCounts = schema::ReadOptions::RowCounts::Estimate;
    auto [before, after] = migrations::MigratedSchema::readSources(request.before, request.after, readOptions);
    if (!before)
        return std::unexpected(before.error());
    if (!after)
        return std::unexpected(after.error());
    if (QFileInfo(request.before).isFile()) {
        auto digest = fileDigest(request.before);
        if (!digest)
            return std::unexpected(digest.error());
        std::tie(h.originalSha256, h.originalSize) = *digest;
    }
    if (auto db = sqlite::Database::openMemory())
        h.sqliteVersion = db->scalar(QStringLiteral("SELECT sqlite_version()")).value_or(QVariant()).toString();

    tell(request, QStringLiteral("planning"));
    diff::DiffOptions diffOptions;
    diffOptions.renames = request.renames;
    diffOptions.acceptedRenames = request.acceptedRenames;
    diffOptions.rejectedRenames = request.rejectedRenames;
    report.changes = diff::SchemaDiff::compare(*before, *after, diffOptions);
    report.plan = plan::PlanBuilder::build(report.changes, answers);
    const plan::DecisionTree tree = plan::DecisionTree::schemaMigration();
    for (const plan::DecisionWalk& walk : report.plan.walks) {
        auto svg = layout::GraphvizLayout::renderSvg(plan::DecisionTreeDotWriter::write(tree, &walk));
        report.walkDiagrams << WalkDiagram { walk.id, svg.value_or(QByteArray()) };
    }
    if (request.drawDiagram) {
        auto svg = request.drawDiagram(report.changes);
        if (!svg)
            return std::unexpected(svg.error());
        report.erDiagramSvg = *svg;
    }

    tell(request, QStringLiteral("checking the data"));
    report.preChecks = countPreChecks(report.changes, request.before, database);
    auto lint = lintPlan(report.plan, request.before, database);
    if (!lint)
        return std::unexpected(lint.error());
    report.lint = *lint;
    report.lintSource = QStringLiteral("the plan as Flyway migrations (godwit plan --format flyway)");

    if (!request.queries.isEmpty()) {
        tell(request, QStringLiteral("explaining the queries"));
        QTemporaryDir work;
        auto q = explainQueries(request, report.changes, work);
        if (!q)
            return std::unexpected(q.error());
        report.queries = *q;
    }
    if (cancelled(request))
        return fail(Error::Code::Cancelled, QStringLiteral("cancelled"));
    if (request.rehearse && !report.plan.isEmpty()) {
        tell(request, QStringLiteral("rehearsing"));
        auto r = rehearse(request, report.plan);
        if (!r)
            return std::unexpected(r.error());
        report.rehearsal = *r;
    }
    return report;
}

} // namespace godwit::report
