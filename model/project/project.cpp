// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "schema/mermaidschemareader.h"

#include <QFileInfo>

namespace godwit::project {

namespace {

    const QStringList kAfterKinds = { QStringLiteral("database"), QStringLiteral("sql"), QStringLiteral("mermaid"),
        QStringLiteral("migrations") };
    const QStringList kPaces = { QStringLiteral("classroom"), QStringLiteral("realistic"), QStringLiteral("fastest") };

} // namespace

QString afterKindName(AfterKind kind) { return kAfterKinds.at(int(kind)); }

std::optional<AfterKind> afterKindFromName(QStringView name)
{
    const qsizetype i = kAfterKinds.indexOf(name);
    return i < 0 ? std::nullopt : std::optional(AfterKind(i));
}

AfterKind afterKindOf(const QString& path)
{
    if (QFileInfo(path).isDir())
        return AfterKind::Migrations;
    if (path.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive))
        return AfterKind::Script;
    if (schema::MermaidSchemaReader::handles(path))
        return AfterKind::Mermaid;
    return AfterKind::Database;
}

QString paceName(Pace pace) { return kPaces.at(int(pace)); }

std::optional<Pace> paceFromName(QStringView name)
{
    const qsizetype i = kPaces.indexOf(name);
    return i < 0 ? std::nullopt : std::optional(Pace(i));
}

diff::DiffOptions Project::diffOptions() const
{
    diff::DiffOptions options;
    options.renames = renames.policy;
    options.acceptedRenames = renames.accepted;
    options.rejectedRenames = renames.rejected;
    return options;
}

} // namespace godwit::project
