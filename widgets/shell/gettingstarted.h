// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace godwit::widgets {

// Help ▸ Getting Started: a short guide to the workflow (open, compare, plan, rehearse, review)
// and the project file that keeps it, in a non-modal window beside the work.
class GettingStarted final {
public:
    static void show(QWidget* parent);
};

} // namespace godwit::widgets
