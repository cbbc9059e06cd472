// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace godwit::widgets {

// Help ▸ About Godwit: the version, what Godwit is for, and the Qt and SQLite it runs on.
class AboutBox final {
public:
    static void show(QWidget* parent);
};

} // namespace godwit::widgets
