// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "mermaiddiagram.h"

namespace godwit::schema {

// A recursive-descent parser for Mermaid's erDiagram grammar (erDiagram.jison): entity blocks
// with `type name [PK|FK|UK[, ...]] ["comment"]` attributes, aliases `id["Alias"]`,
// relationships with every cardinality and line form, labels, `:::` classes, `class`,
// `classDef` and `style` statements, `direction`, `accTitle`/`accDescr` and subgraphs.
// It accepts what Mermaid accepts; anything else is an Error with the file, line and column
// of the offending token.
class MermaidParser final {
public:
    [[nodiscard]] static Result<MermaidDiagram> parse(
        const QString& text, const QString& fileName = {}, int firstLine = 1);
};

} // namespace godwit::schema
