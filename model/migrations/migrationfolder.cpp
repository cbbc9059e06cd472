// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationfolder.h"

#include "flywaychecksum.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace godwit::migrations {

namespace {

    Error duplicateError(const MigrationFile& first, const MigrationFile& second, const QString& what)
    {
        Error e;
        e.code = Error::Code::InvalidArgument;
        e.file = second.path;
        e.message = QStringLiteral("%1 is also used by %2 (each migration needs its own)").arg(what, first.script);
        return e;
    }

    // Versions compared like Flyway: an exact tie between 1 and 1.0 is a duplicate, found by the caller.
    void sortByVersion(QList<MigrationFile>& files)
    {
        std::ranges::stable_sort(
            files, [](const MigrationFile& a, const MigrationFile& b) { return a.version().compare(b.version()) < 0; });
    }

    std::optional<Error> findDuplicateVersion(const QList<MigrationFile>& sorted, const QString& kind)
    {
        for (qsizetype i = 1; i < sorted.size(); ++i) {
            if (sorted.at(i).version().isSameVersion(sorted.at(i - 1).version()))
                return duplicateError(
                    sorted.at(i - 1), sorted.at(i), (kind + QStringLiteral(" %1")).arg(sorted.at(i).version().text));
        }
        return std::nullopt;
    }

    // Every file under `folder` and its subfolders (followed through symbolic links, each once),
    // sorted so errors are reproducible. Unreadable files, broken links and FIFOs are listed too:
    // reading them is what reports them. A subfolder that cannot be listed is an error, never a gap.
    Result<QStringList> listFiles(const QString& folder)
    {
        QStringList paths;
        QStringList pending { folder };
        QSet<QString> seen;
        while (!pending.isEmpty()) {
            const QString path = pending.takeLast();
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen.insert(canonical);
            const QDir dir(path);
            if (!dir.isReadable())
                return fail(Error::Code::PermissionDenied, QStringLiteral("permission denied"), path);
            const QFileInfoList entries
                = dir.entryInfoList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
            for (const QFileInfo& entry : entries) {
                if (entry.isDir())
                    pending.append(entry.filePath());
                else
                    paths.append(entry.filePath());
            }
        }
        std::ranges::sort(paths);
        return paths;
    }

} // namespace

Result<MigrationSet> MigrationFolder::scan(const QString& folder, const NamingOptions& naming)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return fail(Error::Code::FileNotFound, QStringLiteral("no such folder"), folder);
    if (!info.isDir())
        return fail(Error::Code::InvalidArgument, QStringLiteral("not a folder of migrations"), folder);
    const QDir root(info.absoluteFilePath());
    if (!root.isReadable())
        return fail(Error::Code::PermissionDenied, QStringLiteral("permission denied"), folder);

    MigrationSet set;
    set.folder = root.absolutePath();
    auto paths = listFiles(root.absolutePath());
    if (!paths)
        return std::unexpected(paths.error());

    for (const QString& path : *paths) {
        const QString script = root.relativeFilePath(path);
        const QString fileName = QFileInfo(path).fileName();
        auto name = MigrationName::parse(fileName, naming);
        if (!name)
            return std::unexpected(name.error().inFile(path));
        if (!*name) {
            set.ignored.append({ script, QStringLiteral("not a migration name") });
            continue;
        }
        auto checksum = FlywayChecksum::ofFile(path);
        if (!checksum)
            return std::unexpected(checksum.error());
        MigrationFile file { **name, script, path, *checksum };
        switch (file.name.kind) {
        case MigrationKind::Versioned:
            set.versioned.append(file);
            break;
        case MigrationKind::Undo:
            set.undo.append(file);
            break;
        case MigrationKind::Repeatable:
            set.repeatable.append(file);
            break;
        }
    }

    sortByVersion(set.versioned);
    sortByVersion(set.undo);
    if (auto e = findDuplicateVersion(set.versioned, QStringLiteral("version")))
        return std::unexpected(*e);
    if (auto e = findDuplicateVersion(set.undo, QStringLiteral("undo version")))
        return std::unexpected(*e);
    std::ranges::stable_sort(set.repeatable,
        [](const MigrationFile& a, const MigrationFile& b) { return a.name.description < b.name.description; });
    for (qsizetype i = 1; i < set.repeatable.size(); ++i) {
        if (set.repeatable.at(i).name.description == set.repeatable.at(i - 1).name.description)
            return std::unexpected(duplicateError(set.repeatable.at(i - 1), set.repeatable.at(i),
                QStringLiteral("repeatable description '%1'").arg(set.repeatable.at(i).name.description)));
    }
    return set;
}

QString MigrationFolder::nextVersion(const MigrationSet& set, const NamingOptions& naming)
{
    const MigrationFile* last = nullptr;
    for (const QList<MigrationFile>* list : { &set.versioned, &set.undo }) {
        for (const MigrationFile& f : *list) {
            if (!last || f.version().compare(last->version()) > 0)
                last = &f;
        }
    }
    if (!last)
        return QStringLiteral("1");
    // Work on the version as written in the file name, so "V2_1" gives "2_2" and "V009" gives "010".
    const QString& fileName = last->name.fileName;
    const qsizetype prefix
        = last->name.kind == MigrationKind::Undo ? naming.undoPrefix.size() : naming.versionedPrefix.size();
    const qsizetype separator = fileName.indexOf(naming.separator, prefix);
    const QString version = separator < 0 ? last->version().text : fileName.mid(prefix, separator - prefix);
    qsizetype start = version.size();
    while (start > 0 && version[start - 1].isDigit())
        --start;
    const QString digits = version.mid(start);
    // Increment as a decimal string: works for timestamps longer than 64 bits, too.
    QString next = digits;
    qsizetype i = next.size() - 1;
    while (i >= 0) {
        if (next[i] == QLatin1Char('9')) {
            next[i] = QLatin1Char('0');
            --i;
        } else {
            next[i] = QChar(next[i].unicode() + 1);
            break;
        }
    }
    if (i < 0)
        next.prepend(QLatin1Char('1'));
    return version.left(start) + next;
}

} // namespace godwit::migrations
