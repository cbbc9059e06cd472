// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordersgenerator.h"

#include "core/textfile.h"
#include "sample/samplerandom.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <array>
#include <filesystem>
#include <limits>
#include <numeric>
#include <system_error>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QVariant>

namespace godwit::sample {

namespace {

    Q_LOGGING_CATEGORY(lcOrdersGenerator, "godwit.model.sample", QtInfoMsg)

    using sqlite::Database;
    using sqlite::Statement;

    constexpr qint64 Day = 86400;
    constexpr qint64 Span = 730 * Day; // created_at covers the two years before endTime
    constexpr qint64 DualWriteWindow = 14 * Day; // with V2: orders this recent were written by the new release
    constexpr qint64 MaxOrders = 1000000000;
    constexpr qint64 LastTextTime = 253402300799 - 8 * Day; // keeps every timestamp at four-digit years
    constexpr quint64 Products = 5000;
    constexpr qint64 CachePages = -131072; // 128 MiB: the random-order indexes then stay in memory

    enum class OrderStatus { Pending, Paid, Shipped, Delivered, Cancelled };
    enum class PaymentStatus { Authorized, Captured, Refunded, Failed };

    // The age buckets (seconds) and status weights (pending, paid, shipped, delivered, cancelled) keep
    // statuses plausible: nothing stays pending for weeks and a fresh order is rarely delivered.
    struct AgeBucket {
        qint64 maxAge;
        std::array<int, 5> weights;
    };
    constexpr std::array<AgeBucket, 5> AgeBuckets { {
        { 1 * Day, { 45, 35, 12, 0, 8 } },
        { 3 * Day, { 10, 30, 50, 3, 7 } },
        { 8 * Day, { 2, 5, 35, 52, 6 } },
        { 30 * Day, { 0, 0, 6, 89, 5 } },
        { std::numeric_limits<qint64>::max(), { 0, 0, 0, 95, 5 } },
    } };

    QString orderStatusText(OrderStatus s)
    {
        switch (s) {
        case OrderStatus::Pending:
            return QStringLiteral("pending");
        case OrderStatus::Paid:
            return QStringLiteral("paid");
        case OrderStatus::Shipped:
            return QStringLiteral("shipped");
        case OrderStatus::Delivered:
            return QStringLiteral("delivered");
        case OrderStatus::Cancelled:
            return QStringLiteral("cancelled");
        }
        return {};
    }

    QString paymentStatusText(PaymentStatus s)
    {
        switch (s) {
        case PaymentStatus::Authorized:
            return QStringLiteral("authorized");
        case PaymentStatus::Captured:
            return QStringLiteral("captured");
        case PaymentStatus::Refunded:
            return QStringLiteral("refunded");
        case PaymentStatus::Failed:
            return QStringLiteral("failed");
        }
        return {};
    }

    // Seconds since the epoch as ISO-8601 `YYYY-MM-DDTHH:MM:SSZ`, with Howard Hinnant's
    // days-to-civil algorithm: exact integer arithmetic and much cheaper than QDateTime per row.
    QString utcText(qint64 t)
    {
        const qint64 days = t / Day;
        const qint64 secs = t % Day;
        const qint64 z = days + 719468;
        const qint64 era = z / 146097;
        const qint64 doe = z - era * 146097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const qint64 d = doy - (153 * mp + 2) / 5 + 1;
        const qint64 m = mp < 10 ? mp + 3 : mp - 9;
        const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);

        char buf[20];
        auto put = [&buf](int at, qint64 value, int width) {
            for (int i = width - 1; i >= 0; --i) {
                buf[at + i] = static_cast<char>('0' + value % 10);
                value /= 10;
            }
        };
        put(0, y, 4);
        buf[4] = '-';
        put(5, m, 2);
        buf[7] = '-';
        put(8, d, 2);
        buf[10] = 'T';
        put(11, secs / 3600, 2);
        buf[13] = ':';
        put(14, secs / 60 % 60, 2);
        buf[16] = ':';
        put(17, secs % 60, 2);
        buf[19] = 'Z';
        return QString::fromLatin1(buf, 20);
    }

    // `pi_` + 13 base-36 digits of a bijective scramble of the payment id: unique by construction,
    // yet it looks like a payment provider's opaque reference.
    QString providerRef(quint64 paymentId, quint64 key)
    {
        quint64 x = SampleRandom::mix(paymentId + key);
        char buf[16] = { 'p', 'i', '_' };
        for (int i = 15; i >= 3; --i) {
            buf[i] = "0123456789abcdefghijklmnopqrstuvwxyz"[x % 36];
            x /= 36;
        }
        return QString::fromLatin1(buf, 16);
    }

