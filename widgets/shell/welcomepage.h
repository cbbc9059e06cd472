// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QVBoxLayout;

namespace godwit::widgets {

// The empty state of the main window: what Godwit is, the three ways in, and the
// files opened last.
class WelcomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    void setRecentFiles(const QStringList& paths);
    [[nodiscard]] QStringList recentFiles() const { return m_recent; }

    [[nodiscard]] QCommandLinkButton* openDatabaseButton() const { return m_openDatabase; }
    [[nodiscard]] QCommandLinkButton* openScriptButton() const { return m_openScript; }
    [[nodiscard]] QCommandLinkButton* openExampleButton() const { return m_openExample; }
    [[nodiscard]] QCommandLinkButton* learnButton() const { return m_learn; }

Q_SIGNALS:
    void openDatabaseRequested();
    void openScriptRequested();
    void openExampleRequested();
    void learnRequested(); // Learn Expand-Contract: the guided example
    void recentFileRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildRecent();

    QStringList m_recent;
    QCommandLinkButton* m_openDatabase = nullptr;
    QCommandLinkButton* m_openScript = nullptr;
    QCommandLinkButton* m_openExample = nullptr;
    QCommandLinkButton* m_learn = nullptr;
    QVBoxLayout* m_recentLayout = nullptr;
    QWidget* m_recentBox = nullptr;
};

} // namespace godwit::widgets
