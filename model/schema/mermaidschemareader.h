// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "mermaiddiagram.h"
#include "schema.h"

#include <optional>

namespace godwit::schema {

// A Schema from a Mermaid `erDiagram` ("this is what my schema should become"). Entities
// become tables, attributes columns (Mermaid types mapped to SQLite declared types),
// relationships foreign keys where the foreign-key column is unambiguous and
// Schema::relationships otherwise; `%% godwit:` lines written by MermaidSchemaWriter
// restore the exact facts, so Schema -> Mermaid -> Schema round-trips. The rules are in
// docs/mermaid-format.md, "Reading Mermaid".
class MermaidSchemaReader final {
public:
    [[nodiscard]] static Result<Schema> read(const QString& text, const QString& fileName = {});
    // `.mmd`/`.mermaid`: the whole file; `.md`/`.markdown`: the first ```mermaid block that is an
    // erDiagram, with positions in the Markdown file.
    [[nodiscard]] static Result<Schema> readFile(const QString& path);
    // The schema a parsed diagram describes; read() is MermaidParser::parse and this. As
    // PostgreSQL, types stay as written (MermaidSchemaMapper).
    [[nodiscard]] static Result<Schema> toSchema(
        const MermaidDiagram& diagram, const QString& fileName = {}, Dialect dialect = Dialect::SQLite);
    // The parsed diagram of a .mmd/.mermaid file or of a Markdown file's erDiagram block.
    [[nodiscard]] static Result<MermaidDiagram> parseFile(const QString& path);

    // True for the file names readFile() reads (by extension, case-insensitively).
    [[nodiscard]] static bool handles(const QString& path);
    // The SQLite declared type for a Mermaid attribute type ("bigint" -> "INTEGER"); unknown
    // types stay as written, "any" becomes no type.
    [[nodiscard]] static QString declaredType(QStringView mermaidType);

    struct MarkdownBlock {
        QString text;
        int firstLine = 1; // line of the block's first line in the Markdown file
    };
    [[nodiscard]] static std::optional<MarkdownBlock> erDiagramBlock(const QString& markdown);
};

} // namespace godwit::schema
