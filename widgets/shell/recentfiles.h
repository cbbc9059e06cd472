// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QStringList>

class QMenu;

namespace godwit::widgets {

// The most recently opened files, newest first, kept in QSettings.
class RecentFiles final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)
public:
    static constexpr int MaxFiles = 10;

    // `settingsKey`: the QSettings key of the list (recent databases, recent projects).
    explicit RecentFiles(QObject* parent = nullptr, const QString& settingsKey = QStringLiteral("recentFiles"));
    ~RecentFiles() override;

    [[nodiscard]] QStringList files() const { return m_files; }
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
    // Refills File ▸ Open Recent: numbered entries that call `open`, then Clear Recent Files.
    void fillMenu(QMenu* menu, const std::function<void(const QString&)>& open);

Q_SIGNALS:
    void changed(const QStringList& files);

private:
    void store();

    QString m_key;
    QStringList m_files;
};

} // namespace godwit::widgets
