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

    // A writable working copy at `copyPath`, as it is now (analyzed, so plans see its sizes).
    Result<Side> openCopy(const QString& copyPath)
    {
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

    Result<Side> openWritableCopy(const QString& original, const QString& copyPath)
    {
        if (auto r = sqlite::WorkingCopy::create(original, copyPath); !r)
            return std::unexpected(r.error());
        return openCopy(copyPath);
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

    // One QueryImpact::run, one function per stage: the two sides, the plans, the measured runs,
    // the index advice, the findings and the index costs.
    class ImpactRun {
    public:
        ImpactRun(const QueryImpact::Request& request, const QueryImpact::Progress& progress)
            : m_request(request)
            , m_progress(progress)
        {
        }

        Result<QueryReport> run()
        {
            m_report.beforeSource = m_request.database;
            auto opened = openDatabase(m_request.database);
            if (!opened)
                return std::unexpected(opened.error());
            m_before = std::move(*opened);
            if (auto r = prepareFolder(); !r)
                return std::unexpected(r.error());
            if (auto r = openAfter(); !r)
                return std::unexpected(r.error());
            m_report.hasAfter = m_after.has_value();
            m_total = int(m_request.queries.size()) * (m_request.runs > 0 ? 2 : 1) + (m_request.advise ? 1 : 0)
                + (m_request.indexCost ? 1 : 0);
            for (const auto& stage : { &ImpactRun::explainAll, &ImpactRun::measure, &ImpactRun::advise }) {
                if (auto r = (this->*stage)(); !r)
                    return std::unexpected(r.error());
            }
            addFindings();
            if (m_request.indexCost && m_copy) {
                m_report.costs = measureCosts(*m_copy->db, m_copy->schema,
                    touchedTables(m_request.queries, m_copy->schema), m_report.proposals,
                    [&] { return !m_progress || m_progress(m_done, std::max(m_total, m_done)); });
                if (!tick())
                    return std::unexpected(cancelled().error());
            }
            return m_report;
        }

    private:
        Result<void> prepareFolder()
        {
            QString folder = m_request.workFolder;
            if (folder.isEmpty()) {
                m_temporary.emplace();
                if (!m_temporary->isValid())
                    return fail(Error::Code::Io,
                        QStringLiteral("cannot create a temporary folder: %1").arg(m_temporary->errorString()));
                folder = m_temporary->path();
            } else if (!QDir().mkpath(folder)) {
                return fail(Error::Code::Io, QStringLiteral("cannot create the work folder"), folder);
            }
            m_work = QDir(folder);
            m_stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
            return {};
        }

        QString workFile(const char* side) const
        {
            return m_work.filePath(QStringLiteral("queries-%1-%2.db").arg(QLatin1String(side), m_stamp));
        }

        // The after side: a migrated copy, another database, or a target schema on the before side's sizes.
        Result<void> openAfter()
        {
            if (!m_request.migration.isEmpty() && !m_before.hasData)
                return fail(Error::Code::InvalidArgument,
                    QStringLiteral("a migration is applied to a copy of a database, not of a script"),
                    m_request.database);
            Result<Side> side = std::unexpected(Error {});
            if (!m_request.migration.isEmpty()) {
                const QString path = workFile("after");
                if (auto r = sqlite::WorkingCopy::create(m_request.database, path); !r)
                    return std::unexpected(r.error());
                if (auto r = PlannerDatabase::applyMigration(path, m_request.migration, m_request.migrationFileName);
                    !r)
                    return std::unexpected(r.error());
                // applyMigration ran ANALYZE, so the advisor's planner sees the migrated copy's sizes.
                side = openCopy(path);
                m_report.afterSource
                    = m_request.migrationFileName.isEmpty() ? QStringLiteral("migration") : m_request.migrationFileName;
            } else if (!m_request.after.isEmpty()) {
                m_report.afterSource = m_request.after;
                side = openTarget();
            } else {
                return {};
            }
            if (!side)
                return std::unexpected(side.error());
            m_after = std::move(*side);
            return {};
        }

        Result<Side> openTarget()
        {
            if (QueryImpact::isSchemaText(m_request.after)) {
                auto target = schema::SchemaReader::readFile(m_request.after);
                if (!target)
                    return std::unexpected(target.error());
                return plannerSide(*target, m_before);
            }
            auto side = openDatabase(m_request.after);
            // A database without statistics (a schema-only build) plans like its schema with the data's sizes.
            if (side && side->stats.isEmpty())
                return plannerSide(side->schema, m_before);
            if (side && m_request.runs > 0)
                return openWritableCopy(m_request.after, workFile("after"));
            return side;
        }

        bool tick()
        {
            ++m_done;
            return !m_progress || m_progress(m_done, std::max(m_total, m_done));
        }

        static Result<void> cancelled() { return fail(Error::Code::Cancelled, QStringLiteral("cancelled")); }

        Result<void> explainAll()
        {
            for (const Query& q : m_request.queries) {
                QueryResult result;
                result.query = q;
                result.before = QueryPlanner::explain(*m_before.db, q.sql);
                if (m_after) {
                    result.after = QueryPlanner::explain(*m_after->db, q.sql);
                    result.comparison = PlanComparator::compare(result.before, result.after);
                } else {
                    result.comparison.status = result.before.isBroken() ? QueryStatus::Invalid : QueryStatus::Unchanged;
                }
                m_report.queries << result;
                if (!tick())
                    return cancelled();
            }
            return {};
        }

        // Measurements write (in rolled-back savepoints), so they run on a copy of the original.
        Result<void> measure()
        {
            if ((m_request.runs > 0 || m_request.indexCost) && m_before.hasData) {
                auto side = openWritableCopy(m_request.database, workFile("before"));
                if (!side)
                    return std::unexpected(side.error());
                m_copy = std::move(*side);
                m_report.dbstat = IndexCostMeter::hasDbstat(*m_copy->db);
            }
            if (m_request.runs <= 0 || !m_copy)
                return {};
            const QueryMeter::Options options { m_request.runs };
            for (QueryResult& r : m_report.queries) {
                if (!r.before.isBroken()) {
                    r.parameters = ParameterSampler::sample(
                        *m_copy->db, QueryAnalyzer::analyze(r.query.sql, m_copy->schema), m_copy->schema);
                    r.measuredBefore = QueryMeter::measure(*m_copy->db, r.query.sql, r.parameters, options);
                }
                if (m_after && m_after->hasData && m_after->writable && !r.after.isBroken())
                    r.measuredAfter = QueryMeter::measure(*m_after->db, r.query.sql, r.parameters, options);
                if (!tick())
                    return cancelled();
            }
            return {};
        }

        // Advice and findings are about the schema the application will run on: the after side when there is one.
        const Side& target() const { return m_after ? *m_after : m_before; }

        Result<void> advise()
        {
            if (!m_request.advise)
                return {};
            QueryList valid;
            for (const QueryResult& r : std::as_const(m_report.queries)) {
                if (!(m_after ? r.after : r.before).isBroken())
                    valid.add(r.query);
            }
            const Side& side = target();
            auto planner = side.hasData ? PlannerDatabase::build(side.schema, side.stats, side.schema, &*side.db)
                                        : Result<Database>(std::unexpected(Error {}));
            const Database* plannerDb = side.hasData ? (planner ? &*planner : nullptr) : &*side.db;
            if (!plannerDb)
                return std::unexpected(planner.error());
            const Database* data = side.hasData ? &*side.db : &*m_before.db;
            auto proposals = IndexAdvisor::adviseAll(*plannerDb, side.schema, data, valid, IndexAdvisor::Options {});
            if (!proposals)
                return std::unexpected(proposals.error());
            m_report.proposals = *proposals;
            for (const IndexProposal& p : std::as_const(m_report.proposals)) {
                for (QueryResult& r : m_report.queries) {
                    if (p.queries.contains(r.query.name))
                        r.proposals << p.name;
                }
            }
            if (!tick())
                return cancelled();
            return {};
        }

        void addFindings()
        {
            QList<QueryPlan> plans;
            for (const QueryResult& r : std::as_const(m_report.queries))
                plans << (m_after ? r.after : r.before);
            for (const Side* side : { &m_before, m_after ? &*m_after : nullptr }) {
                for (const schema::Table& t : side ? side->schema.tables : QList<schema::Table> {}) {
                    for (const schema::Index& i : t.indexes)
                        m_report.indexTables.insert(i.name, t.name);
                }
            }
            for (const IndexProposal& p : std::as_const(m_report.proposals))
                m_report.indexTables.insert(p.name, p.table);
            const QStringList tables = touchedTables(m_request.queries, target().schema);
            m_report.findings = IndexAdvisor::findings(target().schema, plans, tables);
        }

        const QueryImpact::Request& m_request;
        const QueryImpact::Progress& m_progress;
        QueryReport m_report;
        // Declared before the sides: their databases close before the folder holding them is removed.
        std::optional<QTemporaryDir> m_temporary;
        Side m_before;
        std::optional<Side> m_after;
        std::optional<Side> m_copy;
        QDir m_work;
        QString m_stamp;
        int m_total = 0;
        int m_done = 0;
    };

} // namespace

bool QueryImpact::isSchemaText(const QString& path)
{
    static const QStringList suffixes
        = { QStringLiteral("sql"), QStringLiteral("mmd"), QStringLiteral("mermaid"), QStringLiteral("md") };
    return suffixes.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

Result<QueryReport> QueryImpact::run(const Request& request, const Progress& progress)
{
    return ImpactRun(request, progress).run();
}

} // namespace godwit::queries
