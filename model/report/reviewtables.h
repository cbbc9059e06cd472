// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewreport.h"

#include <QList>
#include <QStringList>

namespace godwit::report {

// A table of the document as plain text cells, so the HTML, PDF and Markdown forms show the
// same numbers from one place.
struct ReviewTable {
    QStringList header;
    QList<QStringList> rows;

    bool operator==(const ReviewTable&) const = default;
};

class ReviewTables final {
public:
    [[nodiscard]] static ReviewTable header(const ReviewReport& report);
    [[nodiscard]] static ReviewTable summary(const ReviewReport& report);
    [[nodiscard]] static ReviewTable changes(const ReviewReport& report);
    [[nodiscard]] static ReviewTable walk(const plan::DecisionWalk& walk);
    [[nodiscard]] static ReviewTable phaseSteps(const ReviewReport& report, plan::Phase phase);
    [[nodiscard]] static ReviewTable preChecks(const ReviewReport& report);
    [[nodiscard]] static ReviewTable lint(const ReviewReport& report);
    [[nodiscard]] static ReviewTable queries(const queries::QueryReport& report);
    [[nodiscard]] static ReviewTable indexAdvice(const queries::QueryReport& report);
    [[nodiscard]] static ReviewTable writeCost(const queries::QueryReport& report);
    [[nodiscard]] static ReviewTable rehearsalPhases(const rehearsal::RehearsalResult& result);
    [[nodiscard]] static ReviewTable incidents(const rehearsal::RehearsalResult& result);
    [[nodiscard]] static ReviewTable signOff(int blankRows = 5);

    // Regressed and broken queries, the ones whose plans the document prints.
    [[nodiscard]] static QList<const queries::QueryResult*> problemQueries(const queries::QueryReport& report);
    // "expand:orders.shipping_eta (Contract step 2: Drop column …)" or "none".
    [[nodiscard]] static QString pointOfNoReturn(const ReviewReport& report);
    [[nodiscard]] static QString impactTitle(diff::Impact impact); // "Breaks readers"
    [[nodiscard]] static QString changeTitle(const diff::Change& change); // "column orders.note added"
    [[nodiscard]] static QString latency(double ms);
};

} // namespace godwit::report
