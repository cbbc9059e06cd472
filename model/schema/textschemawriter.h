// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QString>

namespace godwit::schema {

// A human summary in the spirit of psql's `\d`: per table a header, aligned columns with
// PK/NN/UQ/FK markers, then indexes, foreign keys and CHECKs; then views and triggers.
// The output is deterministic: the same Schema always gives the same text.
class TextSchemaWriter final {
public:
    [[nodiscard]] static QString write(const Schema& schema);
};

} // namespace godwit::schema
