// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusline.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>

namespace godwit::rehearsal {

QString StatusLine::eta() const
{
    if (total <= 0 || copied >= total)
        return copied >= total && total > 0 ? QStringLiteral("0s") : QStringLiteral("N/A");
    const double fraction = double(copied) / double(total);
    if (fraction < 0.01 || (elapsedSeconds <= 0 && rowsPerSecond <= 0))
        return QStringLiteral("N/A");
    // The current rate says more than the average since the start when the backfill was throttled or resumed.
    const qint64 seconds = rowsPerSecond > 0 ? std::llround(double(total - copied) / rowsPerSecond)
                                             : std::llround(elapsedSeconds * (1.0 - fraction) / fraction);
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1m%2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h%2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString StatusLine::stateText() const
{
    if (stateNotes.isEmpty())
        return state.name();
    return QCoreApplication::translate("godwit::rehearsal::RehearsalSnapshot", "%1: %2", "state: notes")
        .arg(state.name(), stateNotes);
}

QString StatusLine::toString() const
{
    const QLocale c = QLocale::c();
    QLocale grouped = QLocale(QLocale::English);
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    const double percent = total > 0 ? 100.0 * double(copied) / double(total) : 0.0;
    // gh-ost's "3 ms": a tenth only where it says something (under 10 ms, and not ".0").
    QString p99 = latencyP99Ms < 10 ? c.toString(latencyP99Ms, 'f', 1) : c.toString(std::llround(latencyP99Ms));
    if (p99.endsWith(QLatin1String(".0")))
        p99.chop(2);
    return QStringLiteral(
        "Copy: %1/%2 %3%; Applied: %4; Backfill rate: %5 rows/s; Lag/latency p99: %6 ms; State: %7; ETA: %8")
        .arg(copied)
        .arg(total)
        .arg(c.toString(percent, 'f', 1))
        .arg(applied)
        .arg(grouped.toString(std::llround(rowsPerSecond)))
        .arg(p99)
        .arg(stateText(), eta());
}

} // namespace godwit::rehearsal
