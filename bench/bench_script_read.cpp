// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a generated 50 MB .sql script (a dump-style schema of 12 tables with indexes, a view and
// a trigger, then single-row and multi-row INSERTs inside one transaction) with
// `godwit inspect script.sql` as a whole process, and times the sqlite3 shell running the same
// file into :memory: in the same run. DESIGN.md target: ≤ 3× the shell. The same measurement on
// 4, 8 and 16 MB scripts prints the time per MB, which stays flat when reading is linear.
#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <random>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

extern char** environ;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

double median(QList<double> v)
{
    std::ranges::sort(v);
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// A schema in the shape `sqlite3 .dump` writes: tables with affinities, defaults, CHECKs,
// foreign keys, a WITHOUT ROWID table, indexes, a view and a trigger.
const char* const kSchema = R"sql(PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE customer (customer_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
  email TEXT UNIQUE, credit NUMERIC DEFAULT 0, created_at TEXT NOT NULL DEFAULT (datetime('now')));
CREATE TABLE "order" (order_id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id INTEGER NOT NULL
  REFERENCES customer (customer_id) ON DELETE CASCADE, status TEXT CHECK (status IN ('new','paid','shipped')),
  total REAL NOT NULL DEFAULT 0.0, note TEXT);
CREATE TABLE product (product_id INTEGER PRIMARY KEY, sku VARCHAR(20) NOT NULL UNIQUE, name TEXT, price DECIMAL(10,2),
  picture BLOB);
CREATE TABLE order_item (order_id INTEGER NOT NULL REFERENCES "order" (order_id), line INTEGER NOT NULL,
  product_id INTEGER REFERENCES product, quantity INTEGER NOT NULL CHECK (quantity > 0), PRIMARY KEY (order_id, line))
  WITHOUT ROWID;
CREATE TABLE payment (payment_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES "order", amount REAL, paid_at TEXT);
CREATE TABLE address (address_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer, line1 TEXT,
  city TEXT, postcode TEXT, country CHAR(2) DEFAULT 'GB');
CREATE TABLE supplier (supplier_id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT);
CREATE TABLE stock (product_id INTEGER REFERENCES product, supplier_id INTEGER REFERENCES supplier, on_hand INTEGER,
  PRIMARY KEY (product_id, supplier_id));
CREATE TABLE review (review_id INTEGER PRIMARY KEY, product_id INTEGER REFERENCES product, stars INTEGER,
  body TEXT);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT, what TEXT);
CREATE TABLE tag (tag_id INTEGER PRIMARY KEY, label TEXT COLLATE NOCASE UNIQUE);
CREATE TABLE product_tag (product_id INTEGER REFERENCES product, tag_id INTEGER REFERENCES tag,
  PRIMARY KEY (product_id, tag_id)) WITHOUT ROWID;
)sql";

const char* const kSchemaEnd = R"sql(CREATE INDEX order_customer ON "order" (customer_id);
CREATE INDEX order_item_product ON order_item (product_id);
CREATE INDEX payment_order ON payment (order_id, paid_at DESC);
CREATE INDEX review_product ON review (product_id) WHERE stars IS NOT NULL;
CREATE VIEW order_totals AS SELECT o.order_id, sum(i.quantity * p.price) AS total FROM "order" o
  JOIN order_item i USING (order_id) JOIN product p USING (product_id) GROUP BY o.order_id;
CREATE TRIGGER order_audit AFTER UPDATE OF status ON "order" BEGIN
  INSERT INTO audit_log (at, what) VALUES (datetime('now'), 'order ' || new.order_id || ' is ' || new.status);
END;
COMMIT;
)sql";

class ScriptWriter {
public:
    explicit ScriptWriter(QFile& file)
        : m_file(file)
    {
    }

    // Rows until the file holds `bytes`; every table gets some, the order tables most.
    void write(qint64 bytes)
    {
        m_file.write(kSchema);
        qint64 id = 0;
        while (m_file.size() + m_buffer.size() < bytes) {
            ++id;
            customer(id);
            for (int k = 0; k < 3; ++k)
                order(id * 3 + k, id);
            if (id % 4 == 0)
                multiRowItems(id);
            if (id % 10 == 0)
                product(id / 10);
            if (id % 25 == 0)
                misc(id / 25);
            if (m_buffer.size() > (1 << 20))
                flush();
        }
        flush();
        m_file.write(kSchemaEnd);
    }

private:
    QByteArray text(int minLength, int maxLength)
    {
        static const char* words[] = { "alpha", "O''Brien", "north", "river", "Zürich", "café", "quote \"x\"",
            "semi;colon", "dash -- not a comment", "line\nbreak", "stone", "mill", "lane", "court", "Øresund" };
        QByteArray s;
        const int length = std::uniform_int_distribution(minLength, maxLength)(m_random);
        while (s.size() < length) {
            if (!s.isEmpty())
                s += ' ';
            s += words[m_random() % std::size(words)];
        }
        return '\'' + s + '\'';
    }
    QByteArray number(double low, double high)
    {
        return QByteArray::number(std::uniform_real_distribution(low, high)(m_random), 'f', 2);
    }
    QByteArray orNull(const QByteArray& value) { return m_random() % 7 == 0 ? QByteArrayLiteral("NULL") : value; }

