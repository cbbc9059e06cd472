// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryimpact.h"

#include "indexadvisor.h"
#include "indexcostmeter.h"
#include "parametersampler.h"
#include "plancomparator.h"
#include "plannerdatabase.h"
#include "queryanalyzer.h"
#include "querymeter.h"
#include "queryplanner.h"
#include "schema/identifier.h"
#include "schema/schema.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"
#include "sqlite/workingcopy.h"

#include <optional>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace godwit::queries {

namespace {

    using schema::Schema;
    using sqlite::Database;

    // One side of the comparison: the connection plans are asked on, its schema, and whether it
    // holds data (a database or migrated copy) or is an empty planner copy (a script or diagram).
    struct Side {
        std::optional<Database> db;
        Schema schema;
        QList<StatRow> stats;
        bool hasData = false;
        bool writable = false;
    };

    Result<Side> openDatabase(const QString& path)
    {
        Side side;
        if (QueryImpact::isSchemaText(path)) {
            // A schema without data (an example script, a diagram): plans with SQLite's default sizes.
            auto schema = schema::SchemaReader::readFile(path);
            if (!schema)
                return std::unexpected(schema.error());
            auto db = PlannerDatabase::build(*schema, {}, *schema, nullptr);
            if (!db)
                return std::unexpected(db.error());
            side.schema = *schema;
            side.db = std::move(*db);
            side.writable = true;
            return side;
        }
        auto db = Database::openOriginal(path);
        if (!db)
            return std::unexpected(db.error().file.isEmpty() ? db.error().inFile(path) : db.error());
        auto schema = schema::SchemaReader::read(*db);
        if (!schema)
            return std::unexpected(schema.error().inFile(path));
        auto stats = PlannerDatabase::readStats(*db);
        if (!stats)
            return std::unexpected(stats.error().inFile(path));
        side.schema = *schema;
        side.stats = *stats;
        side.db = std::move(*db);
        side.hasData = true;
        return side;
    }

    Result<Side> openWritableCopy(const QString& original, const QString& copyPath)
    {
        if (auto r = sqlite::WorkingCopy::create(original, copyPath); !r)
            return std::unexpected(r.error());
        auto db = Database::openWritable(copyPath);
        if (!db)
            return std::unexpected(db.error());
        Side side;
        auto schema = schema::SchemaReader::read(*db);
        if (!schema)
            return std::unexpected(schema.error());
        auto stats = PlannerDatabase::readStats(*db);
        if (!stats)
            return std::unexpected(stats.error());
        side.schema = *schema;
        side.stats = *stats;
        side.db = std::move(*db);
        side.hasData = side.writable = true;
        return side;
    }

    // The after side from a target schema alone: an empty planner copy with the before side's statistics.
    Result<Side> plannerSide(const Schema& target, const Side& before)
    {
        Side side;
        side.schema = target;
        auto db = PlannerDatabase::build(target, before.stats, before.schema, &*before.db);
        if (!db)
            return std::unexpected(db.error());
        side.db = std::move(*db);
        side.writable = true;
        return side;
    }

    QStringList touchedTables(const QueryList& queries, const Schema& schema)
    {
        QStringList tables;
        for (const Query& q : queries) {
            const QueryShape shape = QueryAnalyzer::analyze(q.sql, schema);
            for (const TableAccess& a : shape.tables) {
                if (!tables.contains(a.table))
                    tables << a.table;
            }
            if (!shape.writeTable.isEmpty() && !tables.contains(shape.writeTable))
                tables << shape.writeTable;
        }
        return tables;
    }

