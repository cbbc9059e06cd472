// SPDX-License-Identifier: GPL-3.0-or-later
#include "linter.h"

#include "commentchecks.h"
#include "core/textfile.h"
#include "diff/schemadiff.h"
#include "plan/datacheck.h"
#include "plan/sqlscript.h"
#include "postgres/connectionuri.h"
#include "postgreslinter.h"
#include "schema/identifier.h"
#include "schema/schemareader.h"
#include "schemachecks.h"
#include "sqlite/backup.h"
#include "sqlite/database.h"
#include "sqlite/rowset.h"
#include "statementchecks.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace godwit::lint {

using plan::ScriptStatement;
using sqlite::Database;

namespace {

    // A schema-only copy of `db` in memory, where a script can run without touching data.
    Result<Database> schemaCopy(const Database& db)
    {
        auto copy = Database::openMemory();
        if (!copy)
            return copy;
        auto st = db.prepare(QStringLiteral(
            "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, rowid"));
        if (!st)
            return std::unexpected(st.error());
        if (auto copied = st->forEachRow([&](const sqlite::Statement& row) { return copy->exec(row.text(0)); });
            !copied)
            return std::unexpected(copied.error());
        return copy;
    }

    using Failure = std::pair<const ScriptStatement*, Error>;

    Error positioned(Error e, const ScriptStatement& s, const QString& file)
    {
        e.file = file;
        e.column = e.line <= 1 ? s.column + std::max(0, e.column - 1) : e.column;
        e.line = s.line + std::max(0, e.line - 1);
        return e;
    }

    // Runs the statements one by one; returns the first error, positioned in the file.
    std::optional<Failure> apply(const Database& db, const QList<ScriptStatement>& statements, const QString& file)
    {
        for (const ScriptStatement& s : statements) {
            if (auto r = db.exec(s.text); !r) {
                if (db.isInTransaction())
                    (void)db.exec(QStringLiteral("ROLLBACK"));
                return std::make_pair(&s, positioned(r.error(), s, file));
            }
        }
        return std::nullopt;
    }

    // Runs every statement, skipping the ones that fail, so the statements after a failure are
    // checked against the schema as it stands. A failed statement leaves nothing behind and an
    // open transaction stays open (SQLite's statement journal, lang_transaction.html).
    QList<Failure> applyRecovering(const Database& db, const QList<ScriptStatement>& statements, const QString& file)
    {
        QList<Failure> failures;
        for (const ScriptStatement& s : statements) {
            if (auto r = db.exec(s.text); !r)
                failures << std::make_pair(&s, positioned(r.error(), s, file));
        }
        if (db.isInTransaction())
            (void)db.exec(QStringLiteral("COMMIT"));
        return failures;
    }

    // A file that controls transactions or connection pragmas itself: a SAVEPOINT around it would
    // make its BEGIN fail and its PRAGMA foreign_keys a no-op.
    bool managesTransactions(const QList<ScriptStatement>& statements)
    {
        return std::ranges::any_of(statements, [](const ScriptStatement& s) {
            return s.startsWith({ "BEGIN" }) || s.startsWith({ "COMMIT" }) || s.startsWith({ "END" })
                || s.startsWith({ "ROLLBACK" }) || s.startsWith({ "SAVEPOINT" }) || s.startsWith({ "RELEASE" })
                || s.startsWith({ "PRAGMA" }) || s.startsWith({ "VACUUM" });
        });
    }

    // apply() in one savepoint where the file allows it, so a failure leaves none of the file's
    // writes behind (apply's ROLLBACK ends the savepoint's transaction). Files that manage their
    // own transactions are applied as they are: writes before their BEGIN stay on a failure.
    std::optional<Failure> applyAtomically(
        const Database& db, const QList<ScriptStatement>& statements, const QString& file)
    {
        const bool atomic = !db.isInTransaction() && !managesTransactions(statements)
            && db.exec(QStringLiteral("SAVEPOINT godwit_lint_file")).has_value();
        auto failure = apply(db, statements, file);
        if (atomic && !failure && db.isInTransaction())
            (void)db.exec(QStringLiteral("RELEASE godwit_lint_file"));
        return failure;
    }

    const ScriptStatement* statementAt(const QList<ScriptStatement>& statements, int line)
    {
        const ScriptStatement* found = nullptr;
        for (const ScriptStatement& s : statements) {
            if (s.line <= line)
                found = &s;
        }
        return found;
    }

} // namespace