    std::filesystem::path fsPath(const QString& path) { return std::filesystem::path(path.toStdU16String()); }

    QStringList sidecars(const QString& path)
    {
        return { path + QLatin1String("-journal"), path + QLatin1String("-wal"), path + QLatin1String("-shm") };
    }

    // Removes a database file and its sidecars; a stale -journal next to a fresh file would be
    // "recovered" into it by SQLite.
    Result<void> removeDatabaseFiles(const QString& path, bool includeMain = true)
    {
        QStringList files = sidecars(path);
        if (includeMain)
            files.prepend(path);
        for (const QString& file : files) {
            if (QFileInfo(file).isSymLink() || QFileInfo::exists(file)) {
                if (!QFile::remove(file))
                    return fail(Error::Code::Io, QStringLiteral("cannot remove %1").arg(file), file);
            }
        }
        return {};
    }

    Result<void> run(Statement& st, std::initializer_list<QVariant> values)
    {
        st.reset();
        int index = 0;
        for (const QVariant& v : values) {
            if (auto r = st.bind(++index, v); !r)
                return r;
        }
        return st.exec();
    }

    // Writes the rows; one instance per generate() call, on the connection to the partial file.
    class SampleWriter final {
    public:
        SampleWriter(const Database& db, const OrdersGenerator::Options& options)
            : m_db(db)
            , m_options(options)
            , m_rng(options.seed)
            , m_customers(std::max<qint64>(1, (options.orders + 7) / 8))
            , m_start(options.endTime - Span)
        {
            const auto customers = static_cast<quint64>(m_customers);
            // A stride coprime with the customer count permutes ids, so the busiest customers are
            // scattered over the id range instead of being 1, 2, 3...
            m_customerStride = SampleRandom::mix(options.seed ^ 0x5eed) % customers | 1;
            while (std::gcd(m_customerStride, customers) != 1)
                ++m_customerStride;
            m_customerOffset = SampleRandom::mix(options.seed + 1) % customers;
            m_refKey = SampleRandom::mix(options.seed + 2);
            // Catalogue prices are a function of the product and seed, so a product costs the same in every order.
            m_prices.resize(Products);
            for (quint64 p = 0; p < Products; ++p) {
                const double u = static_cast<double>(SampleRandom::mix(m_refKey ^ (p + 3)) >> 11) * 0x1.0p-53;
                const auto cents = 199 + static_cast<qint64>((u * u) * u * 29800.0);
                m_prices[p] = cents / 100 * 100 + 99;
            }
        }

