// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QString>

namespace godwit::schema {

// A Graphviz digraph (rankdir=LR): tables as HTML-like label nodes with one port per column
// (PORT="c_<n>" on the name cell, "c_<n>_r" on the row's right end), views as dashed
// nodes, and one edge per foreign key from the child column to the parent column with
// crow's-foot arrows (crow/tee/odot) matching the Mermaid output's cardinality.
class DotSchemaWriter final {
public:
    [[nodiscard]] static QString write(const Schema& schema);
};

} // namespace godwit::schema
