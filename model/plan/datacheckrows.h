// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace godwit::plan {

// The rows behind one data pre-check that found some (a DataCheckOutcome, same index in
// MigrationPlan::dataChecks): the query that lists them all and the first of them, as
// "col=value, ..." lines. What `godwit plan` shows under a failing check.
struct DataCheckRows {
    QString rowsSql;
    QStringList samples;

    bool operator==(const DataCheckRows&) const = default;
};

} // namespace godwit::plan
