// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"

namespace godwit::sqlite {

Result<Transaction> Transaction::begin(const Database& db, Kind kind)
{
    static const QString statements[]
        = { QStringLiteral("BEGIN DEFERRED"), QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("BEGIN EXCLUSIVE") };
    if (auto r = db.exec(statements[static_cast<int>(kind)]); !r)
        return std::unexpected(r.error());
    return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Transaction::~Transaction() { rollback(); }

Result<void> Transaction::commit()
{
    if (!m_db)
        return fail(Error::Code::InvalidArgument, QStringLiteral("transaction is not active"));
    auto r = m_db->exec(QStringLiteral("COMMIT"));
    if (r)
        m_db = nullptr;
    return r;
}

void Transaction::rollback()
{
    if (!m_db)
        return;
    // SQLite may already have rolled back after an error (e.g. SQLITE_FULL); ROLLBACK then fails harmlessly.
    if (m_db->isInTransaction())
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    m_db = nullptr;
}

} // namespace godwit::sqlite
