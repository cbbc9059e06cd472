// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageloader.h"

#include "sqlite/database.h"
#include "tablepager.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

#include <QMetaObject>

namespace godwit::data {

// Touched by the worker thread only, except `generation` and interrupt(); the pager is
// replaced under the mutex so an interrupt never reaches a closed connection.
struct PageLoader::State {
    std::optional<TablePager> pager;
    std::atomic<quint64> generation { 0 };
    std::mutex mutex;

    void interrupt()
    {
        const std::scoped_lock lock(mutex);
        if (pager)
            pager->interrupt();
    }
    void replace(std::optional<TablePager> next)
    {
        const std::scoped_lock lock(mutex);
        pager = std::move(next);
    }
};

PageLoader::PageLoader(QObject* parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("godwit-pages"));
    m_thread.start();
}

PageLoader::~PageLoader()
{
    ++m_state->generation;
    m_state->interrupt();
    m_thread.quit();
    m_thread.wait();
}

// Runs `work` on the worker; it returns a function that runs back on this object's thread,
// unless a newer request came in the meantime. The destructor waits for the worker, so `this`
// outlives every task, and Qt drops the replies still queued for it when it goes.
template <typename Work> void PageLoader::post(Work work)
{
    const quint64 generation = m_generation;
    std::shared_ptr<State> state = m_state;
    QMetaObject::invokeMethod(
        m_worker,
        [this, state, generation, work = std::move(work)]() mutable {
            if (state->generation.load() != generation)
                return;
            auto reply = work(*state);
            QMetaObject::invokeMethod(
                this,
                [this, generation, reply = std::move(reply)]() mutable {
                    if (m_generation == generation)
                        reply(*this);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void PageLoader::open(const QString& path, const QString& table)
{
    m_state->generation = ++m_generation;
    post([path, table](State& state) -> std::function<void(PageLoader&)> {
        state.replace(std::nullopt);
        // The window read this file (and its quick_check passed) before offering to browse it;
        // a second quick_check would read every page of a big file before the first row shows.
        sqlite::OpenOptions options;
        options.quickCheck = false;
        auto db = sqlite::Database::openOriginal(path, options);
        if (!db)
            return [e = db.error()](PageLoader& self) { Q_EMIT self.failed(e); };
        auto pager = TablePager::open(std::move(*db), table);
        if (!pager)
            return [e = pager.error()](PageLoader& self) { Q_EMIT self.failed(e); };
        state.replace(std::move(*pager));
        // The first page before the count: on a big table count(*) reads every page.
        auto first = state.pager->page(0);
        if (!first)
            return [e = first.error()](PageLoader& self) { Q_EMIT self.failed(e); };
        return [columns = state.pager->columns(), types = state.pager->declaredTypes(), rows = std::move(*first)](
                   PageLoader& self) {
            Q_EMIT self.opened(columns, types);
            Q_EMIT self.pageLoaded(0, rows);
        };
    });
    post([](State& state) -> std::function<void(PageLoader&)> {
        if (!state.pager)
            return [](PageLoader&) {};
        if (auto r = state.pager->count(); !r)
            return [e = r.error()](PageLoader& self) { Q_EMIT self.failed(e); };
        return [rows = state.pager->rowCount(), index = state.pager->orderUsesIndex(), sql = state.pager->selectSql()](
                   PageLoader& self) { Q_EMIT self.queried(rows, index, sql); };
    });
}

void PageLoader::setQuery(const TableQuery& query)
{
    m_state->generation = ++m_generation;
    // A sort that scans a big table may be running: stop it, its rows are no longer wanted.
    m_state->interrupt();
    post([query](State& state) -> std::function<void(PageLoader&)> {
        if (!state.pager)
            return [](PageLoader&) {};
        if (auto r = state.pager->setQuery(query); !r)
            return [e = r.error()](PageLoader& self) { Q_EMIT self.failed(e); };
        return [rows = state.pager->rowCount(), index = state.pager->orderUsesIndex(), sql = state.pager->selectSql()](
                   PageLoader& self) { Q_EMIT self.queried(rows, index, sql); };
    });
}

void PageLoader::requestPage(qint64 index)
{
    post([index](State& state) -> std::function<void(PageLoader&)> {
        if (!state.pager)
            return [](PageLoader&) {};
        auto rows = state.pager->page(index);
        if (!rows) {
            if (rows.error().code == Error::Code::Interrupted)
                return [](PageLoader&) {};
            return [e = rows.error()](PageLoader& self) { Q_EMIT self.failed(e); };
        }
        return [index, rows = std::move(*rows)](PageLoader& self) { Q_EMIT self.pageLoaded(index, rows); };
    });
}

} // namespace godwit::data
