// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "schema.h"

namespace godwit::schema {

// A .sql target for a live PostgreSQL database, parsed by PostgreSQL itself: the script runs in
// a scratch database Godwit creates on the same server (CREATE DATABASE godwit_scratch_<random>,
// the user's permission permitting) and drops afterwards, whatever happens; its catalog is then
// read like any other. The user's database is not touched: the scratch one is made from
// template1. Errors carry file:line:col from the server's error position.
class PgScriptReader final {
public:
    [[nodiscard]] static Result<Schema> read(const QString& serverUri, const QString& scriptPath);
    // The 1-based line and column of the server's 1-based character `position` in `script`.
    [[nodiscard]] static std::pair<int, int> lineColumn(const QString& script, int position);
};

} // namespace godwit::schema
