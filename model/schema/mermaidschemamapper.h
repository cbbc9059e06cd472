// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "mermaiddiagram.h"
#include "mermaidgodwitlines.h"
#include "schema.h"

namespace godwit::schema {

// Gives a parsed diagram its schema meaning (docs/mermaid-format.md, "Reading Mermaid"):
// entities are tables, attributes columns, relationships foreign keys where the key column is
// unambiguous; the facts of `%% godwit:` lines win wherever the diagram still shows what
// they describe, and what the diagram changed or added is read from the diagram.
// As PostgreSQL (asked for, or said by the godwit schema line) types stay as written, new
// entities take their namespace from a qualified name, and the schema's dialect is PostgreSQL.
class MermaidSchemaMapper final {
public:
    [[nodiscard]] static Result<Schema> map(const MermaidDiagram& diagram, const MermaidGodwitLines::Facts& facts,
        const QString& fileName = {}, Dialect dialect = Dialect::SQLite);
};

} // namespace godwit::schema
