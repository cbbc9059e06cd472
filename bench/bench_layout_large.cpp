// SPDX-License-Identifier: GPL-3.0-or-later
// Lays out a generated 300-table schema (~400 foreign keys) with Graphviz in-process and
// builds the canvas, and times `dot -Tplain` on the same DOT graph in the same run.
// DESIGN.md target: layout + scene ≤ 1.5× dot. Then the start-up to the Chinook diagram
// (≤ 0.5 s) and the window's peak resident memory (≤ 150 MB), measured on the real executable,
// and `godwit render DB -o out.svg` as a whole process against `dot -Tsvg` on the DOT that
// `godwit render DB -o godwit.dot` writes for the same database (target ≤ 1.0×).
#include "layout/contentbuilder.h"
#include "layout/graphvizlayout.h"
#include "schema/ddlgenerator.h"
#include "schema/schema.h"
#include "sqlite/database.h"
#include "widgets/canvas/diagrambuilder.h"
#include "widgets/canvas/diagramscene.h"

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

extern char** environ;

namespace {

using godwit::schema::Column;
using godwit::schema::ForeignKey;
using godwit::schema::Schema;
using godwit::schema::Table;

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::ranges::sort(values);
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// Deterministic: table i has 4–13 columns and about 1.35 foreign keys to other tables (some
// to later ones, so there are cycles), a few self-references, like a large business schema.
Schema generate(int tables)
{
    static const char* types[] = { "INTEGER", "TEXT", "VARCHAR(80)", "NUMERIC(10,2)", "REAL", "DATETIME" };
    Schema schema;
    quint32 seed = 20240611;
    auto next = [&seed](quint32 n) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) % n;
    };
    for (int t = 0; t < tables; ++t) {
        Table table;
        table.name = QStringLiteral("table_%1").arg(t, 3, 10, QLatin1Char('0'));
        Column id;
        id.name = QStringLiteral("id");
        id.declaredType = QStringLiteral("INTEGER");
        id.primaryKeyPosition = 1;
        table.columns.append(id);
        const int columns = 4 + int(next(10));
        for (int c = 1; c < columns; ++c) {
            Column column;
            column.name = QStringLiteral("column_%1").arg(c);
            column.declaredType = QLatin1String(types[next(6)]);
            column.notNull = next(3) == 0;
            table.columns.append(column);
        }
        const int fks = t == 0 ? 0 : (next(20) < 7 ? 2 : 1);
        for (int k = 0; k < fks; ++k) {
            const int parent = next(10) == 0 ? int(next(tables)) : int(next(quint32(t)));
            Column column;
            column.name = QStringLiteral("ref_%1_id").arg(k);
            column.declaredType = QStringLiteral("INTEGER");
            column.notNull = next(2) == 0;
            table.columns.append(column);
            ForeignKey fk;
            fk.id = k;
            fk.columns = { column.name };
            fk.parentTable = QStringLiteral("table_%1").arg(parent, 3, 10, QLatin1Char('0'));
            fk.parentColumns = { QStringLiteral("id") };
            table.foreignKeys.append(fk);
        }
        schema.tables.append(table);
    }
    return schema;
}

struct ChildRun {
    double ms = 0;
    long maxRssKb = 0;
    int status = -1;
};

