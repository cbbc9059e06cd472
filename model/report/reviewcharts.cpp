// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcharts.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace godwit::report {

namespace {

    constexpr double Width = 520;
    constexpr double Height = 230;
    constexpr double Left = 56;
    constexpr double Right = 12;
    constexpr double Top = 30;
    constexpr double Bottom = 40;

    struct Line {
        QString name;
        QString colour;
        std::function<double(const RehearsalSample&)> value;
    };

    QList<Line> linesOf(ReviewCharts::Chart chart)
    {
        using C = ReviewCharts::Chart;
        switch (chart) {
        case C::Backfill:
            return { { QStringLiteral("rows/s"), QStringLiteral("#1f6feb"),
                [](const RehearsalSample& s) { return s.backfillRowsPerSecond; } } };
        case C::Latency:
            return {
                { QStringLiteral("p50"), QStringLiteral("#2da44e"), [](const RehearsalSample& s) { return s.p50Ms; } },
                { QStringLiteral("p95"), QStringLiteral("#bf8700"), [](const RehearsalSample& s) { return s.p95Ms; } },
                { QStringLiteral("p99"), QStringLiteral("#cf222e"), [](const RehearsalSample& s) { return s.p99Ms; } }
            };
        case C::Drift:
            return { { QStringLiteral("rows"), QStringLiteral("#8250df"),
                [](const RehearsalSample& s) { return s.driftRows; } } };
        case C::Amplification:
            return { { QStringLiteral("rows per row"), QStringLiteral("#1f6feb"),
                         [](const RehearsalSample& s) { return s.rowsPerRow; } },
                { QStringLiteral("pages per row"), QStringLiteral("#bc4c00"),
                    [](const RehearsalSample& s) { return s.pagesPerRow; } } };
        }
        return {};
    }

    QString number(double v)
    {
        if (v != 0 && std::abs(v) < 10)
            return QString::number(v, 'g', 3);
        return QString::number(qRound64(v));
    }

    QString text(double x, double y, const QString& s, const QString& anchor, int size = 11)
    {
        return QStringLiteral(
            "<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"%4\" fill=\"#24292f\">%5</text>\n")
            .arg(x, 0, 'f', 1)
            .arg(y, 0, 'f', 1)
            .arg(size)
            .arg(anchor, s.toHtmlEscaped());
    }

} // namespace

QList<ReviewCharts::Chart> ReviewCharts::all()
{
    return { Chart::Backfill, Chart::Latency, Chart::Drift, Chart::Amplification };
}

QString ReviewCharts::title(Chart chart)
{
    switch (chart) {
    case Chart::Backfill:
        return QStringLiteral("Backfill rate (rows/s)");
    case Chart::Latency:
        return QStringLiteral("Workload latency (ms)");
    case Chart::Drift:
        return QStringLiteral("Drift (rows where new and old disagree)");
    case Chart::Amplification:
        return QStringLiteral("Write amplification (per application row)");
    }
    return {};
}

QString ReviewCharts::fileName(Chart chart)
{
    static const char* names[] = { "backfill", "latency", "drift", "amplification" };
    return QStringLiteral("chart-%1.svg").arg(QLatin1String(names[int(chart)]));
}

double ReviewCharts::niceCeiling(double value)
{
    if (!(value > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : { 1.0, 2.0, 5.0, 10.0 }) {
        if (step * power >= value * (1 - 1e-9))
            return step * power;
    }
    return 10 * power;
}

QByteArray ReviewCharts::svg(Chart chart, const QList<RehearsalSample>& samples)
{
    const QList<Line> lines = linesOf(chart);
    double xMax = 1;
    double yMax = 0;
    for (const RehearsalSample& s : samples) {
        xMax = std::max(xMax, s.seconds);
        for (const Line& l : lines)
            yMax = std::max(yMax, l.value(s));
    }
    yMax = niceCeiling(yMax);
    xMax = niceCeiling(xMax);
    const double plotW = Width - Left - Right;
    const double plotH = Height - Top - Bottom;
    auto px = [&](double x) { return Left + x / xMax * plotW; };
    auto py = [&](double y) { return Top + plotH - y / yMax * plotH; };

    QString out
        = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 "
                         "%2\" font-family=\"Helvetica, Arial, sans-serif\">\n")
              .arg(Width)
              .arg(Height);
    out += QStringLiteral("<title>%1</title>\n").arg(title(chart).toHtmlEscaped());
    out += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n")
               .arg(Width)
               .arg(Height);
    out += text(Left, 18, title(chart), QStringLiteral("start"), 13);
    for (int i = 0; i <= 4; ++i) {
        const double y = yMax * i / 4;
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#d0d7de\" stroke-width=\"1\"/>\n")
                   .arg(Left)
                   .arg(py(y), 0, 'f', 1)
                   .arg(Width - Right);
        out += text(Left - 6, py(y) + 4, number(y), QStringLiteral("end"));
        const double x = xMax * i / 4;
        out += text(px(x), Height - Bottom + 16, number(x), QStringLiteral("middle"));
    }
    out += text(Left + plotW / 2, Height - 6, QStringLiteral("seconds since the rehearsal started"),
        QStringLiteral("middle"), 10);
    out += QStringLiteral(
        "<polyline points=\"%1,%2 %1,%3 %4,%3\" fill=\"none\" stroke=\"#57606a\" stroke-width=\"1\"/>\n")
               .arg(Left)
               .arg(Top)
               .arg(Top + plotH)
               .arg(Width - Right);
    double legendX = Width - Right;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const Line& l = lines[i];
        legendX -= 14 + 7 * l.name.size();
        out += QStringLiteral("<rect x=\"%1\" y=\"9\" width=\"10\" height=\"10\" fill=\"%2\"/>\n")
                   .arg(legendX, 0, 'f', 1)
                   .arg(l.colour);
        out += text(legendX + 13, 18, l.name, QStringLiteral("start"), 10);
        legendX -= 8;
    }
    for (const Line& l : lines) {
        QStringList points;
        for (const RehearsalSample& s : samples)
            points << QStringLiteral("%1,%2").arg(px(s.seconds), 0, 'f', 1).arg(py(l.value(s)), 0, 'f', 1);
        if (points.isEmpty())
            continue;
        out += QStringLiteral("<polyline points=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"1.8\" "
                              "stroke-linejoin=\"round\"><title>%3</title></polyline>\n")
                   .arg(points.join(QLatin1Char(' ')), l.colour, l.name.toHtmlEscaped());
    }
    if (samples.isEmpty())
        out += text(Left + plotW / 2, Top + plotH / 2, QStringLiteral("no samples"), QStringLiteral("middle"));
    out += QStringLiteral("</svg>\n");
    return out.toUtf8();
}

} // namespace godwit::report
