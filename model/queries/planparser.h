// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryplan.h"

#include <QList>
#include <QString>

namespace godwit::queries {

// Reads EXPLAIN QUERY PLAN output into structured steps.
class PlanParser final {
public:
    struct Row {
        int id = 0;
        int parent = 0;
        QString detail;
    };

    // One row's detail text: kind, table, access path, index, key terms, temp B-tree use.
    [[nodiscard]] static PlanStep parseDetail(const QString& detail);
    // The rows of one EXPLAIN QUERY PLAN, with depths from the parent links.
    [[nodiscard]] static QueryPlan fromRows(const QList<Row>& rows);
    // The sqlite3 shell's drawing of a plan ("QUERY PLAN" then "|--", "`--" and "|  " lines),
    // as found in documentation and bug reports; ids are made up in order.
    [[nodiscard]] static QueryPlan fromShellText(const QString& text);
    // What a prepare error names: "no such column: x" → (Column, "x").
    [[nodiscard]] static std::pair<MissingKind, QString> missingObject(const QString& message);
};

} // namespace godwit::queries
