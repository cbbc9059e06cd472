// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "sqlrunner.h"

#include <memory>

#include <QList>
#include <QObject>
#include <QThread>

namespace godwit::data {

// The SQL editor's connection, on a worker thread: the user's original, strictly read-only
// (query_only, the connection guard, and writes refused before they run), or a working copy
// made with the backup API, where a run's writes stay in one open transaction until the user
// commits or rolls it back. Cancel interrupts the running statement (sqlite3_interrupt).
class SqlSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlSession)
public:
    enum class Target { Original, WorkingCopy };

    explicit SqlSession(QObject* parent = nullptr);
    ~SqlSession() override;

    // Original: opens `original` read-only. WorkingCopy: copies it to `copyPath` first (empty:
    // a fresh file in WorkingCopy::defaultFolder()).
    void open(const QString& original, Target target, const QString& copyPath = {});
    void run(const QString& text, qsizetype maxRows = 10000);
    void commit();
    void rollback();
    // Thread-safe: the statement running now fails with "interrupted".
    void cancel();

    [[nodiscard]] Target target() const { return m_target; }
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isInTransaction() const { return m_inTransaction; }
    [[nodiscard]] const QString& path() const { return m_path; }

Q_SIGNALS:
    void opened(godwit::data::SqlSession::Target target, const QString& path);
    void finished(const QList<godwit::data::StatementResult>& results, bool inTransaction);
    void transactionEnded(bool committed);
    void failed(const godwit::Error& error);

private:
    struct State;
    template <typename Work> void post(Work work);

    QThread m_thread;
    QObject* m_worker = nullptr;
    std::shared_ptr<State> m_state;
    Target m_target = Target::Original;
    QString m_path;
    bool m_open = false;
    bool m_running = false;
    bool m_inTransaction = false;
};

} // namespace godwit::data
