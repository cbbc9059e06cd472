// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryshape.h"

#include <QVariantList>

namespace godwit::schema {
struct Schema;
}
namespace godwit::sqlite {
class Database;
}

namespace godwit::queries {

// Values to bind when a query is measured, taken from the data so that a lookup finds what a
// real call would find: an existing key for `col = ?` (the row at a fixed, name-derived
// offset, so every run and every phase binds the same values), a fresh key for a UNIQUE column
// an INSERT or UPDATE writes, 20 for LIMIT and 0 for OFFSET.
class ParameterSampler final {
public:
    // One value per parameter number (list index 0 is parameter 1); NULL where nothing fits.
    [[nodiscard]] static QVariantList sample(
        const sqlite::Database& data, const QueryShape& shape, const schema::Schema& schema);
};

} // namespace godwit::queries
