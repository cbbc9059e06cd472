// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationinfo.h"

#include <algorithm>

#include <QHash>

namespace godwit::migrations {

namespace {

    // What the history says about one version, after replaying its rows in rank order.
    struct VersionHistory {
        MigrationVersion version;
        const HistoryRow* applied = nullptr; // the latest SQL row
        bool undone = false; // a successful UNDO_SQL row came after it
        bool deleted = false; // repair marked it deleted after its file disappeared
        bool consumed = false; // matched by a file
    };

    MigrationStatus fromFile(const MigrationFile& file, const MigrationSet& set)
    {
        MigrationStatus s;
        s.kind = file.name.kind;
        s.version = file.version().text;
        s.description = file.name.description;
        s.type = QString(SchemaHistory::TypeSql);
        s.script = file.script;
        s.path = file.path;
        s.fileChecksum = file.checksum;
        s.isUndoable = file.name.kind == MigrationKind::Versioned && set.undoFile(file.version());
        return s;
    }

    void fillApplied(MigrationStatus& s, const HistoryRow& row)
    {
        s.appliedChecksum = row.checksum;
        s.appliedDescription = row.description;
        s.installedRank = row.installedRank;
        s.installedOn = row.installedOn;
        s.installedBy = row.installedBy;
        s.executionTime = row.executionTime;
        s.type = row.type;
    }

    MigrationStatus fromRow(const HistoryRow& row, MigrationState state)
    {
        MigrationStatus s;
        s.state = state;
        s.kind = row.version.isEmpty() ? MigrationKind::Repeatable : MigrationKind::Versioned;
        s.version = row.version;
        s.description = row.description;
        s.script = row.script;
        fillApplied(s, row);
        return s;
    }

    // The history replayed in rank order, as Flyway builds its applied-migration map.
    struct History {
        QList<VersionHistory> versions;
        const HistoryRow* baselineRow = nullptr;
        std::optional<MigrationVersion> baseline;
        QHash<QString, const HistoryRow*> repeatableRows; // description -> latest row
    };

    VersionHistory* findVersion(QList<VersionHistory>& versions, const MigrationVersion& v)
    {
        for (VersionHistory& h : versions) {
            if (h.version.isSameVersion(v))
                return &h;
        }
        return nullptr;
    }

    History replay(const QList<HistoryRow>& rows)
    {
        History history;
        for (const HistoryRow& row : rows) {
            if (row.type == SchemaHistory::TypeBaseline) {
                history.baselineRow = &row;
                history.baseline = MigrationVersion::parse(row.version);
                continue;
            }
            if (row.version.isEmpty()) {
                if (row.type != SchemaHistory::TypeDelete)
                    history.repeatableRows.insert(row.description, &row);
                else
                    history.repeatableRows.remove(row.description);
                continue;
            }
            const auto v = MigrationVersion::parse(row.version);
            if (!v)
                continue; // not a version Godwit or Flyway would write; shown by validate as missing
            VersionHistory* h = findVersion(history.versions, *v);
            if (!h) {
                history.versions.append({ *v });
                h = &history.versions.last();
            }
            if (row.type == SchemaHistory::TypeUndoSql) {
                h->undone = h->undone || row.success;
            } else if (row.type == SchemaHistory::TypeDelete) {
                h->deleted = true;
            } else {
                h->applied = &row;
                h->undone = false;
                h->deleted = false;
            }
        }
        return history;
    }

    MigrationState fileState(const MigrationVersion& version, const VersionHistory* h,
        const std::optional<MigrationVersion>& baseline, const std::optional<MigrationVersion>& current,
        const std::optional<MigrationVersion>& target)
    {
        if (h && h->applied && !h->undone && !h->deleted)
            return h->applied->success ? MigrationState::Applied : MigrationState::Failed;
        if (baseline && version.compare(*baseline) <= 0)
            return MigrationState::BelowBaseline;
        if (current && version.compare(*current) < 0)
            return MigrationState::Ignored;
        if (target && version.compare(*target) > 0)
            return MigrationState::AboveTarget;
        return MigrationState::Pending;
    }

    // A versioned migration in the history that no file matches.
    MigrationState unmatchedState(const VersionHistory& h, const MigrationVersion& latestFile)
    {
        if (h.deleted)
            return MigrationState::Deleted;
        if (h.undone)
            return MigrationState::Undone;
        if (!h.applied->success)
            return MigrationState::Failed;
        if (latestFile.isEmpty() || h.version.compare(latestFile) > 0)
            return MigrationState::Future;
        return MigrationState::Missing;
    }

