// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace godwit::data {
class SqlSession;
}

namespace godwit::widgets {

class ResultsView;
class SqlEditor;

// Run SQL against the open database: the SQL editor (checked as you type) over a results
// grid. Against the original nothing can write (the statement is refused with a sentence
// saying so); against a working copy writes wait in a transaction for Commit or Roll Back.
// Run takes the selection when there is one, else the whole text; Cancel interrupts.
class SqlConsole final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlConsole)
public:
    explicit SqlConsole(QWidget* parent = nullptr);
    ~SqlConsole() override;

    // The database the console runs on (opened read-only: the original).
    void setDatabase(const QString& path);
    void setSql(const QString& sql);
    // Switches to a working copy of the database (made with the backup API) or back.
    void useWorkingCopy(bool workingCopy);
    void run();

    [[nodiscard]] SqlEditor* editor() const { return m_editor; }
    [[nodiscard]] ResultsView* results() const { return m_results; }
    [[nodiscard]] data::SqlSession* session() const { return m_session; }
    [[nodiscard]] QAction* runAction() const { return m_run; }
    [[nodiscard]] QAction* cancelAction() const { return m_cancel; }
    [[nodiscard]] QAction* commitAction() const { return m_commit; }
    [[nodiscard]] QAction* rollbackAction() const { return m_rollback; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    // A run's results are on screen.
    void ran();

private:
    void updateActions();

    data::SqlSession* m_session = nullptr;
    SqlEditor* m_editor = nullptr;
    ResultsView* m_results = nullptr;
    QComboBox* m_target = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_run = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_commit = nullptr;
    QAction* m_rollback = nullptr;
    QString m_original;
    bool m_runWhenOpen = false;
};

} // namespace godwit::widgets
