// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/data/resultsview.h"

#include "data/rowsetwriter.h"
#include "widgets/data/rowsetmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace godwit::widgets {

using data::RowSetWriter;

namespace {

    QString elapsed(double ms)
    {
        return ms < 10 ? QStringLiteral("%1 ms").arg(ms, 0, 'f', 2) : QStringLiteral("%1 ms").arg(qRound(ms));
    }

} // namespace

ResultsView::ResultsView(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);

    auto* copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(copy);
    const std::pair<const char*, RowSetWriter::Format> formats[]
        = { { QT_TR_NOOP("as TSV"), RowSetWriter::Format::Tsv }, { QT_TR_NOOP("as CSV"), RowSetWriter::Format::Csv },
              { QT_TR_NOOP("as Markdown"), RowSetWriter::Format::Markdown } };
    for (const auto& [label, format] : formats) {
        menu->addAction(tr(label), this, [this, format] { QApplication::clipboard()->setText(copyText(int(format))); });
    }
    copy->setMenu(menu);
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(exportButton, &QToolButton::clicked, this, &ResultsView::exportCurrent);

    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(copy);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bar);
}

ResultsView::~ResultsView() = default;

void ResultsView::clear()
{
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    m_results.clear();
}

void ResultsView::setResults(const QList<data::StatementResult>& results)
{
    clear();
    m_results = results;
    int errorTab = -1;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const data::StatementResult& r = results.at(i);
        const int tab
            = m_tabs->addTab(resultPage(r), r.error ? tr("%1: error").arg(i + 1) : tr("Result %1").arg(i + 1));
        m_tabs->setTabToolTip(tab, r.sql.left(400));
        if (r.error && errorTab < 0)
            errorTab = tab;
    }
    m_tabs->setCurrentIndex(errorTab >= 0 ? errorTab : std::max(0, m_tabs->count() - 1));
}

QWidget* ResultsView::resultPage(const data::StatementResult& r)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* status = new QLabel(page);
    status->setObjectName(QStringLiteral("resultStatus"));
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status->setWordWrap(true);
    if (r.error) {
        status->setText(tr("line %1, column %2: %3").arg(r.error->line).arg(r.error->column).arg(r.error->message));
        status->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b00020; padding: 4px;"));
    } else if (r.returnsRows) {
        status->setText(r.rows.truncated
                ? tr("%1 rows in %2 (the first %3 shown)")
                      .arg(QLocale().toString(r.rowCount), elapsed(r.elapsedMs), QLocale().toString(r.rows.rows.size()))
                : tr("%1 rows in %2").arg(QLocale().toString(r.rowCount), elapsed(r.elapsedMs)));
    } else {
        status->setText(tr("%1 rows changed in %2").arg(QLocale().toString(r.changes), elapsed(r.elapsedMs)));
    }
    layout->addWidget(status);
    if (r.returnsRows) {
        auto* grid = new QTableView(page);
        grid->setObjectName(QStringLiteral("resultGrid"));
        auto* model = new RowSetModel(grid);
        model->setRows(r.rows);
        grid->setModel(model);
        grid->setWordWrap(false);
        grid->verticalHeader()->setDefaultSectionSize(grid->fontMetrics().height() + 6);
        grid->resizeColumnsToContents();
        for (int c = 0; c < model->columnCount(); ++c)
            grid->setColumnWidth(c, std::min(grid->columnWidth(c), 320));
        layout->addWidget(grid, 1);
    } else {
        layout->addStretch(1);
    }
    return page;
}

QTableView* ResultsView::grid(int tab) const
{
    QWidget* page = m_tabs->widget(tab);
    return page ? page->findChild<QTableView*>(QStringLiteral("resultGrid")) : nullptr;
}

QString ResultsView::copyText(int format) const
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || tab >= m_results.size())
        return {};
    sqlite::RowSet rows = m_results.at(tab).rows;
    // With a selection, only its rows and columns (in the grid's order).
    if (const QTableView* view = grid(tab); view && view->selectionModel()->hasSelection()) {
        QList<int> rowIndexes;
        QList<int> columnIndexes;
        for (const QModelIndex& i : view->selectionModel()->selectedIndexes()) {
            if (!rowIndexes.contains(i.row()))
                rowIndexes << i.row();
            if (!columnIndexes.contains(i.column()))
                columnIndexes << i.column();
        }
        std::ranges::sort(rowIndexes);
        std::ranges::sort(columnIndexes);
        sqlite::RowSet picked;
        for (int c : columnIndexes)
            picked.columns << rows.columns.at(c);
        for (int r : rowIndexes) {
            QVariantList values;
            for (int c : columnIndexes)
                values << rows.rows.at(r).value(c);
            picked.rows << values;
        }
        rows = picked;
    }
    return RowSetWriter::write(rows, RowSetWriter::Format(format));
}

void ResultsView::exportCurrent()
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || tab >= m_results.size() || !m_results.at(tab).returnsRows)
        return;
    QString filter;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Rows"), QString(), tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const bool json
        = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || filter.startsWith(QLatin1String("JSON"));
    if (auto r = RowSetWriter::save(
            m_results.at(tab).rows, json ? RowSetWriter::Format::Json : RowSetWriter::Format::Csv, path);
        !r)
        Q_EMIT errorOccurred(tr("Cannot export to %1: %2").arg(path, r.error().message));
}

} // namespace godwit::widgets
