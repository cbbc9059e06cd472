// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "diff/schemadiff.h"
#include "plan/planbuilder.h"
#include "projectjson.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

namespace godwit::project {

namespace {

    class AnswersCommand final : public QUndoCommand {
    public:
        AnswersCommand(Workspace* workspace, plan::Answers before, plan::Answers after, const QString& text)
            : QUndoCommand(text)
            , m_workspace(workspace)
            , m_before(std::move(before))
            , m_after(std::move(after))
        {
        }
        void undo() override { m_workspace->applyAnswers(m_before); }
        void redo() override { m_workspace->applyAnswers(m_after); }

    private:
        Workspace* m_workspace;
        plan::Answers m_before;
        plan::Answers m_after;
    };

    class RenamesCommand final : public QUndoCommand {
    public:
        RenamesCommand(Workspace* workspace, RenameDecisions before, RenameDecisions after, const QString& text)
            : QUndoCommand(text)
            , m_workspace(workspace)
            , m_before(std::move(before))
            , m_after(std::move(after))
        {
        }
        void undo() override { m_workspace->applyRenames(m_before); }
        void redo() override { m_workspace->applyRenames(m_after); }

    private:
        Workspace* m_workspace;
        RenameDecisions m_before;
        RenameDecisions m_after;
    };

    // A drag is many small moves of one card: they merge into one undo step.
    class CardCommand final : public QUndoCommand {
    public:
        static constexpr int Id = 0x60d1;

        CardCommand(
            Workspace* workspace, Workspace::Side side, QString table, std::optional<QPointF> before, QPointF after)
            : QUndoCommand(QObject::tr("Move %1").arg(table))
            , m_workspace(workspace)
            , m_side(side)
            , m_table(std::move(table))
            , m_before(before)
            , m_after(after)
        {
        }
        void undo() override { m_workspace->applyCard(m_side, m_table, m_before); }
        void redo() override { m_workspace->applyCard(m_side, m_table, m_after); }
        [[nodiscard]] int id() const override { return Id; }
        bool mergeWith(const QUndoCommand* other) override
        {
            const auto* move = static_cast<const CardCommand*>(other);
            if (move->m_side != m_side || move->m_table != m_table)
                return false;
            m_after = move->m_after;
            return true;
        }

    private:
        Workspace* m_workspace;
        Workspace::Side m_side;
        QString m_table;
        std::optional<QPointF> m_before;
        QPointF m_after;
    };

} // namespace

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { Q_EMIT modifiedChanged(isModified()); });
}

Workspace::~Workspace() = default;

QString Workspace::displayName() const
{
    return m_filePath.isEmpty() ? QStringLiteral("Untitled") : QFileInfo(m_filePath).completeBaseName();
}

bool Workspace::isModified() const { return m_hasProject && (m_dirty || !m_undo->isClean()); }

void Workspace::newProject(const Project& project)
{
    m_undo->clear();
    m_project = project;
    m_hasProject = true;
    m_filePath.clear();
    m_dirty = false;
    setDirty(true);
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT projectChanged();
    // A project made of what the window shows keeps its comparison, now with the project's decisions.
    recompare();
}

Result<void> Workspace::open(const QString& path)
{
    auto read = ProjectJson::readFile(path);
    if (!read)
        return std::unexpected(read.error());
    m_undo->clear();
    m_project = *read;
    m_hasProject = true;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_hasComparison = false;
    m_changes = {};
    m_plan = {};
    m_undo->setClean();
    setDirty(false);
    Q_EMIT modifiedChanged(false);
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT projectChanged();
    return {};
}

Result<void> Workspace::save()
{
    if (m_filePath.isEmpty())
        return fail(Error::Code::InvalidArgument, QStringLiteral("the project has no file yet (Save As)"));
    return saveAs(m_filePath);
}

Result<void> Workspace::saveAs(const QString& path)
{
    if (auto saved = ProjectJson::save(m_project, path); !saved)
        return saved;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool renamed = absolute != m_filePath;
    m_filePath = absolute;
    m_undo->setClean();
    setDirty(false);
    Q_EMIT modifiedChanged(false);
    if (renamed)
        Q_EMIT filePathChanged(m_filePath);
    return {};
}

