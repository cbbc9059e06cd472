// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationwriter.h"

#include "core/jsontext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace godwit::migrations {

namespace {

    constexpr int formatVersion = 1;

    QJsonValue text(const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }
    QJsonValue number(std::optional<qint32> n) { return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null); }

    QJsonObject header(const MigrationWriter::Context& c)
    {
        return { { QLatin1String("format"), QStringLiteral("godwit.migrations") },
            { QLatin1String("version"), formatVersion }, { QLatin1String("command"), c.command },
            { QLatin1String("database"), c.database }, { QLatin1String("folder"), c.folder },
            { QLatin1String("historyTable"), c.historyTable } };
    }

    QJsonObject errorJson(const Error& e)
    {
        return { { QLatin1String("message"), e.message }, { QLatin1String("file"), text(e.file) },
            { QLatin1String("line"), e.line > 0 ? QJsonValue(e.line) : QJsonValue(QJsonValue::Null) },
            { QLatin1String("column"), e.column > 0 ? QJsonValue(e.column) : QJsonValue(QJsonValue::Null) },
            { QLatin1String("code"), errorCodeName(e.code) } };
    }

    QString stateText(const MigrationStatus& s)
    {
        QString state = migrationStateName(s.state);
        if (s.hasChecksumMismatch())
            state += QStringLiteral(" (checksum mismatch)");
        return state;
    }

    QString table(const QList<QStringList>& rows)
    {
        QList<qsizetype> widths;
        for (const QStringList& row : rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (widths.size() <= i)
                    widths.append(0);
                widths[i] = std::max(widths[i], row.at(i).size());
            }
        }
        QString out;
        for (const QStringList& row : rows) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i)
                line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
            out += line.trimmed() + QLatin1Char('\n');
        }
        return out;
    }

} // namespace

const QStringList& MigrationWriter::keyOrder()
{
    static const QStringList order { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("command"),
        QStringLiteral("database"), QStringLiteral("copy"), QStringLiteral("folder"), QStringLiteral("historyTable"),
        QStringLiteral("success"), QStringLiteral("failedRow"), QStringLiteral("valid"),
        QStringLiteral("currentVersion"), QStringLiteral("migrations"), QStringLiteral("applied"),
        QStringLiteral("issues"), QStringLiteral("kind"), QStringLiteral("state"), QStringLiteral("description"),
        QStringLiteral("type"), QStringLiteral("script"), QStringLiteral("checksum"), QStringLiteral("appliedChecksum"),
        QStringLiteral("checksumMismatch"), QStringLiteral("installedRank"), QStringLiteral("installedOn"),
        QStringLiteral("installedBy"), QStringLiteral("executionTime"), QStringLiteral("notes"),
        QStringLiteral("ignored"), QStringLiteral("reason"), QStringLiteral("error"), QStringLiteral("message"),
        QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("code") };
    return order;
}

QString MigrationWriter::infoText(const Context& context, const MigrationInfo& info, const MigrationSet& set)
{
    QString out = QStringLiteral("Migrations in %1 for %2 (history table %3%4)\n")
                      .arg(context.folder, context.database, context.historyTable,
                          info.hasHistoryTable ? QString() : QStringLiteral(", not created yet"));
    out += QStringLiteral("Current version: %1\n\n")
               .arg(info.currentVersion.isEmpty() ? QStringLiteral("none") : info.currentVersion);
    QList<QStringList> rows { { QStringLiteral("Version"), QStringLiteral("Description"), QStringLiteral("Type"),
        QStringLiteral("Installed on"), QStringLiteral("State"), QStringLiteral("Script") } };
    for (const MigrationStatus& s : info.entries) {
        rows.append({ s.version.isEmpty() ? QStringLiteral("-") : s.version, s.description, s.type,
            s.installedOn.isEmpty() ? QStringLiteral("-") : s.installedOn, stateText(s), s.script });
    }
    out += info.entries.isEmpty() ? QStringLiteral("No migrations.\n") : table(rows);
    for (const IgnoredFile& f : set.ignored)
        out += QStringLiteral("skipped %1: %2\n").arg(f.script, f.reason);
    const qsizetype pending = info.pending().size();
    out += QStringLiteral("\n%1 pending\n").arg(pending);
    return out;
}

QString MigrationWriter::infoJson(const Context& context, const MigrationInfo& info, const MigrationSet& set)
{
    QJsonObject root = header(context);
    root.insert(QLatin1String("currentVersion"), text(info.currentVersion));
    QJsonArray migrations;
    for (const MigrationStatus& s : info.entries) {
        migrations.append(QJsonObject { { QLatin1String("version"), text(s.version) },
            { QLatin1String("kind"), migrationKindName(s.kind) }, { QLatin1String("description"), s.description },
            { QLatin1String("type"), s.type }, { QLatin1String("script"), s.script },
            { QLatin1String("state"), migrationStateName(s.state) },
            { QLatin1String("checksum"), number(s.fileChecksum) },
            { QLatin1String("appliedChecksum"), number(s.appliedChecksum) },
            { QLatin1String("checksumMismatch"), s.hasChecksumMismatch() },
            { QLatin1String("installedRank"),
                s.installedRank > 0 ? QJsonValue(s.installedRank) : QJsonValue(QJsonValue::Null) },
            { QLatin1String("installedOn"), text(s.installedOn) },
            { QLatin1String("installedBy"), text(s.installedBy) },
            { QLatin1String("executionTime"),
                s.installedRank > 0 ? QJsonValue(s.executionTime) : QJsonValue(QJsonValue::Null) } });
    }
    root.insert(QLatin1String("migrations"), migrations);
    QJsonArray ignored;
    for (const IgnoredFile& f : set.ignored)
        ignored.append(QJsonObject { { QLatin1String("script"), f.script }, { QLatin1String("reason"), f.reason } });
    root.insert(QLatin1String("ignored"), ignored);
    return JsonText::write(root, keyOrder());
}

