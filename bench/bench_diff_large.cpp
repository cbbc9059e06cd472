// SPDX-License-Identifier: GPL-3.0-or-later
// Introspects and diffs two generated 1,000-table databases (10–20 columns each, indexes,
// foreign keys, ~5% of tables changed) in-process, and times `sqldiff --schema` on the same
// pair in the same run, then `godwit diff A B` as a whole process against the same reference.
// DESIGN.md target: Godwit ≤ 1/10 of sqldiff's time (issue 14: ≤ 0.15 whole process).
#include "diff/schemadiff.h"
#include "schema/schemareader.h"
#include "sqlite/database.h"

#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// Deterministic schema: table i has 10–20 columns of mixed types, an FK to an earlier table
// and two indexes. In the changed copy every 20th table gains a column, every 50th loses an
// index and every 100th gets a new NOT NULL default: about 5% of tables change.
QString schemaSql(int tables, bool changed)
{
    static const char* types[] = { "TEXT", "INTEGER", "REAL", "NUMERIC", "BLOB", "VARCHAR(40)" };
    QString sql;
    for (int t = 0; t < tables; ++t) {
        const int columns = 10 + (t * 7919) % 11;
        QStringList defs { QStringLiteral("id INTEGER PRIMARY KEY") };
        for (int k = 0; k < columns - 1; ++k) {
            QString def = QStringLiteral("c%1 %2").arg(k).arg(QLatin1String(types[(t + k) % 6]));
            if (k % 4 == 0)
                def += changed && t % 100 == 0 && k == 0 ? QStringLiteral(" NOT NULL DEFAULT 1")
                                                         : QStringLiteral(" NOT NULL DEFAULT 0");
            defs << def;
        }
        if (t > 0)
            defs << QStringLiteral("parent_id INTEGER REFERENCES t%1 (id) ON DELETE CASCADE").arg((t * 7) % t);
        if (changed && t % 20 == 0)
            defs << QStringLiteral("extra TEXT");
        sql += QStringLiteral("CREATE TABLE t%1 (%2);\n").arg(t).arg(defs.join(QStringLiteral(", ")));
        if (!(changed && t % 50 == 0))
            sql += QStringLiteral("CREATE INDEX t%1_c0 ON t%1 (c0, c1 DESC);\n").arg(t);
        if (t > 0)
            sql += QStringLiteral("CREATE INDEX t%1_parent ON t%1 (parent_id);\n").arg(t);
    }
    return sql;
}

bool build(const QString& path, int tables, bool changed)
{
    auto db = godwit::sqlite::Database::openWritable(path, true);
    return db && db->exec(QStringLiteral("BEGIN;\n") + schemaSql(tables, changed) + QStringLiteral("COMMIT;"));
}

double median(QList<double> v)
{
    std::ranges::sort(v);
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tablesOption(QStringLiteral("tables"),
        QStringLiteral("Tables per database (default 1000)."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of each side (default 7)."),
        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption godwitOption(QStringLiteral("godwit"), QStringLiteral("The godwit executable."),
        QStringLiteral("path"), QStringLiteral(GODWIT_BIN));
    parser.addOptions({ tablesOption, runsOption, godwitOption });
    parser.process(app);
    const int tables = parser.value(tablesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.db"));
    const QString b = dir.filePath(QStringLiteral("b.db"));
    if (!build(a, tables, false) || !build(b, tables, true)) {
        say(QStringLiteral("bench_diff_large: cannot build the databases"));
        return 1;
    }

    QList<double> ours;
    qsizetype changes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        auto [before, after] = godwit::schema::SchemaReader::readFiles(a, b);
        if (!before || !after) {
            say(QStringLiteral("bench_diff_large: %1").arg((before ? after.error() : before.error()).toString()));
            return 1;
        }
        changes = godwit::diff::SchemaDiff::compare(*before, *after).changes.size();
        ours << clock.nsecsElapsed() / 1e6;
    }

    const QString sqldiff = QStandardPaths::findExecutable(QStringLiteral("sqldiff"));
    say(QStringLiteral("godwit introspect + diff of 2 × %1 tables: median %2 ms over %3 runs, %4 changes")
            .arg(tables)
            .arg(median(ours), 0, 'f', 1)
            .arg(runs)
            .arg(changes));
    if (sqldiff.isEmpty()) {
        say(QStringLiteral("reference: sqldiff not found (Debian package sqlite3-tools); no ratio"));
        return 0;
    }
    QList<double> reference;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        p.start(sqldiff, { QStringLiteral("--schema"), a, b });
        p.waitForFinished(-1);
        reference << clock.nsecsElapsed() / 1e6;
    }
    say(QStringLiteral("reference sqldiff --schema on the same pair: median %1 ms").arg(median(reference), 0, 'f', 1));
    say(QStringLiteral("ratio: introspect+diff / sqldiff --schema = %1 (lower is better; target <= 0.10)")
            .arg(median(ours) / median(reference), 0, 'f', 3));

    // The same work as a user runs it: `godwit diff A B`, process start to exit (1 = differences).
    QList<double> process;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer clock;
        clock.start();
        p.start(parser.value(godwitOption), { QStringLiteral("diff"), a, b });
        p.waitForFinished(-1);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() > 1) {
            say(QStringLiteral("bench_diff_large: godwit diff failed: %1")
                    .arg(QString::fromLocal8Bit(p.readAllStandardError())));
            return 1;
        }
        process << clock.nsecsElapsed() / 1e6;
    }
    say(QStringLiteral("godwit diff A B (whole process): median %1 ms").arg(median(process), 0, 'f', 1));
    say(QStringLiteral(
        "ratio: godwit diff / sqldiff --schema (whole process) = %1 (lower is better; target <= 0.15, aim 0.10)")
            .arg(median(process) / median(reference), 0, 'f', 3));
    return 0;
}
