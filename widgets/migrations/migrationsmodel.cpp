// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/migrations/migrationsmodel.h"

#include <QColor>
#include <QFileInfo>
#include <QFont>

namespace godwit::widgets {

using migrations::MigrationState;
using migrations::MigrationStatus;

MigrationsModel::MigrationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

MigrationsModel::~MigrationsModel() = default;

void MigrationsModel::setInfo(const migrations::MigrationInfo& info)
{
    beginResetModel();
    m_info = info;
    endResetModel();
}

const MigrationStatus* MigrationsModel::statusAt(int row) const
{
    return row >= 0 && row < m_info.entries.size() ? &m_info.entries.at(row) : nullptr;
}

int MigrationsModel::rowOfPath(const QString& path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_info.entries.size(); ++i) {
        if (!m_info.entries.at(i).path.isEmpty() && QFileInfo(m_info.entries.at(i).path).absoluteFilePath() == wanted)
            return i;
    }
    return -1;
}

int MigrationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_info.entries.size());
}

int MigrationsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString MigrationsModel::stateText(const MigrationStatus& s)
{
    if (s.hasChecksumMismatch())
        return tr("checksum mismatch");
    switch (s.state) {
    case MigrationState::Pending:
        return tr("pending");
    case MigrationState::AboveTarget:
        return tr("above target");
    case MigrationState::Ignored:
        return tr("ignored (out of order)");
    case MigrationState::BelowBaseline:
        return tr("below baseline");
    case MigrationState::Baseline:
        return tr("baseline");
    case MigrationState::Applied:
        return tr("applied");
    case MigrationState::Failed:
        return tr("failed");
    case MigrationState::Outdated:
        return tr("outdated");
    case MigrationState::Missing:
        return tr("missing");
    case MigrationState::Future:
        return tr("future");
    case MigrationState::Undone:
        return tr("undone");
    case MigrationState::Deleted:
        return tr("deleted");
    }
    return {};
}

QVariant MigrationsModel::data(const QModelIndex& index, int role) const
{
    const MigrationStatus* s = index.isValid() ? statusAt(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return s->version.isEmpty() ? QStringLiteral("R") : s->version;
        case DescriptionColumn:
            return s->description;
        case StateColumn:
            return stateText(*s);
        case ScriptColumn:
            return s->script;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines { s->script };
        if (s->fileChecksum)
            lines << tr("Checksum of the file: %1").arg(*s->fileChecksum);
        if (s->installedRank > 0) {
            lines << tr("Applied on %1 by %2 in %3 ms").arg(s->installedOn, s->installedBy).arg(s->executionTime);
            if (s->appliedChecksum)
                lines << tr("Checksum when applied: %1").arg(*s->appliedChecksum);
        }
        if (s->hasChecksumMismatch())
            lines << tr("The file changed after it was applied: validate fails until it is restored or repaired.");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (index.column() != StateColumn)
            return {};
        if (s->hasChecksumMismatch() || s->state == MigrationState::Failed || s->state == MigrationState::Missing)
            return QColor(0xc6, 0x28, 0x28);
        if (s->state == MigrationState::Pending || s->state == MigrationState::Outdated)
            return QColor(0x1f, 0x4e, 0x8c);
        return {};
    case Qt::FontRole:
        if (s->state == MigrationState::Pending || s->hasChecksumMismatch() || s->state == MigrationState::Failed) {
            QFont bold;
            bold.setBold(true);
            return index.column() == StateColumn ? QVariant(bold) : QVariant();
        }
        return {};
    case PathRole:
        return s->path;
    case StateRole:
        return int(s->state);
    case ChecksumMismatchRole:
        return s->hasChecksumMismatch();
    case ScriptRole:
        return s->script;
    }
    return {};
}

QVariant MigrationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case DescriptionColumn:
        return tr("Description");
    case StateColumn:
        return tr("State");
    case ScriptColumn:
        return tr("File");
    }
    return {};
}

} // namespace godwit::widgets
