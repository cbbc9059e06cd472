// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "postgres/connection.h"

#include <memory>

namespace godwit::schema {

// A database Godwit creates on the user's server to let PostgreSQL itself parse a target (a
// .sql script, the DDL of a Mermaid diagram): CREATE DATABASE godwit_scratch_<random> TEMPLATE
// template1, the user's permission permitting, so nothing of the user's database is copied or
// touched. The destructor drops it (WITH (FORCE)) however the read ended.
class PgScratchDatabase final {
public:
    // `purpose` completes "cannot create a scratch database to parse …" in the error.
    [[nodiscard]] static Result<std::unique_ptr<PgScratchDatabase>> create(
        const QString& serverUri, const QString& purpose);
    ~PgScratchDatabase();
    PgScratchDatabase(const PgScratchDatabase&) = delete;
    PgScratchDatabase& operator=(const PgScratchDatabase&) = delete;

    // A session on the scratch database that may write (it is Godwit's own); close it before
    // the scratch database is dropped.
    [[nodiscard]] Result<postgres::Connection> connect() const;
    [[nodiscard]] const QString& name() const { return m_name; }

private:
    PgScratchDatabase(postgres::Connection admin, QString serverUri, QString name);

    postgres::Connection m_admin;
    QString m_serverUri;
    QString m_name;
};

} // namespace godwit::schema
