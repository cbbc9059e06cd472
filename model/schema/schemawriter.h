// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QString>

namespace godwit::schema {

// Output formats of `godwit inspect` and the GUI's export.
enum class SchemaFormat { Text, Json, Mermaid, Dot };

// Serialises a Schema. Each format lives in its own writer class; this is the one switch.
class SchemaWriter final {
public:
    [[nodiscard]] static QString write(const Schema& schema, SchemaFormat format);
    // "text", "json", "mermaid", "dot"; false when `name` is none of them.
    [[nodiscard]] static bool formatFromName(QStringView name, SchemaFormat* format);
};

} // namespace godwit::schema
