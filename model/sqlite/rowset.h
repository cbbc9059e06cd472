// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace godwit::sqlite {

class Database;

// The first rows a query returns, as values: what a finding shows of the rows behind it, and
// what a results grid holds. NULL is a null QVariant, a BLOB a QByteArray.
struct RowSet {
    QStringList columns;
    QList<QVariantList> rows;
    bool truncated = false; // the query had more rows than were read

    // "col=value, col=NULL, …", each value cut at 40 characters: one line of a report.
    [[nodiscard]] QString rowText(qsizetype row) const;
    // The rows as "col=value" lines.
    [[nodiscard]] QStringList rowTexts() const;

    // Steps `sql` (one statement, `params` bound in order) for at most `limit` rows; the query
    // is never rewritten, so stepping stops as soon as enough rows came (no LIMIT needed).
    [[nodiscard]] static Result<RowSet> read(
        const Database& db, const QString& sql, qsizetype limit, const QVariantList& params = {});

    bool operator==(const RowSet&) const = default;
};

} // namespace godwit::sqlite
