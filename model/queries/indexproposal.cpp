// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexproposal.h"

namespace godwit::queries {

QStringList IndexProposal::keyColumns() const
{
    QStringList out = equality;
    for (const OrderTerm& t : tail)
        out << t.column;
    return out;
}

QString indexFindingTypeName(IndexFinding::Type type)
{
    return type == IndexFinding::Type::Unused ? QStringLiteral("unused") : QStringLiteral("redundant-prefix");
}

} // namespace godwit::queries
