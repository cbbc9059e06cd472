// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadsimulator.h"

#include "schema/identifier.h"
#include "sqlite/database.h"

#include <chrono>
#include <random>

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace godwit::rehearsal {

using queries::QueryKind;
using Clock = std::chrono::steady_clock;

namespace {

    qint64 nowNs()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
    }

    QString isoUtc(qint64 secondsSinceEpoch)
    {
        return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
    }

    int kindIndex(QueryKind kind) { return kind == QueryKind::Write ? 1 : 0; }

    LatencySummary summarize(const LatencyRecorder& r)
    {
        return { r.count(), r.percentileMs(50), r.percentileMs(95), r.percentileMs(99), r.maxMs() };
    }

} // namespace

struct WorkloadSimulator::PhaseCounters {
    LatencyRecorder latency[2][2]; // [read/write][old/new]
    std::atomic<qint64> errors[2][2] {};
    std::atomic<qint64> nullReads[2] {};
    std::atomic<qint64> writes { 0 };
    std::atomic<qint64> rowsDirect { 0 };
    std::atomic<qint64> rowsTotal { 0 };
    std::atomic<qint64> pages { 0 };
    mutable std::mutex errorMutex;
    QString firstError[2];
};

// One thread's connection and statement cache.
class WorkloadSimulator::Client {
public:
    Client(WorkloadSimulator& owner, sqlite::Database db, quint64 seed)
        : m_owner(owner)
        , m_db(std::move(db))
        , m_rng(seed)
    {
    }

