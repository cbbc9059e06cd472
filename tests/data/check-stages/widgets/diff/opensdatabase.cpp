// SPDX-License-Identifier: GPL-3.0-or-later
// A widget that opens a database itself: tools/check-stages must refuse it.
#include "sqlite/database.h"
#include "sqlite/databaseinfo.h"
