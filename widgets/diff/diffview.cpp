// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diff/diffview.h"

#include "diff/comparejob.h"
#include "diff/versionedschema.h"
#include "layout/contentbuilder.h"
#include "layout/diagramlayout.h"
#include "layout/layoutjob.h"
#include "migrations/migratedschema.h"
#include "schema/identifier.h"
#include "schema/schemareader.h"
#include "schema/schemawriter.h"
#include "widgets/canvas/diagrambuilder.h"
#include "widgets/canvas/diagramexporter.h"
#include "widgets/canvas/diagramglyphs.h"
#include "widgets/canvas/diagramlegend.h"
#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/diagramview.h"
#include "widgets/diff/changewords.h"
#include "widgets/diff/renamechoices.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace godwit::widgets {

using diff::Change;
using diff::ChangeType;
using diff::ObjectKind;
using layout::Mark;
using layout::markOf;

namespace {

    enum Roles { ChangeIdRole = Qt::UserRole + 1, CardKeyRole };

    QIcon markIcon(Mark mark, const DiagramTheme& theme)
    {
        QPixmap pixmap(QSize(32, 32));
        pixmap.setDevicePixelRatio(2);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        DiagramGlyphs::markBadge(&painter, QPointF(8, 8), mark, theme.markColor(mark), theme.markHeaderText(mark), 7);
        return QIcon(pixmap);
    }

    QWidget* canvasPanel(QLabel* label, DiagramView* view, QWidget* parent)
    {
        auto* panel = new QWidget(parent);
        auto* box = new QVBoxLayout(panel);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(0);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setContentsMargins(10, 6, 10, 6);
        // A long file name must not make its half wider than the other (the tooltip keeps it whole).
        label->setMinimumWidth(1);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        box->addWidget(label);
        box->addWidget(view, 1);
        return panel;
    }

} // namespace