    void perform(const WorkloadOperation& op, bool newVersion)
    {
        std::shared_lock gate(m_owner.m_gate);
        const int kind = kindIndex(op.kind);
        const int version = newVersion ? 1 : 0;
        PhaseCounters& counters = m_owner.m_counters[m_owner.m_phase.load()];
        const qint64 totalBefore = m_db.totalChanges();
        const qint64 pagesBefore = m_db.pagesWritten();
        const qint64 start = nowNs();
        qint64 direct = 0;
        bool sawNull = false;
        QString error;
        m_bound.clear();
        const bool transaction = op.statements.size() > 1;
        if (transaction) {
            if (auto r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
                error = r.error().message;
        }
        // A shadow table's statements follow the swap, not the client's version.
        const bool newShape = op.swapMarker.isEmpty() ? newVersion : m_owner.m_swapped.load();
        qint64 newKey = 0;
        for (const WorkloadStatement& ws : op.statements) {
            if (!error.isEmpty())
                break;
            const QString& sql = ws.sql(newShape);
            const QString& nullColumn = newVersion ? op.nullColumnNew : op.nullColumnOld;
            const int rows = run(op, sql, nullColumn, newKey, &sawNull, &error);
            if (op.kind == QueryKind::Write && error.isEmpty()) {
                direct += rows;
                // :new_key is the row the operation's first INSERT created (the order, not its items).
                if (newKey == 0 && rows > 0 && sql.contains(QLatin1String("INSERT"), Qt::CaseInsensitive))
                    newKey = m_db.lastInsertRowId();
            }
        }
        if (transaction && m_db.isInTransaction()) {
            if (!error.isEmpty())
                (void)m_db.exec(QStringLiteral("ROLLBACK"));
            else if (auto r = m_db.exec(QStringLiteral("COMMIT")); !r) {
                error = r.error().message;
                (void)m_db.exec(QStringLiteral("ROLLBACK"));
            }
        }
        // Not a NULL read when the old shape has NULL there too: the value is NULL, not missing.
        if (sawNull && newVersion && !op.nullProbe.isEmpty())
            sawNull = probe(op, op.nullProbe);
        const qint64 micros = (nowNs() - start) / 1000;
        if (!error.isEmpty()) {
            counters.errors[kind][version].fetch_add(1);
            std::scoped_lock lock(counters.errorMutex);
            if (counters.firstError[version].isEmpty())
                counters.firstError[version] = QStringLiteral("%1: %2").arg(op.name, error);
            return;
        }
        counters.latency[kind][version].record(micros);
        if (sawNull)
            counters.nullReads[version].fetch_add(1);
        if (op.kind == QueryKind::Write) {
            counters.writes.fetch_add(1);
            counters.rowsDirect.fetch_add(direct);
            counters.rowsTotal.fetch_add(m_db.totalChanges() - totalBefore);
            counters.pages.fetch_add(m_db.pagesWritten() - pagesBefore);
            if (newKey > 0) {
                if (auto it = m_owner.m_keys.find(schema::identifierKey(op.table)); it != m_owner.m_keys.end())
                    it->second.max.store(std::max(it->second.max.load(), newKey));
            }
        }
        m_owner.recordRecent(micros, op.kind == QueryKind::Write);
    }

private:
    // Runs one statement; returns the rows it changed (writes), sets `sawNull` when a result row
    // has NULL in `nullColumn`, and `error` on failure.
    int run(const WorkloadOperation& op, const QString& sql, const QString& nullColumn, qint64 newKey, bool* sawNull,
        QString* error)
    {
        auto st = statement(sql);
        if (!st) {
            *error = st.error().message;
            return 0;
        }
        const std::shared_ptr<sqlite::Statement> held = *st; // stays valid if the cache drops it
        sqlite::Statement& s = *held;
        for (int i = 1; i <= s.parameterCount(); ++i) {
            if (auto r = s.bind(i, parameter(op, s.parameterName(i), newKey)); !r)
                *error = r.error().message;
        }
        int nullIndex = -1;
        if (!nullColumn.isEmpty()) {
            for (int c = 0; c < s.columnCount(); ++c) {
                if (schema::sameIdentifier(s.columnName(c), nullColumn))
                    nullIndex = c;
            }
        }
        while (error->isEmpty()) {
            auto row = s.step();
            if (!row) {
                *error = row.error().message;
                m_cache.remove(sql); // prepared against a schema that has changed under it
                break;
            }
            if (!*row)
                break;
            if (nullIndex >= 0 && s.isNull(nullIndex))
                *sawNull = true;
        }
        s.reset();
        return error->isEmpty() && op.kind == QueryKind::Write ? m_db.changes() : 0;
    }

    // True when `sql`, with the operation's parameter values, returns a row. A probe that fails
    // (the old shape is gone) says nothing, so it counts as no row.
    bool probe(const WorkloadOperation& op, const QString& sql)
    {
        auto st = statement(sql);
        if (!st)
            return false;
        sqlite::Statement& s = **st;
        for (int i = 1; i <= s.parameterCount(); ++i)
            (void)s.bind(i, parameter(op, s.parameterName(i), 0));
        auto row = s.step();
        s.reset();
        return row && *row;
    }

    Result<std::shared_ptr<sqlite::Statement>> statement(const QString& sql)
    {
        auto it = m_cache.find(sql);
        if (it == m_cache.end()) {
            auto st = m_db.prepare(sql);
            if (!st)
                return std::unexpected(st.error());
            it = m_cache.insert(sql, std::make_shared<sqlite::Statement>(std::move(*st)));
        }
        return *it;
    }

    QVariant parameter(const WorkloadOperation& op, const QString& name, qint64 newKey)
    {
        if (auto it = m_bound.find(name); it != m_bound.end())
            return *it;
        const QVariant value = draw(op, name, newKey);
        if (name != QLatin1String(":new_key"))
            m_bound.insert(name, value);
        return value;
    }

    QVariant draw(const WorkloadOperation& op, const QString& name, qint64 newKey)
    {
        const QString n = name.mid(1);
        for (const WorkloadPick& p : op.picks) {
            if (p.parameter == n) {
                auto it = m_owner.m_picks.find(
                    schema::identifierKey(p.table) + QLatin1Char('.') + schema::identifierKey(p.column));
                if (it == m_owner.m_picks.end() || it->second.isEmpty())
                    return {};
                return it->second.at(std::uniform_int_distribution<qsizetype>(0, it->second.size() - 1)(m_rng));
            }
        }
        if (n == QLatin1String("serial"))
            return m_owner.m_serial.fetch_add(1) + 1;
        if (n == QLatin1String("first_new_key")) {
            auto it = m_owner.m_keys.find(schema::identifierKey(op.table));
            return it == m_owner.m_keys.end() ? QVariant(std::numeric_limits<qint64>::max())
                                              : QVariant(it->second.firstNew);
        }
        auto between
            = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, std::max(lo, hi))(m_rng); };
        if (n == QLatin1String("key") || n == QLatin1String("other_key")) {
            auto it = m_owner.m_keys.find(schema::identifierKey(op.table));
            return it == m_owner.m_keys.end() ? QVariant(0)
                                              : QVariant(between(it->second.min.load(), it->second.max.load()));
        }
        if (n == QLatin1String("new_key"))
            return newKey;
        if (n == QLatin1String("now"))
            return isoUtc(QDateTime::currentSecsSinceEpoch());
        if (n == QLatin1String("eta"))
            return isoUtc(QDateTime::currentSecsSinceEpoch() + between(2, 7) * 86400 + between(0, 86399));
        if (n == QLatin1String("amount"))
            return double(between(500, 50000)) / 100.0;
        if (n == QLatin1String("item"))
            return between(1, 9000);
        if (n.startsWith(QLatin1String("pick_"))) {
            auto it = m_owner.m_picks.find(
                schema::identifierKey(op.table) + QLatin1Char('.') + schema::identifierKey(n.mid(5)));
            if (it != m_owner.m_picks.end() && !it->second.isEmpty())
                return it->second.at(between(0, it->second.size() - 1));
        }
        return {};
    }

    WorkloadSimulator& m_owner;
    sqlite::Database m_db;
    std::mt19937_64 m_rng;
    QHash<QString, std::shared_ptr<sqlite::Statement>> m_cache;
    QHash<QString, QVariant> m_bound; // this operation's parameter values, by name
};

