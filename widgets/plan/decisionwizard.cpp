// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plan/decisionwizard.h"

#include "core/textfile.h"
#include "plan/flywayexporter.h"
#include "plan/planbuilder.h"
#include "plan/planmarkdownwriter.h"
#include "schema/identifier.h"
#include "widgets/plan/decisiontreeview.h"
#include "widgets/plan/planview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace godwit::widgets {

DecisionWizard::DecisionWizard(const diff::ChangeSet& changes, QWidget* parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_walks(new QListWidget(this))
    , m_tree(new DecisionTreeView(this))
    , m_question(new QLabel(this))
    , m_answer(new QLabel(this))
    , m_why(new QLabel(this))
    , m_steps(new QLabel(this))
    , m_overrideBox(new QGroupBox(tr("Your answer"), this))
    , m_overrides(new QFormLayout(m_overrideBox))
    , m_planView(new PlanView(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
{
    setObjectName(QStringLiteral("decisionWizard"));
    setWindowTitle(tr("Plan Migration"));
    resize(1180, 820);
    m_walks->setObjectName(QStringLiteral("walkList"));
    m_walks->setWordWrap(true);
    m_walks->setTextElideMode(Qt::ElideNone);
    m_question->setObjectName(QStringLiteral("nodeQuestion"));
    m_answer->setObjectName(QStringLiteral("nodeAnswer"));
    m_why->setObjectName(QStringLiteral("nodeWhy"));
    m_steps->setObjectName(QStringLiteral("nodeSteps"));
    m_overrideBox->setObjectName(QStringLiteral("overrides"));
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_question->setFont(big);
    for (QLabel* l : { m_question, m_answer, m_why, m_steps }) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    // The query-first modelling lifecycle: the tree is one step of it ("Plan schema evolution path").
    const plan::DecisionTree lifecycle = plan::DecisionTree::modellingLifecycle();
    QStringList stages;
    for (const auto& n : lifecycle.nodes)
        stages << (n.text == QLatin1String("Plan schema evolution path") ? QStringLiteral("<b>%1</b>").arg(n.text)
                                                                         : n.text);
    auto* lifecycleLabel = new QLabel(stages.join(QStringLiteral(" → ")), this);
    lifecycleLabel->setObjectName(QStringLiteral("lifecycle"));
    lifecycleLabel->setWordWrap(true);

    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_question);
    pageLayout->addWidget(m_answer);
    pageLayout->addWidget(m_why);
    pageLayout->addWidget(m_steps);
    pageLayout->addWidget(m_overrideBox);
    pageLayout->addStretch(1);
    auto* nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    pageLayout->addLayout(nav);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_walks);
    top->addWidget(m_tree);
    top->addWidget(page);
    top->setSizes({ 220, 420, 480 });
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_planView);
    vertical->setSizes({ 460, 340 });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* markdown = buttons->addButton(tr("Export &Markdown…"), QDialogButtonBox::ActionRole);
    auto* flyway = buttons->addButton(tr("Export &Flyway…"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(lifecycleLabel);
    layout->addWidget(vertical, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(markdown, &QPushButton::clicked, this, &DecisionWizard::exportMarkdown);
    connect(flyway, &QPushButton::clicked, this, &DecisionWizard::exportFlyway);
    connect(m_back, &QPushButton::clicked, this, &DecisionWizard::back);
    connect(m_next, &QPushButton::clicked, this, &DecisionWizard::next);
    connect(m_walks, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_walk)
            showWalk(row);
    });
    connect(m_tree, &DecisionTreeView::nodeClicked, this, [this](const QString& id) {
        if (m_walk >= 0 && m_plan.walks[m_walk].at(id))
            showNode(id);
    });
    connect(m_planView, &PlanView::stepSelected, this, [this](const QString& id) {
        // Selecting a step shows the group and the node that produced it.
        for (int w = 0; w < m_plan.walks.size(); ++w) {
            for (const plan::WalkStep& s : m_plan.walks[w].steps) {
                if (s.stepIds.contains(id)) {
                    if (w != m_walk)
                        showWalk(w);
                    if (s.nodeId != m_node)
                        showNode(s.nodeId);
                    return;
                }
            }
        }
    });
    rebuild();
}

DecisionWizard::~DecisionWizard() = default;

void DecisionWizard::setAnswers(const plan::Answers& answers)
{
    m_answers = answers;
    rebuild();
}

plan::ChangeAnswers& DecisionWizard::answersFor(const QString& key) { return m_answers.changes[key]; }

QString DecisionWizard::renameChangeId(const plan::DecisionWalk& walk) const
{
    // The rename the walk is about: in the change set as diffed, so it survives a rejection (the
    // walk then holds the added column or table under the same id). Another walk on the same
    // table, such as an index, is not about the rename.
    for (const diff::Change& c : m_changes.changes) {
        if (c.type == diff::ChangeType::Renamed
            && (c.object == diff::ObjectKind::Column || c.object == diff::ObjectKind::Table)
            && schema::sameIdentifier(c.table, walk.table) && walk.changeIds.contains(c.id()))
            return c.id();
    }
    return {};
}

void DecisionWizard::rebuild()
{
    // Find the walk again by its id: one table can have several walks (a column swap and an index).
    const QString walkId = m_walk >= 0 && m_walk < m_plan.walks.size() ? m_plan.walks[m_walk].id : QString();
    const QString node = m_node;
    m_plan = plan::PlanBuilder::build(m_changes, m_answers);
    {
        const QSignalBlocker block(m_walks);
        m_walks->clear();
        for (const plan::DecisionWalk& w : m_plan.walks) {
            auto* item = new QListWidgetItem(w.title, m_walks);
            item->setToolTip(tr("%1 — %2").arg(w.strategy, w.changeIds.join(QStringLiteral(", "))));
        }
    }
    m_planView->setPlan(m_plan);
    int index = 0;
    for (int i = 0; i < m_plan.walks.size(); ++i) {
        if (m_plan.walks[i].id == walkId) {
            index = i;
            break;
        }
    }
    m_walk = -1;
    showWalk(m_plan.walks.isEmpty() ? -1 : index);
    if (!node.isEmpty() && m_walk >= 0 && m_plan.walks[m_walk].at(node))
        showNode(node);
    Q_EMIT planChanged();
}

void DecisionWizard::showWalk(int index)
{
    m_walk = index;
    if (index < 0 || index >= m_plan.walks.size()) {
        m_tree->clearWalk();
        m_node.clear();
        refreshNodePage();
        return;
    }
    {
        const QSignalBlocker block(m_walks);
        m_walks->setCurrentRow(index);
    }
    m_tree->setWalk(m_plan.walks[index]);
    showNode(m_plan.walks[index].steps.isEmpty() ? QString() : m_plan.walks[index].steps.front().nodeId);
}

void DecisionWizard::showNode(const QString& nodeId)
{
    m_node = nodeId;
    m_tree->setCurrentNode(nodeId);
    refreshNodePage();
    if (m_walk >= 0) {
        if (const plan::WalkStep* s = m_plan.walks[m_walk].at(nodeId); s && !s->stepIds.isEmpty())
            m_planView->selectStep(s->stepIds.front());
    }
}

void DecisionWizard::next()
{
    if (m_walk < 0)
        return;
    const QStringList path = m_plan.walks[m_walk].path();
    const qsizetype at = path.indexOf(m_node);
    if (at + 1 < path.size())
        showNode(path[at + 1]);
    else if (m_walk + 1 < m_plan.walks.size())
        showWalk(m_walk + 1);
}

void DecisionWizard::back()
{
    if (m_walk < 0)
        return;
    const QStringList path = m_plan.walks[m_walk].path();
    const qsizetype at = path.indexOf(m_node);
    if (at > 0) {
        showNode(path[at - 1]);
    } else if (m_walk > 0) {
        showWalk(m_walk - 1);
        showNode(m_plan.walks[m_walk].path().constLast());
    }
}

void DecisionWizard::refreshNodePage()
{
    while (m_overrides->rowCount() > 0)
        m_overrides->removeRow(0);
    const plan::DecisionWalk* walk = m_walk >= 0 ? &m_plan.walks[m_walk] : nullptr;
    const plan::WalkStep* step = walk ? walk->at(m_node) : nullptr;
    const plan::DecisionNode* node = m_tree->tree().node(m_node);
    m_back->setEnabled(walk && (m_walk > 0 || walk->path().indexOf(m_node) > 0));
    m_next->setEnabled(
        walk && (m_walk + 1 < m_plan.walks.size() || walk->path().indexOf(m_node) + 1 < walk->path().size()));
    if (!walk || !step || !node) {
        m_question->setText(m_plan.isEmpty() ? tr("Nothing to plan: the schemas are the same.") : QString());
        m_answer->clear();
        m_why->clear();
        m_steps->clear();
        m_overrideBox->hide();
        return;
    }
    m_question->setText(tr("%1 · %2").arg(node->id, node->text));
    m_answer->setText(step->applies || step->overridden
            ? tr("<b>Answer:</b> %1%2")
                  .arg(step->answer.toHtmlEscaped(), step->overridden ? tr(" <i>(your answer)</i>") : QString())
            : tr("<b>Not needed here:</b> %1").arg(step->answer.toHtmlEscaped()));
    m_why->setText(step->why);
    QStringList titles;
    for (const QString& id : step->stepIds) {
        if (const plan::PlanStep* s = m_plan.step(id))
            titles << tr("• %1 (%2)").arg(s->title, plan::phaseTitle(s->phase));
    }
    m_steps->setText(titles.isEmpty() ? QString() : tr("Plan steps:\n%1").arg(titles.join(QLatin1Char('\n'))));
    addOverrides(*walk, *step);
    m_overrideBox->setVisible(m_overrides->rowCount() > 0);
}

void DecisionWizard::addOverrides(const plan::DecisionWalk& walk, const plan::WalkStep& step)
{
    const QString tableKey = plan::Answers::tableKey(walk.table);
    const QString renameId = renameChangeId(walk);
    const QString changeKey = !renameId.isEmpty() ? renameId : walk.changeIds.value(0);
    const plan::ChangeAnswers current = m_answers.forChange(changeKey, walk.table);
    // Each control writes its answer and rebuilds the plan; queued, so the control is not
    // destroyed while it is still emitting.
    auto apply = [this](const std::function<void()>& change) {
        QMetaObject::invokeMethod(
            this,
            [this, change] {
                change();
                rebuild();
            },
            Qt::QueuedConnection);
    };
    using plan::AnswerKey;
    for (const AnswerKey key : step.overrides) {
        if (key == AnswerKey::RenameConfirmed && !renameId.isEmpty()) {
            auto* box = new QCheckBox(tr("Plan it as a rename (keeps the data)"), m_overrideBox);
            box->setObjectName(plan::answerKeyName(key));
            box->setChecked(current.renameConfirmed.value_or(true));
            connect(box, &QCheckBox::toggled, this,
                [=, this](bool on) { apply([=, this] { answersFor(renameId).renameConfirmed = on; }); });
            m_overrides->addRow(box);
        } else if (key == AnswerKey::CompatibilityView && !renameId.isEmpty()) {
            auto* box
                = new QCheckBox(tr("Keep the old shape as a view for readers that cannot move yet"), m_overrideBox);
            box->setObjectName(plan::answerKeyName(key));
            box->setChecked(current.compatibilityView.value_or(true));
            connect(box, &QCheckBox::toggled, this,
                [=, this](bool on) { apply([=, this] { answersFor(tableKey).compatibilityView = on; }); });
            m_overrides->addRow(box);
        } else if (key == AnswerKey::SkipDualWrite) {
            auto* box = new QCheckBox(tr("Skip the dual-write"), m_overrideBox);
            box->setObjectName(plan::answerKeyName(key));
            box->setChecked(current.skipDualWrite.value_or(false));
            auto* reason = new QLineEdit(current.skipDualWriteReason, m_overrideBox);
            reason->setObjectName(QStringLiteral("skipDualWriteReason"));
            reason->setPlaceholderText(tr("e.g. this table has no readers yet"));
            connect(box, &QCheckBox::toggled, this, [=, this](bool on) {
                const QString why = reason->text();
                apply([=, this] {
                    answersFor(tableKey).skipDualWrite = on;
                    answersFor(tableKey).skipDualWriteReason = why;
                });
            });
            connect(reason, &QLineEdit::editingFinished, this, [=, this] {
                const QString why = reason->text();
                if (why != current.skipDualWriteReason)
                    apply([=, this] { answersFor(tableKey).skipDualWriteReason = why; });
            });
            m_overrides->addRow(box);
            m_overrides->addRow(tr("Because"), reason);
        } else if ((key == AnswerKey::Up || key == AnswerKey::Down) && !renameId.isEmpty()
            && renameId.startsWith(QLatin1String("column:"))) {
            const bool up = key == AnswerKey::Up;
            auto* edit = new QLineEdit(up ? current.up : current.down, m_overrideBox);
            edit->setObjectName(plan::answerKeyName(key));
            edit->setPlaceholderText(up ? tr("old → new, by the old names (default: copy)")
                                        : tr("new → old, by the new names (default: copy)"));
            connect(edit, &QLineEdit::editingFinished, this, [=, this] {
                const QString sql = edit->text().trimmed();
                if (sql != (up ? current.up : current.down))
                    apply([=, this] { (up ? answersFor(renameId).up : answersFor(renameId).down) = sql; });
            });
            m_overrides->addRow(up ? tr("up") : tr("down"), edit);
        } else if (key == AnswerKey::BackfillBatchSize) {
            auto* spin = new QSpinBox(m_overrideBox);
            spin->setObjectName(plan::answerKeyName(key));
            spin->setRange(1, 10000000);
            spin->setSingleStep(500);
            spin->setValue(current.backfillBatchSize.value_or(m_answers.batchSize));
            spin->setSuffix(tr(" rows per batch"));
            connect(spin, &QSpinBox::editingFinished, this, [=, this] {
                const int value = spin->value();
                if (value != current.backfillBatchSize.value_or(m_answers.batchSize))
                    apply([=, this] { answersFor(tableKey).backfillBatchSize = value; });
            });
            m_overrides->addRow(tr("Batch size"), spin);
        } else if (key == AnswerKey::Fill) {
            auto* edit = new QLineEdit(current.fill, m_overrideBox);
            edit->setObjectName(plan::answerKeyName(key));
            edit->setPlaceholderText(tr("value for NULLs where the new shape is NOT NULL"));
            connect(edit, &QLineEdit::editingFinished, this, [=, this] {
                const QString sql = edit->text().trimmed();
                if (sql != current.fill)
                    apply([=, this] { answersFor(changeKey).fill = sql; });
            });
            m_overrides->addRow(tr("Fill"), edit);
        } else if (key == AnswerKey::IndexTiming) {
            auto* combo = new QComboBox(m_overrideBox);
            combo->setObjectName(plan::answerKeyName(key));
            combo->addItem(tr("Automatic"), QVariant::fromValue(static_cast<int>(plan::IndexTiming::Auto)));
            combo->addItem(
                tr("Before the backfill"), QVariant::fromValue(static_cast<int>(plan::IndexTiming::BeforeBackfill)));
            combo->addItem(
                tr("After the backfill"), QVariant::fromValue(static_cast<int>(plan::IndexTiming::AfterBackfill)));
            combo->setCurrentIndex(static_cast<int>(current.indexTiming));
            connect(combo, &QComboBox::activated, this, [=, this](int i) {
                apply([=, this] { answersFor(changeKey).indexTiming = static_cast<plan::IndexTiming>(i); });
            });
            m_overrides->addRow(tr("Build the index"), combo);
        }
    }
}

void DecisionWizard::exportMarkdown()
{
    if (!m_dialogsEnabled)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Plan as Markdown"), QStringLiteral("migration-plan.md"), tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (auto saved = TextFile::write(path, plan::PlanMarkdownWriter::write(m_plan)); !saved)
        QMessageBox::warning(this, tr("Export Plan"), tr("Cannot export the plan: %1").arg(saved.error().toString()));
}

void DecisionWizard::exportFlyway()
{
    if (!m_dialogsEnabled)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Plan as Flyway Migrations"));
    if (dir.isEmpty())
        return;
    auto written = plan::FlywayExporter::write(m_plan, dir);
    if (!written)
        QMessageBox::warning(this, tr("Export Plan"), written.error().toString());
}

} // namespace godwit::widgets
