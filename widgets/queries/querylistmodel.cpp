// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/queries/querylistmodel.h"

#include <QApplication>
#include <QStyle>

namespace godwit::widgets {

using queries::QueryStatus;

QueryListModel::QueryListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QueryListModel::~QueryListModel() = default;

void QueryListModel::setQueries(const queries::QueryList& queries)
{
    beginResetModel();
    m_queries = queries;
    m_report = {};
    m_hasReport = false;
    endResetModel();
}

void QueryListModel::setReport(const queries::QueryReport& report)
{
    m_report = report;
    m_hasReport = true;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void QueryListModel::clearReport()
{
    m_report = {};
    m_hasReport = false;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const queries::QueryResult* QueryListModel::result(int row) const
{
    if (!m_hasReport || row < 0 || row >= m_queries.size())
        return nullptr;
    return m_report.result(m_queries.at(row).name);
}

QIcon QueryListModel::statusIcon(QueryStatus status)
{
    const QStyle* style = QApplication::style();
    switch (status) {
    case QueryStatus::Unchanged:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case QueryStatus::Improved:
        return style->standardIcon(QStyle::SP_ArrowUp);
    case QueryStatus::Regressed:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case QueryStatus::Broken:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case QueryStatus::Invalid:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    }
    return {};
}

QString QueryListModel::statusText(QueryStatus status)
{
    switch (status) {
    case QueryStatus::Unchanged:
        return tr("Unchanged");
    case QueryStatus::Improved:
        return tr("Improved");
    case QueryStatus::Regressed:
        return tr("Regressed");
    case QueryStatus::Broken:
        return tr("Broken");
    case QueryStatus::Invalid:
        return tr("Does not prepare");
    }
    return {};
}

int QueryListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_queries.size()); }

int QueryListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant QueryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const queries::Query& q = m_queries.at(index.row());
    const queries::QueryResult* r = result(index.row());
    if (role == StatusRole)
        return r ? int(r->comparison.status) : -1;
    if (role == SqlRole)
        return q.sql;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && r) {
            QStringList lines;
            for (const queries::PlanChange& c : r->comparison.changes)
                lines << queries::planChangeName(c.type)
                        + (c.table.isEmpty() ? QString() : QStringLiteral(": ") + c.table);
            return lines.isEmpty() ? statusText(r->comparison.status) : lines.join(QLatin1Char('\n'));
        }
        return q.sql;
    }
    if (role == Qt::DecorationRole && index.column() == Status && r)
        return statusIcon(r->comparison.status);
    if (role == Qt::TextAlignmentRole
        && (index.column() == Weight || index.column() == Before || index.column() == After))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    auto time = [](const queries::QueryMeasurement& m) {
        if (!m.error.isEmpty())
            return tr("error");
        return m.runs > 0 ? tr("%1 ms").arg(QString::number(m.medianMs, 'f', 3)) : QString();
    };
    switch (index.column()) {
    case Name:
        return q.name;
    case Kind:
        return q.kind == queries::QueryKind::Write ? tr("write") : tr("read");
    case Weight:
        return q.unit == queries::WeightUnit::Percent ? tr("%1%").arg(q.weight) : tr("%1/min").arg(q.weight);
    case Status:
        return r ? statusText(r->comparison.status) : tr("…");
    case Before:
        return r ? time(r->measuredBefore) : QString();
    case After:
        return r ? time(r->measuredAfter) : QString();
    default:
        return {};
    }
}

QVariant QueryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Query");
    case Kind:
        return tr("Kind");
    case Weight:
        return tr("Weight");
    case Status:
        return tr("Status");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

} // namespace godwit::widgets
