// SPDX-License-Identifier: GPL-3.0-or-later
#include "flywayexporter.h"

#include "core/textfile.h"
#include "plansql.h"
#include "schema/identifier.h"
#include "sqlite/commenttext.h"

#include <QDir>
#include <QRegularExpression>

namespace godwit::plan {

namespace {

    QString slugWord(const QString& word)
    {
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
        QString s = word.toLower().replace(unsafe, QStringLiteral("_"));
        while (s.startsWith(QLatin1Char('_')))
            s.remove(0, 1);
        while (s.endsWith(QLatin1Char('_')))
            s.chop(1);
        return s;
    }

    // "contract_invoices_order_details": the phase and the tables, whole names only; past `limit`
    // characters the rest is counted ("contract_invoices_and_4_more"), never cut mid-word.
    QString slug(const QString& phase, const QStringList& tables, qsizetype limit = 60)
    {
        QStringList words;
        for (const QString& t : tables) {
            if (const QString w = slugWord(t); !w.isEmpty())
                words << w;
        }
        const QString all = (QStringList { slugWord(phase) } + words).join(QLatin1Char('_'));
        if (all.size() <= limit)
            return all;
        QString out = slugWord(phase);
        qsizetype kept = 0;
        while (kept < words.size()) {
            const QString next = out + QLatin1Char('_') + words[kept];
            if (next.size() + QStringLiteral("_and_%1_more").arg(words.size() - kept - 1).size() > limit)
                break;
            out = next;
            ++kept;
        }
        return out + QStringLiteral("_and_%1_more").arg(words.size() - kept);
    }

    // The data pre-checks as comment lines: what the plan found in the data it was made from.
    QString dataCheckHeader(const MigrationPlan& plan)
    {
        if (!plan.dataChecked)
            return {};
        QString text = QStringLiteral("Data pre-checks on %1:").arg(plan.before);
        if (plan.dataChecks.isEmpty())
            text += QStringLiteral(" every check found 0 rows.");
        for (const DataCheckOutcome& d : plan.dataChecks)
            text += QStringLiteral("\n%1 row(s): %2 -> %3%4")
                        .arg(d.rows)
                        .arg(d.description, d.resolution, d.stops ? QStringLiteral(" [STOPS]") : QString());
        return PlanSql::comment(text);
    }

    // At the top of the file whose step fails on the data (exported with --force).
    QString failureHeader(const MigrationPlan& plan, const QList<const PlanStep*>& steps)
    {
        QString text;
        for (const DataCheckOutcome* d : plan.stoppingChecks()) {
            if (std::ranges::none_of(steps, [&](const PlanStep* s) { return s->id == d->stepId; }))
                continue;
            text
                += QStringLiteral("THIS FILE FAILS ON THE DATA IT WAS PLANNED FROM: step %1 meets %2 row(s): %3.\n%4.\n"
                                  "Pre-check (must return 0): %5\n")
                       .arg(d->stepId)
                       .arg(d->rows)
                       .arg(d->description, d->resolution, d->countSql);
        }
        return text.isEmpty() ? QString() : PlanSql::comment(text.trimmed()) + QLatin1Char('\n');
    }

} // namespace

QList<FlywayExporter::File> FlywayExporter::files(const MigrationPlan& plan, int firstVersion)
{
    QList<File> out;
    int version = firstVersion;
    for (Phase phase : allPhases()) {
        const QList<const PlanStep*> steps = plan.stepsIn(phase);
        if (steps.isEmpty())
            continue;
        QStringList tables;
        for (const PlanStep* s : steps) {
            const DecisionWalk* w = plan.walk(s->walkId);
            const QString t = w && !w->table.isEmpty() ? w->table : s->walkId.section(QLatin1Char(':'), -1);
            if (!schema::containsIdentifier(tables, t))
                tables << t;
        }
        const QString base = QStringLiteral("%1__%2").arg(version).arg(slug(phaseName(phase), tables));
        const bool ownTransactions = std::ranges::any_of(steps, [](const PlanStep* s) { return !s->transactional; });
        QString forward = failureHeader(plan, steps)
            + PlanSql::comment(
                QStringLiteral("Godwit plan %1 → %2, phase %3 (%4). Generated: review before use.")
                    .arg(plan.before, plan.after, phaseTitle(phase))
                    .arg(steps.size() == 1 ? QStringLiteral("1 step") : QStringLiteral("%1 steps").arg(steps.size())));
        forward += dataCheckHeader(plan);
        QString undo = PlanSql::comment(
            QStringLiteral("Undo of V%1: the rollback SQL of phase %2, last step first.").arg(base, phaseTitle(phase)));
        for (const PlanStep* s : steps) {
            forward += QLatin1Char('\n') + sqlite::lineComment(QStringLiteral("Step %1: %2").arg(s->id, s->title));
            forward += PlanSql::comment(s->explanation);
            QString sql = s->sql;
            if (s->backfill) {
                // Flyway runs a script once: the one-statement form, with the batched form for a job.
                forward += PlanSql::comment(
                    QStringLiteral("On a big table run this as a scheduled job in batches instead:\n%1\n"
                                   "(:last from %2, step :batch = %3, until %4 returns 0)")
                        .arg(s->backfill->batchSql, s->backfill->firstKeySql)
                        .arg(s->backfill->batchSize)
                        .arg(s->backfill->remainingSql));
                sql = s->backfill->wholeSql + QStringLiteral(";\n");
            }
            if (ownTransactions && s->transactional && !s->sql.trimmed().isEmpty() && !s->backfill)
                sql = QStringLiteral("BEGIN;\n%1COMMIT;\n").arg(sql);
            forward += sql;
        }
        for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
            undo += QLatin1Char('\n') + sqlite::lineComment(QStringLiteral("Undo %1").arg((*it)->id));
            undo += (*it)->rollbackSql;
        }
        out << File { QStringLiteral("V%1.sql").arg(base), forward };
        out << File { QStringLiteral("U%1.sql").arg(base), undo };
        if (ownTransactions) {
            const QString conf
                = PlanSql::comment(
                      QStringLiteral("The table rebuild turns PRAGMA foreign_keys off, which SQLite ignores "
                                     "inside a transaction: Flyway must not open one."))
                      .replace(QStringLiteral("-- "), QStringLiteral("# "))
                + QStringLiteral("executeInTransaction=false\n");
            out << File { QStringLiteral("V%1.sql.conf").arg(base), conf };
            out << File { QStringLiteral("U%1.sql.conf").arg(base), conf };
        }
        ++version;
    }
    return out;
}

Result<QStringList> FlywayExporter::write(const MigrationPlan& plan, const QString& directory, int firstVersion)
{
    QDir dir(directory);
    if (QFileInfo(directory).exists() && !QFileInfo(directory).isDir())
        return fail(Error::Code::InvalidArgument, QStringLiteral("not a folder"), directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return fail(Error::Code::PermissionDenied, QStringLiteral("cannot create the folder"), directory);
    const QList<File> list = files(plan, firstVersion);
    for (const File& f : list) {
        if (dir.exists(f.name))
            return fail(Error::Code::InvalidArgument,
                QStringLiteral("%1 exists already; choose an empty folder").arg(f.name), directory);
    }
    QStringList written;
    for (const File& f : list) {
        const QString path = dir.filePath(f.name);
        if (auto saved = TextFile::write(path, f.text); !saved)
            return std::unexpected(saved.error());
        written << path;
    }
    return written;
}

} // namespace godwit::plan
