// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/data/tablebrowser.h"

#include "widgets/data/cellformat.h"
#include "widgets/data/tablemodel.h"

#include <algorithm>
#include <utility>

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace godwit::widgets {

TableBrowser::TableBrowser(QWidget* parent)
    : QWidget(parent)
    , m_model(new TableModel(this))
    , m_view(new QTableView(this))
    , m_filterBar(new QWidget(this))
    , m_status(new QLabel(this))
    , m_filterDelay(new QTimer(this))
{
    m_view->setObjectName(QStringLiteral("tableGrid"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(false); // the header click sorts through the pager, below
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_filterBar->setFixedHeight(m_view->fontMetrics().height() + 12);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);

    auto* toSql = new QPushButton(tr("Open in SQL Editor"), this);
    toSql->setObjectName(QStringLiteral("openSqlButton"));
    toSql->setToolTip(tr("The SELECT that lists these rows, filtered and sorted as shown"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(toSql);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(toSql, &QPushButton::clicked, this, [this] { Q_EMIT sqlRequested(m_model->selectSql()); });
    connect(m_model, &TableModel::opened, this, &TableBrowser::rebuildFilters);
    // Columns fit their values once the first rows are there (at open they hold only "…").
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (std::exchange(m_sized, true))
            return;
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 80, 320));
        placeFilters();
    });
    connect(m_model, &TableModel::queried, this, &TableBrowser::updateStatus);
    connect(m_model, &TableModel::failed, this, [this](const Error& e) {
        m_status->setText(tr("Error: %1").arg(e.message));
        Q_EMIT failed(e);
    });
    // First click ascending, second descending, third back to the table's own order.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        const data::TableQuery& q = m_model->query();
        int column = section;
        Qt::SortOrder order = Qt::AscendingOrder;
        if (q.sortColumn == section && !q.descending)
            order = Qt::DescendingOrder;
        else if (q.sortColumn == section)
            column = -1;
        m_view->horizontalHeader()->setSortIndicator(column, order);
        m_model->sort(column, order);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (CellFormat::isElided(index.data(TableModel::ValueRole)))
            showCell(index);
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, &TableBrowser::placeFilters);
    connect(m_view->horizontalHeader(), &QHeaderView::geometriesChanged, this, &TableBrowser::placeFilters);
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &TableBrowser::placeFilters);
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        for (qsizetype i = 0; i < m_filters.size(); ++i)
            m_model->setFilter(int(i), m_filters.at(i)->text());
    });
}

TableBrowser::~TableBrowser()
{
    // The grid goes first among the children and its header reports geometry changes as it
    // goes: the filter boxes must not follow a half-destroyed header.
    disconnect(m_view->horizontalHeader(), nullptr, this, nullptr);
    disconnect(m_view->horizontalScrollBar(), nullptr, this, nullptr);
}

void TableBrowser::open(const QString& path, const QString& table)
{
    m_sized = false;
    m_status->setText(tr("Opening %1…").arg(table));
    m_model->open(path, table);
}

void TableBrowser::rebuildFilters()
{
    qDeleteAll(m_filters);
    m_filters.clear();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        auto* edit = new QLineEdit(m_filterBar);
        edit->setObjectName(QStringLiteral("filter_%1").arg(c));
        edit->setPlaceholderText(tr("Filter"));
        edit->setToolTip(tr("Text the value contains, or NULL, NOT NULL, =v, !=v, <v, >v, <=v, >=v"));
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, m_filterDelay, [this] {
            m_filterDelay->stop();
            for (qsizetype i = 0; i < m_filters.size(); ++i)
                m_model->setFilter(int(i), m_filters.at(i)->text());
        });
        edit->show();
        m_filters << edit;
    }
    m_view->resizeColumnsToContents();
    placeFilters();
}

// The filter boxes follow the columns: same x and width as each header section.
void TableBrowser::placeFilters()
{
    const QHeaderView* header = m_view->horizontalHeader();
    const int offset = m_view->verticalHeader()->width() + m_view->frameWidth();
    for (qsizetype i = 0; i < m_filters.size(); ++i) {
        const int x = header->sectionViewportPosition(int(i)) + offset;
        m_filters.at(i)->setGeometry(x, 2, header->sectionSize(int(i)), m_filterBar->height() - 4);
        m_filters.at(i)->setVisible(!header->isSectionHidden(int(i)));
    }
}

void TableBrowser::updateStatus(qint64 rows, bool orderUsesIndex)
{
    const data::TableQuery& q = m_model->query();
    QString text = tr("%1 rows of %2").arg(QLocale().toString(rows), m_model->table());
    if (!q.filters.isEmpty())
        text += tr(", filtered");
    if (q.sortColumn >= 0) {
        const QString column = m_model->headerData(q.sortColumn, Qt::Horizontal, Qt::DisplayRole).toString();
        text += orderUsesIndex ? tr(", sorted by %1 (read from an index)").arg(column)
                               : tr(", sorted by %1: no index has this order, so SQLite scans and sorts the rows "
                                    "for every page")
                                     .arg(column);
    }
    m_status->setText(text);
}

QWidget* TableBrowser::showCell(const QModelIndex& index)
{
    const QVariant value = index.data(TableModel::ValueRole);
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("cellViewer"));
    const QString column = m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    dialog->setWindowTitle(tr("%1, row %2").arg(column).arg(index.row() + 1));
    auto* text = new QPlainTextEdit(dialog);
    text->setReadOnly(true);
    text->setPlainText(CellFormat::fullText(value));
    if (CellFormat::isBlob(value))
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* info = new QLabel(CellFormat::isBlob(value)
            ? tr("BLOB of %1 bytes").arg(QLocale().toString(value.toByteArray().size()))
            : tr("%1 characters").arg(QLocale().toString(value.toString().size())),
        dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(info);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    dialog->show();
    return dialog;
}

} // namespace godwit::widgets