        Result<void> prepare()
        {
            const QString orderSql = m_options.applyV2
                ? QStringLiteral("INSERT INTO orders (order_id, customer_id, status, total_amount, created_at, "
                                 "estimated_delivery, shipping_eta) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                : QStringLiteral("INSERT INTO orders (order_id, customer_id, status, total_amount, created_at, "
                                 "estimated_delivery) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            auto order = m_db.prepare(orderSql);
            if (!order)
                return std::unexpected(order.error());
            auto item = m_db.prepare(
                QStringLiteral("INSERT INTO order_items (order_id, item_id, quantity, price) VALUES (?1, ?2, ?3, ?4)"));
            if (!item)
                return std::unexpected(item.error());
            auto payment
                = m_db.prepare(QStringLiteral("INSERT INTO payments (payment_id, order_id, status, provider_ref, "
                                              "created_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
            if (!payment)
                return std::unexpected(payment.error());
            m_insertOrder = std::move(*order);
            m_insertItem = std::move(*item);
            m_insertPayment = std::move(*payment);
            return {};
        }

        // Order `index` (0-based) of options.orders; must be called in ascending order.
        Result<void> writeOrder(qint64 index)
        {
            const qint64 orderId = index + 1;
            const qint64 createdAt = createdTime(index);
            const qint64 customerId = customerFor();

            struct Line {
                qint64 product;
                qint64 quantity;
            };
            std::array<Line, 5> lines {};
            const int lineCount = 1 + m_rng.weighted({ 40, 25, 17, 11, 7 });
            qint64 totalCents = 0;
            for (int i = 0; i < lineCount; ++i) {
                qint64 product = 0;
                bool repeated = true;
                while (repeated) {
                    // (order_id, item_id) is the primary key: a product appears once per order.
                    product = static_cast<qint64>(m_rng.skewed(Products));
                    repeated = false;
                    for (int j = 0; j < i; ++j)
                        repeated = repeated || lines[j].product == product;
                }
                lines[i] = { product, 1 + m_rng.weighted({ 60, 25, 10, 5 }) };
                totalCents += lines[i].quantity * m_prices[product];
            }

            const qint64 age = m_options.endTime - createdAt;
            const AgeBucket* bucket = AgeBuckets.data();
            while (age >= bucket->maxAge)
                ++bucket;
            const auto& w = bucket->weights;
            const auto status = static_cast<OrderStatus>(m_rng.weighted({ w[0], w[1], w[2], w[3], w[4] }));
            const qint64 estimated = createdAt + m_rng.between(2, 7) * Day;
            const QString estimatedText = utcText(estimated);

            QVariant shippingEta;
            if (m_options.applyV2 && age < DualWriteWindow)
                shippingEta = estimatedText;
            const QVariant orderIdValue(orderId);
            Result<void> r = m_options.applyV2
                ? run(m_insertOrder,
                    { orderIdValue, customerId, orderStatusText(status), static_cast<double>(totalCents) / 100.0,
                        utcText(createdAt), estimatedText, shippingEta })
                : run(m_insertOrder,
                    { orderIdValue, customerId, orderStatusText(status), static_cast<double>(totalCents) / 100.0,
                        utcText(createdAt), estimatedText });
            if (!r)
                return r;
            for (int i = 0; i < lineCount; ++i) {
                const Line& line = lines[i];
                r = run(m_insertItem,
                    { orderIdValue, line.product + 1, line.quantity,
                        static_cast<double>(m_prices[line.product]) / 100.0 });
                if (!r)
                    return r;
            }
            return writePayments(orderIdValue, status, createdAt);
        }

    private:
        // Ascending with order_id; the order rate grows threefold over the two years (a growing
        // shop), from the inverse of a linear density: offset = Span * i (3n - i) / 2n^2.
        qint64 createdTime(qint64 index)
        {
            auto offset = [this](qint64 i) {
                const qint64 n = m_options.orders;
                // One multiplication and one division of doubles: exactly rounded, so portable.
                const double shape = static_cast<double>(i * (3 * n - i));
                return static_cast<qint64>(static_cast<double>(Span) * shape / (2.0 * static_cast<double>(n) * n));
            };
            const qint64 from = offset(index);
            const qint64 to = offset(index + 1);
            return m_start + from + m_rng.between(0, std::max<qint64>(0, to - from - 1));
        }

        qint64 customerFor()
        {
            const auto customers = static_cast<quint64>(m_customers);
            const quint64 rank = m_rng.skewed(customers);
            return static_cast<qint64>((rank * m_customerStride + m_customerOffset) % customers) + 1;
        }

        // One payment per non-pending order; a few successful ones first failed and were retried.
        Result<void> writePayments(const QVariant& orderId, OrderStatus status, qint64 createdAt)
        {
            if (status == OrderStatus::Pending)
                return {};
            PaymentStatus last = PaymentStatus::Captured;
            if (status == OrderStatus::Paid)
                last = PaymentStatus::Authorized;
            else if (status == OrderStatus::Cancelled)
                last = m_rng.chance(600) ? PaymentStatus::Refunded : PaymentStatus::Failed;
            qint64 at = createdAt + m_rng.between(5, 600);
            if (last != PaymentStatus::Failed && m_rng.chance(40)) {
                if (auto r = writePayment(orderId, PaymentStatus::Failed, at); !r)
                    return r;
                at += m_rng.between(60, 3600);
            }
            return writePayment(orderId, last, at);
        }

        Result<void> writePayment(const QVariant& orderId, PaymentStatus status, qint64 at)
        {
            ++m_paymentId;
            return run(m_insertPayment,
                { m_paymentId, orderId, paymentStatusText(status),
                    providerRef(static_cast<quint64>(m_paymentId), m_refKey),
                    utcText(std::min(at, m_options.endTime)) });
        }

        const Database& m_db;
        const OrdersGenerator::Options& m_options;
        SampleRandom m_rng;
        qint64 m_customers = 1;
        qint64 m_start = 0;
        quint64 m_customerStride = 1;
        quint64 m_customerOffset = 0;
        quint64 m_refKey = 0;
        qint64 m_paymentId = 0;
        std::vector<qint64> m_prices;
        Statement m_insertOrder;
        Statement m_insertItem;
        Statement m_insertPayment;
    };

    Result<void> fillDatabase(const Database& db, const OrdersGenerator::Options& options)
    {
        // The output is a scratch file until it is renamed: no fsync while filling. The journal stays
        // (every connection is DEFENSIVE, which refuses journal_mode=OFF), but SQLite never journals
        // the pages a transaction adds beyond the file's size, which is all of them here.
        if (auto r = db.exec(QStringLiteral("PRAGMA synchronous=OFF; PRAGMA cache_size=%1").arg(CachePages)); !r)
            return r;
        for (int version = 1; version <= (options.applyV2 ? 2 : 1); ++version) {
            auto script = OrdersGenerator::migrationScript(version);
            if (!script)
                return std::unexpected(script.error());
            if (auto r = db.executeScript(*script, OrdersGenerator::migrationFileName(version)); !r)
                return r;
        }

        auto report = [&options](qint64 done) { return !options.progress || options.progress(done, options.orders); };
        auto cancelled = [] { return fail(Error::Code::Cancelled, QStringLiteral("cancelled")); };
        if (!report(0))
            return cancelled();

        auto transaction = sqlite::Transaction::begin(db);
        if (!transaction)
            return std::unexpected(transaction.error());
        SampleWriter writer(db, options);
        if (auto r = writer.prepare(); !r)
            return r;
        for (qint64 i = 0; i < options.orders; ++i) {
            if (i > 0 && i % OrdersGenerator::ProgressInterval == 0 && !report(i))
                return cancelled();
            if (auto r = writer.writeOrder(i); !r)
                return r;
        }
        if (!report(options.orders))
            return cancelled();
        if (auto r = transaction->commit(); !r)
            return r;
        // sqlite_stat1 makes the sample's query plans match a production database's. With the journal
        // back on and synchronous=FULL, ANALYZE's commit also flushes everything written before it.
        return db.exec(QStringLiteral("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; ANALYZE"));
    }

    Result<void> build(const QString& path, const OrdersGenerator::Options& options)
    {
        auto db = Database::openWritable(path, true);
        if (!db)
            return std::unexpected(db.error());
        return fillDatabase(*db, options);
    }

} // namespace

QString OrdersGenerator::partialPath(const QString& outPath) { return outPath + QLatin1String(".partial"); }

QString OrdersGenerator::migrationFileName(int version)
{
    switch (version) {
    case 1:
        return QStringLiteral("V1__orders.sql");
    case 2:
        return QStringLiteral("V2__add_shipping_eta.sql");
    default:
        return {};
    }
}

Result<QString> OrdersGenerator::migrationScript(int version)
{
    const QString name = migrationFileName(version);
    if (name.isEmpty())
        return fail(Error::Code::InvalidArgument, QStringLiteral("no orders migration V%1").arg(version));
    return TextFile::read(QStringLiteral(":/godwit/samples/orders/") + name, QStringLiteral("the sample script"));
}

Result<void> OrdersGenerator::generate(const QString& outPath, const Options& options)
{
    if (outPath.isEmpty())
        return fail(Error::Code::InvalidArgument, QStringLiteral("no output file given"));
    if (options.orders < 0 || options.orders > MaxOrders)
        return fail(Error::Code::InvalidArgument, QStringLiteral("order count must be between 0 and %1").arg(MaxOrders),
            outPath);
    if (options.endTime < Span || options.endTime > LastTextTime)
        return fail(Error::Code::InvalidArgument, QStringLiteral("end time out of range"), outPath);
    const QFileInfo out(outPath);
    if (out.isDir())
        return fail(Error::Code::IsDirectory, QStringLiteral("is a directory"), outPath);
    if (!out.absoluteDir().exists())
        return fail(Error::Code::FileNotFound, QStringLiteral("output folder does not exist"), outPath);
    auto existing = [&outPath] {
        for (const QString& file : QStringList { outPath } + sidecars(outPath)) {
            if (QFileInfo::exists(file))
                return true;
        }
        return false;
    };
    if (!options.overwrite && existing())
        return fail(Error::Code::InvalidArgument, QStringLiteral("output file already exists"), outPath);

    const QString partial = partialPath(outPath);
    if (auto r = removeDatabaseFiles(partial); !r)
        return r;
    auto built = build(partial, options);
    // The connection is closed by now, so the partial file can go.
    if (!built) {
        if (auto r = removeDatabaseFiles(partial); !r)
            qCWarning(lcOrdersGenerator) << r.error().toString();
        Error e = built.error();
        if (e.file.isEmpty() || e.file == partial)
            e.file = outPath;
        return std::unexpected(std::move(e));
    }

    if (!options.overwrite && existing()) {
        // Someone created the file while we were generating; theirs wins.
        (void)removeDatabaseFiles(partial);
        return fail(Error::Code::InvalidArgument, QStringLiteral("output file already exists"), outPath);
    }
    if (auto r = removeDatabaseFiles(outPath, false); !r) {
        (void)removeDatabaseFiles(partial);
        return r;
    }
    // std::filesystem::rename replaces an existing target atomically on every platform.
    std::error_code ec;
    std::filesystem::rename(fsPath(partial), fsPath(outPath), ec);
    if (ec) {
        (void)removeDatabaseFiles(partial);
        return fail(Error::Code::Io,
            QStringLiteral("cannot rename %1: %2").arg(partial, QString::fromStdString(ec.message())), outPath);
    }
    return {};
}

} // namespace godwit::sample
