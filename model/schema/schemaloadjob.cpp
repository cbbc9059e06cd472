// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaloadjob.h"

#include "schemareader.h"
#include "sqlite/database.h"

#include <QFileInfo>
#include <QMetaObject>

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

SchemaLoadJob::~SchemaLoadJob()
{
    cancel();
    // The workers only touch their own connection; waiting keeps them from outliving the
    // process's SQLite state at exit.
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

bool SchemaLoadJob::isScriptPath(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("sql"), Qt::CaseInsensitive) == 0;
}

void SchemaLoadJob::cancel()
{
    ++m_generation;
    m_running = false;
}

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
    const quint64 generation = ++m_generation;
    m_running = true;
    QPointer<SchemaLoadJob> self(this);
    QThread* thread = QThread::create([self, generation, work] {
        Outcome out = work();
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, out = std::move(out)] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_running = false;
                if (out.schema)
                    Q_EMIT self->loaded(*out.schema, out.info);
                else
                    Q_EMIT self->failed(out.schema.error());
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start();
}

} // namespace godwit::schema
