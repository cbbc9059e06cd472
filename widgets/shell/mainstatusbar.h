// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;

namespace godwit::sqlite {
struct DatabaseInfo;
}

namespace godwit::widgets {

// The main window's status bar: the open file and its facts (tables, size, page size, journal
// mode) on the right, or what Godwit is busy with and an indeterminate bar while a file loads.
class MainStatusBar final : public QStatusBar {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainStatusBar)
public:
    explicit MainStatusBar(QWidget* parent = nullptr);

    // Shows `what` with a busy bar; the file's name comes back with the next show*().
    void setBusy(bool busy, const QString& what = {});
    void showFile(
        const QString& title, const QString& path, const sqlite::DatabaseInfo& info, bool isScript, int tableCount);
    // No file open: a hint, unless a file is on its way.
    void showNoFile(bool loading);

    // The visible fields joined with " | " (for tests and accessibility).
    [[nodiscard]] QString fieldsText() const;

private:
    [[nodiscard]] QList<QLabel*> facts() const;

    QLabel* m_file = nullptr;
    QLabel* m_size = nullptr;
    QLabel* m_pageSize = nullptr;
    QLabel* m_journal = nullptr;
    QLabel* m_tables = nullptr;
    QLabel* m_busyLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
};

} // namespace godwit::widgets