DiffView::DiffView(QWidget* parent)
    : QWidget(parent)
    , m_compareJob(new diff::CompareJob(this))
    , m_job(new layout::LayoutJob(this))
    , m_beforeScene(new DiagramScene(this))
    , m_afterScene(new DiagramScene(this))
    , m_beforeView(new DiagramView(this))
    , m_afterView(new DiagramView(this))
    , m_beforeLabel(new QLabel(this))
    , m_afterLabel(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_changedOnlyBox(new QCheckBox(tr("Changed tables and their neighbours only"), this))
    , m_legend(new DiagramLegend(this))
    , m_summary(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("diffView"));
    m_beforeView->setObjectName(QStringLiteral("beforeView"));
    m_afterView->setObjectName(QStringLiteral("afterView"));
    m_beforeView->setDiagramScene(m_beforeScene);
    m_afterView->setDiagramScene(m_afterScene);
    m_beforeLabel->setObjectName(QStringLiteral("beforeTitle"));
    m_afterLabel->setObjectName(QStringLiteral("afterTitle"));

    auto* tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("diffTools"));
    tools->addWidget(m_legend);
    tools->addSeparator();
    tools->addWidget(m_changedOnlyBox);
    tools->addSeparator();
    tools->addAction(tr("−"), this, &DiffView::zoomOut)->setToolTip(tr("Zoom out"));
    tools->addAction(tr("+"), this, &DiffView::zoomIn)->setToolTip(tr("Zoom in"));
    tools->addAction(tr("Fit"), this, &DiffView::fitToWindow)->setToolTip(tr("Show both diagrams whole"));
    tools->addSeparator();
    auto* exportMenu = new QMenu(this);
    exportMenu->addAction(tr("Both Sides…"), this, [this] { exportDiagram(Sides::Both); });
    exportMenu->addAction(tr("Before Only…"), this, [this] { exportDiagram(Sides::Before); });
    exportMenu->addAction(tr("After Only…"), this, [this] { exportDiagram(Sides::After); });
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Save both sides or one as PNG, SVG, PDF, Mermaid or DOT"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    tools->addWidget(exportButton);

    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* listPanel = new QWidget(this);
    auto* listBox = new QVBoxLayout(listPanel);
    listBox->setContentsMargins(0, 0, 0, 0);
    listBox->setSpacing(0);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setContentsMargins(10, 6, 10, 6);
    m_summary->setWordWrap(true);
    listBox->addWidget(m_summary);
    listBox->addWidget(m_list, 1);

    auto* canvases = new QSplitter(Qt::Horizontal, this);
    canvases->addWidget(canvasPanel(m_beforeLabel, m_beforeView, canvases));
    canvases->addWidget(canvasPanel(m_afterLabel, m_afterView, canvases));
    canvases->setChildrenCollapsible(false);
    // Before and after get equal halves, however wide their titles or diagrams.
    canvases->setStretchFactor(0, 1);
    canvases->setStretchFactor(1, 1);
    canvases->setSizes({ 1000, 1000 });
    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(canvases);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 280, 1000 });

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(0);
    box->addWidget(tools);
    box->addWidget(m_splitter, 1);

    connect(m_compareJob, &diff::CompareJob::compared, this, &DiffView::onCompared);
    connect(m_compareJob, &diff::CompareJob::failed, this, [this](const Error& error) {
        Q_EMIT errorOccurred(tr("Godwit could not read “%1”.").arg(m_pendingAfterTitle), error.toString());
    });
    connect(m_job, &layout::LayoutJob::finished, this, &DiffView::onLayoutFinished);
    connect(m_job, &layout::LayoutJob::failed, this, [this](const Error& error) {
        Q_EMIT errorOccurred(tr("The comparison could not be laid out."), error.toString());
    });
    connect(m_changedOnlyBox, &QCheckBox::toggled, this, &DiffView::setChangedOnly);
    connect(
        m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { onCurrentItemChanged(item); });
    connect(m_beforeScene, &DiagramScene::tableClicked, this,
        [this](const QString& key) { onTableClicked(m_beforeScene, key); });
    connect(m_afterScene, &DiagramScene::tableClicked, this,
        [this](const QString& key) { onTableClicked(m_afterScene, key); });
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, &DiffView::showChangeMenu);
    // Dragging a card on one side moves it on the other, so the sides stay comparable.
    connect(m_beforeScene, &DiagramScene::cardMovedByUser, this, [this](const QString& key, QPointF p) {
        m_afterScene->setUserPositions({ { key, p } });
        Q_EMIT cardMovedByUser(layout::Side::Before, key, p);
    });
    connect(m_afterScene, &DiagramScene::cardMovedByUser, this, [this](const QString& key, QPointF p) {
        m_beforeScene->setUserPositions({ { key, p } });
        Q_EMIT cardMovedByUser(layout::Side::After, key, p);
    });
    synchronise(m_beforeView, m_afterView);
    synchronise(m_afterView, m_beforeView);
    m_legend->setTheme(DiagramTheme::fromPalette(palette()));
}

DiffView::~DiffView()
{
    // The scenes and views are children, deleted by ~QWidget after this destructor: a scene
    // detaching from its view moves the scroll bars, whose sync lambdas would then run on a
    // half-destroyed DiffView (UBSan saw it). Nothing of theirs may reach this any more.
    for (const QObject* sender : std::initializer_list<const QObject*> { m_beforeView, m_afterView,
             m_beforeView->horizontalScrollBar(), m_beforeView->verticalScrollBar(), m_afterView->horizontalScrollBar(),
             m_afterView->verticalScrollBar(), m_beforeScene, m_afterScene })
        disconnect(sender, nullptr, this, nullptr);
    // The comparison's worker holds copies only, but it must not outlive the view (nor reach it).
    delete m_compareJob;
}

void DiffView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The views re-theme their scenes; the legend and the list's glyphs follow.
    if (event->type() == QEvent::PaletteChange) {
        m_legend->setTheme(DiagramTheme::fromPalette(palette()));
        if (m_hasComparison) {
            const QString selected = selectedChange();
            fillChangeList();
            if (!selected.isEmpty())
                selectChange(selected);
        }
    }
}