QString MigrationWriter::validateText(const Context& context, const QList<ValidationIssue>& issues)
{
    if (issues.isEmpty())
        return QStringLiteral("%1 validates against %2\n").arg(context.database, context.folder);
    QString out;
    for (const ValidationIssue& i : issues)
        out += QStringLiteral("%1: %2\n").arg(i.script, i.message);
    out += QStringLiteral("%1 issue(s)\n").arg(issues.size());
    return out;
}

QString MigrationWriter::validateJson(const Context& context, const QList<ValidationIssue>& issues)
{
    QJsonObject root = header(context);
    root.insert(QLatin1String("valid"), issues.isEmpty());
    QJsonArray list;
    for (const ValidationIssue& i : issues)
        list.append(QJsonObject { { QLatin1String("kind"), validationIssueKindName(i.kind) },
            { QLatin1String("version"), text(i.version) }, { QLatin1String("script"), i.script },
            { QLatin1String("message"), i.message } });
    root.insert(QLatin1String("issues"), list);
    return JsonText::write(root, keyOrder());
}

QString MigrationWriter::reportText(
    const Context& context, const MigrationReport& report, const QString& currentVersion)
{
    QString out = QStringLiteral("working copy: %1\n").arg(report.database);
    for (const AppliedMigration& a : report.applied) {
        const QString what
            = a.version.isEmpty() ? QStringLiteral("repeatable") : QStringLiteral("version %1").arg(a.version);
        if (a.type == SchemaHistory::TypeBaseline)
            out += QStringLiteral("baselined at version %1\n").arg(a.version);
        else if (a.type == SchemaHistory::TypeDelete)
            out += QStringLiteral("marked %1 deleted (%2)\n").arg(a.script, what);
        else
            out += QStringLiteral("%1 %2 (%3, %4 ms)\n")
                       .arg(a.type == SchemaHistory::TypeUndoSql ? QStringLiteral("undid") : QStringLiteral("applied"),
                           a.script, what)
                       .arg(a.executionTime);
    }
    for (const MigrationNote& n : report.notes)
        out += QStringLiteral("note: %1\n").arg(n.toString());
    if (report.failure && report.hasFailedRow)
        out += QStringLiteral("failed: the failing file's transaction had committed, so its changes stay and the "
                              "history records it as failed (fix it, then run repair)\n");
    else if (report.failure)
        out += QStringLiteral("failed: the copy is as it was before the failing file\n");
    else if (context.command == QLatin1String("migrate") && report.applied.isEmpty())
        out += QStringLiteral("up to date: no migration necessary\n");
    out += QStringLiteral("current version: %1\n")
               .arg(currentVersion.isEmpty() ? QStringLiteral("none") : currentVersion);
    return out;
}

QString MigrationWriter::reportJson(
    const Context& context, const MigrationReport& report, const QString& currentVersion)
{
    QJsonObject root = header(context);
    root.insert(QLatin1String("copy"), report.database);
    root.insert(QLatin1String("success"), report.isSuccess());
    root.insert(QLatin1String("failedRow"), report.hasFailedRow);
    root.insert(QLatin1String("currentVersion"), text(currentVersion));
    QJsonArray applied;
    for (const AppliedMigration& a : report.applied)
        applied.append(QJsonObject { { QLatin1String("version"), text(a.version) },
            { QLatin1String("description"), a.description }, { QLatin1String("type"), a.type },
            { QLatin1String("script"), a.script }, { QLatin1String("executionTime"), a.executionTime } });
    root.insert(QLatin1String("applied"), applied);
    QJsonArray notes;
    for (const MigrationNote& n : report.notes)
        notes.append(QJsonObject { { QLatin1String("script"), text(n.script) },
            { QLatin1String("line"), n.line > 0 ? QJsonValue(n.line) : QJsonValue(QJsonValue::Null) },
            { QLatin1String("column"), n.column > 0 ? QJsonValue(n.column) : QJsonValue(QJsonValue::Null) },
            { QLatin1String("message"), n.message } });
    root.insert(QLatin1String("notes"), notes);
    root.insert(
        QLatin1String("error"), report.failure ? QJsonValue(errorJson(*report.failure)) : QJsonValue(QJsonValue::Null));
    return JsonText::write(root, keyOrder());
}

} // namespace godwit::migrations
