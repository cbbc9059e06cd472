// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMainWindow;
class QStackedWidget;
class QToolBar;
class QPushButton;
class QWidget;

namespace godwit::widgets {

// The steps of the workflow, in order; each owns the whole central area while it is current.
enum class Mode { Schema, Compare, Plan, Rehearse, Queries, Review };

// The window as modes, as Qt Creator's mode bar has them: a vertical bar on the left switches
// between Schema · Compare · Plan · Rehearse · Queries · Review. A mode shows one of its central
// pages and its own docks (each mode remembers which of the window's docks the user left open),
// and a strip above the page names the step and offers the next one as one click. A mode the
// open file cannot use yet is disabled and says why.
class ModeController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeController)
public:
    struct Spec {
        QString label; // on the mode bar: "Compare"
        QString icon; // Icons::icon name
        QString purpose; // the strip's sentence: what this step shows
        QList<QWidget*> pages; // pages of the central stack that belong to the mode; the first is its default
        QList<QDockWidget*> docks; // shown on the first visit
        QAction* next = nullptr; // the next step, one click from the strip
        QString nextText; // the strip button's text ("Plan This Change")
    };

    // `central` is the window's central stack; the controller puts it under the strip and
    // returns the widget to install as the central widget (centralArea()).
    ModeController(QMainWindow* window, QStackedWidget* central);
    ~ModeController() override;

    void addMode(Mode mode, const Spec& spec);
    // Every dock whose visibility the modes manage (the others keep what the user chose).
    void setManagedDocks(const QList<QDockWidget*>& docks);

    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    void setModeEnabled(Mode mode, bool enabled, const QString& why = {});
    [[nodiscard]] bool isModeEnabled(Mode mode) const;

    // A guide (the guided example) speaks on the strip instead of the mode's purpose, and may
    // offer its own next step; an empty text gives the strip back to the modes.
    void setGuide(const QString& text, QAction* next = nullptr, const QString& nextText = {});
    [[nodiscard]] QString stripText() const; // what the strip says now, for tests

    [[nodiscard]] QWidget* centralArea() const { return m_area; }
    [[nodiscard]] QToolBar* bar() const { return m_bar; }
    [[nodiscard]] QAction* action(Mode mode) const { return m_actions.value(mode); }
    [[nodiscard]] QPushButton* nextButton() const { return m_nextButton; }
    [[nodiscard]] static QString key(Mode mode); // "schema", "compare", … (settings, --mode)
    [[nodiscard]] static std::optional<Mode> modeFromKey(QStringView key);

    void restoreSettings();
    void saveSettings() const;

Q_SIGNALS:
    void modeChanged(godwit::widgets::Mode mode);
    // Entering `mode` from the bar or a shortcut: a mode may refresh what its page shows.
    void modeEntered(godwit::widgets::Mode mode);

private:
    void onPageChanged();
    void applyDocks(Mode mode);
    void rememberDocks();
    [[nodiscard]] QSet<QString> visibleDocks() const;
    void updateStrip();

    QMainWindow* m_window = nullptr;
    QStackedWidget* m_central = nullptr;
    QWidget* m_area = nullptr;
    QToolBar* m_bar = nullptr;
    QActionGroup* m_group = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_purpose = nullptr;
    QLabel* m_why = nullptr;
    QPushButton* m_nextButton = nullptr;
    QHash<Mode, Spec> m_specs;
    QHash<Mode, QAction*> m_actions;
    QHash<Mode, QPointer<QWidget>> m_lastPage; // the page a mode showed when it was left
    QHash<Mode, QSet<QString>> m_docks; // per mode, the object names of its visible docks
    QList<QDockWidget*> m_managed;
    QString m_guide;
    QPointer<QAction> m_guideNext;
    QString m_guideNextText;
    Mode m_mode = Mode::Schema;
    bool m_switching = false;
};

} // namespace godwit::widgets
