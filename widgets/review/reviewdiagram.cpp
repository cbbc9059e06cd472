// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/review/reviewdiagram.h"

#include "diff/changeset.h"
#include "widgets/canvas/diagrambuilder.h"
#include "widgets/canvas/diagramexporter.h"
#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/diagramtheme.h"

#include <QFileInfo>

namespace godwit::widgets {

Result<QByteArray> ReviewDiagram::comparisonSvg(
    const diff::ChangeSet& changes, const QString& beforeName, const QString& afterName)
{
    DiagramScene left;
    DiagramScene right;
    left.setTheme(DiagramTheme::light());
    right.setTheme(DiagramTheme::light());
    if (auto built = DiagramBuilder::buildComparison(&left, &right, changes); !built)
        return std::unexpected(built.error());
    const QByteArray svg
        = DiagramExporter::svg({ { QStringLiteral("Before · %1").arg(QFileInfo(beforeName).fileName()), &left },
                                   { QStringLiteral("After · %1").arg(QFileInfo(afterName).fileName()), &right } },
            true);
    if (svg.isEmpty())
        return fail(Error::Code::Io, QStringLiteral("cannot draw the before/after diagram"));
    return svg;
}

} // namespace godwit::widgets
