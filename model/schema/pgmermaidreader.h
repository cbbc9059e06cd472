// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "schema.h"

namespace godwit::schema {

struct MermaidDiagram;
struct PgDdlSources;

// A Mermaid erDiagram as the target of a live PostgreSQL database, checked by PostgreSQL
// itself: the diagram is read as PostgreSQL (types as written in it), written as PostgreSQL DDL
// (PgDdlWriter), applied statement by statement to a scratch database on the same server
// (PgScratchDatabase) and read back from its catalogs, so the target is exactly what the server
// makes of it. A statement the server refuses is reported at the entity, attribute or
// relationship of the .mmd it came from (file:line:col).
class PgMermaidReader final {
public:
    [[nodiscard]] static Result<Schema> read(const QString& serverUri, const QString& diagramPath);
    // Where each table, column, foreign key and view of `schema` was written in `diagram`.
    [[nodiscard]] static PgDdlSources sources(const MermaidDiagram& diagram, const Schema& schema);
};

} // namespace godwit::schema
