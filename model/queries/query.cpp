// SPDX-License-Identifier: GPL-3.0-or-later
#include "query.h"

namespace godwit::queries {

QString queryKindName(QueryKind kind)
{
    return kind == QueryKind::Write ? QStringLiteral("write") : QStringLiteral("read");
}

} // namespace godwit::queries
