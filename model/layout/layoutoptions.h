// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::layout {

// Graphviz layout engines: `dot` ranks parents before children (the default, and the
// clearest for most schemas); `neato` and `fdp` spread dense, cyclic schemas more evenly.
enum class Engine { Dot, Neato, Fdp };
// Which way `dot` ranks: parents left of children, or above them.
enum class Direction { LeftToRight, TopToBottom };

struct LayoutOptions {
    Engine engine = Engine::Dot;
    Direction direction = Direction::LeftToRight;
    qreal nodeSeparation = 40; // points between cards of one rank
    qreal rankSeparation = 90; // points between ranks, room for crow's feet

    bool operator==(const LayoutOptions&) const = default;
};

[[nodiscard]] QString engineName(Engine engine); // "dot", "neato", "fdp"
// False when `name` is not an engine name.
[[nodiscard]] bool engineFromName(QStringView name, Engine* engine);

} // namespace godwit::layout