WorkloadSimulator::WorkloadSimulator(QString databasePath, WorkloadProfile profile, Options options)
    : m_path(std::move(databasePath))
    , m_profile(std::move(profile))
    , m_options(options)
    , m_rate(options.rate)
    , m_counters(new PhaseCounters[MaxPhases])
{
}

WorkloadSimulator::~WorkloadSimulator() { stop(); }

// Key ranges and the values :pick_ parameters draw from. A table that is not there (a resumed
// rehearsal after the contract) gets no range and no values: its operations then fail visibly.
Result<void> WorkloadSimulator::sample(sqlite::Database& db)
{
    auto values = [&](const QString& table, const QString& column) {
        const QString key = schema::identifierKey(table) + QLatin1Char('.') + schema::identifierKey(column);
        if (m_picks.contains(key))
            return;
        QVariantList out;
        auto st = db.prepare(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL LIMIT 2000")
                                 .arg(schema::quoteIdentifier(column), schema::quoteIdentifier(table)));
        if (st)
            (void)st->forEachRow([&](const sqlite::Statement& row) { out << row.value(0); });
        m_picks[key] = out;
    };
    static const QRegularExpression pick(QStringLiteral(":pick_([A-Za-z0-9_]+)"));
    for (const WorkloadOperation& op : m_profile.operations) {
        const QString table = schema::identifierKey(op.table);
        if (!m_keys.contains(table)) {
            const QString k = schema::sameIdentifier(op.keyColumn, u"rowid") ? QStringLiteral("rowid")
                                                                             : schema::quoteIdentifier(op.keyColumn);
            KeyRange& range = m_keys[table];
            auto st = db.prepare(QStringLiteral("SELECT coalesce(min(%1), 0), coalesce(max(%1), 0) FROM %2")
                                     .arg(k, schema::quoteIdentifier(op.table)));
            if (st && st->step().value_or(false)) {
                range.min.store(st->int64(0));
                range.max.store(st->int64(1));
                range.firstNew = st->int64(1) + 1;
            }
        }
        for (const WorkloadPick& p : op.picks)
            values(p.table, p.column);
        for (const WorkloadStatement& ws : op.statements) {
            for (const QString& sql : { ws.oldSql, ws.newSql }) {
                for (auto it = pick.globalMatch(sql); it.hasNext();)
                    values(op.table, it.next().captured(1));
            }
        }
    }
    return {};
}

Result<void> WorkloadSimulator::start()
{
    if (isRunning())
        return {};
    auto db = sqlite::Database::openWritable(m_path);
    if (!db)
        return std::unexpected(db.error());
    if (auto r = sample(*db); !r)
        return r;
    m_stop.store(false);
    m_startNs = nowNs();
    quint64 seed = m_options.seed;
    for (QueryKind kind : { QueryKind::Read, QueryKind::Write }) {
        if (m_profile.weightOf(kind) <= 0)
            continue;
        auto connection = sqlite::Database::openWritable(m_path);
        if (!connection)
            return std::unexpected(connection.error());
        // An application that uses foreign keys turns them on: the contract must not break them.
        if (auto r = connection->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !r)
            return std::unexpected(r.error());
        auto client = std::make_shared<Client>(*this, std::move(*connection), ++seed);
        m_threads.emplace_back([this, kind, client] {
            const double total = m_profile.weightOf(QueryKind::Read) + m_profile.weightOf(QueryKind::Write);
            const double share = m_profile.weightOf(kind) / total;
            // Each version has its own operations: a table only one shape has is used by that version only.
            QList<const WorkloadOperation*> ops[2];
            std::vector<double> weights[2];
            for (const WorkloadOperation& op : m_profile.operations) {
                if (op.kind != kind)
                    continue;
                for (int v = 0; v < 2; ++v) {
                    const ClientVersions excluded = v == 0 ? ClientVersions::NewOnly : ClientVersions::OldOnly;
                    if (op.versions != excluded) {
                        ops[v] << &op;
                        weights[v].push_back(op.weight);
                    }
                }
            }
            std::mt19937_64 rng(m_options.seed ^ (kind == QueryKind::Write ? 0x77 : 0x55));
            std::discrete_distribution<int> choose[2] { { weights[0].begin(), weights[0].end() },
                { weights[1].begin(), weights[1].end() } };
            auto next = Clock::now();
            while (!m_stop.load()) {
                const double rate = m_rate.load() * share;
                if (rate <= 0) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    next = Clock::now();
                    continue;
                }
                const bool newVersion = std::uniform_real_distribution<double>(0, 100)(rng) < m_rollout.load();
                const int v = newVersion ? 1 : 0;
                if (!ops[v].isEmpty())
                    client->perform(*ops[v][choose[v](rng)], newVersion);
                next += std::chrono::nanoseconds(static_cast<qint64>(1e9 / rate));
                const auto now = Clock::now();
                // An open-loop schedule, but a stall does not turn into a burst: at most 1 s behind.
                if (now - next > std::chrono::seconds(1))
                    next = now;
                if (next > now)
                    std::this_thread::sleep_until(std::min(next, now + std::chrono::milliseconds(50)));
            }
        });
    }
    return {};
}

