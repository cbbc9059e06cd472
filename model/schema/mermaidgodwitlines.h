// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "mermaidlexer.h"
#include "schema.h"

#include <QList>
#include <QStringList>

namespace godwit::schema {

// Reads back the `%% godwit: ...` comment lines MermaidSchemaWriter writes
// (docs/mermaid-format.md): the exact facts Mermaid cannot draw.
class MermaidGodwitLines final {
public:
    struct Facts {
        bool present = false; // at least one godwit line was found
        Schema schema; // tables, views and triggers exactly as the lines describe them
        QStringList entities; // per table of `schema`: the diagram id of its entity
        QList<QStringList> attributes; // per table, per column: the attribute name in the diagram
    };

    // Other comments are ignored; a malformed godwit line is an error at its position.
    [[nodiscard]] static Result<Facts> read(const QList<MermaidComment>& comments, const QString& fileName = {});
    // The format version this reader understands.
    static constexpr int version = 1;
};

} // namespace godwit::schema
