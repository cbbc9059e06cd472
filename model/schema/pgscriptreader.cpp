// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgscriptreader.h"

#include "core/textfile.h"
#include "pgcatalogreader.h"
#include "pgscratchdatabase.h"

namespace godwit::schema {

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

    auto scratchDb = PgScratchDatabase::create(serverUri, scriptPath);
    if (!scratchDb)
        return std::unexpected(scratchDb.error());
    Schema schema;
    {
        auto scratch = (*scratchDb)->connect();
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
    } // the scratch connection closes before the scratch database is dropped
    schema.source = scriptPath;
    return schema;
}

} // namespace godwit::schema
