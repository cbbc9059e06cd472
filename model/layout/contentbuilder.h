// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramcontent.h"

#include <QSet>

namespace godwit::schema {
struct Schema;
}
namespace godwit::diff {
struct ChangeSet;
enum class ChangeType;
}

namespace godwit::layout {

enum class Side { Before, After };

// The mark a card or row of a change wears: added, removed, changed or renamed.
[[nodiscard]] Mark markOf(diff::ChangeType type);

// Turns schemas and change sets into what a canvas draws. Both sides of a comparison get
// the same cards and rows in the same order (placeholders where something exists on one
// side only), so one layout serves both canvases and unchanged tables sit in the same place.
class ContentBuilder final {
public:
    [[nodiscard]] static DiagramContent fromSchema(const schema::Schema& schema);
    [[nodiscard]] static DiagramContent fromChangeSet(const diff::ChangeSet& changes, Side side);
    // Only the cards in `keys` and the links between them.
    [[nodiscard]] static DiagramContent filtered(const DiagramContent& content, const QSet<QString>& keys);
    // The keys of changed cards (on either side) and of the cards linked to them.
    [[nodiscard]] static QSet<QString> changedWithNeighbours(const DiagramContent& before, const DiagramContent& after);
};

} // namespace godwit::layout
