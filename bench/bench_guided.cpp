// SPDX-License-Identifier: GPL-3.0-or-later
// Learn Expand-Contract's start, as a user waits for it: the window (offscreen), Help ▸ Learn
// Expand-Contract, timed until the guide reaches the Compare step with 1,000,000 orders — once
// making the example's database, once reusing it. The reference is `godwit sample orders` making
// the same database as a whole process: the ratio is what the window adds (opening the project,
// applying the migrations to a copy, comparing, drawing).
#include "widgets/shell/guidedexample.h"
#include "widgets/shell/mainwindow.h"

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using godwit::widgets::GuidedExample;
using godwit::widgets::MainWindow;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString& message)
{
    say(QStringLiteral("bench_guided: ") + message);
    std::exit(1);
}

// Milliseconds from triggering the guide to its Compare step.
qint64 timeToCompare(MainWindow& window)
{
    GuidedExample* guide = window.guidedExample();
    QEventLoop loop;
    QObject::connect(guide, &GuidedExample::stepChanged, &loop, [&](GuidedExample::Step step) {
        if (step == GuidedExample::Step::Compare || step == GuidedExample::Step::Off)
            loop.quit();
    });
    QObject::connect(&window, &MainWindow::errorReported, &loop, [](const QString& message) { die(message); });
    QTimer::singleShot(900'000, &loop, [] { die(QStringLiteral("no Compare step within 15 minutes")); });
    QElapsedTimer clock;
    clock.start();
    guide->startAction()->trigger();
    if (guide->step() != GuidedExample::Step::Compare && guide->step() != GuidedExample::Step::Off)
        loop.exec();
    if (guide->step() != GuidedExample::Step::Compare)
        die(QStringLiteral("the guide stopped before the Compare step"));
    return clock.elapsed();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the user's settings and recent files stay untouched
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("orders"), QStringLiteral("Orders in the example."), QStringLiteral("N"),
        QStringLiteral("1000000") });
    parser.process(app);
    const qint64 orders = parser.value(QStringLiteral("orders")).toLongLong();
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no scratch folder"));

    QElapsedTimer clock;
    clock.start();
    QProcess sample;
    sample.start(QStringLiteral(GODWIT_BIN),
        { QStringLiteral("sample"), QStringLiteral("orders"), QStringLiteral("--rows"), QString::number(orders),
            dir.filePath(QStringLiteral("reference.db")) });
    if (!sample.waitForFinished(900'000) || sample.exitCode() != 0)
        die(QStringLiteral("godwit sample failed: ") + QString::fromUtf8(sample.readAllStandardError()));
    const qint64 reference = clock.elapsed();

    MainWindow window;
    window.setDialogsEnabled(false);
    window.setExampleScriptPath(QStringLiteral(GODWIT_SAMPLES_DIR "/V1__orders.sql"));
    window.resize(1366, 768);
    window.show();
    window.guidedExample()->setOrders(orders);
    window.guidedExample()->setFolder(dir.filePath(QStringLiteral("learn")));
    const qint64 made = timeToCompare(window);
    say(QStringLiteral("first start (database made): %1 s to the Compare step").arg(made / 1000.0, 0, 'f', 2));
    const qint64 reused = timeToCompare(window);

    say(QStringLiteral("%L1 orders: `godwit sample orders` %2 s; Learn Expand-Contract to the Compare step %3 s "
                       "(database made), %4 s (database made before)")
            .arg(orders)
            .arg(reference / 1000.0, 0, 'f', 2)
            .arg(made / 1000.0, 0, 'f', 2)
            .arg(reused / 1000.0, 0, 'f', 2));
    say(QStringLiteral("ratio: guided start to Compare / godwit sample %1 (first time), %2 s on a second start")
            .arg(double(made) / double(std::max<qint64>(1, reference)), 0, 'f', 2)
            .arg(reused / 1000.0, 0, 'f', 2));
    return 0;
}