// posix_spawn + wait4: the wall time and the child's own peak resident set.
ChildRun runChild(const QStringList& arguments, const QByteArrayList& environment)
{
    QList<QByteArray> args;
    for (const QString& a : arguments)
        args.append(a.toLocal8Bit());
    QList<char*> argv;
    for (QByteArray& a : args)
        argv.append(a.data());
    argv.append(nullptr);
    QByteArrayList env = environment;
    for (char** e = environ; *e; ++e)
        env.append(QByteArray(*e));
    QList<char*> envp;
    for (QByteArray& e : env)
        envp.append(e.data());
    envp.append(nullptr);
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    // The window's platform chatter would drown the figures.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) < 0)
        return run;
    run.ms = timer.nsecsElapsed() / 1e6;
    run.maxRssKb = usage.ru_maxrss;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// `godwit render` to SVG, start to exit, against Graphviz's own SVG renderer on Godwit's DOT.
bool renderWholeProcess(
    const QString& godwit, const QString& dot, const Schema& schema, const QTemporaryDir& dir, int runs)
{
    const QString database = dir.filePath(QStringLiteral("render.db"));
    {
        QString sql = QStringLiteral("BEGIN;\n");
        for (const Table& t : schema.tables)
            sql += godwit::schema::DdlGenerator::createTable(t) + QStringLiteral(";\n");
        auto db = godwit::sqlite::Database::openWritable(database, true);
        if (!db || !db->exec(sql + QStringLiteral("COMMIT;"))) {
            say(QStringLiteral("render: cannot build the database"));
            return false;
        }
    }
    const QString dotFile = dir.filePath(QStringLiteral("godwit.dot"));
    if (runChild({ godwit, QStringLiteral("render"), database, QStringLiteral("-o"), dotFile }, {}).status != 0) {
        say(QStringLiteral("render: godwit render -o godwit.dot failed"));
        return false;
    }
    QList<double> ours, reference;
    for (int r = 0; r < runs; ++r) {
        const ChildRun run = runChild({ godwit, QStringLiteral("render"), database, QStringLiteral("-o"),
                                          dir.filePath(QStringLiteral("out.svg")) },
            {});
        const ChildRun ref = runChild(
            { dot, QStringLiteral("-Tsvg"), QStringLiteral("-o"), dir.filePath(QStringLiteral("ref.svg")), dotFile },
            {});
        if (run.status != 0 || ref.status != 0) {
            say(QStringLiteral("render: godwit render or dot -Tsvg failed"));
            return false;
        }
        ours.append(run.ms);
        reference.append(ref.ms);
    }
    say(QStringLiteral("godwit render -o out.svg (whole process): %1 ms; dot -Tsvg godwit.dot: %2 ms; median of %3")
            .arg(median(ours), 0, 'f', 1)
            .arg(median(reference), 0, 'f', 1)
            .arg(runs));
    say(QStringLiteral("ratio: godwit render svg / dot -Tsvg (whole process) = %1 (target <= 1.0, lower is better)")
            .arg(median(ours) / median(reference), 0, 'f', 2));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tablesOption(QStringLiteral("tables"), QStringLiteral("Tables to generate (default 300)."),
        QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per timing (median; default 5)."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption godwitOption(QStringLiteral("godwit"), QStringLiteral("The godwit executable."),
        QStringLiteral("path"), QStringLiteral(GODWIT_BIN));
    parser.addOptions({ tablesOption, runsOption, godwitOption });
    parser.process(app);
    const int tables = parser.value(tablesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const Schema schema = generate(tables);
    qsizetype foreignKeys = 0;
    for (const Table& t : schema.tables)
        foreignKeys += t.foreignKeys.size();
    say(QStringLiteral("schema: %1 tables, %2 foreign keys").arg(tables).arg(foreignKeys));

    // In-process: content, sizes, Graphviz layout, scene construction.
    QList<double> ours, layoutOnly, sceneOnly;
    QString dotSource;
    for (int r = 0; r < runs; ++r) {
        godwit::widgets::DiagramScene scene;
        QElapsedTimer timer;
        timer.start();
        const auto content = godwit::layout::ContentBuilder::fromSchema(schema);
        const auto graph = godwit::widgets::DiagramBuilder::graph(scene, { &content });
        const qint64 before = timer.nsecsElapsed();
        const auto layout = godwit::layout::GraphvizLayout::layout(graph);
        const qint64 laid = timer.nsecsElapsed();
        if (!layout) {
            say(QStringLiteral("layout failed: ") + layout.error().toString());
            return 1;
        }
        scene.setDiagram(content, *layout);
        const qint64 done = timer.nsecsElapsed();
        ours.append(done / 1e6);
        layoutOnly.append((laid - before) / 1e6);
        sceneOnly.append((done - laid) / 1e6);
        if (r == 0)
            dotSource = godwit::layout::GraphvizLayout::dotSource(graph);
    }

    // Reference: the dot program on the very graph Graphviz got in-process.
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    QTemporaryDir dir;
    const QString dotFile = dir.filePath(QStringLiteral("layout.dot"));
    {
        QFile f(dotFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(dotSource.toUtf8()) < 0) {
            say(QStringLiteral("cannot write ") + dotFile);
            return 1;
        }
    }
    QList<double> reference;
    if (dot.isEmpty()) {
        say(QStringLiteral("dot: not installed, no reference"));
    } else {
        for (int r = 0; r < runs; ++r) {
            const ChildRun run = runChild({ dot, QStringLiteral("-Tplain"), QStringLiteral("-o"),
                                              dir.filePath(QStringLiteral("out.plain")), dotFile },
                {});
            if (run.status != 0) {
                say(QStringLiteral("dot failed"));
                return 1;
            }
            reference.append(run.ms);
        }
    }
    say(QStringLiteral("godwit: layout + scene %1 ms (layout %2 ms, scene %3 ms), median of %4")
            .arg(median(ours), 0, 'f', 1)
            .arg(median(layoutOnly), 0, 'f', 1)
            .arg(median(sceneOnly), 0, 'f', 1)
            .arg(runs));
    if (!reference.isEmpty()) {
        say(QStringLiteral("dot -Tplain: %1 ms").arg(median(reference), 0, 'f', 1));
        say(QStringLiteral("ratio: layout + scene / dot -Tplain = %1 (target <= 1.5, lower is better)")
                .arg(median(ours) / median(reference), 0, 'f', 2));
    }

    const QString godwit = parser.value(godwitOption);
    if (QFile::exists(godwit) && !dot.isEmpty() && !renderWholeProcess(godwit, dot, schema, dir, runs))
        return 1;

    // Start-up: the window opens Chinook, lays it out and paints the diagram, then quits.
    const QString chinook = dir.filePath(QStringLiteral("chinook.db"));
    QFile sql(QStringLiteral(GODWIT_SHARED_DIR "/datasets/chinook.sql"));
    if (!QFile::exists(godwit) || !sql.open(QIODevice::ReadOnly)) {
        say(QStringLiteral("start-up: skipped (no godwit executable or no chinook.sql)"));
        return 0;
    }
    {
        auto db = godwit::sqlite::Database::openWritable(chinook, true);
        if (!db || !db->executeScript(QString::fromUtf8(sql.readAll()), sql.fileName())) {
            say(QStringLiteral("start-up: skipped (cannot build Chinook)"));
            return 0;
        }
    }
    const QByteArrayList environment = { QByteArrayLiteral("GODWIT_EXIT_WHEN_SHOWN=1"),
        QByteArrayLiteral("XDG_CONFIG_HOME=") + dir.path().toLocal8Bit() };
    QList<double> startup;
    long rss = 0;
    for (int r = 0; r < runs; ++r) {
        const ChildRun run = runChild({ godwit, chinook }, environment);
        if (run.status != 0) {
            say(QStringLiteral("start-up: godwit exited with %1").arg(run.status));
            return 1;
        }
        startup.append(run.ms);
        rss = std::max(rss, run.maxRssKb);
    }
    say(QStringLiteral("start-up to the Chinook diagram: %1 ms (median of %2, %3 platform), peak resident %4 MB")
            .arg(median(startup), 0, 'f', 0)
            .arg(runs)
            .arg(qEnvironmentVariable("QT_QPA_PLATFORM"))
            .arg(rss / 1024.0, 0, 'f', 1));
    say(QStringLiteral("ratio: start-up / 500 ms budget = %1 (target <= 1, lower is better)")
            .arg(median(startup) / 500.0, 0, 'f', 2));
    say(QStringLiteral("ratio: peak resident / 150 MB budget = %1 (target <= 1, lower is better)")
            .arg(rss / 1024.0 / 150.0, 0, 'f', 2));
    return 0;
}
