// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparejob.h"

#include "schema/schemareader.h"
#include "schemadiff.h"

namespace godwit::diff {

CompareJob::CompareJob(QObject* parent)
    : QObject(parent)
{
}

CompareJob::~CompareJob() = default;

void CompareJob::cancel() { m_jobs.cancel(); }

void CompareJob::start(const schema::Schema& before, Reader readAfter)
{
    m_jobs.start([this, before, readAfter = std::move(readAfter), options = m_options](const Job& job) {
        Result<schema::Schema> after = readAfter();
        const Result<ChangeSet> changes = after ? Result<ChangeSet>(SchemaDiff::compare(before, *after, options))
                                                : Result<ChangeSet>(std::unexpected(after.error()));
        job.finish([this, changes] {
            if (changes)
                Q_EMIT compared(*changes);
            else
                Q_EMIT failed(changes.error());
        });
    });
}

void CompareJob::startWithFile(const schema::Schema& before, const QString& afterPath)
{
    start(before, [afterPath] {
        schema::ReadOptions options;
        options.rowCounts = schema::ReadOptions::RowCounts::Estimate;
        return schema::SchemaReader::readFile(afterPath, options);
    });
}

} // namespace godwit::diff
