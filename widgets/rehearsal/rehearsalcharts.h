// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rehearsal/rehearsalsnapshot.h"

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace godwit::widgets {

// The live charts of a rehearsal, fed one sample at a time (the dashboard's 4 Hz timer):
// backfill rows/s, the workload's p50/p95/p99 latency, drift rows, and write amplification
// (rows and pages written per row the application changed).
class RehearsalCharts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RehearsalCharts)
public:
    explicit RehearsalCharts(QWidget* parent = nullptr);

    void addSample(double seconds, const rehearsal::RehearsalSnapshot& snapshot);
    void clear();
    [[nodiscard]] qsizetype sampleCount() const { return m_samples; }
    [[nodiscard]] QLineSeries* backfillSeries() const { return m_backfill; }
    [[nodiscard]] QLineSeries* p99Series() const { return m_p99; }
    [[nodiscard]] QLineSeries* driftSeries() const { return m_drift; }
    [[nodiscard]] QLineSeries* pagesSeries() const { return m_pages; }

private:
    struct Panel {
        QChart* chart = nullptr;
        QValueAxis* x = nullptr;
        QValueAxis* y = nullptr;
        double floor = 1; // the smallest top of the y axis
    };
    Panel makePanel(
        const QString& title, const QString& labelFormat, const QList<QLineSeries*>& series, QChartView** view);
    static void grow(const Panel& panel, double seconds, double value);

    Panel m_backfillPanel;
    Panel m_latencyPanel;
    Panel m_driftPanel;
    Panel m_amplificationPanel;
    QLineSeries* m_backfill = nullptr;
    QLineSeries* m_p50 = nullptr;
    QLineSeries* m_p95 = nullptr;
    QLineSeries* m_p99 = nullptr;
    QLineSeries* m_drift = nullptr;
    QLineSeries* m_rows = nullptr;
    QLineSeries* m_pages = nullptr;
    qsizetype m_samples = 0;
};

} // namespace godwit::widgets
