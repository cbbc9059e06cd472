// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryshape.h"

#include "schema/identifier.h"

namespace godwit::queries {

const TableAccess* QueryShape::access(QStringView label) const
{
    for (const TableAccess& a : tables) {
        if (schema::sameIdentifier(a.label(), label))
            return &a;
    }
    return nullptr;
}

} // namespace godwit::queries
