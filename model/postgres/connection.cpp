// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include "connectionuri.h"

#include <QLoggingCategory>

#ifdef GODWIT_HAVE_POSTGRES
#include <libpq-fe.h>
#endif

namespace godwit::postgres {

namespace {

    Q_LOGGING_CATEGORY(lcPostgres, "godwit.model.postgres")

    // libpq's messages run over several lines ("connection to server … failed: Connection
    // refused\n\tIs the server running…"); the CLI prints one. Keep the first line, drop the
    // "connection to server … failed:" and "FATAL:" prefixes, and start in lower case.
    [[maybe_unused]] QString oneLine(const QString& message)
    {
        QString line = message.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
        const qsizetype failed = line.lastIndexOf(QLatin1String(" failed: "));
        if (line.startsWith(QLatin1String("connection to server")) && failed >= 0)
            line = line.mid(failed + 9);
        for (const char* prefix : { "FATAL:", "ERROR:" }) {
            if (line.startsWith(QLatin1String(prefix)))
                line = line.mid(qstrlen(prefix)).trimmed();
        }
        if (line.size() > 1 && line[0].isUpper() && line[1].isLower())
            line[0] = line[0].toLower();
        return line.isEmpty() ? QStringLiteral("cannot connect") : line;
    }

} // namespace

#ifdef GODWIT_HAVE_POSTGRES

void Connection::Closer::operator()(pg_conn* conn) const { PQfinish(conn); }

bool Connection::isSupported() { return true; }

Result<Connection> Connection::open(const QString& uri, const ConnectOptions& options)
{
    const QString display = ConnectionUri::redacted(uri);
    // Later keywords override what the URI says (expand_dbname), so the read-only settings win.
    QString serverOptions = QStringLiteral("-c statement_timeout=%1 -c lock_timeout=%2")
                                .arg(options.statementTimeoutMs)
                                .arg(options.lockTimeoutMs);
    if (options.readOnly)
        serverOptions += QStringLiteral(" -c default_transaction_read_only=on");
    const QByteArray dbname = uri.toUtf8();
    const QByteArray opts = serverOptions.toUtf8();
    const QByteArray timeout = QByteArray::number(options.connectTimeoutS);
    const QByteArray password = options.password.toUtf8();
    const QByteArray database = options.database.toUtf8();
    QList<const char*> keywords = { "dbname", "options", "connect_timeout", "fallback_application_name" };
    QList<const char*> values = { dbname.constData(), opts.constData(), timeout.constData(), "godwit" };
    if (!options.password.isEmpty()) {
        keywords << "password";
        values << password.constData();
    }
    if (!options.database.isEmpty()) { // only the first dbname is expanded as a URI; this one names a database
        keywords << "dbname";
        values << database.constData();
    }
    keywords << nullptr;
    values << nullptr;

    Connection c;
    c.m_displayUri = display;
    c.m_conn.reset(PQconnectdbParams(keywords.constData(), values.constData(), 1));
    if (!c.m_conn)
        return fail(Error::Code::Io, QStringLiteral("out of memory"), display);
    if (PQstatus(c.m_conn.get()) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(c.m_conn.get()));
        if (PQconnectionNeedsPassword(c.m_conn.get()))
            return fail(Error::Code::PermissionDenied, QStringLiteral("password required"), display);
        const bool denied = message.contains(QLatin1String("password authentication failed"))
            || message.contains(QLatin1String("permission denied"));
        return fail(denied ? Error::Code::PermissionDenied : Error::Code::Io, oneLine(message), display);
    }
    // libpq prints server NOTICEs on stderr by default; the CLI owns stderr (one line per error).
    PQsetNoticeProcessor(
        c.m_conn.get(), [](void*, const char* message) { qCDebug(lcPostgres) << "notice:" << message; }, nullptr);
    qCDebug(lcPostgres) << "connected to" << display << "server" << PQserverVersion(c.m_conn.get());
    return c;
}

int Connection::serverVersion() const { return m_conn ? PQserverVersion(m_conn.get()) : 0; }

QString Connection::databaseName() const { return m_conn ? QString::fromUtf8(PQdb(m_conn.get())) : QString(); }

