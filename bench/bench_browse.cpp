// SPDX-License-Identifier: GPL-3.0-or-later
// Browsing a 1,000,000-row table (DESIGN.md: first page ≤ 50 ms; jump to the last row with no
// GUI stall over 50 ms): the table browser at 1,366×768 on the offscreen platform opens the
// table, shows the first page, jumps to the last row, then scrolls the whole table while a
// 5 ms timer on the GUI thread records the longest gap between its ticks. A page fetched and
// painted is compared with the sqlite3 shell printing the same rows as JSON (whole process),
// and the peak resident set is reported before and after scrolling all the rows.
#include "data/tablepager.h"
#include "sqlite/database.h"
#include "widgets/data/tablebrowser.h"
#include "widgets/data/tablemodel.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using godwit::data::TablePager;
using godwit::widgets::TableModel;

namespace {

constexpr int kRows = 1'000'000;

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString& message)
{
    say(QStringLiteral("bench_browse: ") + message);
    std::exit(1);
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double currentRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return 0;
}

// The longest gap between ticks of a 5 ms timer: how long the GUI thread was busy at once.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // Worst gap beyond the timer's own interval.
    double stop()
    {
        m_timer.stop();
        return std::max(0.0, m_worst - 5.0);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worst = 0;
};

bool waitFor(const std::function<bool()>& done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

bool loaded(const TableModel& model, int row) { return model.index(row, 0).data(TableModel::IsLoadedRole).toBool(); }

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("browse.db"));
    {
        auto db = godwit::sqlite::Database::openWritable(path, true);
        if (!db)
            die(db.error().toString());
        QElapsedTimer clock;
        clock.start();
        auto made = db->exec(QStringLiteral(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;\n"
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, amount REAL, status TEXT,\n"
            "    note TEXT, placed_at TEXT NOT NULL);\n"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)\n"
            "INSERT INTO orders SELECT i, 'customer ' || (i * 7919 % 50000), (i * 37 % 100000) / 100.0,\n"
            "    CASE i % 4 WHEN 0 THEN 'new' WHEN 1 THEN 'paid' WHEN 2 THEN 'shipped' ELSE NULL END,\n"
            "    CASE WHEN i % 3 = 0 THEN NULL ELSE printf('note %%d, %%.40c', i, 'x') END,\n"
            "    datetime(1700000000 + i * 60, 'unixepoch') FROM n;")
                                 .arg(kRows));
        if (!made)
            die(made.error().toString());
        say(QStringLiteral("setup: %1 rows written in %2 ms").arg(kRows).arg(clock.elapsed()));
    }
    const double rssBefore = currentRssMb();

    godwit::widgets::TableBrowser browser;
    browser.resize(1366, 768);
    browser.show();
    TableModel& model = *browser.model();
    QTableView& view = *browser.view();
    StallMeter stalls;

    // 1. Open and show the first page: from open() to the painted grid.
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    browser.open(path, QStringLiteral("orders"));
    if (!waitFor([&] { return model.rowCount() > 0 && loaded(model, 0); }))
        die(QStringLiteral("the first page never came"));
    (void)view.viewport()->grab();
    const double firstPageMs = double(clock.nsecsElapsed()) / 1e6;
    if (!waitFor([&] { return model.rowCount() == kRows; }))
        die(QStringLiteral("the count never came"));
    const double countedMs = double(clock.nsecsElapsed()) / 1e6;
    const double openStall = stalls.stop();
    say(QStringLiteral("open 1,000,000 rows: first painted page %1 ms (target <= 50), all rows counted %2 ms, longest "
                       "GUI stall %3 ms")
            .arg(firstPageMs, 0, 'f', 1)
            .arg(countedMs, 0, 'f', 1)
            .arg(openStall, 0, 'f', 1));

    // 2. Jump to the last row (Ctrl+End): the last page is read backward from the end.
    stalls.start();
    clock.restart();
    view.scrollToBottom();
    if (!waitFor([&] { return loaded(model, kRows - 1); }))
        die(QStringLiteral("the last page never came"));
    (void)view.viewport()->grab();
    const double lastPageMs = double(clock.nsecsElapsed()) / 1e6;
    const double jumpStall = stalls.stop();
    say(QStringLiteral("jump to the last row: %1 ms to its painted page, longest GUI stall %2 ms (target <= 50)")
            .arg(lastPageMs, 0, 'f', 1)
            .arg(jumpStall, 0, 'f', 1));

    // 3. Fetch and paint one page against `sqlite3 -json` printing the same 256 rows.
    const int rounds = 20;
    double ours = 0;
    view.scrollToTop();
    waitFor([&] { return loaded(model, 0); });
    for (int i = 1; i <= rounds; ++i) {
        const int row = int(i * TablePager::PageSize * 37);
        clock.restart();
        view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtTop);
        if (!waitFor([&] { return loaded(model, row) && loaded(model, std::min(kRows - 1, row + 30)); }))
            die(QStringLiteral("page at row %1 never came").arg(row));
        (void)view.viewport()->grab();
        ours += double(clock.nsecsElapsed()) / 1e6;
    }
    ours /= rounds;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        say(QStringLiteral("page: %1 ms fetched and painted; sqlite3 not on PATH, no ratio").arg(ours, 0, 'f', 2));
    } else {
        double reference = 0;
        for (int i = 1; i <= rounds; ++i) {
            const qint64 first = qint64(i) * TablePager::PageSize * 37 + 1;
            QProcess p;
            clock.restart();
            p.start(sqlite3,
                { QStringLiteral("-json"), path,
                    QStringLiteral("SELECT * FROM orders WHERE id >= %1 ORDER BY id LIMIT 256").arg(first) });
            p.waitForFinished();
            reference += double(clock.nsecsElapsed()) / 1e6;
            if (p.readAllStandardOutput().count('{') != 256)
                die(QStringLiteral("sqlite3 did not print 256 rows"));
        }
        reference /= rounds;
        say(QStringLiteral("page of 256 rows: fetched and painted %1 ms, sqlite3 -json %2 ms")
                .arg(ours, 0, 'f', 2)
                .arg(reference, 0, 'f', 2));
        say(QStringLiteral("ratio: page fetch+paint / sqlite3 -json = %1 (lower is better)")
                .arg(ours / reference, 0, 'f', 2));
    }

    // 4. Scroll the whole table, a screenful at a time, and watch memory and the GUI thread.
    const double peakBefore = peakRssMb();
    stalls.start();
    clock.restart();
    QScrollBar* bar = view.verticalScrollBar();
    const int step = std::max(1, bar->pageStep()) * 8;
    for (int value = 0; value <= bar->maximum(); value += step) {
        bar->setValue(value);
        const int row = view.rowAt(0) < 0 ? 0 : view.rowAt(0);
        if (!waitFor([&] { return loaded(model, row); }))
            die(QStringLiteral("row %1 never came while scrolling").arg(row));
        QCoreApplication::processEvents();
    }
    const double scrollMs = double(clock.nsecsElapsed()) / 1e6;
    const double scrollStall = stalls.stop();
    say(QStringLiteral("scrolled all 1,000,000 rows in %1 s; longest GUI stall %2 ms")
            .arg(scrollMs / 1000.0, 0, 'f', 1)
            .arg(scrollStall, 0, 'f', 1));
    say(QStringLiteral("resident: %1 MB before opening, peak %2 MB before scrolling, peak %3 MB after, now %4 MB")
            .arg(rssBefore, 0, 'f', 0)
            .arg(peakBefore, 0, 'f', 0)
            .arg(peakRssMb(), 0, 'f', 0)
            .arg(currentRssMb(), 0, 'f', 0));
    say(QStringLiteral("ratio: first page / 50 ms target = %1 (lower is better)").arg(firstPageMs / 50.0, 0, 'f', 2));
    say(QStringLiteral("ratio: jump-to-end stall / 50 ms target = %1 (lower is better)")
            .arg(jumpStall / 50.0, 0, 'f', 2));
    say(QStringLiteral("ratio: peak resident after / before scrolling = %1 (lower is better)")
            .arg(peakRssMb() / std::max(1.0, peakBefore), 0, 'f', 2));
    return 0;
}
