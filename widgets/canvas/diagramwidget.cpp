// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/diagramwidget.h"

#include "layout/contentbuilder.h"
#include "layout/diagramlayout.h"
#include "layout/layoutjob.h"
#include "schema/schemawriter.h"
#include "widgets/canvas/diagrambuilder.h"
#include "widgets/canvas/diagramexporter.h"
#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/diagramview.h"
#include "widgets/canvas/tableitem.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace godwit::widgets {

namespace {

    constexpr qreal MinimumFitZoom = 0.45;
    constexpr qreal StartZoom = 0.75;

} // namespace

DiagramWidget::DiagramWidget(QWidget* parent)
    : QWidget(parent)
    , m_job(new layout::LayoutJob(this))
    , m_scene(new DiagramScene(this))
    , m_view(new DiagramView(this))
    , m_tools(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_zoomLabel(new QLabel(this))
    , m_engineBox(new QComboBox(this))
    , m_status(new QLabel(m_view))
    , m_busyTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("diagramWidget"));
    m_view->setDiagramScene(m_scene);

    m_tools->setObjectName(QStringLiteral("diagramTools"));
    m_tools->setIconSize(QSize(16, 16));
    m_tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_search->setObjectName(QStringLiteral("diagramSearch"));
    m_search->setPlaceholderText(tr("Find a table…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_tools->addWidget(m_search);
    m_tools->addSeparator();
    QAction* zoomOut = m_tools->addAction(tr("−"), this, &DiagramWidget::zoomOut);
    zoomOut->setToolTip(tr("Zoom out (−, Ctrl+wheel)"));
    m_zoomLabel->setObjectName(QStringLiteral("diagramZoom"));
    m_zoomLabel->setMinimumWidth(44);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_tools->addWidget(m_zoomLabel);
    QAction* zoomIn = m_tools->addAction(tr("+"), this, &DiagramWidget::zoomIn);
    zoomIn->setToolTip(tr("Zoom in (+, Ctrl+wheel)"));
    QAction* fit = m_tools->addAction(tr("Fit"), this, &DiagramWidget::fitToWindow);
    fit->setToolTip(tr("Show the whole diagram (Ctrl+0 on the canvas)"));
    m_tools->addSeparator();
    m_engineBox->setObjectName(QStringLiteral("diagramEngine"));
    m_engineBox->addItem(tr("Ranked (dot)"), int(layout::Engine::Dot));
    m_engineBox->addItem(tr("Spring (neato)"), int(layout::Engine::Neato));
    m_engineBox->addItem(tr("Force (fdp)"), int(layout::Engine::Fdp));
    m_engineBox->setToolTip(tr("Graphviz layout engine"));
    m_tools->addWidget(m_engineBox);
    QAction* relayoutAction = m_tools->addAction(tr("Re-layout"), this, &DiagramWidget::relayout);
    relayoutAction->setToolTip(tr("Forget moved cards and lay the diagram out again"));
    m_tools->addSeparator();
    QAction* exportAction = m_tools->addAction(tr("Export…"), this, &DiagramWidget::exportDiagram);
    exportAction->setToolTip(tr("Save the diagram as PNG, SVG, PDF, Mermaid or DOT"));

    m_status->setObjectName(QStringLiteral("diagramStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setMargin(10);
    m_status->setAutoFillBackground(true);
    m_status->hide();
    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(150); // quick layouts never flash a message
    connect(m_busyTimer, &QTimer::timeout, this, [this] {
        m_status->setText(tr("Laying out %n table(s)…", nullptr, int(m_content.cards.size())));
        m_status->adjustSize();
        m_status->move(12, 12);
        m_status->show();
    });

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(0);
    box->addWidget(m_tools);
    box->addWidget(m_view, 1);

    connect(m_job, &layout::LayoutJob::finished, this, &DiagramWidget::onLayoutFinished);
    connect(m_job, &layout::LayoutJob::failed, this, &DiagramWidget::onLayoutFailed);
    connect(m_scene, &DiagramScene::tableClicked, this, &DiagramWidget::tableActivated);
    connect(m_scene, &DiagramScene::cardMovedByUser, this, &DiagramWidget::saveUserPositions);
    connect(m_view, &DiagramView::zoomChanged, this, &DiagramWidget::updateZoomLabel);
    connect(m_view, &DiagramView::diagramShown, this, &DiagramWidget::diagramShown);
    // bench_layout_large measures the start-up to the first painted diagram with this.
    if (qEnvironmentVariableIsSet("GODWIT_EXIT_WHEN_SHOWN"))
        connect(m_view, &DiagramView::diagramShown, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    connect(m_search, &QLineEdit::textChanged, this, &DiagramWidget::onSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &DiagramWidget::nextMatch);
    connect(m_engineBox, &QComboBox::activated, this,
        [this](int index) { setEngine(layout::Engine(m_engineBox->itemData(index).toInt())); });
    updateZoomLabel(m_view->zoom());
}

DiagramWidget::~DiagramWidget() = default;

QString DiagramWidget::settingsGroup(const QString& documentKey)
{
    const QByteArray hash = QCryptographicHash::hash(documentKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("Diagram/") + QString::fromLatin1(hash);
}

void DiagramWidget::setSchema(const schema::Schema& schema, const QString& documentKey)
{
    m_schema = schema;
    m_documentKey = documentKey;
    m_content = layout::ContentBuilder::fromSchema(schema);
    startLayout();
}

void DiagramWidget::clear()
{
    m_job->cancel();
    m_busyTimer->stop();
    m_status->hide();
    m_schema = {};
    m_content = {};
    m_documentKey.clear();
    m_scene->clearDiagram();
    m_search->clear();
}

bool DiagramWidget::hasDiagram() const { return !m_scene->tableItems().isEmpty(); }

bool DiagramWidget::isLayingOut() const { return m_job->isRunning(); }

void DiagramWidget::startLayout()
{
    m_job->start(DiagramBuilder::graph(*m_scene, { &m_content }), m_options);
    m_busyTimer->start();
}

void DiagramWidget::onLayoutFinished(const layout::DiagramLayout& result)
{
    m_busyTimer->stop();
    m_status->hide();
    const QString selected = m_scene->selectedTable();
    m_scene->setDiagram(m_content, result);
    if (!m_documentKey.isEmpty()) {
        QSettings settings;
        const QVariantMap saved = settings.value(settingsGroup(m_documentKey) + QStringLiteral("/positions")).toMap();
        QHash<QString, QPointF> positions;
        for (auto it = saved.constBegin(); it != saved.constEnd(); ++it)
            positions.insert(it.key(), it.value().toPointF());
        if (!positions.isEmpty())
            m_scene->setUserPositions(positions);
    }
    m_view->fitToWindow();
    if (m_view->zoom() < MinimumFitZoom) {
        // A big schema fitted whole is unreadable: start readable, on its best-connected table,
        // with the minimap for the rest.
        m_view->setZoom(StartZoom);
        m_view->centreOnTable(hubTable());
    }
    if (!selected.isEmpty())
        m_scene->selectTable(selected);
    onSearch(m_search->text());
    Q_EMIT layoutFinished();
}

QString DiagramWidget::hubTable() const
{
    QHash<QString, int> links;
    for (const layout::Link& link : m_content.links) {
        ++links[link.parent];
        ++links[link.child];
    }
    QString best;
    int most = -1;
    for (const layout::Card& card : m_content.cards) {
        if (links.value(card.key) > most) {
            most = links.value(card.key);
            best = card.key;
        }
    }
    return best;
}

void DiagramWidget::onLayoutFailed(const Error& error)
{
    m_busyTimer->stop();
    m_status->setText(tr("The diagram could not be laid out."));
    m_status->adjustSize();
    m_status->move(12, 12);
    m_status->show();
    Q_EMIT errorOccurred(tr("The diagram could not be laid out."), error.toString());
}

void DiagramWidget::relayout()
{
    if (!m_documentKey.isEmpty()) {
        QSettings settings;
        settings.remove(settingsGroup(m_documentKey));
    }
    if (!m_content.isEmpty())
        startLayout();
}

void DiagramWidget::setEngine(layout::Engine engine)
{
    m_engineBox->setCurrentIndex(m_engineBox->findData(int(engine)));
    if (engine == m_options.engine)
        return;
    m_options.engine = engine;
    if (!m_content.isEmpty())
        startLayout();
}

void DiagramWidget::saveUserPositions()
{
    if (m_documentKey.isEmpty())
        return;
    QVariantMap map;
    const QHash<QString, QPointF> positions = m_scene->userPositions();
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it)
        map.insert(it.key(), it.value());
    QSettings settings;
    settings.setValue(settingsGroup(m_documentKey) + QStringLiteral("/positions"), map);
}

void DiagramWidget::selectTable(const QString& name)
{
    if (!m_scene->tableItem(name)) {
        m_scene->selectTable({});
        return;
    }
    if (m_scene->selectedTable() == name)
        return;
    m_scene->selectTable(name);
    m_view->centreOnTable(name);
}

void DiagramWidget::onSearch(const QString& text)
{
    m_matches = m_scene->setSearchText(text);
    m_matchIndex = 0;
    if (!m_matches.isEmpty())
        m_view->centreOnTable(m_matches.front());
}

void DiagramWidget::nextMatch()
{
    if (m_matches.isEmpty())
        return;
    const QString key = m_matches.at(m_matchIndex % m_matches.size());
    ++m_matchIndex;
    m_scene->selectTable(key);
    m_view->centreOnTable(key);
    Q_EMIT tableActivated(key);
}

void DiagramWidget::zoomIn() { m_view->zoomIn(); }

void DiagramWidget::zoomOut() { m_view->zoomOut(); }

void DiagramWidget::fitToWindow() { m_view->fitToWindow(); }

void DiagramWidget::updateZoomLabel(qreal zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); }

Result<void> DiagramWidget::exportTo(const QString& path, qreal scale)
{
    const auto format = DiagramExporter::formatForPath(path);
    if (!format)
        return fail(Error::Code::InvalidArgument, QStringLiteral("unknown export format"), path);
    if (*format == ExportFormat::Mermaid)
        return DiagramExporter::writeText(path, schema::SchemaWriter::write(m_schema, schema::SchemaFormat::Mermaid));
    if (*format == ExportFormat::Dot)
        return DiagramExporter::writeText(path, schema::SchemaWriter::write(m_schema, schema::SchemaFormat::Dot));
    return DiagramExporter::writeImage(path, *format, { { QString(), m_scene } }, false, scale);
}

void DiagramWidget::exportDiagram()
{
    if (!hasDiagram())
        return;
    const QString base
        = m_documentKey.isEmpty() ? QStringLiteral("diagram") : QFileInfo(m_documentKey).completeBaseName();
    const QString path = DiagramExporter::askPath(this, tr("Export Diagram"), base + QStringLiteral(".png"));
    const std::optional<qreal> scale = path.isEmpty() ? std::nullopt : DiagramExporter::askScale(this, path);
    if (!scale)
        return;
    if (auto written = exportTo(path, *scale); !written)
        Q_EMIT errorOccurred(tr("The diagram could not be exported."), written.error().toString());
}

} // namespace godwit::widgets
