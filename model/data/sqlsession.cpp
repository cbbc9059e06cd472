// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlsession.h"

#include "sqlite/database.h"
#include "sqlite/workingcopy.h"

#include <functional>
#include <mutex>
#include <optional>

#include <QMetaObject>

namespace godwit::data {

// The connection is used on the worker only; cancel() reaches it under the mutex.
struct SqlSession::State {
    std::optional<sqlite::Database> db;
    std::mutex mutex;

    void interrupt()
    {
        const std::scoped_lock lock(mutex);
        if (db)
            db->interrupt();
    }
    void replace(std::optional<sqlite::Database> next)
    {
        const std::scoped_lock lock(mutex);
        db = std::move(next);
    }
};

SqlSession::SqlSession(QObject* parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("godwit-sql"));
    m_thread.start();
}

SqlSession::~SqlSession()
{
    // An open transaction on a working copy is rolled back when its connection closes.
    m_state->interrupt();
    m_thread.quit();
    m_thread.wait();
}

// Runs `work` on the worker and its reply back on this object's thread; the destructor waits
// for the worker, and Qt drops replies queued for an object that is gone.
template <typename Work> void SqlSession::post(Work work)
{
    std::shared_ptr<State> state = m_state;
    QMetaObject::invokeMethod(
        m_worker,
        [this, state, work = std::move(work)]() mutable {
            auto reply = work(*state);
            QMetaObject::invokeMethod(
                this, [this, reply = std::move(reply)]() mutable { reply(*this); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SqlSession::open(const QString& original, Target target, const QString& copyPath)
{
    m_open = false;
    m_running = true;
    const QString copy = target == Target::WorkingCopy && copyPath.isEmpty()
        ? sqlite::WorkingCopy::suggestedPath(original, sqlite::WorkingCopy::defaultFolder())
        : copyPath;
    post([original, target, copyPath = copy](State& state) -> std::function<void(SqlSession&)> {
        state.replace(std::nullopt);
        auto fail = [](const Error& e) {
            return [e](SqlSession& self) {
                self.m_running = false;
                Q_EMIT self.failed(e);
            };
        };
        Result<sqlite::Database> db = std::unexpected(Error {});
        if (target == Target::Original) {
            db = sqlite::Database::openOriginal(original);
        } else {
            if (auto copied = sqlite::WorkingCopy::create(original, copyPath); !copied)
                return fail(copied.error());
            db = sqlite::Database::openWritable(copyPath);
        }
        if (!db)
            return fail(db.error());
        state.replace(std::move(*db));
        const QString path = target == Target::Original ? original : copyPath;
        return [target, path](SqlSession& self) {
            self.m_target = target;
            self.m_path = path;
            self.m_open = true;
            self.m_running = false;
            self.m_inTransaction = false;
            Q_EMIT self.opened(target, path);
        };
    });
}

void SqlSession::run(const QString& text, qsizetype maxRows)
{
    m_running = true;
    const bool readOnly = m_target == Target::Original;
    post([text, maxRows, readOnly](State& state) -> std::function<void(SqlSession&)> {
        QList<StatementResult> results;
        bool inTransaction = false;
        if (state.db) {
            // On a working copy everything a run writes waits in one transaction for Commit.
            if (!readOnly && !state.db->isInTransaction())
                (void)state.db->exec(QStringLiteral("BEGIN"));
            results = SqlRunner::run(*state.db, text, { readOnly, maxRows, QStringLiteral("editor") });
            inTransaction = state.db->isInTransaction();
        }
        return [results = std::move(results), inTransaction](SqlSession& self) {
            self.m_running = false;
            self.m_inTransaction = inTransaction;
            Q_EMIT self.finished(results, inTransaction);
        };
    });
}

void SqlSession::commit()
{
    post([](State& state) -> std::function<void(SqlSession&)> {
        Result<void> r;
        if (state.db && state.db->isInTransaction())
            r = state.db->exec(QStringLiteral("COMMIT"));
        if (!r)
            return [e = r.error()](SqlSession& self) { Q_EMIT self.failed(e); };
        return [](SqlSession& self) {
            self.m_inTransaction = false;
            Q_EMIT self.transactionEnded(true);
        };
    });
}

void SqlSession::rollback()
{
    post([](State& state) -> std::function<void(SqlSession&)> {
        if (state.db && state.db->isInTransaction())
            (void)state.db->exec(QStringLiteral("ROLLBACK"));
        return [](SqlSession& self) {
            self.m_inTransaction = false;
            Q_EMIT self.transactionEnded(false);
        };
    });
}

void SqlSession::cancel() { m_state->interrupt(); }

} // namespace godwit::data
