// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/diffoptions.h"
#include "plan/answers.h"
#include "rehearsal/fault.h"

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace godwit::project {

// What the schema should become: a second database, a target script, a Mermaid erDiagram, or
// the pending migrations of a Flyway-style folder applied to the before database.
enum class AfterKind { Database, Script, Mermaid, Migrations };

[[nodiscard]] QString afterKindName(AfterKind kind); // "database", "sql", "mermaid", "migrations"
[[nodiscard]] std::optional<AfterKind> afterKindFromName(QStringView name);
// The kind a path is read as (a folder: migrations; .sql: script; .mmd/.md: Mermaid; else a database).
[[nodiscard]] AfterKind afterKindOf(const QString& path);

// How fast a rehearsal goes. Classroom stretches the backfill to about a minute so its ETA can
// be watched; Realistic keeps the settings as given; Fastest drops the pauses and the throttle.
enum class Pace { Classroom, Realistic, Fastest };

[[nodiscard]] QString paceName(Pace pace); // "classroom", "realistic", "fastest"
[[nodiscard]] std::optional<Pace> paceFromName(QStringView name);

// Which proposed renames the user confirmed or turned down (diff::DiffOptions' terms).
struct RenameDecisions {
    diff::RenamePolicy policy = diff::RenamePolicy::Propose;
    QStringList accepted; // Change::id() of confirmed renames
    QStringList rejected; // Change::id() of renames planned as a drop and an add

    [[nodiscard]] bool isEmpty() const { return accepted.isEmpty() && rejected.isEmpty(); }
    bool operator==(const RenameDecisions&) const = default;
};

// The rehearsal's knobs, as `godwit rehearse` takes them.
struct RehearsalSettings {
    double rate = 200; // simulated application operations per second
    int batchSize = 0; // backfill rows per batch; 0: the plan's
    int delayMs = 0; // pause between backfill batches
    double budgetMs = 50; // the backfill throttles while the workload's p99 is above this
    QList<rehearsal::Fault> faults; // staged mistakes
    Pace pace = Pace::Realistic;

    bool operator==(const RehearsalSettings&) const = default;
};

// Card positions of the before and after diagrams, by table name, in scene coordinates.
struct CardPositions {
    QMap<QString, QPointF> before;
    QMap<QString, QPointF> after;

    bool operator==(const CardPositions&) const = default;
};

// A Godwit project (`NAME.godwit`): everything the user decided between opening a database and
// rehearsing its migration, so a colleague or CI replays the same plan. Paths are absolute here;
// ProjectJson stores them relative to the project file. Documented in docs/project.md.
struct Project {
    QString before; // the database now (only ever read)
    QString after; // what it should become
    AfterKind afterKind = AfterKind::Database;
    RenameDecisions renames;
    plan::Answers answers; // the decision wizard's answers (godwit.answers)
    QString queries; // the application's query file; empty: none
    RehearsalSettings rehearsal;
    QJsonObject lastRehearsal; // the last rehearsal's record (godwit rehearse --json); empty: none
    CardPositions cards;

    // The diff options the rename decisions stand for.
    [[nodiscard]] diff::DiffOptions diffOptions() const;

    bool operator==(const Project&) const = default;
};

} // namespace godwit::project
