// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationreport.h"

namespace godwit::migrations {

QString MigrationNote::toString() const
{
    QString where = script;
    if (!where.isEmpty() && line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString validationIssueKindName(ValidationIssue::Kind kind)
{
    switch (kind) {
    case ValidationIssue::Kind::ChecksumMismatch:
        return QStringLiteral("checksum-mismatch");
    case ValidationIssue::Kind::DescriptionMismatch:
        return QStringLiteral("description-mismatch");
    case ValidationIssue::Kind::Failed:
        return QStringLiteral("failed");
    case ValidationIssue::Kind::Missing:
        return QStringLiteral("missing");
    case ValidationIssue::Kind::OutOfOrder:
        return QStringLiteral("out-of-order");
    }
    return {};
}

} // namespace godwit::migrations
