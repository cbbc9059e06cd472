// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"
#include "core/error.h"
#include "core/jobrunner.h"
#include "core/result.h"
#include "diffoptions.h"
#include "schema/schema.h"

#include <functional>

#include <QObject>

namespace godwit::diff {

// Reads the "after" side of a comparison and compares it with a schema already loaded, on a
// worker thread (the after side may be a big database or migrations run on a working copy). A
// newer request supersedes an older one, whose result is dropped (JobRunner), as SchemaLoadJob.
class CompareJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareJob)
public:
    using Reader = std::function<Result<schema::Schema>()>;

    explicit CompareJob(QObject* parent = nullptr);
    ~CompareJob() override;

    // `readAfter` runs on the worker thread; it must hold values only.
    void start(const schema::Schema& before, Reader readAfter);
    // start() with any source SchemaReader::readFile takes (row counts estimated).
    void startWithFile(const schema::Schema& before, const QString& afterPath);
    // The rename decisions (and policy) the next comparisons use.
    void setOptions(const DiffOptions& options) { m_options = options; }
    [[nodiscard]] const DiffOptions& options() const { return m_options; }
    // Drops the result of the running request, if any.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_jobs.isRunning(); }

Q_SIGNALS:
    void compared(const godwit::diff::ChangeSet& changes);
    void failed(const godwit::Error& error);

private:
    JobRunner m_jobs { this };
    DiffOptions m_options;
};

} // namespace godwit::diff