    QList<IndexCost> measureCosts(const Database& copy, const Schema& schema, const QStringList& tables,
        const QList<IndexProposal>& proposals, const std::function<bool()>& keepGoing)
    {
        QList<IndexCost> costs;
        const IndexCostMeter::Options options;
        for (const QString& name : tables) {
            const schema::Table* table = schema.table(name);
            if (!table)
                continue;
            for (const schema::Index& index : table->indexes) {
                if (index.origin != schema::IndexOrigin::CreateIndex)
                    continue;
                costs << IndexCostMeter::measureExisting(copy, *table, index.name, options);
                if (!keepGoing())
                    return costs;
            }
        }
        for (const IndexProposal& p : proposals) {
            const schema::Table* table = schema.table(p.table);
            const QStringList columns = p.keyColumns();
            const bool fits = table
                && std::all_of(columns.begin(), columns.end(), [table](const QString& c) { return table->column(c); });
            if (!fits)
                continue;
            costs << IndexCostMeter::measureProposed(copy, *table, p.name, p.sql, columns, options);
            if (!keepGoing())
                return costs;
        }
        return costs;
    }

} // namespace

bool QueryImpact::isSchemaText(const QString& path)
{
    static const QStringList suffixes
        = { QStringLiteral("sql"), QStringLiteral("mmd"), QStringLiteral("mermaid"), QStringLiteral("md") };
    return suffixes.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

Result<QueryReport> QueryImpact::run(const Request& request, const Progress& progress)
{
    QueryReport report;
    report.beforeSource = request.database;
    auto opened = openDatabase(request.database);
    if (!opened)
        return std::unexpected(opened.error());
    Side before = std::move(*opened);

    std::optional<QTemporaryDir> temporary;
    QString folder = request.workFolder;
    if (folder.isEmpty()) {
        temporary.emplace();
        if (!temporary->isValid())
            return fail(
                Error::Code::Io, QStringLiteral("cannot create a temporary folder: %1").arg(temporary->errorString()));
        folder = temporary->path();
    } else if (!QDir().mkpath(folder)) {
        return fail(Error::Code::Io, QStringLiteral("cannot create the work folder"), folder);
    }
    const QDir work(folder);
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());

    // The after side.
    std::optional<Side> after;
    if (!request.migration.isEmpty() && !before.hasData)
        return fail(Error::Code::InvalidArgument,
            QStringLiteral("a migration is applied to a copy of a database, not of a script"), request.database);
    if (!request.migration.isEmpty()) {
        const QString path = work.filePath(QStringLiteral("queries-after-%1.db").arg(stamp));
        if (auto r = sqlite::WorkingCopy::create(request.database, path); !r)
            return std::unexpected(r.error());
        if (auto r = PlannerDatabase::applyMigration(path, request.migration, request.migrationFileName); !r)
            return std::unexpected(r.error());
        auto db = Database::openWritable(path);
        if (!db)
            return std::unexpected(db.error());
        Side side;
        auto schema = schema::SchemaReader::read(*db);
        if (!schema)
            return std::unexpected(schema.error());
        // applyMigration ran ANALYZE, so the advisor's planner sees the migrated copy's sizes.
        auto stats = PlannerDatabase::readStats(*db);
        if (!stats)
            return std::unexpected(stats.error());
        side.schema = *schema;
        side.stats = *stats;
        side.db = std::move(*db);
        side.hasData = side.writable = true;
        after = std::move(side);
        report.afterSource
            = request.migrationFileName.isEmpty() ? QStringLiteral("migration") : request.migrationFileName;
    } else if (!request.after.isEmpty()) {
        report.afterSource = request.after;
        Result<Side> side = std::unexpected(Error {});
        if (isSchemaText(request.after)) {
            auto target = schema::SchemaReader::readFile(request.after);
            if (!target)
                return std::unexpected(target.error());
            side = plannerSide(*target, before);
        } else {
            side = openDatabase(request.after);
            // A database without statistics (a schema-only build) plans like its schema with the data's sizes.
            if (side && side->stats.isEmpty())
                side = plannerSide(side->schema, before);
            else if (side && request.runs > 0)
                side = openWritableCopy(request.after, work.filePath(QStringLiteral("queries-after-%1.db").arg(stamp)));
        }
        if (!side)
            return std::unexpected(side.error());
        after = std::move(*side);
    }
    report.hasAfter = after.has_value();

    const int total = int(request.queries.size()) * (request.runs > 0 ? 2 : 1) + (request.advise ? 1 : 0)
        + (request.indexCost ? 1 : 0);
    int done = 0;
    auto tick = [&](int, int) { return !progress || progress(++done, std::max(total, done)); };
    auto cancelled = [] { return fail(Error::Code::Cancelled, QStringLiteral("cancelled")); };

    for (const Query& q : request.queries) {
        QueryResult result;
        result.query = q;
        result.before = QueryPlanner::explain(*before.db, q.sql);
        if (after) {
            result.after = QueryPlanner::explain(*after->db, q.sql);
            result.comparison = PlanComparator::compare(result.before, result.after);
        } else {
            result.comparison.status = result.before.isBroken() ? QueryStatus::Invalid : QueryStatus::Unchanged;
        }
        report.queries << result;
        if (!tick(0, 0))
            return cancelled();
    }

    // Measurements write (in rolled-back savepoints), so they run on a copy of the original.
    std::optional<Side> copy;
    if ((request.runs > 0 || request.indexCost) && before.hasData) {
        auto side
            = openWritableCopy(request.database, work.filePath(QStringLiteral("queries-before-%1.db").arg(stamp)));
        if (!side)
            return std::unexpected(side.error());
        copy = std::move(*side);
        report.dbstat = IndexCostMeter::hasDbstat(*copy->db);
    }
    if (request.runs > 0 && copy) {
        const QueryMeter::Options options { request.runs };
        for (QueryResult& r : report.queries) {
            if (!r.before.isBroken()) {
                r.parameters = ParameterSampler::sample(
                    *copy->db, QueryAnalyzer::analyze(r.query.sql, copy->schema), copy->schema);
                r.measuredBefore = QueryMeter::measure(*copy->db, r.query.sql, r.parameters, options);
            }
            if (after && after->hasData && after->writable && !r.after.isBroken())
                r.measuredAfter = QueryMeter::measure(*after->db, r.query.sql, r.parameters, options);
            if (!tick(0, 0))
                return cancelled();
        }
    }

    // Advice and findings are about the schema the application will run on: the after side when there is one.
    const Side& target = after ? *after : before;
    if (request.advise) {
        QueryList valid;
        for (const QueryResult& r : std::as_const(report.queries)) {
            if (!(after ? r.after : r.before).isBroken())
                valid.add(r.query);
        }
        auto planner = target.hasData ? PlannerDatabase::build(target.schema, target.stats, target.schema, &*target.db)
                                      : Result<Database>(std::unexpected(Error {}));
        const Database* plannerDb = target.hasData ? (planner ? &*planner : nullptr) : &*target.db;
        if (!plannerDb)
            return std::unexpected(planner.error());
        const Database* data = target.hasData ? &*target.db : &*before.db;
        auto proposals = IndexAdvisor::adviseAll(*plannerDb, target.schema, data, valid, IndexAdvisor::Options {});
        if (!proposals)
            return std::unexpected(proposals.error());
        report.proposals = *proposals;
        for (const IndexProposal& p : std::as_const(report.proposals)) {
            for (QueryResult& r : report.queries) {
                if (p.queries.contains(r.query.name))
                    r.proposals << p.name;
            }
        }
        if (!tick(0, 0))
            return cancelled();
    }
    QList<QueryPlan> plans;
    for (const QueryResult& r : std::as_const(report.queries))
        plans << (after ? r.after : r.before);
    for (const Side* side : { &before, after ? &*after : nullptr }) {
        for (const schema::Table& t : side ? side->schema.tables : QList<schema::Table> {}) {
            for (const schema::Index& i : t.indexes)
                report.indexTables.insert(i.name, t.name);
        }
    }
    for (const IndexProposal& p : std::as_const(report.proposals))
        report.indexTables.insert(p.name, p.table);
    const QStringList tables = touchedTables(request.queries, target.schema);
    report.findings = IndexAdvisor::findings(target.schema, plans, tables);

    if (request.indexCost && copy) {
        report.costs = measureCosts(*copy->db, copy->schema, touchedTables(request.queries, copy->schema),
            report.proposals, [&] { return !progress || progress(done, std::max(total, done)); });
        if (!tick(0, 0))
            return cancelled();
    }
    return report;
}

} // namespace godwit::queries
