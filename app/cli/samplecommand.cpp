// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecommand.h"

#include "parser.h"
#include "sample/ordersgenerator.h"

#include <unistd.h>

#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

namespace godwit::cli {

QString SampleCommand::summary() const
{
    return QStringLiteral("Write the bundled orders example as a database with generated data");
}

int SampleCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Parser parser(name(), summary());
    const QCommandLineOption rows(QStringLiteral("rows"),
        QStringLiteral("Number of orders (default %1).").arg(sample::OrdersGenerator::DefaultOrders),
        QStringLiteral("N"), QString::number(sample::OrdersGenerator::DefaultOrders));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Random seed; the same seed always gives the same database (default %1).")
            .arg(sample::OrdersGenerator::DefaultSeed),
        QStringLiteral("S"), QString::number(sample::OrdersGenerator::DefaultSeed));
    const QCommandLineOption v2(QStringLiteral("v2"),
        QStringLiteral(
            "Also apply V2__add_shipping_eta.sql (recent orders dual-written, older ones awaiting backfill)."));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace OUT.db if it exists."));
    parser.addOptions({ rows, seed, v2, force });
    parser.addPositionalArgument(
        QStringLiteral("orders"), QStringLiteral("The sample to write (only 'orders' exists)."));
    parser.addPositionalArgument(QStringLiteral("OUT.db"), QStringLiteral("The database file to create."));
    if (auto done = parser.parse(arguments, out, err, 2, 2))
        return *done;
    if (parser.positionalArguments().constFirst() != QLatin1String("orders"))
        return reportError(err,
            QStringLiteral("unknown sample '%1' (the only sample is 'orders')")
                .arg(parser.positionalArguments().constFirst()));

    sample::OrdersGenerator::Options options;
    bool ok = false;
    options.orders = parser.value(rows).toLongLong(&ok);
    if (!ok || options.orders < 0)
        return reportError(
            err, QStringLiteral("--rows needs a whole number of orders, not '%1'").arg(parser.value(rows)));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return reportError(err, QStringLiteral("--seed needs a whole number, not '%1'").arg(parser.value(seed)));
    options.applyV2 = parser.isSet(v2);
    options.overwrite = parser.isSet(force);

    // Progress with an ETA on a terminal only, so scripts and CI logs stay clean.
    const bool interactive = isatty(STDERR_FILENO) == 1;
    QElapsedTimer clock;
    clock.start();
    if (interactive) {
        options.progress = [&](qint64 done, qint64 total) {
            const double fraction = total > 0 ? double(done) / double(total) : 1.0;
            QString eta;
            if (fraction >= 0.01 && fraction < 1.0)
                eta = QStringLiteral(", ETA %1 s").arg(qRound(clock.elapsed() / 1000.0 * (1.0 - fraction) / fraction));
            err << QStringLiteral("\rgenerating orders: %1/%2 (%3%)%4   ")
                       .arg(QLocale::c().toString(done), QLocale::c().toString(total))
                       .arg(qRound(fraction * 100))
                       .arg(eta);
            err.flush();
            return true;
        };
    }
    const QString file = parser.positionalArguments().at(1);
    auto result = sample::OrdersGenerator::generate(file, options);
    if (interactive)
        err << '\n';
    if (!result)
        return reportError(err, result.error());
    out << QStringLiteral("wrote %1 orders to %2 in %3 s\n")
               .arg(QLocale::c().toString(options.orders), file)
               .arg(clock.elapsed() / 1000.0, 0, 'f', 1);
    out.flush();
    return ExitCode::Ok;
}

} // namespace godwit::cli