void DiffView::synchronise(DiagramView* from, DiagramView* to)
{
    connect(from, &DiagramView::zoomChanged, this, [this, from, to](qreal zoom) {
        if (m_syncing)
            return;
        m_syncing = true;
        // `from` moved its scroll bars while `to` was still at the old zoom; re-anchoring `to`
        // on its own centre would shift it twice, so take `from`'s position as it is now.
        to->setZoom(zoom);
        to->horizontalScrollBar()->setValue(from->horizontalScrollBar()->value());
        to->verticalScrollBar()->setValue(from->verticalScrollBar()->value());
        m_syncing = false;
    });
    connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this, to](int value) {
        if (m_syncing)
            return;
        m_syncing = true;
        to->horizontalScrollBar()->setValue(value);
        m_syncing = false;
    });
    connect(from->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, to](int value) {
        if (m_syncing)
            return;
        m_syncing = true;
        to->verticalScrollBar()->setValue(value);
        m_syncing = false;
    });
}

void DiffView::clear()
{
    m_job->cancel();
    m_compareJob->cancel();
    m_hasComparison = false;
    m_changes = {};
    m_before = {};
    m_after = {};
    m_beforeScene->clearDiagram();
    m_afterScene->clearDiagram();
    m_list->clear();
    m_summary->clear();
}

bool DiffView::isBusy() const { return m_compareJob->isRunning(); }

void DiffView::setDiffOptions(const diff::DiffOptions& options) { m_compareJob->setOptions(options); }

const diff::DiffOptions& DiffView::diffOptions() const { return m_compareJob->options(); }

void DiffView::showChanges(const diff::ChangeSet& changes) { setChangeSet(changes, m_beforeTitle, m_afterTitle); }

void DiffView::placeCard(const QString& key, std::optional<QPointF> topLeft)
{
    if (topLeft) {
        placeCards({ { key, *topLeft } });
        return;
    }
    m_beforeScene->resetUserPosition(key);
    m_afterScene->resetUserPosition(key);
}

void DiffView::placeCards(const QHash<QString, QPointF>& topLefts)
{
    m_beforeScene->setUserPositions(topLefts);
    m_afterScene->setUserPositions(topLefts);
}

void DiffView::compareWith(const schema::Schema& before, const QString& beforeTitle, const QString& afterPath)
{
    m_pendingBeforeTitle = beforeTitle;
    m_pendingAfterTitle = QFileInfo(afterPath).fileName();
    m_compareJob->startWithFile(before, afterPath);
}

void DiffView::compareWithMigrations(
    const schema::Schema& before, const QString& beforeTitle, const QString& databasePath, const QString& folder)
{
    m_pendingBeforeTitle = beforeTitle;
    m_pendingAfterTitle = tr("%1 + pending migrations").arg(QFileInfo(databasePath).fileName());
    // The pending migrations run on a temporary working copy; the database is only read.
    m_compareJob->start(before, [databasePath, folder] {
        schema::ReadOptions options;
        options.rowCounts = schema::ReadOptions::RowCounts::Estimate;
        return migrations::MigratedSchema::read(databasePath, folder, {}, options);
    });
}

void DiffView::onCompared(const diff::ChangeSet& changes)
{
    setChangeSet(changes, m_pendingBeforeTitle, m_pendingAfterTitle);
    Q_EMIT comparisonReady();
}

void DiffView::setChangeSet(const diff::ChangeSet& changes, const QString& beforeTitle, const QString& afterTitle)
{
    m_changes = changes;
    m_beforeTitle = beforeTitle;
    m_afterTitle = afterTitle;
    m_hasComparison = true;
    m_beforeLabel->setText(tr("Before · %1").arg(beforeTitle));
    m_afterLabel->setText(tr("After · %1").arg(afterTitle));
    m_beforeLabel->setToolTip(m_beforeLabel->text());
    m_afterLabel->setToolTip(m_afterLabel->text());
    m_summary->setText(
        changes.isEmpty() ? tr("The schemas are the same.") : tr("%n change(s)", nullptr, int(changes.changes.size())));
    fillChangeList();
    startLayout();
}

void DiffView::setChangedOnly(bool changedOnly)
{
    if (m_changedOnlyBox->isChecked() != changedOnly)
        m_changedOnlyBox->setChecked(changedOnly);
    if (changedOnly == m_changedOnly)
        return;
    m_changedOnly = changedOnly;
    if (m_hasComparison)
        startLayout();
}

