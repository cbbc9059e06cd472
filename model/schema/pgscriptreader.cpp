// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgscriptreader.h"

#include "core/textfile.h"
#include "pgcatalogreader.h"
#include "postgres/connection.h"

#include <QRandomGenerator>

namespace godwit::schema {

namespace {

    // Drops the scratch database when the read is over, however it ended.
    class ScratchDatabase {
    public:
        ScratchDatabase(const postgres::Connection& admin, QString name)
            : m_admin(admin)
            , m_name(std::move(name))
        {
        }
        ~ScratchDatabase()
        {
            (void)m_admin.execute(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_admin.quoteIdentifier(m_name)));
        }
        ScratchDatabase(const ScratchDatabase&) = delete;
        ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    private:
        const postgres::Connection& m_admin;
        QString m_name;
    };

} // namespace

std::pair<int, int> PgScriptReader::lineColumn(const QString& script, int position)
{
    const QStringView before = QStringView(script).left(std::clamp<qsizetype>(position - 1, 0, script.size()));
    const int line = static_cast<int>(before.count(QLatin1Char('\n'))) + 1;
    const int column = static_cast<int>(before.size() - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
    return { line, column };
}

Result<Schema> PgScriptReader::read(const QString& serverUri, const QString& scriptPath)
{
    auto read = TextFile::read(scriptPath, QStringLiteral("an SQL script"));
    if (!read)
        return std::unexpected(read.error());
    const QString script = *read;

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
        e.message = QStringLiteral("cannot create a scratch database to parse %1: %2").arg(scriptPath, e.message);
        e.column = 0;
        return std::unexpected(e);
    }
    ScratchDatabase guard(*admin, name);
    Schema schema;
    {
        postgres::ConnectOptions scratchOptions;
        scratchOptions.readOnly = false;
        scratchOptions.database = name;
        auto scratch = postgres::Connection::open(serverUri, scratchOptions);
        if (!scratch)
            return std::unexpected(scratch.error());
        if (auto applied = scratch->execute(script); !applied) {
            Error e = applied.error();
            const int position = e.column;
            e.file = scriptPath;
            e.sql.clear();
            e.line = 0;
            e.column = 0;
            if (position > 0)
                std::tie(e.line, e.column) = lineColumn(script, position);
            return std::unexpected(e);
        }
        auto read = PgCatalogReader::read(*scratch);
        if (!read)
            return std::unexpected(read.error());
        schema = std::move(*read);
    } // the scratch connection closes before the guard drops the database
    schema.source = scriptPath;
    return schema;
}

} // namespace godwit::schema