    // Files, history rows without a file, and the baseline, in version order.
    QList<MigrationStatus> versionedEntries(const MigrationSet& set, History& history,
        const std::optional<MigrationVersion>& current, const std::optional<MigrationVersion>& target)
    {
        struct Ordered {
            MigrationVersion version;
            MigrationStatus status;
        };
        QList<Ordered> versioned;
        for (const MigrationFile& file : set.versioned) {
            MigrationStatus s = fromFile(file, set);
            VersionHistory* h = findVersion(history.versions, file.version());
            if (h)
                h->consumed = true;
            s.state = fileState(file.version(), h, history.baseline, current, target);
            if (s.state == MigrationState::Applied || s.state == MigrationState::Failed)
                fillApplied(s, *h->applied);
            versioned.append({ file.version(), s });
        }
        const MigrationVersion latestFile = set.latestVersion();
        for (const VersionHistory& h : history.versions) {
            if (!h.consumed && h.applied)
                versioned.append({ h.version, fromRow(*h.applied, unmatchedState(h, latestFile)) });
        }
        if (history.baselineRow)
            versioned.append({ history.baseline.value_or(MigrationVersion {}),
                fromRow(*history.baselineRow, MigrationState::Baseline) });
        // Version order; at the same version the baseline row comes first, then the file.
        std::ranges::stable_sort(versioned, [](const Ordered& a, const Ordered& b) {
            if (const int c = a.version.compare(b.version); c != 0)
                return c < 0;
            return a.status.state == MigrationState::Baseline && b.status.state != MigrationState::Baseline;
        });
        QList<MigrationStatus> out;
        for (const Ordered& o : versioned)
            out.append(o.status);
        return out;
    }

    // Repeatable files, then repeatable rows whose file is gone, in rank order.
    QList<MigrationStatus> repeatableEntries(const MigrationSet& set, History& history)
    {
        QList<MigrationStatus> out;
        for (const MigrationFile& file : set.repeatable) {
            MigrationStatus s = fromFile(file, set);
            const HistoryRow* row = history.repeatableRows.take(file.name.description);
            if (!row) {
                s.state = MigrationState::Pending;
            } else {
                fillApplied(s, *row);
                s.state = !row->success              ? MigrationState::Failed
                    : row->checksum == file.checksum ? MigrationState::Applied
                                                     : MigrationState::Outdated;
            }
            out.append(s);
        }
        QList<const HistoryRow*> gone = history.repeatableRows.values();
        std::ranges::sort(
            gone, [](const HistoryRow* a, const HistoryRow* b) { return a->installedRank < b->installedRank; });
        for (const HistoryRow* row : gone)
            out.append(fromRow(*row, row->success ? MigrationState::Missing : MigrationState::Failed));
        return out;
    }

} // namespace

QString migrationStateName(MigrationState state)
{
    switch (state) {
    case MigrationState::Pending:
        return QStringLiteral("pending");
    case MigrationState::AboveTarget:
        return QStringLiteral("above-target");
    case MigrationState::Ignored:
        return QStringLiteral("ignored");
    case MigrationState::BelowBaseline:
        return QStringLiteral("below-baseline");
    case MigrationState::Baseline:
        return QStringLiteral("baseline");
    case MigrationState::Applied:
        return QStringLiteral("applied");
    case MigrationState::Failed:
        return QStringLiteral("failed");
    case MigrationState::Outdated:
        return QStringLiteral("outdated");
    case MigrationState::Missing:
        return QStringLiteral("missing");
    case MigrationState::Future:
        return QStringLiteral("future");
    case MigrationState::Undone:
        return QStringLiteral("undone");
    case MigrationState::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

MigrationInfo MigrationInfo::compute(
    const MigrationSet& set, const QList<HistoryRow>& rows, const MigrationConfig& config, bool hasHistoryTable)
{
    MigrationInfo info;
    info.hasHistoryTable = hasHistoryTable;
    std::optional<MigrationVersion> target;
    if (!config.target.isEmpty() && config.target.compare(QLatin1String("latest"), Qt::CaseInsensitive) != 0)
        target = MigrationVersion::parse(config.target);

    History history = replay(rows);
    std::optional<MigrationVersion> current = history.baseline;
    for (const VersionHistory& h : history.versions) {
        if (h.applied && h.applied->success && !h.undone && !h.deleted && (!current || h.version.compare(*current) > 0))
            current = h.version;
    }
    info.currentVersion = current ? current->text : QString();
    info.entries = versionedEntries(set, history, current, target);
    info.entries << repeatableEntries(set, history);
    return info;
}

QList<const MigrationStatus*> MigrationInfo::pending() const
{
    QList<const MigrationStatus*> out;
    for (const MigrationStatus& s : entries) {
        const bool repeatable = s.kind == MigrationKind::Repeatable;
        if (s.state == MigrationState::Pending
            || (repeatable && s.state == MigrationState::Outdated && !s.path.isEmpty()))
            out.append(&s);
    }
    return out;
}

const MigrationStatus* MigrationInfo::entryForScript(const QString& script) const
{
    const auto it = std::ranges::find_if(
        entries, [&](const MigrationStatus& s) { return s.script == script && !s.path.isEmpty(); });
    return it == entries.end() ? nullptr : &*it;
}

} // namespace godwit::migrations
