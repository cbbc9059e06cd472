// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace godwit::lint {

enum class Severity { Info, Warning, Error };

[[nodiscard]] QString severityName(Severity severity); // "info", "warning", "error"

// One check of the catalogue. Codes are stable: they appear in suppressions
// (-- godwit:ignore GW003 reason), in CI logs and in the JSON output.
struct LintRule {
    QString code; // "GW001"
    QString name; // "drop-table"
    Severity severity = Severity::Warning;
    QString summary; // one line
    QString why; // the paragraph a reviewer reads
    QString fix; // what to do instead
    bool needsData = false; // runs only with --db (a working copy of real data)

    bool operator==(const LintRule&) const = default;

    // The catalogue, in code order.
    [[nodiscard]] static const QList<LintRule>& all();
    [[nodiscard]] static const LintRule* find(QStringView code);
};

} // namespace godwit::lint
