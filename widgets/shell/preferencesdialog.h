// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/common/preferences.h"

#include <QDialog>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace godwit::widgets {

// Edit ▸ Preferences: language, theme, the defaults of a new rehearsal (load and batch), where
// working copies go, and how much space the copies of earlier rehearsals take, with buttons that
// remove them.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(const Preferences& preferences, QWidget* parent = nullptr);

    // The choices as they stand in the dialog.
    [[nodiscard]] Preferences preferences() const;

    // The menu action: runs the dialog, saves what was accepted and applies the theme.
    [[nodiscard]] static QAction* createAction(QWidget* window);

    // Re-reads the working-copy folder: how many copies, and their size.
    void refreshUsage();
    // Removes the copies older than the days in the spin box (0: all of them).
    void removeOldCopies();

private:
    void chooseFolder();

    Preferences m_initial;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QComboBox* m_theme = nullptr;
    QSpinBox* m_rate = nullptr;
    QSpinBox* m_batch = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_usage = nullptr;
    QSpinBox* m_olderThan = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace godwit::widgets