Result<QStringList> Linter::migrationFiles(const QString& folder)
{
    QDir dir(folder);
    if (!dir.exists())
        return fail(Error::Code::FileNotFound, QStringLiteral("no such folder"), folder);
    // Unreadable files and broken links are listed too: reading them gives the error, never a silent skip.
    QStringList files = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files | QDir::System | QDir::Hidden);
    // A folder with versioned migrations may hold other SQL too (queries, seeds): only V<n>__ files run.
    static const QRegularExpression versioned(
        QStringLiteral("^V[0-9][0-9._]*__.*\\.sql$"), QRegularExpression::CaseInsensitiveOption);
    const QStringList migrations = files.filter(versioned);
    if (!migrations.isEmpty())
        files = migrations;
    // V2__x before V10__y: versions compare as numbers, the way Flyway orders them.
    QCollator collator;
    collator.setNumericMode(true);
    std::ranges::sort(files, [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    if (files.isEmpty())
        return fail(Error::Code::FileNotFound, QStringLiteral("no .sql files in the folder"), folder);
    QStringList paths;
    for (const QString& f : files)
        paths << dir.filePath(f);
    return paths;
}

Result<LintReport> Linter::lintPath(const QString& path, const LintOptions& options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Code::FileNotFound, QStringLiteral("no such file or folder"), path);
    QStringList files;
    if (info.isDir()) {
        auto list = migrationFiles(path);
        if (!list)
            return std::unexpected(list.error());
        files = *list;
    } else {
        files << path;
    }
    QList<std::pair<QString, QString>> scripts;
    for (const QString& f : files) {
        auto text = TextFile::read(f, QStringLiteral("a SQL script"));
        if (!text)
            return std::unexpected(text.error());
        scripts.append({ f, *text });
    }
    return lintScripts(scripts, options);
}