void Workspace::close()
{
    m_undo->clear();
    m_project = {};
    m_filePath.clear();
    m_hasProject = false;
    m_hasComparison = false;
    m_before = {};
    m_after = {};
    m_changes = {};
    m_plan = {};
    setDirty(false);
    Q_EMIT modifiedChanged(false);
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT projectChanged();
}

void Workspace::setSources(const QString& before, const QString& after, AfterKind kind)
{
    if (before == m_project.before && after == m_project.after && kind == m_project.afterKind)
        return;
    m_project.before = before;
    m_project.after = after;
    m_project.afterKind = kind;
    if (m_hasProject)
        setDirty(true);
}

void Workspace::setSchemas(const schema::Schema& before, const schema::Schema& after)
{
    m_before = before;
    m_after = after;
    m_hasComparison = true;
    recompare();
}

void Workspace::recompare()
{
    if (!m_hasComparison)
        return;
    m_changes = diff::SchemaDiff::compare(m_before, m_after, m_project.diffOptions());
    Q_EMIT comparisonChanged();
    replan();
}

void Workspace::replan()
{
    m_plan = m_hasComparison ? plan::PlanBuilder::build(m_changes, m_project.answers) : plan::MigrationPlan {};
    Q_EMIT planChanged();
}

void Workspace::setAnswers(const plan::Answers& answers, const QString& text)
{
    if (answers == m_project.answers)
        return;
    m_undo->push(new AnswersCommand(
        this, m_project.answers, answers, text.isEmpty() ? QObject::tr("Change the plan's answers") : text));
}

void Workspace::setRenameDecision(const QString& changeId, std::optional<bool> accepted)
{
    RenameDecisions next = m_project.renames;
    next.accepted.removeAll(changeId);
    next.rejected.removeAll(changeId);
    if (accepted)
        (*accepted ? next.accepted : next.rejected) << changeId;
    if (next == m_project.renames)
        return;
    const QString text = !accepted ? QObject::tr("Undecide %1").arg(changeId)
        : *accepted                ? QObject::tr("Confirm rename %1").arg(changeId)
                                   : QObject::tr("Reject rename %1").arg(changeId);
    m_undo->push(new RenamesCommand(this, m_project.renames, next, text));
}

void Workspace::moveCard(Side side, const QString& table, QPointF position)
{
    const QMap<QString, QPointF>& cards = side == Side::Before ? m_project.cards.before : m_project.cards.after;
    const auto it = cards.constFind(table);
    if (it != cards.constEnd() && *it == position)
        return;
    m_undo->push(new CardCommand(
        this, side, table, it == cards.constEnd() ? std::nullopt : std::optional<QPointF>(*it), position));
}

void Workspace::setRehearsalSettings(const RehearsalSettings& settings)
{
    if (settings == m_project.rehearsal)
        return;
    m_project.rehearsal = settings;
    setDirty(true);
    Q_EMIT rehearsalSettingsChanged();
}

void Workspace::recordRehearsal(const QJsonObject& record)
{
    m_project.lastRehearsal = record;
    setDirty(true);
    Q_EMIT rehearsalFinished();
}

void Workspace::applyAnswers(const plan::Answers& answers)
{
    m_project.answers = answers;
    Q_EMIT answersChanged();
    replan();
}

void Workspace::applyRenames(const RenameDecisions& renames)
{
    m_project.renames = renames;
    Q_EMIT renamesChanged();
    recompare();
}

void Workspace::applyCard(Side side, const QString& table, std::optional<QPointF> position)
{
    QMap<QString, QPointF>& cards = side == Side::Before ? m_project.cards.before : m_project.cards.after;
    if (position)
        cards.insert(table, *position);
    else
        cards.remove(table);
    Q_EMIT cardMoved(side, table);
}

void Workspace::setDirty(bool dirty)
{
    const bool was = isModified();
    m_dirty = dirty;
    if (isModified() != was)
        Q_EMIT modifiedChanged(isModified());
}

} // namespace godwit::project
