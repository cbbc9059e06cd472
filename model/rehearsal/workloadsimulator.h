// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "latencyrecorder.h"
#include "rehearsalresult.h"
#include "workloadprofile.h"

#include <algorithm>
#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <thread>

#include <QDateTime>
#include <QString>
#include <QVariantList>

namespace godwit::sqlite {
class Database;
}

namespace godwit::rehearsal {

// The simulated application: a reader thread and a writer thread, each with its own connection
// to the working copy, running the profile's operations at a target rate. Each operation is
// done by the old or the new client version (the rollout percentage decides), so the metrics
// show what each version sees while the migration runs: latency, errors, NULL reads.
class WorkloadSimulator final {
public:
    static constexpr int MaxPhases = 16;

    struct Options {
        double rate = 200; // operations per second, reads and writes together
        quint64 seed = 20261125;
    };

    // What the last second looked like, for the status line, the throttle and the charts.
    struct Recent {
        double operationsPerSecond = 0;
        LatencySummary reads;
        LatencySummary writes;
        [[nodiscard]] double p99Ms() const { return std::max(reads.p99Ms, writes.p99Ms); }
    };

    WorkloadSimulator(QString databasePath, WorkloadProfile profile, Options options);
    ~WorkloadSimulator();
    WorkloadSimulator(const WorkloadSimulator&) = delete;
    WorkloadSimulator& operator=(const WorkloadSimulator&) = delete;

    // Opens the connections, samples key ranges and values, starts the threads.
    [[nodiscard]] Result<void> start();
    void stop();
    [[nodiscard]] bool isRunning() const { return !m_threads.empty(); }

    void setRolloutPercent(double percent) { m_rollout.store(std::clamp(percent, 0.0, 100.0)); }
    [[nodiscard]] double rolloutPercent() const { return m_rollout.load(); }
    void setRate(double operationsPerSecond) { m_rate.store(std::max(0.0, operationsPerSecond)); }
    [[nodiscard]] double rate() const { return m_rate.load(); }
    // Operations from now on count towards phase `index` (0..MaxPhases-1).
    void setPhase(int index) { m_phase.store(std::clamp(index, 0, MaxPhases - 1)); }
    // Runs `work` (the contract, with its swaps) while no operation is in flight; when it
    // succeeds, shadow-table operations move to the new shape: before it every client uses the
    // old shape, after it the new one, so no client meets a shape that is not there.
    void swap(const std::function<bool()>& work);
    void setSwapped(bool swapped) { m_swapped.store(swapped); }

    [[nodiscard]] WorkloadSummary summary(int phase, double seconds) const;
    [[nodiscard]] WriteAmplification amplification(int phase) const;
    [[nodiscard]] Recent recent() const;
    // Rows the database's triggers wrote on behalf of application writes ("Applied" in the status).
    [[nodiscard]] qint64 triggerRows() const;
    [[nodiscard]] const WorkloadProfile& profile() const { return m_profile; }

private:
    struct PhaseCounters;
    struct KeyRange {
        std::atomic<qint64> min { 0 };
        std::atomic<qint64> max { 0 };
        qint64 firstNew = 1; // one above the largest key at the start: rows from here are the application's
    };
    struct Sample {
        qint64 atNs;
        qint64 micros;
        bool write;
    };
    class Client;

    [[nodiscard]] Result<void> sample(sqlite::Database& db);
    void recordRecent(qint64 micros, bool write);

    QString m_path;
    WorkloadProfile m_profile;
    Options m_options;
    std::atomic<double> m_rollout { 0 };
    std::atomic<double> m_rate { 0 };
    std::atomic<int> m_phase { 0 };
    std::atomic_bool m_stop { false };
    std::atomic_bool m_swapped { false };
    // Suffixes that make copied unique text unique: started from the clock, so a resumed or repeated
    // rehearsal on the same copy never meets the suffixes of an earlier run.
    std::atomic<qint64> m_serial { QDateTime::currentMSecsSinceEpoch() * 1000 };
    std::shared_mutex m_gate; // shared: an operation in flight; exclusive: the swap
    std::unique_ptr<PhaseCounters[]> m_counters;
    std::map<QString, KeyRange> m_keys; // by lower-case table name; filled before the threads start
    std::map<QString, QVariantList> m_picks; // "table.column" -> values the table holds
    mutable std::mutex m_recentMutex;
    std::deque<Sample> m_recent;
    std::vector<std::thread> m_threads;
    qint64 m_startNs = 0;
};

} // namespace godwit::rehearsal
