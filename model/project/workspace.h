// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "diff/changeset.h"
#include "plan/migrationplan.h"
#include "project.h"
#include "schema/schema.h"

#include <QObject>

class QUndoStack;

namespace godwit::project {

// The open project and what follows from it: the comparison of its two schemas (with the user's
// rename decisions), the plan built from that comparison with the user's answers, and the last
// rehearsal. Every view reads from here and follows the past-tense signals; the decision wizard,
// the diagrams and the rehearsal write back through the setters. Answers, rename decisions and
// card moves go through the undo stack; the title's modified mark is the stack's clean state
// together with the changes that are not undoable (rehearsal settings, a finished rehearsal).
class Workspace final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    enum class Side { Before, After };

    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    [[nodiscard]] const Project& project() const { return m_project; }
    // The project file; empty for a project never saved.
    [[nodiscard]] QString filePath() const { return m_filePath; }
    // The file's name without ".godwit", or "Untitled".
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool hasProject() const { return m_hasProject; }
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }

    // A new, unsaved project (modified until saved); a comparison already made stays.
    void newProject(const Project& project);
    [[nodiscard]] Result<void> open(const QString& path);
    [[nodiscard]] Result<void> save();
    [[nodiscard]] Result<void> saveAs(const QString& path);
    void close();

    // Where the two schemas come from (the window's open database and what it is compared with);
    // a change of sources marks an open project modified.
    void setSources(const QString& before, const QString& after, AfterKind kind);
    // The two schemas read from the project's sources (the window reads them off the GUI thread);
    // the comparison and the plan follow.
    void setSchemas(const schema::Schema& before, const schema::Schema& after);
    [[nodiscard]] bool hasComparison() const { return m_hasComparison; }
    [[nodiscard]] const diff::ChangeSet& changes() const { return m_changes; }
    // The plan of the comparison with the user's answers: what the rehearsal, the Flyway export
    // and the review use.
    [[nodiscard]] const plan::MigrationPlan& plan() const { return m_plan; }

    // Undoable edits; `text` names the undo step ("Skip the dual-write").
    void setAnswers(const plan::Answers& answers, const QString& text = {});
    // true: the proposed rename is one; false: a drop and an add; nullopt: back to the proposal.
    void setRenameDecision(const QString& changeId, std::optional<bool> accepted);
    void moveCard(Side side, const QString& table, QPointF position);

    void setRehearsalSettings(const RehearsalSettings& settings);
    // A finished rehearsal's record (RehearsalJson), kept in the project.
    void recordRehearsal(const QJsonObject& record);

    // Applied by the undo commands; not for views.
    void applyAnswers(const plan::Answers& answers);
    void applyRenames(const RenameDecisions& renames);
    void applyCard(Side side, const QString& table, std::optional<QPointF> position);

Q_SIGNALS:
    void projectChanged(); // opened, created or closed: everything may have changed
    void comparisonChanged();
    void answersChanged();
    void planChanged();
    void renamesChanged();
    void cardMoved(godwit::project::Workspace::Side side, const QString& table);
    void rehearsalSettingsChanged();
    void rehearsalFinished();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void recompare();
    void replan();
    void setDirty(bool dirty);

    Project m_project;
    QString m_filePath;
    bool m_hasProject = false;
    bool m_dirty = false; // changes outside the undo stack since the last save
    QUndoStack* m_undo = nullptr;
    schema::Schema m_before;
    schema::Schema m_after;
    bool m_hasComparison = false;
    diff::ChangeSet m_changes;
    plan::MigrationPlan m_plan;
};

} // namespace godwit::project
