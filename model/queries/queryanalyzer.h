// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryshape.h"

namespace godwit::schema {
struct Schema;
}

namespace godwit::queries {

// Reads a statement's shape from its tokens and the schema: which tables it reads through
// which aliases, the columns it constrains with equality or a range, the order it asks for,
// and the column each parameter is compared with. It is a reader for the statements
// applications send (SELECT with joins and subqueries, INSERT, UPDATE, DELETE, WITH), not a
// validating parser: what it cannot place it leaves out, and the planner has the last word.
class QueryAnalyzer final {
public:
    [[nodiscard]] static QueryShape analyze(const QString& sql, const schema::Schema& schema);
};

} // namespace godwit::queries
