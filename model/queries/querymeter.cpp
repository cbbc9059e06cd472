// SPDX-License-Identifier: GPL-3.0-or-later
#include "querymeter.h"

#include "sqlite/database.h"

#include <algorithm>
#include <vector>

#include <QElapsedTimer>

namespace godwit::queries {

QueryMeasurement QueryMeter::measure(
    const sqlite::Database& db, const QString& sql, const QVariantList& parameters, const Options& options)
{
    QueryMeasurement m;
    auto st = db.prepare(sql);
    if (!st) {
        m.error = st.error().message;
        return m;
    }
    for (int i = 1; i <= st->parameterCount(); ++i) {
        if (auto r = st->bind(i, parameters.value(i - 1)); !r) {
            m.error = r.error().message;
            return m;
        }
    }
    const bool writes = !st->isReadOnly();
    std::vector<double> times;
    const int runs = std::max(1, options.runs);
    for (int run = 0; run <= runs; ++run) {
        if (writes) {
            if (auto r = db.exec(QStringLiteral("SAVEPOINT godwit_measure")); !r) {
                m.error = r.error().message;
                return m;
            }
        }
        st->reset();
        st->resetCounters();
        qint64 rows = 0;
        QElapsedTimer timer;
        timer.start();
        Result<bool> row;
        while ((row = st->step()) && *row)
            ++rows;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const auto counters = st->counters();
        st->reset(); // a finished statement still counts as pending until reset; ROLLBACK TO needs none
        if (writes) {
            rows = db.changes();
            // Undo the run so the next one finds the same rows (and the copy stays as it was).
            if (auto r = db.exec(QStringLiteral("ROLLBACK TO godwit_measure; RELEASE godwit_measure")); !r) {
                m.error = r.error().message;
                return m;
            }
        }
        if (!row) {
            m.error = row.error().message;
            return m;
        }
        if (run == 0) // the warm-up run fills the page cache; it is not timed
            continue;
        times.push_back(ms);
        m.rows = rows;
        m.vmSteps = counters.vmSteps;
        m.fullScanSteps = counters.fullScanSteps;
        m.sorts = counters.sorts;
        m.autoIndexes = counters.autoIndexes;
    }
    std::sort(times.begin(), times.end());
    m.runs = int(times.size());
    m.minMs = times.front();
    m.maxMs = times.back();
    const size_t mid = times.size() / 2;
    m.medianMs = times.size() % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
    return m;
}

} // namespace godwit::queries
