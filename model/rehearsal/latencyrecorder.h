// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <mutex>

#include <QList>

namespace godwit::rehearsal {

// Percentiles of many timings, cheap to record from several threads: a log-linear histogram
// of microseconds (HdrHistogram-style buckets, ~3% resolution) rather than every sample.
class LatencyRecorder final {
public:
    LatencyRecorder();
    void record(qint64 microseconds);
    void reset();
    // A snapshot of everything recorded since the last reset().
    [[nodiscard]] qint64 count() const;
    [[nodiscard]] double percentileMs(double percentile) const; // percentile in [0, 100]
    [[nodiscard]] double maxMs() const;
    [[nodiscard]] double meanMs() const;
    // Merges another recorder's samples into this one.
    void merge(const LatencyRecorder& other);

private:
    [[nodiscard]] static int bucketOf(qint64 microseconds);
    [[nodiscard]] static qint64 bucketUpperBound(int bucket);

    mutable std::mutex m_mutex;
    QList<qint64> m_buckets;
    qint64 m_count = 0;
    qint64 m_sum = 0;
    qint64 m_max = 0;
};

} // namespace godwit::rehearsal
