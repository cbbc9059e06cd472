// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryreport.h"

namespace godwit::queries {

// The query report for a terminal: each query with its verdict and plan (both plans when they
// differ), measured times, then the index advice, findings and costs.
class QueryReportTextWriter final {
public:
    [[nodiscard]] static QString write(const QueryReport& report);
};

} // namespace godwit::queries
