// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/jobrunner.h"
#include "schema.h"
#include "sqlite/databaseinfo.h"

#include <QObject>

namespace godwit::schema {

// Reads a schema (and the file's DatabaseInfo) on a worker thread so the GUI never blocks
// on a big or slow file. A newer request supersedes an older one: results are tagged with
// a generation id and stale ones are dropped (JobRunner).
class SchemaLoadJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaLoadJob)
public:
    explicit SchemaLoadJob(QObject* parent = nullptr);
    ~SchemaLoadJob() override;

    // A database (opened read-only with openOriginal) or a .sql script.
    void start(const QString& path);
    // SQL text already in memory (e.g. a bundled example); errors carry `fileName`.
    void startScript(const QString& sql, const QString& fileName);
    // Drops the result of the running request, if any.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_jobs.isRunning(); }

    // Whether `path` is read as an SQL script rather than opened as a database.
    [[nodiscard]] static bool isScriptPath(const QString& path);

Q_SIGNALS:
    void loaded(const godwit::schema::Schema& schema, const godwit::sqlite::DatabaseInfo& info);
    void failed(const godwit::Error& error);

private:
    template <typename Work> void run(Work work);

    JobRunner m_jobs { this };
};

} // namespace godwit::schema
