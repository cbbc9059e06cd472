// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/schema/schemabrowser.h"

#include "widgets/common/icons.h"
#include "widgets/schema/schematreedelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace godwit::widgets {

SchemaBrowser::SchemaBrowser(QWidget* parent)
    : QWidget(parent)
    , m_model(new SchemaTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_stack(new QStackedWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(SchemaTreeModel::FilterRole);
    m_proxy->setFilterKeyColumn(SchemaTreeModel::NameColumn);

    m_filter->setObjectName(QStringLiteral("schemaFilter"));
    m_filter->setPlaceholderText(tr("Filter tables, columns, indexes…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::icon(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    m_filter->setEnabled(false);
    m_filter->setAcceptDrops(false); // a dropped file opens it; it is not filter text

    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(false);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    // One visible column: the delegate draws the detail inside the name column, so a narrow
    // dock shortens details before it hides names.
    m_tree->setItemDelegate(new SchemaTreeDelegate(m_tree));
    m_tree->setColumnHidden(SchemaTreeModel::DetailColumn, true);
    m_tree->header()->setStretchLastSection(true);

    auto* empty = new QLabel(tr("No schema loaded.\nOpen a database or an SQL script."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setContentsMargins(12, 12, 12, 12);

    m_stack->addWidget(empty);
    m_stack->addWidget(m_tree);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &SchemaBrowser::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        Q_EMIT currentObjectChanged(m_model->objectRef(m_proxy->mapToSource(current)));
    });
}

SchemaBrowser::~SchemaBrowser() = default;

void SchemaBrowser::setSchema(const schema::Schema& schema)
{
    m_model->setSchema(schema);
    m_tree->setColumnHidden(SchemaTreeModel::DetailColumn, true); // a reset may bring it back
    m_filter->setEnabled(true);
    m_stack->setCurrentWidget(m_tree);
    applyFilter(m_filter->text());
    Q_EMIT currentObjectChanged({});
}

void SchemaBrowser::clear()
{
    m_model->clear();
    m_filter->clear();
    m_filter->setEnabled(false);
    m_stack->setCurrentIndex(0);
    Q_EMIT currentObjectChanged({});
}

SchemaTreeModel::ObjectRef SchemaBrowser::currentObject() const
{
    return m_model->objectRef(m_proxy->mapToSource(m_tree->currentIndex()));
}

void SchemaBrowser::setFilterText(const QString& text) { m_filter->setText(text); }

void SchemaBrowser::applyFilter(const QString& text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (text.trimmed().isEmpty())
        expandDefault();
    else
        m_tree->expandAll();
}

void SchemaBrowser::expandDefault()
{
    m_tree->collapseAll();
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_tree->expand(m_proxy->index(row, 0));
}

bool SchemaBrowser::selectSource(const QModelIndex& sourceIndex)
{
    if (!sourceIndex.isValid())
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(sourceIndex);
    if (!proxyIndex.isValid()) {
        // Hidden by the filter: the user asked for it, so the filter gives way.
        m_filter->clear();
        proxyIndex = m_proxy->mapFromSource(sourceIndex);
    }
    m_tree->setCurrentIndex(proxyIndex);
    m_tree->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
    return true;
}

bool SchemaBrowser::selectTable(const QString& name) { return selectSource(m_model->indexOfTable(name)); }

bool SchemaBrowser::selectObject(const SchemaTreeModel::ObjectRef& ref)
{
    return selectSource(m_model->indexOfObject(ref));
}

} // namespace godwit::widgets
