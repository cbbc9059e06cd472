// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace godwit::widgets {

// Godwit's own icons, looked up through the "icons:" search path. The application maps it
// to the :/icons resource; tests map it to resources/icons in the source tree.
class Icons final {
public:
    // `name` without extension ("table", "open-database"). An icon theme entry, when given
    // and present, wins so the toolbar matches the desktop.
    [[nodiscard]] static QIcon icon(const QString& name, const QString& themeName = {});
};

} // namespace godwit::widgets
