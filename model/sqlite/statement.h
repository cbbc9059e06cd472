// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <memory>
#include <type_traits>

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace godwit::sqlite {

// One prepared statement. Values are always bound, never concatenated into SQL.
class Statement final {
public:
    Statement() = default;
    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&&) noexcept = default;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }
    [[nodiscard]] QString sql() const;

    // 1-based parameter index, as in sqlite3_bind_*.
    [[nodiscard]] Result<void> bind(int index, const QVariant& value);
    [[nodiscard]] Result<void> bind(const QString& name, const QVariant& value);
    template <typename... Args> [[nodiscard]] Result<void> bindAll(const Args&... args)
    {
        int index = 0;
        Result<void> r;
        ((r = r ? bind(++index, QVariant::fromValue(args)) : r), ...);
        return r;
    }

    // true while a row is available; false when done.
    [[nodiscard]] Result<bool> step();
    // Steps through every row, calling `onRow(const Statement&)` for each; the row's columns are
    // read from the statement. A callback returning Result<void> stops at its first error, which
    // is returned, as is an error of step() itself.
    template <typename OnRow> [[nodiscard]] Result<void> forEachRow(OnRow&& onRow);
    // Runs to completion, ignoring rows.
    [[nodiscard]] Result<void> exec();
    void reset();
    void clearBindings();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] QVariant value(int column) const;

    // How many parameters the statement has, and the name of one (1-based): ":name", "?3",
    // or empty for a plain "?".
    [[nodiscard]] int parameterCount() const;
    [[nodiscard]] QString parameterName(int index) const;
    // True when the statement cannot write to the database (sqlite3_stmt_readonly).
    [[nodiscard]] bool isReadOnly() const;

    // The work SQLite counted while running the statement (sqlite3_stmt_status): what the
    // query panel reports as rows examined, beside the time.
    struct Counters {
        qint64 vmSteps = 0; // virtual machine operations
        qint64 fullScanSteps = 0; // steps of a full table scan
        qint64 sorts = 0; // sort operations (a temp B-tree the index could not avoid)
        qint64 autoIndexes = 0; // rows inserted into automatic indexes
        bool operator==(const Counters&) const = default;
    };
    [[nodiscard]] Counters counters() const;
    void resetCounters();

    [[nodiscard]] sqlite3_stmt* handle() const { return m_stmt.get(); }

private:
    friend class Database;
    struct Finalizer {
        void operator()(sqlite3_stmt* stmt) const;
    };
    explicit Statement(sqlite3_stmt* stmt)
        : m_stmt(stmt)
    {
    }
    [[nodiscard]] Error lastError(int rc) const;

    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
};

template <typename OnRow> Result<void> Statement::forEachRow(OnRow&& onRow)
{
    for (;;) {
        const Result<bool> row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        const Statement& current = *this;
        if constexpr (std::is_void_v<std::invoke_result_t<OnRow&, const Statement&>>) {
            onRow(current);
        } else if (Result<void> r = onRow(current); !r) {
            return r;
        }
    }
}

} // namespace godwit::sqlite
