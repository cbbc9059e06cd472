// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryshape.h"

#include "sqlite/identifier.h"

namespace godwit::queries {

const TableAccess* QueryShape::access(QStringView label) const
{
    for (const TableAccess& a : tables) {
        if (sqlite::sameIdentifier(a.label(), label))
            return &a;
    }
    return nullptr;
}

} // namespace godwit::queries
