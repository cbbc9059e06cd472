// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "project.h"

namespace godwit::project {

// The `godwit.project` JSON file, version 1 (docs/project.md). Paths are stored relative to the
// project file so a project and its database move together; unknown keys and newer versions are
// refused with the key's line and column, never skipped.
class ProjectJson final {
public:
    static constexpr int Version = 1;
    static constexpr auto Suffix = "godwit"; // NAME.godwit

    // `projectPath` is where the file is (or will be): relative paths are resolved against its folder.
    [[nodiscard]] static Result<Project> read(const QByteArray& json, const QString& projectPath);
    [[nodiscard]] static Result<Project> readFile(const QString& projectPath);
    [[nodiscard]] static QString write(const Project& project, const QString& projectPath);
    // write() through QSaveFile: the old file stays whole until the new one is complete.
    [[nodiscard]] static Result<void> save(const Project& project, const QString& projectPath);
};

} // namespace godwit::project