void DiffView::startLayout()
{
    m_before = layout::ContentBuilder::fromChangeSet(m_changes, layout::Side::Before);
    m_after = layout::ContentBuilder::fromChangeSet(m_changes, layout::Side::After);
    if (m_changedOnly) {
        const QSet<QString> keep = layout::ContentBuilder::changedWithNeighbours(m_before, m_after);
        m_before = layout::ContentBuilder::filtered(m_before, keep);
        m_after = layout::ContentBuilder::filtered(m_after, keep);
    }
    m_job->start(DiagramBuilder::graph(*m_afterScene, { &m_before, &m_after }), m_options);
}

void DiffView::onLayoutFinished(const layout::DiagramLayout& result)
{
    const QString selected = selectedChange();
    m_beforeScene->setDiagram(m_before, result);
    m_afterScene->setDiagram(m_after, result);
    // One scene rectangle for both, so equal scroll positions show the same place.
    const QRectF frame = m_beforeScene->diagramRect().united(m_afterScene->diagramRect());
    m_beforeScene->setSceneRect(frame);
    m_afterScene->setSceneRect(frame);
    // A hidden view has no size to fit to: it fits when it is first shown.
    m_fitOnShow = !isVisible();
    if (!m_fitOnShow)
        fitToWindow();
    if (!selected.isEmpty())
        selectChange(selected);
    Q_EMIT layoutFinished();
}

QString DiffView::cardKeyOf(const Change& change) const
{
    // Views are keyed by name; everything else by its table's name after the change.
    if (change.object == ObjectKind::View)
        return change.name;
    return change.table;
}

QString DiffView::changeText(const Change& c) const
{
    const QString kind = objectKindText(c.object);
    QString text;
    switch (c.type) {
    case ChangeType::Added:
        text = tr("%1 %2 added").arg(kind, c.name);
        break;
    case ChangeType::Removed:
        text = tr("%1 %2 removed").arg(kind, c.name);
        break;
    case ChangeType::Renamed:
        text = tr("%1 %2 → %3 renamed").arg(kind, c.oldName, c.name);
        break;
    case ChangeType::Modified: {
        QStringList parts;
        for (const diff::AttributeChange& a : c.attributes) {
            parts.append(tr("%1 %2 → %3")
                             .arg(attributeText(a.attribute), a.before.isEmpty() ? tr("none") : a.before,
                                 a.after.isEmpty() ? tr("none") : a.after));
        }
        text = parts.isEmpty() ? tr("%1 %2 changed").arg(kind, c.name)
                               : tr("%1 %2: %3").arg(kind, c.name, parts.join(QStringLiteral("; ")));
        break;
    }
    }
    if (c.isProposal)
        text += QLatin1Char(' ') + tr("(proposed)");
    return text;
}

void DiffView::fillChangeList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const DiagramTheme theme = DiagramTheme::fromPalette(palette());
    QHash<QString, QTreeWidgetItem*> groups;
    for (const Change& c : m_changes.changes) {
        const QString key = cardKeyOf(c);
        QTreeWidgetItem* group = groups.value(schema::identifierKey(key));
        const bool isObjectItself = c.object == ObjectKind::Table || c.object == ObjectKind::View;
        if (!group) {
            group = new QTreeWidgetItem(m_list, { key });
            group->setData(0, CardKeyRole, key);
            group->setIcon(0, markIcon(Mark::Changed, theme));
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            groups.insert(schema::identifierKey(key), group);
        }
        if (isObjectItself) {
            // The table's own change names the group: "orders → sales renamed".
            group->setText(
                0, c.type == ChangeType::Renamed ? QStringLiteral("%1 → %2").arg(c.oldName, c.name) : c.name);
            group->setIcon(0, markIcon(markOf(c.type), theme));
            group->setData(0, ChangeIdRole, c.id());
            group->setToolTip(0, c.classification.reason);
            continue;
        }
        auto* item = new QTreeWidgetItem(group, { changeText(c) });
        item->setIcon(0, markIcon(markOf(c.type), theme));
        item->setData(0, ChangeIdRole, c.id());
        item->setData(0, CardKeyRole, key);
        item->setToolTip(0, c.classification.reason);
    }
    m_list->expandAll();
}

void DiffView::onCurrentItemChanged(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString key = item->data(0, CardKeyRole).toString();
    const QString id = item->data(0, ChangeIdRole).toString();
    m_beforeScene->focusChange(key, id);
    m_afterScene->focusChange(key, id);
    m_syncing = true;
    m_afterView->centreOnTable(key);
    m_beforeView->centreOnTable(key);
    m_syncing = false;
}