Result<QueryResult> Connection::query(const QString& sql, const QStringList& params) const
{
    if (!m_conn)
        return fail(Error::Code::InvalidArgument, QStringLiteral("not connected"));
    QList<QByteArray> storage;
    QList<const char*> values;
    for (const QString& p : params)
        storage << p.toUtf8();
    for (const QByteArray& b : storage)
        values << b.constData();
    const QByteArray text = sql.toUtf8();
    std::unique_ptr<PGresult, decltype(&PQclear)> res(
        PQexecParams(m_conn.get(), text.constData(), static_cast<int>(values.size()), nullptr,
            values.isEmpty() ? nullptr : values.constData(), nullptr, nullptr, 0),
        &PQclear);
    const ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Error e;
        e.code = Error::Code::Sql;
        e.sql = sql;
        e.file = m_displayUri;
        const char* primary = res ? PQresultErrorField(res.get(), PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        e.message = primary ? QString::fromUtf8(primary) : oneLine(QString::fromUtf8(PQerrorMessage(m_conn.get())));
        // The server counts the error position in characters from 1 (protocol-error-fields.html).
        if (const char* position = res ? PQresultErrorField(res.get(), PG_DIAG_STATEMENT_POSITION) : nullptr)
            e.column = QByteArray(position).toInt();
        if (e.message.contains(QLatin1String("read-only transaction")))
            e.code = Error::Code::ReadOnly;
        return std::unexpected(e);
    }
    const int rows = PQntuples(res.get());
    const int cols = PQnfields(res.get());
    QStringList columns;
    for (int c = 0; c < cols; ++c)
        columns << QString::fromUtf8(PQfname(res.get(), c));
    QList<QStringList> values2;
    QList<QList<bool>> nulls;
    values2.reserve(rows);
    nulls.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        QList<bool> rowNulls;
        row.reserve(cols);
        for (int c = 0; c < cols; ++c) {
            const bool null = PQgetisnull(res.get(), r, c) != 0;
            rowNulls << null;
            row << (null ? QString() : QString::fromUtf8(PQgetvalue(res.get(), r, c), PQgetlength(res.get(), r, c)));
        }
        values2 << row;
        nulls << rowNulls;
    }
    return QueryResult(std::move(columns), std::move(values2), std::move(nulls));
}

Result<void> Connection::execute(const QString& sql) const
{
    if (!m_conn)
        return fail(Error::Code::InvalidArgument, QStringLiteral("not connected"));
    std::unique_ptr<PGresult, decltype(&PQclear)> res(PQexec(m_conn.get(), sql.toUtf8().constData()), &PQclear);
    const ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
        return {};
    Error e;
    e.code = Error::Code::Sql;
    e.sql = sql;
    e.file = m_displayUri;
    const char* primary = res ? PQresultErrorField(res.get(), PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    e.message = primary ? QString::fromUtf8(primary) : oneLine(QString::fromUtf8(PQerrorMessage(m_conn.get())));
    if (const char* position = res ? PQresultErrorField(res.get(), PG_DIAG_STATEMENT_POSITION) : nullptr)
        e.column = QByteArray(position).toInt();
    return std::unexpected(e);
}

QString Connection::quoteIdentifier(const QString& name) const
{
    const QByteArray utf8 = name.toUtf8();
    char* quoted
        = m_conn ? PQescapeIdentifier(m_conn.get(), utf8.constData(), static_cast<size_t>(utf8.size())) : nullptr;
    if (!quoted) {
        QString fallback = name;
        fallback.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + fallback + QLatin1Char('"');
    }
    const QString out = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return out;
}

#else // built without libpq: every URI source fails with one clear line.

void Connection::Closer::operator()(pg_conn*) const { }

bool Connection::isSupported() { return false; }

Result<Connection> Connection::open(const QString& uri, const ConnectOptions&)
{
    return fail(Error::Code::Unsupported, QStringLiteral("this godwit was built without PostgreSQL support (libpq)"),
        ConnectionUri::redacted(uri));
}

int Connection::serverVersion() const { return 0; }

QString Connection::databaseName() const { return {}; }

Result<QueryResult> Connection::query(const QString&, const QStringList&) const
{
    return fail(Error::Code::Unsupported, QStringLiteral("built without PostgreSQL support"));
}

Result<void> Connection::execute(const QString&) const
{
    return fail(Error::Code::Unsupported, QStringLiteral("built without PostgreSQL support"));
}

QString Connection::quoteIdentifier(const QString& name) const
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

#endif

} // namespace godwit::postgres
