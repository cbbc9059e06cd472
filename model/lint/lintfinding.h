// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lintrule.h"

#include <QStringList>

namespace godwit::lint {

// One finding: a rule that fired at a statement of a migration file.
struct LintFinding {
    QString code;
    Severity severity = Severity::Warning;
    QString message; // what, with names: "drops column orders.note and its data"
    QString file;
    int line = 0; // 1-based; 0 = the whole file
    int column = 0;
    QString changeId; // the diff change it is about, when there is one
    qint64 count = -1; // data checks: offending rows (-1: not counted)
    QStringList samples; // data checks: the first offending rows (LintOptions::showRows), "col=value, ..."
    QString rowsSql; // data checks: the query that returns every offending row

    // "file:line:col: warning GW002 drop-column: drops column orders.note and its data"
    [[nodiscard]] QString toString() const;

    bool operator==(const LintFinding&) const = default;
};

struct LintReport {
    QStringList files; // in the order they were applied
    QList<LintFinding> findings;
    QList<LintFinding> suppressed; // silenced by godwit:ignore comments

    bool operator==(const LintReport&) const = default;
};

} // namespace godwit::lint
