// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "project/project.h"

#include <optional>

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace godwit::cli {

// `--project P.godwit`, taken by plan, rehearse, queries, render and review in place of their
// source, answers and queries options: the project is the one place those are written down.
class ProjectOption final {
public:
    ProjectOption();

    [[nodiscard]] const QCommandLineOption& option() const { return m_option; }

    // The project named by --project, or nullopt when it is not given. Options in `replaced` (what
    // the project already says) and positional arguments given beside --project are usage errors.
    [[nodiscard]] Result<std::optional<project::Project>> read(
        const QCommandLineParser& parser, const QList<QCommandLineOption>& replaced) const;

private:
    QCommandLineOption m_option;
};

} // namespace godwit::cli
