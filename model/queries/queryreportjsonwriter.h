// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryreport.h"

#include <QJsonObject>

namespace godwit::queries {

// The query report as JSON (format "godwit.queries", version 1), the stable form for CI;
// documented in docs/json-format.md.
// Keys come in a designed order (JsonText); absent facts are null, never missing.
class QueryReportJsonWriter final {
public:
    [[nodiscard]] static QJsonObject toJson(const QueryReport& report);
    [[nodiscard]] static QString write(const QueryReport& report);
    [[nodiscard]] static QJsonObject planJson(const QueryPlan& plan);
    [[nodiscard]] static const QStringList& keyOrder();
};

} // namespace godwit::queries
