// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/diagrambuilder.h"

#include "diff/changeset.h"
#include "layout/contentbuilder.h"
#include "layout/graphvizlayout.h"
#include "schema/schema.h"
#include "widgets/canvas/diagramscene.h"

namespace godwit::widgets {

using layout::ContentBuilder;
using layout::DiagramContent;

layout::LayoutGraph DiagramBuilder::graph(const DiagramScene& scene, const QList<const DiagramContent*>& contents)
{
    return layout::LayoutGraph::build(contents, [&scene](const layout::Card& card) { return scene.measure(card); });
}

Result<void> DiagramBuilder::buildSchema(
    DiagramScene* scene, const schema::Schema& schema, const layout::LayoutOptions& options)
{
    const DiagramContent content = ContentBuilder::fromSchema(schema);
    auto result = layout::GraphvizLayout::layout(graph(*scene, { &content }), options);
    if (!result)
        return std::unexpected(result.error());
    scene->setDiagram(content, *result);
    return {};
}

Result<void> DiagramBuilder::buildComparison(DiagramScene* before, DiagramScene* after, const diff::ChangeSet& changes,
    const layout::LayoutOptions& options, const QSet<QString>* only)
{
    DiagramContent left = ContentBuilder::fromChangeSet(changes, layout::Side::Before);
    DiagramContent right = ContentBuilder::fromChangeSet(changes, layout::Side::After);
    if (only) {
        left = ContentBuilder::filtered(left, *only);
        right = ContentBuilder::filtered(right, *only);
    }
    auto result = layout::GraphvizLayout::layout(graph(*after, { &left, &right }), options);
    if (!result)
        return std::unexpected(result.error());
    before->setDiagram(left, *result);
    after->setDiagram(right, *result);
    return {};
}

} // namespace godwit::widgets
