// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "queryresult.h"

#include <memory>

#include <QString>
#include <QStringList>

struct pg_conn;

namespace godwit::postgres {

struct ConnectOptions {
    int statementTimeoutMs = 60000; // no catalog query of Godwit's may hold the server longer
    int lockTimeoutMs = 5000; // never queue behind (and so in front of) another session's lock
    int connectTimeoutS = 10;
    // When false the session may write: only for the scratch database Godwit creates itself.
    bool readOnly = true;
    // A password typed into a prompt; used for this connection only, never stored.
    QString password = {};
    // Another database on the URI's server (Godwit's scratch database), instead of the URI's own.
    QString database = {};
};

// One libpq connection (PQconnectdbParams). Move-only; PQfinish closes it. A user's database is
// opened read-only by construction: default_transaction_read_only, statement_timeout and
// lock_timeout are set in the startup packet, before any statement can run.
class Connection final {
public:
    Connection() = default;
    Connection(Connection&&) noexcept = default;
    Connection& operator=(Connection&&) noexcept = default;

    // True when libpq was available at build time.
    [[nodiscard]] static bool isSupported();
    // Errors name the URI without its password. Error::Code::PermissionDenied with the message
    // "password required" means libpq found no password (~/.pgpass, PGPASSWORD): ask and retry.
    [[nodiscard]] static Result<Connection> open(const QString& uri, const ConnectOptions& options = {});

    [[nodiscard]] bool isOpen() const { return m_conn != nullptr; }
    [[nodiscard]] const QString& displayUri() const { return m_displayUri; }
    [[nodiscard]] int serverVersion() const; // e.g. 150004
    [[nodiscard]] QString databaseName() const;

    // One statement with text parameters ($1, $2, …), always bound, never spliced into the SQL.
    [[nodiscard]] Result<QueryResult> query(const QString& sql, const QStringList& params = {}) const;
    // query() without parameters, then `onRow(const QueryResult::Row&)` for every row, in order.
    template <typename OnRow> [[nodiscard]] Result<void> forEachRow(const QString& sql, OnRow&& onRow) const
    {
        const Result<QueryResult> rows = query(sql);
        if (!rows)
            return std::unexpected(rows.error());
        for (qsizetype r = 0; r < rows->rowCount(); ++r)
            onRow(QueryResult::Row(*rows, r));
        return {};
    }
    // Statements without results (BEGIN, SET, …); several may be separated by semicolons.
    [[nodiscard]] Result<void> execute(const QString& sql) const;
    // An identifier quoted for SQL by libpq (PQescapeIdentifier).
    [[nodiscard]] QString quoteIdentifier(const QString& name) const;

private:
    struct Closer {
        void operator()(pg_conn* conn) const;
    };
    std::unique_ptr<pg_conn, Closer> m_conn;
    QString m_displayUri;
};

} // namespace godwit::postgres