void DiffView::selectChange(const QString& id)
{
    QTreeWidgetItemIterator it(m_list);
    for (; *it; ++it) {
        if ((*it)->data(0, ChangeIdRole).toString() == id) {
            m_list->setCurrentItem(*it);
            onCurrentItemChanged(*it);
            return;
        }
    }
}

QString DiffView::selectedChange() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, ChangeIdRole).toString() : QString();
}

void DiffView::onTableClicked(DiagramScene* source, const QString& key)
{
    DiagramScene* other = source == m_beforeScene ? m_afterScene : m_beforeScene;
    other->selectTable(key);
    QTreeWidgetItemIterator it(m_list);
    for (; *it; ++it) {
        if (!(*it)->parent() && (*it)->data(0, CardKeyRole).toString() == key) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentItem(*it);
            break;
        }
    }
    Q_EMIT tableActivated(key);
}

void DiffView::showChangeMenu(const QPoint& pos)
{
    const QTreeWidgetItem* item = m_list->itemAt(pos);
    const QString id = item ? item->data(0, ChangeIdRole).toString() : QString();
    const auto change = std::ranges::find_if(m_changes.changes, [&](const Change& c) { return c.id() == id; });
    if (id.isEmpty() || change == m_changes.changes.end())
        return;
    const QList<RenameChoice> choices = renameChoices(*change, diffOptions());
    if (choices.isEmpty())
        return;
    QMenu menu(this);
    for (const RenameChoice& choice : choices) {
        menu.addAction(
            choice.text, this, [this, id, accepted = choice.accepted] { Q_EMIT renameDecided(id, accepted); });
    }
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void DiffView::zoomIn() { m_afterView->zoomIn(); }

void DiffView::zoomOut() { m_afterView->zoomOut(); }

void DiffView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_fitOnShow, false)) // after the layout has given the views their size
        QTimer::singleShot(0, this, &DiffView::fitToWindow);
}

void DiffView::fitToWindow()
{
    m_afterView->fitToWindow();
    m_syncing = true;
    m_beforeView->setZoom(m_afterView->zoom());
    m_beforeView->horizontalScrollBar()->setValue(m_afterView->horizontalScrollBar()->value());
    m_beforeView->verticalScrollBar()->setValue(m_afterView->verticalScrollBar()->value());
    m_syncing = false;
}

Result<void> DiffView::exportTo(const QString& path, qreal scale, Sides sides)
{
    const auto format = DiagramExporter::formatForPath(path);
    if (!format)
        return fail(Error::Code::InvalidArgument, QStringLiteral("unknown export format"), path);
    if (*format == ExportFormat::Mermaid || *format == ExportFormat::Dot) {
        const schema::Schema schema = sides == Sides::Before ? m_changes.before
            : sides == Sides::After                          ? m_changes.after
                                                             : diff::VersionedSchema::build(m_changes);
        return DiagramExporter::writeText(path,
            schema::SchemaWriter::write(
                schema, *format == ExportFormat::Mermaid ? schema::SchemaFormat::Mermaid : schema::SchemaFormat::Dot));
    }
    QList<ExportPanel> panels;
    if (sides != Sides::After)
        panels.append({ tr("Before · %1").arg(m_beforeTitle), m_beforeScene });
    if (sides != Sides::Before)
        panels.append({ tr("After · %1").arg(m_afterTitle), m_afterScene });
    return DiagramExporter::writeImage(path, *format, panels, true, scale);
}

void DiffView::exportDiagram(Sides sides)
{
    if (!m_hasComparison)
        return;
    const QString name = sides == Sides::Before ? QStringLiteral("before.png")
        : sides == Sides::After                 ? QStringLiteral("after.png")
                                                : QStringLiteral("comparison.png");
    const QString path = DiagramExporter::askPath(this, tr("Export Comparison"), name);
    const std::optional<qreal> scale = path.isEmpty() ? std::nullopt : DiagramExporter::askScale(this, path);
    if (!scale)
        return;
    if (auto written = exportTo(path, *scale, sides); !written)
        Q_EMIT errorOccurred(tr("The comparison could not be exported."), written.error().toString());
}

} // namespace godwit::widgets
