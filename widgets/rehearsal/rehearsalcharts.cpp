// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/rehearsal/rehearsalcharts.h"

#include <cmath>

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>

namespace godwit::widgets {

namespace {

    QLineSeries* series(const QString& name, const QColor& color)
    {
        auto* s = new QLineSeries;
        s->setName(name);
        QPen pen(color, 2);
        s->setPen(pen);
        return s;
    }

} // namespace

RehearsalCharts::RehearsalCharts(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rehearsalCharts"));
    // Okabe–Ito colours, as the diagrams use.
    m_backfill = series(tr("rows/s"), QColor(0x00, 0x72, 0xB2));
    m_p50 = series(tr("p50"), QColor(0x00, 0x9E, 0x73));
    m_p95 = series(tr("p95"), QColor(0xE6, 0x9F, 0x00));
    m_p99 = series(tr("p99"), QColor(0xD5, 0x5E, 0x00));
    m_drift = series(tr("rows"), QColor(0xCC, 0x79, 0xA7));
    m_rows = series(tr("rows"), QColor(0x56, 0xB4, 0xE9));
    m_pages = series(tr("pages"), QColor(0x00, 0x00, 0x00));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    QChartView* views[4] = {};
    m_backfillPanel = makePanel(tr("Backfill rows/s"), QStringLiteral("%.0f"), { m_backfill }, &views[0]);
    m_backfillPanel.floor = 1000;
    m_latencyPanel = makePanel(tr("Workload latency (ms)"), QStringLiteral("%.1f"), { m_p50, m_p95, m_p99 }, &views[1]);
    m_driftPanel = makePanel(tr("Drift (rows)"), QStringLiteral("%.0f"), { m_drift }, &views[2]);
    m_driftPanel.floor = 10;
    m_amplificationPanel = makePanel(
        tr("Write amplification (per row written)"), QStringLiteral("%.2f"), { m_rows, m_pages }, &views[3]);
    for (int i = 0; i < 4; ++i)
        grid->addWidget(views[i], i / 2, i % 2);
}

RehearsalCharts::Panel RehearsalCharts::makePanel(
    const QString& title, const QString& labelFormat, const QList<QLineSeries*>& lines, QChartView** view)
{
    Panel panel;
    panel.chart = new QChart;
    panel.chart->setTitle(title);
    panel.chart->setMargins(QMargins(2, 2, 2, 2));
    panel.chart->legend()->setAlignment(Qt::AlignRight);
    panel.chart->legend()->setVisible(lines.size() > 1);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    panel.chart->legend()->setFont(small);
    QFont titleFont = font();
    titleFont.setBold(true);
    panel.chart->setTitleFont(titleFont);
    // Animations would redraw between samples for nothing: the charts change four times a second.
    panel.chart->setAnimationOptions(QChart::NoAnimation);
    panel.x = new QValueAxis;
    panel.x->setLabelFormat(QStringLiteral("%.0f s"));
    panel.x->setLabelsFont(small);
    panel.x->setRange(0, 10);
    panel.y = new QValueAxis;
    panel.y->setLabelFormat(labelFormat);
    panel.y->setLabelsFont(small);
    panel.y->setRange(0, 1);
    panel.x->setTickCount(6);
    panel.chart->addAxis(panel.x, Qt::AlignBottom);
    panel.chart->addAxis(panel.y, Qt::AlignLeft);
    for (QLineSeries* s : lines) {
        panel.chart->addSeries(s);
        s->attachAxis(panel.x);
        s->attachAxis(panel.y);
    }
    *view = new QChartView(panel.chart, this);
    (*view)->setRenderHint(QPainter::Antialiasing);
    (*view)->setMinimumSize(220, 150);
    (*view)->setObjectName(title);
    return panel;
}

void RehearsalCharts::grow(const Panel& panel, double seconds, double value)
{
    if (seconds > panel.x->max()) {
        panel.x->setMax(std::ceil(seconds * 1.25));
        panel.x->applyNiceNumbers();
    }
    if (std::isfinite(value) && value > panel.y->max()) {
        panel.y->setMax(value * 1.2);
        panel.y->applyNiceNumbers();
    }
}

void RehearsalCharts::addSample(double seconds, const rehearsal::RehearsalSnapshot& s)
{
    const bool backfilling = s.current >= 0 && s.current < s.phases.size()
        && s.phases[s.current].phase == rehearsal::RehearsalPhase::Backfill;
    const double rate = backfilling && s.backfill.throttleReason.isEmpty() ? s.backfill.rowsPerSecond : 0.0;
    m_backfill->append(seconds, rate);
    grow(m_backfillPanel, seconds, rate);
    const auto& w = s.workload;
    const double p50 = std::max(w.reads.p50Ms, w.writes.p50Ms);
    const double p95 = std::max(w.reads.p95Ms, w.writes.p95Ms);
    const double p99 = w.p99Ms();
    m_p50->append(seconds, p50);
    m_p95->append(seconds, p95);
    m_p99->append(seconds, p99);
    grow(m_latencyPanel, seconds, p99);
    const double drift = s.drift ? double(*s.drift) : 0.0;
    m_drift->append(seconds, drift);
    grow(m_driftPanel, seconds, drift);
    m_rows->append(seconds, s.amplification.rowsPerRow());
    m_pages->append(seconds, s.amplification.pagesPerRow());
    grow(m_amplificationPanel, seconds, std::max(s.amplification.rowsPerRow(), s.amplification.pagesPerRow()));
    ++m_samples;
}

void RehearsalCharts::clear()
{
    for (QLineSeries* s : { m_backfill, m_p50, m_p95, m_p99, m_drift, m_rows, m_pages })
        s->clear();
    for (const Panel* p : { &m_backfillPanel, &m_latencyPanel, &m_driftPanel, &m_amplificationPanel }) {
        p->x->setRange(0, 10);
        p->y->setRange(0, p->floor);
    }
    m_samples = 0;
}

} // namespace godwit::widgets
