// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/recentfiles.h"

#include "postgres/connectionuri.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace godwit::widgets {

RecentFiles::RecentFiles(QObject* parent, const QString& settingsKey)
    : QObject(parent)
    , m_key(settingsKey)
    , m_files(QSettings().value(m_key).toStringList().mid(0, MaxFiles))
{
}

RecentFiles::~RecentFiles() = default;

void RecentFiles::add(const QString& path)
{
    // A PostgreSQL URI is kept without its password; a file by its absolute path.
    const QString absolute = postgres::ConnectionUri::isUri(path) ? postgres::ConnectionUri::redacted(path)
                                                                  : QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    m_files = m_files.mid(0, MaxFiles);
    store();
}

void RecentFiles::remove(const QString& path)
{
    const bool uri = postgres::ConnectionUri::isUri(path);
    if (m_files.removeAll(uri ? postgres::ConnectionUri::redacted(path) : QFileInfo(path).absoluteFilePath()) > 0)
        store();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    QSettings().setValue(m_key, m_files);
    Q_EMIT changed(m_files);
}

void RecentFiles::fillMenu(QMenu* menu, const std::function<void(const QString&)>& open)
{
    menu->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString path = m_files[i];
        // Numbered mnemonics, like most editors: Alt+F, R, 1 opens the newest.
        const QString name = QFileInfo(path).fileName();
        QAction* action = menu->addAction(i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(name) : name);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, menu, [open, path] { open(path); });
    }
    if (!m_files.isEmpty())
        menu->addSeparator();
    QAction* clearAction = menu->addAction(tr("&Clear Recent Files"));
    clearAction->setEnabled(!m_files.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    menu->setEnabled(!m_files.isEmpty());
}

} // namespace godwit::widgets