Result<LintReport> Linter::lintScripts(const QList<std::pair<QString, QString>>& scripts, const LintOptions& options)
{
    // A live PostgreSQL database is checked by PostgreSQL's rules, on the server, read-only.
    if (postgres::ConnectionUri::isUri(options.database))
        return PostgresLinter::lintScripts(scripts, options);
    LintReport report;
    // The data lives in a working copy: the original is opened read-only and copied with the backup API.
    QTemporaryDir work;
    std::optional<Database> data;
    Result<Database> shape = Database::openMemory();
    if (!shape)
        return std::unexpected(shape.error());
    if (!options.database.isEmpty()) {
        auto original = Database::openOriginal(options.database);
        if (!original)
            return std::unexpected(original.error());
        const QString copyPath = work.filePath(QStringLiteral("lint.db"));
        if (auto r = sqlite::backupDatabase(*original, copyPath); !r)
            return std::unexpected(r.error());
        auto copy = Database::openWritable(copyPath);
        if (!copy)
            return std::unexpected(copy.error());
        data = std::move(*copy);
        shape = schemaCopy(*data);
        if (!shape)
            return std::unexpected(shape.error());
    }
    schema::ReadOptions readOptions;
    readOptions.rowCounts = schema::ReadOptions::RowCounts::Estimate;
    // Row counts from the data copy, kept for the big-table check once the copy is given up.
    QHash<QString, schema::RowCount> knownRows;

    for (const auto& [file, sql] : scripts) {
        report.files << file;
        const QList<ScriptStatement> statements = plan::SqlScript::split(sql);
        auto before = schema::SchemaReader::read(data ? *data : *shape, readOptions);
        if (!before)
            return std::unexpected(before.error());
        for (schema::Table& t : before->tables) {
            if (data && t.rowCount)
                knownRows.insert(schema::identifierKey(t.name), *t.rowCount);
            else if (!data && knownRows.contains(schema::identifierKey(t.name)))
                t.rowCount = knownRows.value(schema::identifierKey(t.name));
        }
        const QStringList danglingBefore = SchemaChecks::danglingObjects(*shape);
        // Flyway runs each file in a transaction unless its .conf says otherwise.
        const QString name = QFileInfo(file).fileName();
        static const QRegularExpression flyway(QStringLiteral("^[VUR][0-9._]*__"));
        const QString conf = file + QStringLiteral(".conf");
        const bool ownTransaction = QFileInfo::exists(conf) && [&] {
            auto bytes = TextFile::readBytes(conf, QStringLiteral("a Flyway script configuration"));
            return bytes && bytes->contains("executeInTransaction=false");
        }();
        QList<LintFinding> findings
            = StatementChecks::check(statements, file, flyway.match(name).hasMatch() && !ownTransaction);
        findings << CommentChecks::check(sql, file);

        const QList<Failure> failures = applyRecovering(*shape, statements, file);
        for (const auto& [s, error] : failures) {
            const bool explained = std::ranges::any_of(findings, [&](const LintFinding& f) {
                return statementAt(statements, f.line) == s && f.severity == Severity::Error;
            });
            if (!explained) {
                LintFinding f;
                f.code = QStringLiteral("GW012");
                f.severity = Severity::Error;
                f.message = QStringLiteral("fails when applied (skipped, the rest is checked without it): %1")
                                .arg(error.message);
                f.file = file;
                f.line = error.line;
                f.column = error.column;
                findings << f;
            }
        }
        std::optional<Failure> failure;
        if (!failures.isEmpty())
            failure = failures.front();
        auto after = schema::SchemaReader::read(*shape);
        if (!after)
            return std::unexpected(after.error());
        schema::Schema afterSchema = *after;
        afterSchema.source = file;
        const diff::ChangeSet set = diff::SchemaDiff::compare(*before, afterSchema);
        SchemaChecks::Options schemaOptions;
        schemaOptions.bigTableRows = options.bigTableRows;
        findings << SchemaChecks::check(set, statements, file, schemaOptions);
        for (const QString& dangling : SchemaChecks::danglingObjects(*shape)) {
            if (danglingBefore.contains(dangling))
                continue;
            LintFinding f;
            f.code = QStringLiteral("GW010");
            f.severity = Severity::Error;
            f.message = QStringLiteral("leaves %1").arg(dangling);
            f.file = file;
            const QString missing
                = dangling.section(QLatin1String(": "), -1).section(QLatin1Char(' '), -1).section(QLatin1Char('.'), -1);
            if (const ScriptStatement* s = SchemaChecks::locate(statements, missing)) {
                f.line = s->line;
                f.column = s->column;
            }
            findings << f;
        }

        // Data pre-checks on the working copy, before the script changes it.
        if (data && !failure) {
            // GW101 counts the NULLs of a column that becomes NOT NULL: the static guess goes.
            findings.removeIf([&set](const LintFinding& f) {
                const diff::Change* c = f.code == QLatin1String("GW004") ? set.find(f.changeId) : nullptr;
                return c && c->type != diff::ChangeType::Added;
            });
            for (const plan::DataCheck& check : plan::DataCheck::forChangeSet(set)) {
                auto n = data->scalar(check.countSql);
                if (!n || n->toLongLong() == 0)
                    continue;
                static const QHash<plan::DataCheck::Kind, const char*> codes
                    = { { plan::DataCheck::Kind::Nulls, "GW101" }, { plan::DataCheck::Kind::MissingValues, "" },
                          { plan::DataCheck::Kind::Duplicates, "GW102" }, { plan::DataCheck::Kind::Orphans, "GW103" },
                          { plan::DataCheck::Kind::CheckFails, "GW104" },
                          { plan::DataCheck::Kind::TypeMismatch, "GW105" },
                          { plan::DataCheck::Kind::LossyConversion, "GW106" } };
                const QString code = QString::fromLatin1(codes.value(check.kind));
                if (code.isEmpty())
                    continue;
                LintFinding f;
                f.code = code;
                f.severity = LintRule::find(code)->severity;
                f.count = n->toLongLong();
                f.message = QStringLiteral("%1 %2: %3")
                                .arg(f.count)
                                .arg(f.count == 1 ? QStringLiteral("row") : QStringLiteral("rows"), check.description);
                f.file = file;
                f.changeId = check.changeId;
                const diff::Change* change = set.find(check.changeId);
                if (const ScriptStatement* s
                    = SchemaChecks::locate(statements, check.table, change ? change->name : QString())) {
                    f.line = s->line;
                    f.column = s->column;
                }
                f.rowsSql = check.rowsSql;
                if (options.showRows > 0) {
                    if (auto rows = sqlite::RowSet::read(*data, check.rowsSql, options.showRows))
                        f.samples = rows->rowTexts();
                }
                findings << f;
            }
            // Move the working copy on, so the next file sees this one's data.
            auto r = applyAtomically(*data, statements, file);
            if (r && !std::ranges::any_of(findings, [](const LintFinding& f) {
                    return f.code.startsWith(QLatin1String("GW1"));
                })) {
                LintFinding f;
                f.code = QStringLiteral("GW012");
                f.severity = Severity::Error;
                f.message = QStringLiteral("fails on the data: %1 (later files are checked without data)")
                                .arg(r->second.message);
                f.file = file;
                f.line = r->second.line;
                f.column = r->second.column;
                findings << f;
            }
            if (r)
                failure = r;
        }
        // The schema copy has this file and the data copy has not (all of it): checks on that
        // data would describe a state no migration run produces, so the later files go without.
        if (failure)
            data.reset();

        // A statement check and the diff may both see the same problem: keep the more precise one.
        QList<LintFinding> unique;
        for (const LintFinding& f : findings) {
            const ScriptStatement* s = f.line > 0 ? statementAt(statements, f.line) : nullptr;
            const bool seen = std::ranges::any_of(unique, [&](const LintFinding& u) {
                return u.code == f.code && u.changeId.isEmpty() != f.changeId.isEmpty() && s
                    && statementAt(statements, u.line) == s;
            });
            if (!seen)
                unique << f;
        }
        findings = unique;
        std::ranges::stable_sort(findings, [](const LintFinding& a, const LintFinding& b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        for (const LintFinding& f : findings) {
            const ScriptStatement* s = f.line > 0 ? statementAt(statements, f.line) : nullptr;
            if (s && s->ignored.contains(f.code))
                report.suppressed << f;
            else
                report.findings << f;
        }
    }
    return report;
}

} // namespace godwit::lint
