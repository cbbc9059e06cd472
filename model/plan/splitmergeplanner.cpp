// SPDX-License-Identifier: GPL-3.0-or-later
#include "splitmergeplanner.h"

namespace godwit::plan {

QList<PlanUnit> SplitMergePlanner::plan(PlanContext& context, QSet<const diff::Change*>* planned)
{
    Q_UNUSED(context);
    Q_UNUSED(planned);
    return {};
}

} // namespace godwit::plan
