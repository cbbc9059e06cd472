// SPDX-License-Identifier: GPL-3.0-or-later
// A 5,000-table schema in the window (issue 14: no GUI-thread stall over 100 ms): the main
// window (offscreen, 1,366×768) opens a generated database, shows its diagram, compares it with
// a changed copy and shows the before/after diagrams, while a 5 ms timer on the GUI thread
// records every gap between its ticks. The reference is the same timer with the window idle.
#include "sqlite/database.h"
#include "widgets/canvas/diagramwidget.h"
#include "widgets/diff/diffview.h"
#include "widgets/shell/mainwindow.h"

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString& message)
{
    say(QStringLiteral("bench_open_large: ") + message);
    std::exit(1);
}

// Deterministic: table i has 5–14 columns, a foreign key to an earlier table and an index. In
// the changed copy every 20th table gains a column and every 50th loses its index.
QString schemaSql(int tables, bool changed)
{
    static const char* types[] = { "TEXT", "INTEGER", "REAL", "NUMERIC", "VARCHAR(40)" };
    QString sql;
    for (int t = 0; t < tables; ++t) {
        QStringList defs { QStringLiteral("id INTEGER PRIMARY KEY") };
        const int columns = 5 + (t * 7919) % 10;
        for (int k = 0; k < columns - 1; ++k)
            defs << QStringLiteral("c%1 %2%3")
                        .arg(k)
                        .arg(QLatin1String(types[(t + k) % 5]))
                        .arg(k % 3 == 0 ? QStringLiteral(" NOT NULL DEFAULT 0") : QString());
        if (t > 0)
            defs << QStringLiteral("parent_id INTEGER REFERENCES t%1 (id)").arg((t * 7) % t);
        if (changed && t % 20 == 0)
            defs << QStringLiteral("extra TEXT");
        sql += QStringLiteral("CREATE TABLE t%1 (%2);\n").arg(t).arg(defs.join(QStringLiteral(", ")));
        if (!(changed && t % 50 == 0))
            sql += QStringLiteral("CREATE INDEX t%1_c0 ON t%1 (c0);\n").arg(t);
    }
    return sql;
}

void build(const QString& path, int tables, bool changed)
{
    auto db = godwit::sqlite::Database::openWritable(path, true);
    if (!db || !db->exec(QStringLiteral("BEGIN;\n") + schemaSql(tables, changed) + QStringLiteral("COMMIT;")))
        die(QStringLiteral("cannot build ") + path);
}

// Ticks a 5 ms timer and keeps the longest gap between ticks, and where it happened.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, (now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start(const QString& phase)
    {
        m_phase = phase;
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // The longest gap of the phase, in ms.
    double stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longest = 0;
    QString m_phase;
};

// The application, timing every top-level event delivery on the GUI thread: the deliveries over
// 50 ms are printed with their receiver, so a stall names what caused it.
class TimedApplication final : public QApplication {
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth > 0 || thread() != QThread::currentThread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const int type = event->type();
        const QString what = QStringLiteral("%1 \"%2\" (event %3)")
                                 .arg(QLatin1String(receiver->metaObject()->className()), receiver->objectName())
                                 .arg(type);
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (const qint64 ms = clock.elapsed(); ms > 50)
            say(QStringLiteral("  slow event: %1 ms in %2").arg(ms).arg(what));
        return result;
    }

private:
    int m_depth = 0;
};

// Runs the event loop until `done` says so (checked every 10 ms), at most `limitMs`.
bool waitFor(const std::function<bool()>& done, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limitMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tablesOption(QStringLiteral("tables"),
        QStringLiteral("Tables per database (default 5000)."), QStringLiteral("N"), QStringLiteral("5000"));
    parser.addOption(tablesOption);
    parser.process(app);
    const int tables = std::max(2, parser.value(tablesOption).toInt());

    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.db"));
    const QString b = dir.filePath(QStringLiteral("b.db"));
    build(a, tables, false);
    build(b, tables, true);

    godwit::widgets::MainWindow window;
    window.setDialogsEnabled(false);
    window.resize(1366, 768);
    window.show();
    StallMeter meter;
    meter.start(QStringLiteral("idle"));
    waitFor([] { return false; }, 1000);
    const double idle = meter.stop();

    bool shown = false;
    QObject::connect(
        window.diagramWidget(), &godwit::widgets::DiagramWidget::diagramShown, &window, [&shown] { shown = true; });
    QElapsedTimer clock;
    clock.start();
    meter.start(QStringLiteral("open"));
    window.openFile(a);
    if (!waitFor([&] { return shown; }, 600000))
        die(QStringLiteral("the diagram was not shown"));
    const double openMs = clock.elapsed();
    const double openStall = meter.stop();
    say(QStringLiteral("open %1 tables to the diagram: %2 ms; longest GUI-thread stall %3 ms")
            .arg(tables)
            .arg(openMs, 0, 'f', 0)
            .arg(openStall, 0, 'f', 1));

    bool compared = false;
    bool laidOut = false;
    QObject::connect(
        window.diffView(), &godwit::widgets::DiffView::comparisonReady, &window, [&compared] { compared = true; });
    QObject::connect(
        window.diffView(), &godwit::widgets::DiffView::layoutFinished, &window, [&laidOut] { laidOut = true; });
    clock.restart();
    meter.start(QStringLiteral("compare"));
    window.compareWith(b);
    if (!waitFor([&] { return compared && laidOut; }, 600000))
        die(QStringLiteral("the comparison was not shown"));
    waitFor([] { return false; }, 200); // the paints that follow
    const double compareMs = clock.elapsed();
    const double compareStall = meter.stop();
    say(QStringLiteral("compare with a changed copy to the before/after diagrams: %1 ms; longest GUI-thread stall "
                       "%2 ms")
            .arg(compareMs, 0, 'f', 0)
            .arg(compareStall, 0, 'f', 1));
    say(QStringLiteral("idle window, same timer: longest gap %1 ms").arg(idle, 0, 'f', 1));
    const double longest = std::max(openStall, compareStall);
    say(QStringLiteral("ratio: longest GUI stall / 100 ms budget = %1 (target <= 1.0, lower is better)")
            .arg(longest / 100.0, 0, 'f', 2));
    return 0;
}
