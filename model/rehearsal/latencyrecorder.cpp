// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencyrecorder.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace godwit::rehearsal {

namespace {
    constexpr int kSubBuckets = 32; // per power of two: 1/32 ≈ 3% resolution
    constexpr int kMagnitudes = 40; // up to 2^40 µs (~12 days)
} // namespace

LatencyRecorder::LatencyRecorder()
    : m_buckets(kSubBuckets * kMagnitudes, 0)
{
}

int LatencyRecorder::bucketOf(qint64 us)
{
    if (us < kSubBuckets)
        return static_cast<int>(std::max<qint64>(us, 0));
    const int magnitude = std::bit_width(static_cast<quint64>(us)) - 1; // floor(log2)
    const int shift = magnitude - 5; // keep 5 bits below the leading one
    const int sub = static_cast<int>((us >> shift) & (kSubBuckets - 1));
    return std::min((magnitude - 4) * kSubBuckets + sub, kSubBuckets * kMagnitudes - 1);
}

qint64 LatencyRecorder::bucketUpperBound(int bucket)
{
    if (bucket < kSubBuckets)
        return bucket;
    const int magnitude = bucket / kSubBuckets + 4;
    const int sub = bucket % kSubBuckets;
    const int shift = magnitude - 5;
    return ((qint64(kSubBuckets) + sub + 1) << shift) - 1;
}

void LatencyRecorder::record(qint64 microseconds)
{
    std::scoped_lock lock(m_mutex);
    ++m_buckets[bucketOf(microseconds)];
    ++m_count;
    m_sum += microseconds;
    m_max = std::max(m_max, microseconds);
}

void LatencyRecorder::reset()
{
    std::scoped_lock lock(m_mutex);
    std::ranges::fill(m_buckets, 0);
    m_count = m_sum = m_max = 0;
}

qint64 LatencyRecorder::count() const
{
    std::scoped_lock lock(m_mutex);
    return m_count;
}

double LatencyRecorder::percentileMs(double percentile) const
{
    std::scoped_lock lock(m_mutex);
    if (m_count == 0)
        return 0;
    const qint64 rank = std::max<qint64>(1, static_cast<qint64>(std::ceil(percentile / 100.0 * double(m_count))));
    qint64 seen = 0;
    for (int b = 0; b < m_buckets.size(); ++b) {
        seen += m_buckets[b];
        if (seen >= rank)
            return std::min(bucketUpperBound(b), m_max) / 1000.0;
    }
    return m_max / 1000.0;
}

double LatencyRecorder::maxMs() const
{
    std::scoped_lock lock(m_mutex);
    return m_max / 1000.0;
}

double LatencyRecorder::meanMs() const
{
    std::scoped_lock lock(m_mutex);
    return m_count == 0 ? 0 : double(m_sum) / double(m_count) / 1000.0;
}

void LatencyRecorder::merge(const LatencyRecorder& other)
{
    if (&other == this)
        return;
    std::scoped_lock lock(m_mutex, other.m_mutex);
    for (int b = 0; b < m_buckets.size(); ++b)
        m_buckets[b] += other.m_buckets[b];
    m_count += other.m_count;
    m_sum += other.m_sum;
    m_max = std::max(m_max, other.m_max);
}

} // namespace godwit::rehearsal
