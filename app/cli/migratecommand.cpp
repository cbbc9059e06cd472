// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratecommand.h"

#include "migrations/migrationfolder.h"
#include "migrations/migrationwriter.h"
#include "migrations/migrator.h"
#include "parser.h"
#include "sqlite/workingcopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace godwit::cli {

namespace {

    using namespace godwit::migrations;

    const QStringList kSubcommands = { QStringLiteral("info"), QStringLiteral("migrate"), QStringLiteral("validate"),
        QStringLiteral("baseline"), QStringLiteral("undo"), QStringLiteral("repair") };

    bool writes(const QString& subcommand)
    {
        return subcommand != QLatin1String("info") && subcommand != QLatin1String("validate");
    }

    // Names that would make every file ambiguous, or none a migration, are refused up front.
    Result<void> checkNaming(const NamingOptions& naming)
    {
        const QList<std::pair<QString, QString>> prefixes
            = { { QStringLiteral("--versioned-prefix"), naming.versionedPrefix },
                  { QStringLiteral("--undo-prefix"), naming.undoPrefix },
                  { QStringLiteral("--repeatable-prefix"), naming.repeatablePrefix } };
        for (qsizetype i = 0; i < prefixes.size(); ++i) {
            if (prefixes.at(i).second.isEmpty())
                return fail(
                    Error::Code::InvalidArgument, QStringLiteral("%1 must not be empty").arg(prefixes.at(i).first));
            for (qsizetype j = 0; j < i; ++j) {
                if (prefixes.at(j).second == prefixes.at(i).second)
                    return fail(Error::Code::InvalidArgument,
                        QStringLiteral("%1 and %2 are both '%3': each kind of migration needs its own prefix")
                            .arg(prefixes.at(j).first, prefixes.at(i).first, prefixes.at(i).second));
            }
        }
        if (naming.separator.isEmpty())
            return fail(Error::Code::InvalidArgument, QStringLiteral("--separator must not be empty"));
        if (naming.suffixes.isEmpty() || naming.suffixes.contains(QString()))
            return fail(Error::Code::InvalidArgument, QStringLiteral("--suffix must not be empty"));
        return {};
    }

} // namespace

QString MigrateCommand::summary() const
{
    return QStringLiteral(
        "Flyway-style migrations: info, migrate, validate, baseline, undo, repair (on a working copy)");
}

int MigrateCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Parser parser(name(), summary());
    const QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral("The database (never written: writing commands copy it first)."), QStringLiteral("FILE"));
    const QCommandLineOption dir(QStringLiteral("dir"),
        QStringLiteral("The migrations folder (V<version>__<description>.sql, U…, R__…)."), QStringLiteral("FOLDER"));
    const QCommandLineOption copy(QStringLiteral("copy"),
        QStringLiteral("Where migrate, baseline, undo and repair write their working copy (a new file). Default: a "
                       "fresh copy in %1.")
            .arg(sqlite::WorkingCopy::defaultFolder()),
        QStringLiteral("OUT.db"));
    const QCommandLineOption target(QStringLiteral("target"),
        QStringLiteral("migrate: stop after this version; undo: undo every version above it."),
        QStringLiteral("VERSION"));
    const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") },
        QStringLiteral("Output: text or json. Default: text."), QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption table(QStringLiteral("table"),
        QStringLiteral("History table name (e.g. flyway_schema_history to read Flyway's). Default: %1.")
            .arg(SchemaHistory::DefaultTable),
        QStringLiteral("NAME"), QString(SchemaHistory::DefaultTable));
    const QCommandLineOption baselineVersion(QStringLiteral("baseline-version"),
        QStringLiteral("Version baseline records. Default: 1."), QStringLiteral("VERSION"), QStringLiteral("1"));
    const QCommandLineOption baselineOnMigrate(QStringLiteral("baseline-on-migrate"),
        QStringLiteral("migrate: baseline a database that has tables but no history table first."));
    const QCommandLineOption foreignKeys(QStringLiteral("foreign-keys"),
        QStringLiteral("Run migrations with PRAGMA foreign_keys=ON (default off, as Flyway on SQLite)."));
    // Flyway's sqlMigrationPrefix, undoSqlMigrationPrefix, repeatableSqlMigrationPrefix,
    // sqlMigrationSeparator and sqlMigrationSuffixes, with Flyway's defaults.
    const NamingOptions defaults;
    const QCommandLineOption versionedPrefix(QStringLiteral("versioned-prefix"),
        QStringLiteral("File name prefix of versioned migrations. Default: %1.").arg(defaults.versionedPrefix),
        QStringLiteral("PREFIX"), defaults.versionedPrefix);
    const QCommandLineOption undoPrefix(QStringLiteral("undo-prefix"),
        QStringLiteral("File name prefix of undo migrations. Default: %1.").arg(defaults.undoPrefix),
        QStringLiteral("PREFIX"), defaults.undoPrefix);
    const QCommandLineOption repeatablePrefix(QStringLiteral("repeatable-prefix"),
        QStringLiteral("File name prefix of repeatable migrations. Default: %1.").arg(defaults.repeatablePrefix),
        QStringLiteral("PREFIX"), defaults.repeatablePrefix);
    const QCommandLineOption separator(QStringLiteral("separator"),
        QStringLiteral("Between version and description in file names. Default: %1.").arg(defaults.separator),
        QStringLiteral("TEXT"), defaults.separator);
    const QCommandLineOption suffix(QStringLiteral("suffix"),
        QStringLiteral("File name suffix of migrations; repeat it or separate with commas for several. Default: %1.")
            .arg(defaults.suffixes.join(QLatin1Char(','))),
        QStringLiteral("SUFFIX"));
    parser.addOptions({ db, dir, copy, target, format, table, baselineVersion, baselineOnMigrate, foreignKeys,
        versionedPrefix, undoPrefix, repeatablePrefix, separator, suffix });
    parser.addPositionalArgument(
        QStringLiteral("COMMAND"), QStringLiteral("info, migrate, validate, baseline, undo or repair."));
    if (auto done = parser.parse(arguments, out, err, 1, 1))
        return *done;

    const QString subcommand = parser.positionalArguments().constFirst();
    if (!kSubcommands.contains(subcommand))
        return reportError(err,
            QStringLiteral("unknown migrate command '%1' (expected info, migrate, validate, baseline, undo or repair)")
                .arg(subcommand));
    const std::optional<QString> fmt = parser.choice(format, { QStringLiteral("text"), QStringLiteral("json") }, err);
    if (!fmt)
        return ExitCode::Failure;
    if (!parser.isSet(db))
        return reportError(err, QStringLiteral("--db FILE is required"));
    if (!parser.isSet(dir))
        return reportError(err, QStringLiteral("--dir FOLDER is required"));
    if (parser.isSet(copy) && !writes(subcommand))
        return reportError(
            err, QStringLiteral("--copy applies to migrate, baseline, undo and repair; %1 only reads").arg(subcommand));

    MigrationConfig config;
    config.naming.versionedPrefix = parser.value(versionedPrefix);
    config.naming.undoPrefix = parser.value(undoPrefix);
    config.naming.repeatablePrefix = parser.value(repeatablePrefix);
    config.naming.separator = parser.value(separator);
    if (parser.isSet(suffix)) {
        config.naming.suffixes.clear();
        for (const QString& value : parser.values(suffix)) {
            for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                config.naming.suffixes << part.trimmed();
        }
    }
    if (auto r = checkNaming(config.naming); !r)
        return reportError(err, r.error());
    config.historyTable = parser.value(table);
    config.target = parser.value(target);
    config.baselineVersion = parser.value(baselineVersion);
    config.baselineOnMigrate = parser.isSet(baselineOnMigrate);
    config.foreignKeys = parser.isSet(foreignKeys);
    const QString database = parser.value(db);
    const QString folder = parser.value(dir);
    const MigrationWriter::Context context { subcommand, database, folder, config.historyTable };
    const bool json = *fmt == QLatin1String("json");

    auto set = MigrationFolder::scan(folder, config.naming);
    if (!set)
        return reportError(err, set.error());

    if (!writes(subcommand)) {
        auto migrator = Migrator::open(database, *set, config, Migrator::Access::ReadOnly);
        if (!migrator)
            return reportError(err, migrator.error());
        auto info = migrator->info();
        if (!info)
            return reportError(err, info.error());
        if (subcommand == QLatin1String("info")) {
            out << (json ? MigrationWriter::infoJson(context, *info, *set)
                         : MigrationWriter::infoText(context, *info, *set));
            out.flush();
            return ExitCode::Ok;
        }
        const QList<ValidationIssue> issues = Migrator::validationIssues(*info);
        out << (json ? MigrationWriter::validateJson(context, issues) : MigrationWriter::validateText(context, issues));
        out.flush();
        return issues.isEmpty() ? ExitCode::Ok : ExitCode::Differences;
    }

    // Writing commands: a new working copy, never the original.
    QString copyPath = parser.value(copy);
    if (copyPath.isEmpty()) {
        const QString folderPath = sqlite::WorkingCopy::defaultFolder();
        if (!QDir().mkpath(folderPath))
            return reportError(err, QStringLiteral("%1: cannot create the working copy folder").arg(folderPath));
        copyPath = sqlite::WorkingCopy::suggestedPath(database, folderPath);
    } else if (QFileInfo::exists(copyPath)) {
        return reportError(
            err, QStringLiteral("%1: already exists (the working copy is always a new file)").arg(copyPath));
    }
    if (auto r = sqlite::WorkingCopy::create(database, copyPath); !r)
        return reportError(err, r.error());
    auto migrator = Migrator::open(copyPath, *set, config, Migrator::Access::Write);
    if (!migrator)
        return reportError(err, migrator.error());
    Result<MigrationReport> report = subcommand == QLatin1String("migrate") ? migrator->migrate()
        : subcommand == QLatin1String("undo")                               ? migrator->undo()
        : subcommand == QLatin1String("baseline")                           ? migrator->baseline()
                                                                            : migrator->repair();
    if (!report) {
        // Refused before writing anything: no copy is left behind, and the error names the
        // database the user gave rather than the copy that no longer exists.
        migrator = std::unexpected(Error {});
        QFile::remove(copyPath);
        Error e = report.error();
        if (e.file == copyPath)
            e.file = database;
        return reportError(err, e);
    }
    report->database = copyPath;
    auto after = migrator->info();
    const QString currentVersion = after ? after->currentVersion : QString();
    out << (json ? MigrationWriter::reportJson(context, *report, currentVersion)
                 : MigrationWriter::reportText(context, *report, currentVersion));
    out.flush();
    if (report->failure)
        return reportError(err, *report->failure);
    return ExitCode::Ok;
}

} // namespace godwit::cli
