// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI during a 1,000,000-row rehearsal (DESIGN.md: no event-loop stall > 50 ms): the
// rehearsal dashboard runs the orders migration while a 10 ms QTimer on the GUI thread records
// the longest gap between its ticks. The reference is the same timer with the window idle.
#include "rehearsal/rehearsaljob.h"
#include "rehearsal/rehearsalplan.h"
#include "sqlite/database.h"
#include "widgets/rehearsal/rehearsalcharts.h"
#include "widgets/rehearsal/rehearsalview.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

using godwit::sqlite::Database;
using namespace godwit::rehearsal;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString& message)
{
    say(QStringLiteral("bench_gui_stall: ") + message);
    std::exit(1);
}

QString sampleScript(std::initializer_list<const char*> names)
{
    QString sql;
    for (const char* name : names) {
        QFile f(QDir(QStringLiteral(GODWIT_SAMPLES_DIR)).filePath(QString::fromLatin1(name)));
        if (!f.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(f.fileName()));
        sql += QString::fromUtf8(f.readAll()) + QLatin1Char('\n');
    }
    return sql;
}

// Ticks a 10 ms timer and keeps every gap between ticks.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (m_clock.isValid())
                m_gaps.push_back(m_clock.nsecsElapsed() / 1e6);
            m_clock.restart();
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.invalidate();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    [[nodiscard]] double longest() const { return m_gaps.empty() ? 0 : *std::ranges::max_element(m_gaps); }
    [[nodiscard]] double percentile(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<double> sorted = m_gaps;
        std::ranges::sort(sorted);
        return sorted[std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())))];
    }
    [[nodiscard]] size_t ticks() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<double> m_gaps;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Orders (default 1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Workload operations/s (default 200)."),
        QStringLiteral("R"), QStringLiteral("200"));
    parser.addOptions({ rowsOption, rateOption });
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();

    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("orders.db"));
    {
        auto db = Database::openWritable(original, true);
        if (!db)
            die(db.error().toString());
        const QString fill = QStringLiteral(
            "PRAGMA journal_mode=WAL; %1"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
            "INSERT INTO orders (order_id, customer_id, status, total_amount, created_at, estimated_delivery) "
            "SELECT i, i % 125000 + 1, 'delivered', (i % 500) + 0.99, printf('2025-%02d-%02dT10:00:00Z', i % 12 + 1, i "
            "% 28 + 1), "
            "printf('2025-%02d-%02dT18:00:00Z', i % 12 + 1, i % 28 + 1) FROM n; PRAGMA wal_checkpoint(TRUNCATE);")
                                 .arg(sampleScript({ "V1__orders.sql" }))
                                 .arg(rows);
        if (auto r = db->exec(fill); !r)
            die(r.error().toString());
    }
    const QString after = dir.filePath(QStringLiteral("after.sql"));
    {
        QFile f(after);
        if (!f.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write %1").arg(after));
        f.write(sampleScript({ "V1__orders.sql", "V2__add_shipping_eta.sql", "V4__contract_estimated_delivery.sql" })
                    .toUtf8());
    }
    auto plan = RehearsalPlan::forTarget(original, after);
    if (!plan)
        die(plan.error().toString());

    godwit::widgets::RehearsalView view;
    view.resize(1400, 900);
    view.show();
    RehearsalOptions options;
    options.copyPath = dir.filePath(QStringLiteral("copy.db"));
    options.rate = parser.value(rateOption).toDouble();
    options.observeMs = 1000;
    view.setOptions(options);
    view.setPlan(*plan, original);

    // Reference: the same timer while the window is idle for two seconds.
    StallMeter idle;
    idle.start();
    {
        QEventLoop loop;
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    idle.stop();

    StallMeter busy;
    QElapsedTimer clock;
    QEventLoop loop;
    QObject::connect(&view, &godwit::widgets::RehearsalView::finished, &loop, &QEventLoop::quit);
    QObject::connect(
        &view, &godwit::widgets::RehearsalView::failed, &loop, [&](const QString& message) { die(message); });
    busy.start();
    clock.start();
    view.start();
    loop.exec();
    busy.stop();
    const double seconds = clock.nsecsElapsed() / 1e9;
    const auto& result = *view.result();
    qint64 backfilled = 0;
    for (const PhaseRecord& p : result.phases) {
        for (const BackfillSummary& b : p.backfills)
            backfilled += b.rowsThisRun;
    }
    say(QStringLiteral("rehearsal of %1 orders: %2 s, verdict %3, %4 rows backfilled, %5 chart samples")
            .arg(rows)
            .arg(seconds, 0, 'f', 1)
            .arg(result.ok ? QStringLiteral("ok") : QStringLiteral("failed"))
            .arg(backfilled)
            .arg(view.charts()->sampleCount()));
    say(QStringLiteral("10 ms timer while idle: %1 ticks, p99 gap %2 ms, longest %3 ms")
            .arg(idle.ticks())
            .arg(idle.percentile(99), 0, 'f', 1)
            .arg(idle.longest(), 0, 'f', 1));
    say(QStringLiteral("10 ms timer during the rehearsal: %1 ticks, p99 gap %2 ms, longest %3 ms")
            .arg(busy.ticks())
            .arg(busy.percentile(99), 0, 'f', 1)
            .arg(busy.longest(), 0, 'f', 1));
    say(QStringLiteral(
        "ratio: longest event-loop stall during a %1-row rehearsal = %2 ms (lower is better; target <= 50)")
            .arg(rows)
            .arg(busy.longest(), 0, 'f', 1));
    say(QStringLiteral("ratio: longest stall rehearsing / idle = %1 (lower is better)")
            .arg(busy.longest() / std::max(1.0, idle.longest()), 0, 'f', 2));
    return result.ok ? 0 : 1;
}
