// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingcopy.h"

#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace godwit::sqlite {

namespace {
    const QString kFolderName = QStringLiteral("godwit-rehearsal");
}

QString WorkingCopy::defaultFolder(const QString& projectFile)
{
    if (!projectFile.isEmpty())
        return QFileInfo(projectFile).absoluteDir().filePath(kFolderName);
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    return QDir(base).filePath(QStringLiteral("Godwit/") + kFolderName);
}

QString WorkingCopy::suggestedPath(const QString& originalPath, const QString& folder)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return QDir(folder).filePath(QStringLiteral("%1-%2.db").arg(QFileInfo(originalPath).completeBaseName(), stamp));
}

Result<void> WorkingCopy::create(const QString& originalPath, const QString& destPath, const BackupProgress& progress)
{
    if (QFileInfo(destPath).absoluteFilePath() == QFileInfo(originalPath).absoluteFilePath())
        return fail(
            Error::Code::InvalidArgument, QStringLiteral("the working copy cannot replace the original"), destPath);
    auto original = Database::openOriginal(originalPath);
    if (!original)
        return std::unexpected(original.error());
    return backupDatabase(*original, destPath, progress);
}

} // namespace godwit::sqlite
