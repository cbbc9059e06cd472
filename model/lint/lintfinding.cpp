// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintfinding.h"

namespace godwit::lint {

QString LintFinding::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    const LintRule* rule = LintRule::find(code);
    return QStringLiteral("%1: %2 %3 %4: %5")
        .arg(where, severityName(severity), code, rule ? rule->name : QString(), message);
}

} // namespace godwit::lint
