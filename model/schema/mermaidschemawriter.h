// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QString>

namespace godwit::schema {

// A Mermaid `erDiagram` that Mermaid's own parser accepts for any schema: names that are
// not plain words become `id["display name"]` aliases, types and attribute names are
// sanitised to single words, and foreign keys become crow's-foot relationships. What
// Mermaid cannot express travels in `%% godwit:` comment lines (docs/mermaid-format.md).
class MermaidSchemaWriter final {
public:
    [[nodiscard]] static QString write(const Schema& schema);
    // `text` as one Mermaid word ([A-Za-z_][A-Za-z0-9_]*): accents dropped, other runs of
    // characters as `_`, `fallback` when nothing is left. Used for entity ids, attribute names
    // and types (before keyword escapes and de-duplication).
    [[nodiscard]] static QString sanitizedWord(QStringView text, QStringView fallback);
};

} // namespace godwit::schema
