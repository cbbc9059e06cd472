// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "layout/diagramcontent.h"
#include "layout/layoutgraph.h"
#include "layout/layoutoptions.h"

#include <QSet>

namespace godwit::schema {
struct Schema;
}
namespace godwit::diff {
struct ChangeSet;
}

namespace godwit::widgets {

class DiagramScene;

// Fills canvases in one go, on the calling thread: the command line, exports and tests.
// The window uses the same steps with the layout on a LayoutJob.
class DiagramBuilder final {
public:
    // The graph Graphviz lays out for these contents, sized with `scene`'s fonts.
    [[nodiscard]] static layout::LayoutGraph graph(
        const DiagramScene& scene, const QList<const layout::DiagramContent*>& contents);

    [[nodiscard]] static Result<void> buildSchema(
        DiagramScene* scene, const schema::Schema& schema, const layout::LayoutOptions& options = {});
    // Both sides of a comparison with one shared layout. `only`, when given, keeps just those cards.
    [[nodiscard]] static Result<void> buildComparison(DiagramScene* before, DiagramScene* after,
        const diff::ChangeSet& changes, const layout::LayoutOptions& options = {}, const QSet<QString>* only = nullptr);
};

} // namespace godwit::widgets
