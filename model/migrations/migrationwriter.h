// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationinfo.h"
#include "migrationreport.h"

namespace godwit::migrations {

// Text and JSON for `godwit migrate`. JSON is the documented format in docs/migrations.md
// ("format": "godwit.migrations", version 1, docs/json-format.md); text is for people and may change.
class MigrationWriter final {
public:
    struct Context {
        QString command; // info, migrate, validate, baseline, undo, repair
        QString database; // the database read (info/validate) or the original copied
        QString folder;
        QString historyTable;
    };

    [[nodiscard]] static QString infoText(const Context& context, const MigrationInfo& info, const MigrationSet& set);
    [[nodiscard]] static QString infoJson(const Context& context, const MigrationInfo& info, const MigrationSet& set);
    [[nodiscard]] static QString validateText(const Context& context, const QList<ValidationIssue>& issues);
    [[nodiscard]] static QString validateJson(const Context& context, const QList<ValidationIssue>& issues);
    // migrate, undo, baseline, repair; `currentVersion` is the version after the run.
    [[nodiscard]] static QString reportText(
        const Context& context, const MigrationReport& report, const QString& currentVersion);
    [[nodiscard]] static QString reportJson(
        const Context& context, const MigrationReport& report, const QString& currentVersion);

    [[nodiscard]] static const QStringList& keyOrder();
};

} // namespace godwit::migrations
