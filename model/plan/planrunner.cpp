// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrunner.h"

#include "schema/identifier.h"
#include "schema/sqltokenizer.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"
#include "sqlscript.h"

#include <algorithm>

namespace godwit::plan {

using schema::SqlToken;
using schema::SqlTokenizer;
using sqlite::Database;

QStringList PlanRunner::splitStatements(const QString& sql)
{
    QStringList out;
    for (const ScriptStatement& s : SqlScript::split(sql))
        out << s.text;
    return out;
}

Result<qint64> PlanRunner::count(const Database& db, const QString& sql)
{
    auto v = db.scalar(sql);
    if (!v)
        return std::unexpected(v.error());
    return v->isNull() ? 0 : v->toLongLong();
}

Result<void> PlanRunner::runScript(const Database& db, const QString& sql, const QString& name)
{
    // Statement by statement, so a foreign_key_check that lists violations stops the script
    // before its COMMIT, as the 12-step procedure asks.
    for (const QString& statement : splitStatements(sql)) {
        const QList<SqlToken> tokens = SqlTokenizer::significantTokens(statement);
        const bool fkCheck = tokens.size() >= 2 && tokens[0].is(QLatin1StringView("PRAGMA"))
            && schema::sameIdentifier(tokens[1].identifier(), u"foreign_key_check");
        if (fkCheck) {
            auto st = db.prepare(statement);
            if (!st)
                return std::unexpected(st.error().inFile(name));
            auto row = st->step();
            if (!row)
                return std::unexpected(row.error().inFile(name));
            if (*row) {
                const QString table = st->text(0);
                st = {};
                if (db.isInTransaction())
                    (void)db.exec(QStringLiteral("ROLLBACK"));
                (void)db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
                return fail(Error::Code::Sql,
                    QStringLiteral("foreign_key_check found violations in %1; rolled back").arg(table), name);
            }
            continue;
        }
        if (auto r = db.executeScript(statement, name); !r) {
            if (db.isInTransaction())
                (void)db.exec(QStringLiteral("ROLLBACK"));
            (void)db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            return r;
        }
    }
    return {};
}

Result<qint64> PlanRunner::backfill(const Database& db, const PlanStep& step, const Options& options)
{
    const BackfillSpec& spec = *step.backfill;
    qint64 rows = 0;
    for (int round = 0; round < 2; ++round) {
        auto last = count(db, spec.firstKeySql);
        auto end = count(db, spec.lastKeySql);
        if (!last || !end)
            return std::unexpected(last ? end.error() : last.error());
        auto statement = db.prepare(spec.batchSql);
        if (!statement)
            return std::unexpected(statement.error().inFile(step.id));
        const bool keyed = spec.batchSql.contains(QLatin1String(":last"));
        qint64 from = *last;
        do {
            // One short transaction per batch: writers wait at most one batch.
            auto tx = sqlite::Transaction::begin(db, sqlite::Transaction::Kind::Immediate);
            if (!tx)
                return std::unexpected(tx.error());
            statement->reset();
            if (keyed) {
                if (auto r = statement->bind(QStringLiteral(":last"), from); !r)
                    return std::unexpected(r.error());
                if (auto r = statement->bind(QStringLiteral(":batch"), spec.batchSize); !r)
                    return std::unexpected(r.error());
            }
            if (auto r = statement->exec(); !r)
                return std::unexpected(r.error().inFile(step.id));
            rows += db.changes();
            if (auto r = tx->commit(); !r)
                return std::unexpected(r.error());
            from += spec.batchSize;
            if (options.progress && !options.progress(step, rows))
                return fail(Error::Code::Cancelled, QStringLiteral("backfill stopped"), step.id);
        } while (keyed && from < *end);
        // Rows that arrived after the walk started and were not dual-written: one more round.
        auto remaining = count(db, spec.remainingSql);
        if (!remaining)
            return std::unexpected(remaining.error());
        if (*remaining == 0)
            break;
    }
    return rows;
}

Result<void> PlanRunner::runStep(const Database& db, const PlanStep& step, const Options& options)
{
    if (options.checkPreconditions) {
        for (const Precondition& p : step.preconditions) {
            if (p.checkSql.isEmpty())
                continue;
            auto n = count(db, p.checkSql);
            if (!n)
                return std::unexpected(n.error().inFile(step.id));
            if (*n != 0)
                return fail(Error::Code::InvalidArgument,
                    QStringLiteral("precondition failed: %1 (%2)").arg(p.text).arg(*n), step.id);
        }
    }
    if (step.backfill) {
        if (auto r = backfill(db, step, options); !r)
            return std::unexpected(r.error());
    } else if (step.transactional) {
        auto tx = sqlite::Transaction::begin(db, sqlite::Transaction::Kind::Immediate);
        if (!tx)
            return std::unexpected(tx.error());
        if (auto r = db.executeScript(step.sql, step.id); !r)
            return r;
        if (auto r = tx->commit(); !r)
            return r;
    } else if (auto r = runScript(db, step.sql, step.id); !r) {
        return r;
    }
    if (options.verify && !step.verificationSql.isEmpty()) {
        auto n = count(db, step.verificationSql);
        if (!n)
            return std::unexpected(n.error().inFile(step.id));
        if (*n != 0)
            return fail(Error::Code::InvalidArgument,
                QStringLiteral("verification failed: %1 returned %2").arg(step.verificationSql).arg(*n), step.id);
    }
    return {};
}

Result<void> PlanRunner::run(const Database& db, const MigrationPlan& plan, const Options& options)
{
    for (const PlanStep& step : plan.steps) {
        if (auto r = runStep(db, step, options); !r)
            return r;
    }
    return {};
}

Result<void> PlanRunner::rollback(const Database& db, const MigrationPlan& plan, qsizetype stepCount)
{
    const qsizetype n = stepCount < 0 ? plan.steps.size() : std::min(stepCount, plan.steps.size());
    for (qsizetype i = n - 1; i >= 0; --i) {
        const PlanStep& step = plan.steps[i];
        const QString name = step.id + QStringLiteral(" (rollback)");
        const QStringList statements = splitStatements(step.rollbackSql);
        const bool ownTransaction = std::ranges::any_of(statements, [](const QString& s) {
            const auto tokens = SqlTokenizer::significantTokens(s);
            return !tokens.isEmpty()
                && (tokens.front().is(QLatin1StringView("BEGIN")) || tokens.front().is(QLatin1StringView("COMMIT")));
        });
        if (ownTransaction) {
            if (auto r = runScript(db, step.rollbackSql, name); !r)
                return r;
            continue;
        }
        auto tx = sqlite::Transaction::begin(db, sqlite::Transaction::Kind::Immediate);
        if (!tx)
            return std::unexpected(tx.error());
        if (auto r = runScript(db, step.rollbackSql, name); !r)
            return r;
        if (auto r = tx->commit(); !r)
            return r;
    }
    return {};
}

} // namespace godwit::plan
