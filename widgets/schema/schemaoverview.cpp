// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/schema/schemaoverview.h"

#include "widgets/canvas/tablecarddelegate.h"
#include "widgets/canvas/tablecardmodel.h"
#include "widgets/common/format.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace godwit::widgets {

SchemaOverview::SchemaOverview(QWidget* parent)
    : QWidget(parent)
    , m_model(new TableCardModel(this))
    , m_title(new QLabel(this))
    , m_path(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_delegate(new TableCardDelegate(this))
    , m_cards(new QListView(this))
{
    setObjectName(QStringLiteral("schemaOverview"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setForegroundRole(QPalette::PlaceholderText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setWordWrap(true);

    m_cards->setObjectName(QStringLiteral("tableCards"));
    m_cards->setModel(m_model);
    m_cards->setItemDelegate(m_delegate);
    m_cards->setViewMode(QListView::IconMode);
    m_cards->setFlow(QListView::LeftToRight);
    m_cards->setWrapping(true);
    m_cards->setResizeMode(QListView::Adjust);
    m_cards->setMovement(QListView::Static);
    m_cards->setUniformItemSizes(true);
    m_cards->setLayoutMode(QListView::Batched);
    m_cards->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cards->setFrameShape(QFrame::NoFrame);
    m_cards->setMouseTracking(true);
    m_cards->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_cards->setSpacing(0);
    m_cards->viewport()->setBackgroundRole(QPalette::Window);
    m_cards->setBackgroundRole(QPalette::Window);
    m_cards->viewport()->setAttribute(Qt::WA_Hover);
    m_cards->installEventFilter(this);
    updateGrid();

    auto* header = new QVBoxLayout;
    header->setContentsMargins(28, 22, 28, 6);
    header->setSpacing(2);
    header->addWidget(m_title);
    header->addWidget(m_path);
    header->addSpacing(8);
    header->addWidget(m_summary);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    auto* cardsLayout = new QHBoxLayout;
    cardsLayout->setContentsMargins(21, 0, 8, 0); // cards carry 7 px of gap themselves
    cardsLayout->addWidget(m_cards);
    layout->addLayout(cardsLayout, 1);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    connect(m_cards, &QListView::clicked, this,
        [this](const QModelIndex& index) { Q_EMIT tableActivated(index.data().toString()); });
    connect(m_cards, &QListView::activated, this,
        [this](const QModelIndex& index) { Q_EMIT tableActivated(index.data().toString()); });
}

SchemaOverview::~SchemaOverview() = default;

void SchemaOverview::updateGrid()
{
    // Like CSS grid's auto-fill: as many cards as fit at their minimum width, then all of
    // them widened to share the row, so there is no ragged gap on the right.
    const QSize minimum = TableCardDelegate::minimumCardSize(m_cards->font());
    // QListView lays out as if the vertical scroll bar were shown (ScrollBarAsNeeded) and
    // wraps once a row reaches the last pixel; computing from the maximum viewport size
    // keeps the grid from flipping when the scroll bar comes and goes.
    const int scrollBar = m_cards->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_cards);
    const int available = qMax(minimum.width(), m_cards->maximumViewportSize().width() - scrollBar - 2);
    const int columns = qMax(1, available / minimum.width());
    const int width = available / columns;
    if (m_cards->gridSize() == QSize(width, minimum.height()))
        return;
    m_delegate->setCardWidth(width);
    m_cards->setGridSize(QSize(width, minimum.height()));
}

bool SchemaOverview::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_cards && event->type() == QEvent::Resize)
        updateGrid();
    return QWidget::eventFilter(watched, event);
}

void SchemaOverview::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGrid();
}

void SchemaOverview::setSchema(const schema::Schema& schema, const sqlite::DatabaseInfo& info, const QString& title,
    const QString& location, bool isScript)
{
    m_model->setSchema(schema);
    m_title->setText(title);
    m_path->setText(location);

    qsizetype foreignKeys = 0;
    for (const schema::Table& t : schema.tables)
        foreignKeys += t.foreignKeys.size();
    // English needs no plural translation file: one string for one, one for the rest.
    // Both carry %n so a translator can still give every numerus form.
    const auto counted = [](qsizetype n, const char* one, const char* many) {
        return n == 1 ? tr(one, nullptr, int(n)) : tr(many, nullptr, int(n));
    };
    QStringList parts;
    parts.append(counted(schema.tables.size(), QT_TR_NOOP("%n table"), QT_TR_NOOP("%n tables")));
    if (!schema.views.isEmpty())
        parts.append(counted(schema.views.size(), QT_TR_NOOP("%n view"), QT_TR_NOOP("%n views")));
    parts.append(counted(schema.indexCount(), QT_TR_NOOP("%n index"), QT_TR_NOOP("%n indexes")));
    parts.append(counted(foreignKeys, QT_TR_NOOP("%n foreign key"), QT_TR_NOOP("%n foreign keys")));
    if (!schema.triggers.isEmpty())
        parts.append(counted(schema.triggers.size(), QT_TR_NOOP("%n trigger"), QT_TR_NOOP("%n triggers")));
    if (isScript)
        parts.append(tr("schema only, from an SQL script"));
    else
        parts.append(Format::dataSize(info.fileSize));
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
    m_cards->scrollToTop();
}

void SchemaOverview::clear()
{
    m_model->clear();
    m_title->clear();
    m_path->clear();
    m_summary->clear();
}

QString SchemaOverview::summaryText() const { return m_summary->text(); }

void SchemaOverview::selectTable(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0) {
        m_cards->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_cards->setCurrentIndex(index);
    m_cards->scrollTo(index);
}

} // namespace godwit::widgets