void WorkloadSimulator::swap(const std::function<bool()>& work)
{
    std::unique_lock gate(m_gate);
    if (work())
        m_swapped.store(true);
}

void WorkloadSimulator::stop()
{
    m_stop.store(true);
    for (std::thread& t : m_threads) {
        if (t.joinable())
            t.join();
    }
    m_threads.clear();
}

void WorkloadSimulator::recordRecent(qint64 micros, bool write)
{
    const qint64 now = nowNs();
    std::scoped_lock lock(m_recentMutex);
    m_recent.push_back({ now, micros, write });
    while (!m_recent.empty() && m_recent.front().atNs < now - 1'000'000'000)
        m_recent.pop_front();
}

WorkloadSimulator::Recent WorkloadSimulator::recent() const
{
    LatencyRecorder reads;
    LatencyRecorder writes;
    const qint64 now = nowNs();
    qint64 count = 0;
    {
        std::scoped_lock lock(m_recentMutex);
        for (const Sample& s : m_recent) {
            if (s.atNs < now - 1'000'000'000)
                continue;
            (s.write ? writes : reads).record(s.micros);
            ++count;
        }
    }
    Recent r;
    const double window = std::clamp((now - m_startNs) / 1e9, 0.001, 1.0);
    r.operationsPerSecond = double(count) / window;
    r.reads = summarize(reads);
    r.writes = summarize(writes);
    return r;
}

WorkloadSummary WorkloadSimulator::summary(int phase, double seconds) const
{
    const PhaseCounters& c = m_counters[std::clamp(phase, 0, MaxPhases - 1)];
    WorkloadSummary s;
    LatencyRecorder reads;
    LatencyRecorder writes;
    for (int v = 0; v < 2; ++v) {
        reads.merge(c.latency[0][v]);
        writes.merge(c.latency[1][v]);
    }
    s.reads = summarize(reads);
    s.writes = summarize(writes);
    for (int v = 0; v < 2; ++v) {
        VersionSummary& vs = v == 0 ? s.oldVersion : s.newVersion;
        LatencyRecorder all;
        all.merge(c.latency[0][v]);
        all.merge(c.latency[1][v]);
        vs.reads = c.latency[0][v].count() + c.errors[0][v].load();
        vs.writes = c.latency[1][v].count() + c.errors[1][v].load();
        vs.errors = c.errors[0][v].load() + c.errors[1][v].load();
        vs.nullReads = c.nullReads[v].load();
        vs.latency = summarize(all);
        std::scoped_lock lock(c.errorMutex);
        vs.firstError = c.firstError[v];
    }
    s.operations = s.oldVersion.reads + s.oldVersion.writes + s.newVersion.reads + s.newVersion.writes;
    s.operationsPerSecond = seconds > 0 ? double(s.operations) / seconds : 0;
    return s;
}

WriteAmplification WorkloadSimulator::amplification(int phase) const
{
    const PhaseCounters& c = m_counters[std::clamp(phase, 0, MaxPhases - 1)];
    return { c.writes.load(), c.rowsDirect.load(), c.rowsTotal.load(), c.pages.load() };
}

qint64 WorkloadSimulator::triggerRows() const
{
    qint64 rows = 0;
    for (int p = 0; p < MaxPhases; ++p)
        rows += m_counters[p].rowsTotal.load() - m_counters[p].rowsDirect.load();
    return rows;
}

} // namespace godwit::rehearsal
