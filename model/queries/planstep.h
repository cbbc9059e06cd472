// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace godwit::queries {

// What one EXPLAIN QUERY PLAN row says SQLite will do (SQLite 3.40 wording).
enum class StepKind {
    Scan, // SCAN t …: visits every row (of the table, or of an index)
    Search, // SEARCH t USING …: seeks with key terms
    TempBTree, // USE TEMP B-TREE FOR ORDER BY / GROUP BY / DISTINCT: sorts the rows itself
    Subquery, // [CORRELATED] SCALAR / LIST SUBQUERY n
    Compound, // COMPOUND QUERY
    CompoundPart, // LEFT-MOST SUBQUERY, UNION ALL, UNION USING TEMP B-TREE, …
    MultiIndexOr, // MULTI-INDEX OR: one index lookup per OR term
    CoRoutine, // CO-ROUTINE x
    Materialize, // MATERIALIZE x
    BloomFilter, // BLOOM FILTER ON t (…)
    Other,
};

// How a SCAN or SEARCH reaches the rows.
enum class Access {
    Table, // the table's own b-tree (a full scan when the step is a SCAN)
    Index, // USING INDEX i: index, then the table for the other columns
    CoveringIndex, // USING COVERING INDEX i: the index alone answers
    IntegerPrimaryKey, // USING INTEGER PRIMARY KEY (rowid=?)
    PrimaryKey, // USING PRIMARY KEY (a WITHOUT ROWID table's key)
    AutomaticIndex, // USING AUTOMATIC [PARTIAL] INDEX: built for this one statement, every run
    AutomaticCoveringIndex, // USING AUTOMATIC [PARTIAL] COVERING INDEX
    VirtualTable, // VIRTUAL TABLE INDEX n:…
};

// What a temp B-tree is for.
enum class TempBTreeUse { None, OrderBy, GroupBy, Distinct, PartOfOrderBy };

// One key term of a SEARCH: "customer_id=?", "created_at>?", "rowid=?", "ANY(a)".
struct KeyTerm {
    QString column; // column name or expression as SQLite prints it
    QString op; // "=", ">", "<", "ANY"

    bool operator==(const KeyTerm&) const = default;
};

struct PlanStep {
    int id = 0; // EXPLAIN QUERY PLAN's id and parent columns
    int parent = 0;
    int depth = 0; // 0 for top-level steps
    QString detail; // the row's text as SQLite wrote it
    StepKind kind = StepKind::Other;
    QString table; // for SCAN/SEARCH/BLOOM FILTER: the table, or its alias when the query gives one
    Access access = Access::Table;
    QString index; // index name; empty for the table, the rowid and automatic indexes
    QList<KeyTerm> keys;
    TempBTreeUse tempBTree = TempBTreeUse::None;
    bool correlated = false; // CORRELATED … SUBQUERY: runs again for every outer row

    [[nodiscard]] bool isAccess() const { return kind == StepKind::Scan || kind == StepKind::Search; }
    [[nodiscard]] bool isFullScan() const { return kind == StepKind::Scan; }
    [[nodiscard]] bool isCovering() const
    {
        return access == Access::CoveringIndex || access == Access::AutomaticCoveringIndex;
    }
    [[nodiscard]] bool isAutomatic() const
    {
        return access == Access::AutomaticIndex || access == Access::AutomaticCoveringIndex;
    }
    // Key terms with "=" (the index prefix used for equality).
    [[nodiscard]] int equalityCount() const;
    // The facts two plans are compared on, as one string (independent of ids and depth).
    [[nodiscard]] QString signature() const;

    bool operator==(const PlanStep&) const = default;
};

[[nodiscard]] QString stepKindName(StepKind kind);
[[nodiscard]] QString accessName(Access access);
[[nodiscard]] QString tempBTreeUseName(TempBTreeUse use);

} // namespace godwit::queries
