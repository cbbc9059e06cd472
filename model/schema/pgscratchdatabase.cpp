// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgscratchdatabase.h"

#include <QRandomGenerator>

namespace godwit::schema {

PgScratchDatabase::PgScratchDatabase(postgres::Connection admin, QString serverUri, QString name)
    : m_admin(std::move(admin))
    , m_serverUri(std::move(serverUri))
    , m_name(std::move(name))
{
}

PgScratchDatabase::~PgScratchDatabase()
{
    (void)m_admin.execute(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_admin.quoteIdentifier(m_name)));
}

Result<std::unique_ptr<PgScratchDatabase>> PgScratchDatabase::create(const QString& serverUri, const QString& purpose)
{
    // CREATE DATABASE is a statement on the server, not in the user's database; this session
    // runs nothing else.
    postgres::ConnectOptions adminOptions;
    adminOptions.readOnly = false;
    auto admin = postgres::Connection::open(serverUri, adminOptions);
    if (!admin)
        return std::unexpected(admin.error());
    const QString name
        = QStringLiteral("godwit_scratch_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    if (auto created
        = admin->execute(QStringLiteral("CREATE DATABASE %1 TEMPLATE template1").arg(admin->quoteIdentifier(name)));
        !created) {
        Error e = created.error();
        e.message = QStringLiteral("cannot create a scratch database to parse %1: %2").arg(purpose, e.message);
        e.column = 0;
        return std::unexpected(e);
    }
    return std::unique_ptr<PgScratchDatabase>(new PgScratchDatabase(std::move(*admin), serverUri, name));
}

Result<postgres::Connection> PgScratchDatabase::connect() const
{
    postgres::ConnectOptions options;
    options.readOnly = false;
    options.database = m_name;
    return postgres::Connection::open(m_serverUri, options);
}

} // namespace godwit::schema
