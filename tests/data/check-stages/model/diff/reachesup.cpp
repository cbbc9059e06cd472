// SPDX-License-Identifier: GPL-3.0-or-later
// A diff stage file that reaches up into the plan stage: tools/check-stages must refuse it.
#include "plan/migrationplan.h"
