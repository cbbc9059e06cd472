// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers.h"
#include "diff/changeset.h"
#include "migrationplan.h"
#include "schema/identifier.h"

#include <QSet>

namespace godwit::plan {

// Order of steps inside a phase: the plan runs phase by phase, and within a phase by rank, so
// that e.g. indexes go before the column drops that SQLite refuses while they exist.
enum class Rank {
    RenameTable = 0,
    CreateTable = 1,
    ExpandColumns = 2,
    CreateIndex = 3,
    CreateObject = 4, // views and triggers that need no final table shape
    Backfill = 0,
    IndexAfterBackfill = 1,
    DropObject = 0, // removed or redefined views and triggers
    DropIndex = 1,
    ContractTable = 2,
    DropTable = 3,
    CreateFinalObject = 4, // views and triggers on tables whose shape changes at the contract
    RetireCompatibility = 5,
};

// A step with its position inside its phase.
struct RankedStep {
    PlanStep step;
    Rank rank = Rank::ExpandColumns;
};

// What every planner produces for one group of changes.
struct PlanUnit {
    DecisionWalk walk;
    QList<RankedStep> steps;
    QStringList warnings;
};

// The inputs every planner shares: the change set, the answers, and the facts that span
// groups (which tables are rebuilt at the contract, which views survive unchanged).
class PlanContext final {
public:
    PlanContext(const diff::ChangeSet& set, const Answers& answers);

    [[nodiscard]] const diff::ChangeSet& changeSet() const { return m_set; }
    [[nodiscard]] const Answers& answers() const { return m_answers; }
    [[nodiscard]] ChangeAnswers answersFor(const diff::Change& change) const;
    [[nodiscard]] ChangeAnswers answersForTable(const QString& table) const;
    [[nodiscard]] int batchSize(const ChangeAnswers& answers) const;

    // The before-definition of the table called `afterName` now (so renamed tables carry their new name).
    [[nodiscard]] std::optional<schema::Table> beforeTable(const QString& afterName) const;
    [[nodiscard]] QString beforeName(const QString& afterName) const;

    // Tables whose shape changes at the contract (rebuild or swap): views and triggers that
    // use them are created after it.
    void markRebuiltAtContract(const QString& table) { m_rebuilt.insert(schema::identifierKey(table)); }
    [[nodiscard]] bool isRebuiltAtContract(const QString& table) const
    {
        return m_rebuilt.contains(schema::identifierKey(table));
    }

    // Unchanged views and triggers that use `table` (after-name), and the compatibility views
    // on it: a rebuild drops them before the swap and recreates them after it (DROP / CREATE).
    [[nodiscard]] std::pair<QStringList, QStringList> rebuildDependents(const QString& table) const;

    // For a view the plan drops or redefines: the unchanged views that read it (directly or
    // through other views) and the triggers on or using them. `drops` go before the view (each
    // dependent before what it reads); `creates` after the view is recreated, in creation order,
    // and only in the unit of the last changed view a dependent reads (the others do not exist
    // yet); `restores` undo the drops, in the unit of the first one (the last to be undone).
    struct ViewDependents {
        QStringList drops;
        QStringList creates;
        QStringList restores;
    };
    [[nodiscard]] ViewDependents viewDependents(const QString& view) const;

    // The application queries (Answers::queries) that use `table`, or `table`.`column` (by name,
    // or through SELECT * / t.*).
    [[nodiscard]] QStringList queriesUsing(const QString& table, const QString& column = {}) const;

    // Views the plan creates for old readers; rebuilds of `table` drop and recreate them too.
    void registerCompatibilityView(const QString& table, const QString& createSql);
    // Columns a backfill fills: indexes on them are best built after it.
    void markBackfilled(const QString& table, const QString& column);
    [[nodiscard]] bool isBackfilled(const QString& table, const QString& column) const;
    [[nodiscard]] bool hasBackfill(const QString& table) const;

    // A step of `phase` at `rank`, with the id "<phase>:<id>".
    [[nodiscard]] static RankedStep makeStep(Phase phase, Rank rank, const QString& id, const QString& title);
    // Appends a node to `walk` and returns it (valid until the next append).
    static WalkStep* addNode(DecisionWalk& walk, const QString& nodeId, const QString& answer, const QString& why,
        bool applies = true, const QList<AnswerKey>& overrides = {}, const QStringList& stepIds = {});
    // "1 change" / "3 changes": the model's English messages, no tr().
    [[nodiscard]] static QString count(qsizetype n, const QString& singular, const QString& plural);

private:
    [[nodiscard]] bool isChanged(diff::ObjectKind kind, const QString& name) const;
    [[nodiscard]] QStringList changedViews() const; // redefined or removed, in change order

    const diff::ChangeSet& m_set;
    const Answers& m_answers;
    QSet<QString> m_rebuilt;
    QSet<QString> m_backfilled; // "table.column", lower case
    QList<std::pair<QString, QString>> m_compatibilityViews; // table, CREATE VIEW
};

} // namespace godwit::plan