    void customer(qint64 id)
    {
        m_buffer += "INSERT INTO customer VALUES(" + QByteArray::number(id) + ',' + text(4, 12) + ',' + text(4, 16)
            + ',' + orNull("'c" + QByteArray::number(id) + "@example.org'") + ',' + number(-50, 500) + ",'2026-01-0"
            + QByteArray::number(1 + id % 9) + " 10:00:00');\n";
    }
    void order(qint64 id, qint64 customerId)
    {
        static const char* statuses[] = { "'new'", "'paid'", "'shipped'", "NULL" };
        m_buffer += "INSERT INTO \"order\" VALUES(" + QByteArray::number(id) + ',' + QByteArray::number(customerId)
            + ',' + statuses[m_random() % 4] + ',' + number(0, 900) + ',' + orNull(text(0, 40)) + ");\n";
    }
    void multiRowItems(qint64 id)
    {
        m_buffer += "INSERT INTO order_item (order_id, line, product_id, quantity) VALUES";
        for (int line = 1; line <= 8; ++line)
            m_buffer += (line > 1 ? "," : "") + QByteArray("(") + QByteArray::number(id * 3) + ','
                + QByteArray::number(line) + ',' + QByteArray::number(1 + m_random() % 1000) + ','
                + QByteArray::number(1 + m_random() % 9) + ')';
        m_buffer += ";\n";
        m_buffer += "INSERT INTO payment VALUES(" + QByteArray::number(id) + ',' + QByteArray::number(id * 3) + ','
            + number(1, 900) + ",'2026-02-01');\n";
    }
    void product(qint64 id)
    {
        m_buffer += "INSERT INTO product VALUES(" + QByteArray::number(id) + ",'SKU-" + QByteArray::number(id) + "',"
            + text(5, 30) + ',' + number(1, 200) + ",X'" + QByteArray::number(m_random(), 16).rightJustified(8, '0')
            + "');\n";
        m_buffer += "INSERT INTO review VALUES(" + QByteArray::number(id) + ',' + QByteArray::number(id) + ','
            + orNull(QByteArray::number(1 + m_random() % 5)) + ',' + text(20, 200) + ");\n";
    }
    void misc(qint64 id)
    {
        m_buffer += "INSERT INTO address VALUES(" + QByteArray::number(id) + ',' + QByteArray::number(id) + ','
            + text(8, 30) + ',' + text(4, 10) + ",'AB1 2CD','GB');\n";
        m_buffer += "INSERT INTO supplier VALUES(" + QByteArray::number(id) + ',' + text(5, 20) + ",NULL);\n";
        m_buffer += "INSERT INTO stock VALUES(" + QByteArray::number(id) + ',' + QByteArray::number(id) + ','
            + QByteArray::number(m_random() % 100) + ");\n";
        m_buffer += "INSERT INTO tag VALUES(" + QByteArray::number(id) + ",'tag" + QByteArray::number(id) + "');\n";
        m_buffer += "INSERT INTO product_tag VALUES(" + QByteArray::number(id) + ',' + QByteArray::number(id)
            + ");\n-- checkpoint " + QByteArray::number(id) + "\n/* block comment; with a semicolon */\n";
        m_buffer += "INSERT INTO audit_log VALUES(" + QByteArray::number(id) + ",'2026-03-01','import');\n";
    }
    void flush()
    {
        m_file.write(m_buffer);
        m_buffer.clear();
    }

    QFile& m_file;
    QByteArray m_buffer;
    std::mt19937 m_random { 20261207 };
};

bool generate(const QString& path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    ScriptWriter(file).write(bytes);
    return file.error() == QFileDevice::NoError;
}

struct Run {
    double wallMs = -1; // -1: the process failed
    double cpuMs = 0; // user + system time of the child: steadier than wall time on a shared machine
};

