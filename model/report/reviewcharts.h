// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewreport.h"

#include <QByteArray>

namespace godwit::report {

// The rehearsal dashboard's four charts drawn as standalone SVG from the samples taken while
// it ran: backfill rows/s, workload latency (p50/p95/p99), drift rows, write amplification.
class ReviewCharts final {
public:
    enum class Chart { Backfill, Latency, Drift, Amplification };

    [[nodiscard]] static QList<Chart> all();
    [[nodiscard]] static QString title(Chart chart);
    [[nodiscard]] static QString fileName(Chart chart); // "chart-backfill.svg", ...
    [[nodiscard]] static QByteArray svg(Chart chart, const QList<RehearsalSample>& samples);
    // The smallest "nice" axis top (1, 2 or 5 times a power of ten) at or above `value`.
    [[nodiscard]] static double niceCeiling(double value);
};

} // namespace godwit::report
