// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectoption.h"

#include "project/projectjson.h"

#include <QCommandLineParser>

namespace godwit::cli {

ProjectOption::ProjectOption()
    : m_option(QStringLiteral("project"),
        QStringLiteral("A Godwit project (godwit project new): its database, target, answers, rename decisions and "
                       "queries, in place of those options."),
        QStringLiteral("P.godwit"))
{
}

Result<std::optional<project::Project>> ProjectOption::read(
    const QCommandLineParser& parser, const QList<QCommandLineOption>& replaced) const
{
    if (!parser.isSet(m_option))
        return std::nullopt;
    for (const QCommandLineOption& o : replaced) {
        if (parser.isSet(o))
            return fail(Error::Code::InvalidArgument,
                QStringLiteral("--project already gives --%1; leave one out").arg(o.names().constLast()));
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(Error::Code::InvalidArgument,
            QStringLiteral("--project already names the schemas; leave out '%1'")
                .arg(parser.positionalArguments().constFirst()));
    auto project = project::ProjectJson::readFile(parser.value(m_option));
    if (!project)
        return std::unexpected(project.error());
    return *project;
}

} // namespace godwit::cli