// A whole process (posix_spawn + wait4), its output discarded, `stdinFile` as its input.
Run timeProcess(const QString& program, const QStringList& arguments, const QString& stdinFile = {})
{
    QList<QByteArray> args { program.toLocal8Bit() };
    for (const QString& a : arguments)
        args.append(a.toLocal8Bit());
    QList<char*> argv;
    for (QByteArray& a : args)
        argv.append(a.data());
    argv.append(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray input = stdinFile.isEmpty() ? QByteArrayLiteral("/dev/null") : stdinFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 0, input.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    Run run;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage {};
    if (spawned != 0 || wait4(pid, &status, 0, &usage) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return run;
    run.wallMs = clock.nsecsElapsed() / 1e6;
    auto ms = [](const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    run.cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mbOption(QStringLiteral("mb"), QStringLiteral("Size of the script in MB (default 50)."),
        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of each side (default 3)."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption godwitOption(QStringLiteral("godwit"), QStringLiteral("The godwit executable."),
        QStringLiteral("path"), QStringLiteral(GODWIT_BIN));
    const QCommandLineOption noScaling(QStringLiteral("no-scaling"), QStringLiteral("Skip the 4, 8 and 16 MB runs."));
    const QCommandLineOption writeOption(QStringLiteral("write"),
        QStringLiteral("Only write the --mb script to FILE (to time it by hand)."), QStringLiteral("FILE"));
    parser.addOptions({ mbOption, runsOption, godwitOption, noScaling, writeOption });
    parser.process(app);
    const int mb = std::max(1, parser.value(mbOption).toInt());
    if (parser.isSet(writeOption))
        return generate(parser.value(writeOption), qint64(mb) << 20) ? 0 : 1;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString godwit = parser.value(godwitOption);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!QFile::exists(godwit)) {
        say(QStringLiteral("bench_script_read: no godwit executable at %1").arg(godwit));
        return 1;
    }

    QTemporaryDir dir;
    struct Medians {
        Run ours;
        Run reference;
    };
    auto measure = [&](int megabytes, int times) -> std::optional<Medians> {
        const QString script = dir.filePath(QStringLiteral("script-%1mb.sql").arg(megabytes));
        if (!generate(script, qint64(megabytes) << 20))
            return std::nullopt;
        QList<double> oursWall, oursCpu, refWall, refCpu;
        for (int i = 0; i < times; ++i) {
            const Run ours = timeProcess(godwit, { QStringLiteral("inspect"), script });
            const Run reference = timeProcess(sqlite3, { QStringLiteral(":memory:") }, script);
            if (ours.wallMs < 0 || reference.wallMs < 0)
                return std::nullopt;
            oursWall << ours.wallMs;
            oursCpu << ours.cpuMs;
            refWall << reference.wallMs;
            refCpu << reference.cpuMs;
        }
        return Medians { { median(oursWall), median(oursCpu) }, { median(refWall), median(refCpu) } };
    };

    if (sqlite3.isEmpty()) {
        say(QStringLiteral("bench_script_read: sqlite3 not found (Debian package sqlite3); no reference"));
        return 1;
    }
    if (!parser.isSet(noScaling)) {
        for (int size : { 4, 8, 16 }) {
            const auto m = measure(size, 1);
            if (!m) {
                say(QStringLiteral("bench_script_read: godwit inspect or sqlite3 failed on the %1 MB script")
                        .arg(size));
                return 1;
            }
            say(QStringLiteral(
                "%1 MB: godwit inspect %2 ms wall, %3 ms CPU (%4 ms CPU/MB); sqlite3 %5 ms wall, %6 ms CPU")
                    .arg(size)
                    .arg(m->ours.wallMs, 0, 'f', 0)
                    .arg(m->ours.cpuMs, 0, 'f', 0)
                    .arg(m->ours.cpuMs / size, 0, 'f', 1)
                    .arg(m->reference.wallMs, 0, 'f', 0)
                    .arg(m->reference.cpuMs, 0, 'f', 0));
        }
    }
    const auto m = measure(mb, runs);
    if (!m) {
        say(QStringLiteral("bench_script_read: godwit inspect or sqlite3 failed on the %1 MB script").arg(mb));
        return 1;
    }
    say(QStringLiteral("%1 MB, median of %2: godwit inspect %3 ms wall, %4 ms CPU; sqlite3 :memory: < script.sql %5 ms "
                       "wall, %6 ms CPU")
            .arg(mb)
            .arg(runs)
            .arg(m->ours.wallMs, 0, 'f', 0)
            .arg(m->ours.cpuMs, 0, 'f', 0)
            .arg(m->reference.wallMs, 0, 'f', 0)
            .arg(m->reference.cpuMs, 0, 'f', 0));
    say(QStringLiteral("ratio: godwit inspect / sqlite3 on a %1 MB script (wall) = %2 (lower is better; target <= 3)")
            .arg(mb)
            .arg(m->ours.wallMs / m->reference.wallMs, 0, 'f', 2));
    say(QStringLiteral("ratio: godwit inspect / sqlite3 on a %1 MB script (CPU) = %2 (lower is better; target <= 3)")
            .arg(mb)
            .arg(m->ours.cpuMs / m->reference.cpuMs, 0, 'f', 2));
    return 0;
}
