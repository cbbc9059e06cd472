// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/icons.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace godwit::widgets {

QIcon Icons::icon(const QString& name, const QString& themeName)
{
    // Item models ask for icons on every paint; loading an SVG each time would be wasteful.
    // The cache is emptied while the application object still exists, before the SVG icon
    // engine plugin can go away.
    static QHash<QString, QIcon> cache;
    static const bool cleanupRegistered = [] {
        qAddPostRoutine([] { cache.clear(); });
        return true;
    }();
    Q_UNUSED(cleanupRegistered);
    const QString key = name + QLatin1Char('|') + themeName;
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon result;
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        result = QIcon::fromTheme(themeName);
    else if (const QString file = QStringLiteral("icons:%1.svg").arg(name); QFile::exists(file))
        result = QIcon(file);
    cache.insert(key, result);
    return result;
}

} // namespace godwit::widgets
