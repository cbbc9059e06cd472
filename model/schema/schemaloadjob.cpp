// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaloadjob.h"

#include "schemareader.h"
#include "sqlite/database.h"

#include <QFileInfo>

namespace godwit::schema {

namespace {

    struct Outcome {
        Result<Schema> schema;
        sqlite::DatabaseInfo info;
    };

    Outcome loadPath(const QString& path)
    {
        const QFileInfo file(path);
        if (SchemaLoadJob::isScriptPath(path)) {
            Outcome out { SchemaReader::readFile(path), {} };
            out.info.path = path;
            out.info.fileSize = file.size();
            return out;
        }
        // One read-only connection serves both the schema and the file facts, so the file is
        // opened (and quick_check'ed) once.
        auto db = sqlite::Database::openOriginal(path);
        if (!db)
            return { std::unexpected(db.error().file.isEmpty() ? db.error().inFile(path) : db.error()), {} };
        auto schema = SchemaReader::read(*db, ReadOptions { ReadOptions::RowCounts::Estimate });
        if (!schema)
            return { std::unexpected(schema.error().file.isEmpty() ? schema.error().inFile(path) : schema.error()),
                {} };
        if (schema->source.isEmpty())
            schema->source = path;
        auto info = sqlite::DatabaseInfo::read(*db);
        if (!info)
            return { std::unexpected(info.error()), {} };
        return { std::move(schema), *info };
    }

} // namespace

SchemaLoadJob::SchemaLoadJob(QObject* parent)
    : QObject(parent)
{
}

SchemaLoadJob::~SchemaLoadJob() = default;

bool SchemaLoadJob::isScriptPath(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("sql"), Qt::CaseInsensitive) == 0;
}

void SchemaLoadJob::cancel() { m_jobs.cancel(); }

void SchemaLoadJob::start(const QString& path)
{
    run([path] { return loadPath(path); });
}

void SchemaLoadJob::startScript(const QString& sql, const QString& fileName)
{
    run([sql, fileName] {
        Outcome out { SchemaReader::readScript(sql, fileName), {} };
        if (out.schema && out.schema->source.isEmpty())
            out.schema->source = fileName;
        out.info.path = fileName;
        out.info.fileSize = sql.toUtf8().size();
        return out;
    });
}

template <typename Work> void SchemaLoadJob::run(Work work)
{
    m_jobs.start([this, work](const Job& job) {
        Outcome out = work();
        job.finish([this, out = std::move(out)] {
            if (out.schema)
                Q_EMIT loaded(*out.schema, out.info);
            else
                Q_EMIT failed(out.schema.error());
        });
    });
}

} // namespace godwit::schema
