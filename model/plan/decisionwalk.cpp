// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionwalk.h"

#include <algorithm>

namespace godwit::plan {

QStringList DecisionWalk::path() const
{
    QStringList ids;
    for (const WalkStep& s : steps)
        ids << s.nodeId;
    return ids;
}

const WalkStep* DecisionWalk::at(QStringView nodeId) const
{
    auto it = std::ranges::find_if(steps, [&](const WalkStep& s) { return s.nodeId == nodeId; });
    return it == steps.end() ? nullptr : &*it;
}

bool DecisionWalk::isBreaking() const { return at(u"D") != nullptr; }

} // namespace godwit::plan
