// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace godwit::sqlite {

class Database;

// Rolls back on destruction unless commit() succeeded, so an early return or error
// never leaves half a change behind.
class Transaction final {
public:
    enum class Kind { Deferred, Immediate, Exclusive };

    [[nodiscard]] static Result<Transaction> begin(const Database& db, Kind kind = Kind::Deferred);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] Result<void> commit();
    void rollback();
    // Forgets the transaction without ending it, as a process killed mid-transaction leaves it: the
    // connection's owner must close it, and closing rolls the transaction back (the rehearsal's crash fault).
    void abandon() { m_db = nullptr; }
    [[nodiscard]] bool isActive() const { return m_db != nullptr; }

private:
    explicit Transaction(const Database* db)
        : m_db(db)
    {
    }
    const Database* m_db = nullptr;
};

} // namespace godwit::sqlite
