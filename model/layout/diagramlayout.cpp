// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramlayout.h"

#include <algorithm>

namespace godwit::layout {

const NodeLayout* DiagramLayout::node(QStringView key) const
{
    auto it = std::ranges::find_if(nodes, [&](const NodeLayout& n) { return n.key == key; });
    return it == nodes.end() ? nullptr : &*it;
}

const GroupLayout* DiagramLayout::group(QStringView name) const
{
    auto it = std::ranges::find_if(groups, [&](const GroupLayout& g) { return g.name == name; });
    return it == groups.end() ? nullptr : &*it;
}

const EdgeLayout* DiagramLayout::edge(QStringView key) const
{
    auto it = std::ranges::find_if(edges, [&](const EdgeLayout& e) { return e.key == key; });
    return it == edges.end() ? nullptr : &*it;
}

} // namespace godwit::layout
