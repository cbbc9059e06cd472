// SPDX-License-Identifier: GPL-3.0-or-later
#include "steprunner.h"

#include "sqlite/database.h"

#include <QThread>

namespace godwit::rehearsal {

Result<std::optional<qint64>> StepRunner::verify(const sqlite::Database& db, const plan::PlanStep& step)
{
    if (step.verificationSql.trimmed().isEmpty())
        return std::optional<qint64>();
    auto v = db.scalar(step.verificationSql);
    if (!v)
        return std::unexpected(v.error());
    return std::optional<qint64>(v->isNull() ? 0 : v->toLongLong());
}

Result<StepRunner::Outcome> StepRunner::run(const sqlite::Database& db, const plan::PlanStep& step, bool skipIfApplied)
{
    if (skipIfApplied) {
        auto done = verify(db, step);
        if (done && *done && **done == 0)
            return Outcome::AlreadyApplied;
    }
    constexpr int attempts = 5;
    for (int attempt = 1;; ++attempt) {
        Result<void> r;
        if (step.transactional) {
            r = db.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (r)
                r = db.executeScript(step.sql, step.id);
            if (r)
                r = db.exec(QStringLiteral("COMMIT"));
        } else {
            r = db.executeScript(step.sql, step.id);
        }
        if (r)
            return Outcome::Ran;
        if (db.isInTransaction())
            (void)db.exec(QStringLiteral("ROLLBACK"));
        if (!step.transactional)
            (void)db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (r.error().code != Error::Code::Locked || attempt == attempts)
            return std::unexpected(r.error());
        QThread::msleep(20);
    }
}

} // namespace godwit::rehearsal
