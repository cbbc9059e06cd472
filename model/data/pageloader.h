// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "tablequery.h"

#include <memory>

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QVariantList>

namespace godwit::data {

// A TablePager on a worker thread with its own read-only connection: opening, counting and
// every page run there, so a sort that must scan a million rows never holds the GUI. A new
// query supersedes the old one (a generation id drops stale pages; sqlite3_interrupt stops
// the statement running), as in hotspot's job tracker.
class PageLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageLoader)
public:
    explicit PageLoader(QObject* parent = nullptr);
    ~PageLoader() override;

    // Opens `table` of the database at `path` (read-only, Database::openOriginal, without a
    // second quick_check: the window checked the file when it opened it).
    void open(const QString& path, const QString& table);
    void setQuery(const TableQuery& query);
    void requestPage(qint64 index);

    [[nodiscard]] quint64 generation() const { return m_generation; }

Q_SIGNALS:
    // After open: the columns, then page 0 (pageLoaded), then the row count (queried).
    void opened(const QStringList& columns, const QStringList& declaredTypes);
    // The current query's row count, whether an index serves its order, and its SQL.
    void queried(qint64 rows, bool orderUsesIndex, const QString& sql);
    void pageLoaded(qint64 index, const QList<QVariantList>& rows);
    void failed(const godwit::Error& error);

private:
    struct State;
    template <typename Work> void post(Work work);

    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread
    std::shared_ptr<State> m_state;
    quint64 m_generation = 0;
};

} // namespace godwit::data
