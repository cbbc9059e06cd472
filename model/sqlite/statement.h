// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

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
    template<typename... Args>
    [[nodiscard]] Result<void> bindAll(const Args&... args)
    {
        int index = 0;
        Result<void> r;
        ((r = r ? bind(++index, QVariant::fromValue(args)) : r), ...);
        return r;
    }

    // true while a row is available; false when done.
    [[nodiscard]] Result<bool> step();
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

} // namespace godwit::sqlite
