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

    LintFinding finding(const QString& code, Severity severity, const QString& message, const QString& file)
    {
        LintFinding f;
        f.code = code;
        f.severity = severity;
        f.message = message;
        f.file = file;
        return f;
    }

    // Flyway runs each file in a transaction unless its .conf says otherwise.
    bool runsInFlywayTransaction(const QString& file)
    {
        static const QRegularExpression flyway(QStringLiteral("^[VUR][0-9._]*__"));
        const QString conf = file + QStringLiteral(".conf");
        const bool ownTransaction = QFileInfo::exists(conf) && [&] {
            auto bytes = TextFile::readBytes(conf, QStringLiteral("a Flyway script configuration"));
            return bytes && bytes->contains("executeInTransaction=false");
        }();
        return flyway.match(QFileInfo(file).fileName()).hasMatch() && !ownTransaction;
    }

    // GW012 for each statement SQLite refused that no error finding already explains.
    QList<LintFinding> failureFindings(const QList<Failure>& failures, const QList<LintFinding>& findings,
        const QList<ScriptStatement>& statements, const QString& file)
    {
        QList<LintFinding> out;
        for (const auto& [s, error] : failures) {
            const bool explained = std::ranges::any_of(findings, [&](const LintFinding& f) {
                return statementAt(statements, f.line) == s && f.severity == Severity::Error;
            });
            if (explained)
                continue;
            LintFinding f = finding(QStringLiteral("GW012"), Severity::Error,
                QStringLiteral("fails when applied (skipped, the rest is checked without it): %1").arg(error.message),
                file);
            f.line = error.line;
            f.column = error.column;
            out << f;
        }
        return out;
    }

    // GW010 for each view or trigger the file leaves pointing at something that is gone.
    QList<LintFinding> danglingFindings(const Database& shape, const QStringList& danglingBefore,
        const QList<ScriptStatement>& statements, const QString& file)
    {
        QList<LintFinding> out;
        for (const QString& dangling : SchemaChecks::danglingObjects(shape)) {
            if (danglingBefore.contains(dangling))
                continue;
            LintFinding f
                = finding(QStringLiteral("GW010"), Severity::Error, QStringLiteral("leaves %1").arg(dangling), file);
            const QString missing
                = dangling.section(QLatin1String(": "), -1).section(QLatin1Char(' '), -1).section(QLatin1Char('.'), -1);
            if (const ScriptStatement* s = SchemaChecks::locate(statements, missing)) {
                f.line = s->line;
                f.column = s->column;
            }
            out << f;
        }
        return out;
    }

    // The lint code a data pre-check reports under; empty for the ones lint leaves to the plan.
    QString dataCheckCode(plan::DataCheck::Kind kind)
    {
        static const QHash<plan::DataCheck::Kind, const char*> codes = { { plan::DataCheck::Kind::Nulls, "GW101" },
            { plan::DataCheck::Kind::MissingValues, "" }, { plan::DataCheck::Kind::Duplicates, "GW102" },
            { plan::DataCheck::Kind::Orphans, "GW103" }, { plan::DataCheck::Kind::CheckFails, "GW104" },
            { plan::DataCheck::Kind::TypeMismatch, "GW105" }, { plan::DataCheck::Kind::LossyConversion, "GW106" } };
        return QString::fromLatin1(codes.value(kind));
    }

    // A statement check and the diff may both see the same problem: keeps the more precise one,
    // sorts by position and sets aside what godwit:ignore silences.
    void addToReport(const QList<LintFinding>& findings, const QList<ScriptStatement>& statements, LintReport& report)
    {
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
        std::ranges::stable_sort(unique, [](const LintFinding& a, const LintFinding& b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        for (const LintFinding& f : unique) {
            const ScriptStatement* s = f.line > 0 ? statementAt(statements, f.line) : nullptr;
            if (s && s->ignored.contains(f.code))
                report.suppressed << f;
            else
                report.findings << f;
        }
    }

    // One lint over a sequence of files: the schema copy every file is applied to and, while it
    // still matches that schema, the working copy of the data.
    class ScriptRun {
    public:
        explicit ScriptRun(const LintOptions& options)
            : m_options(options)
        {
        }

        // The data lives in a working copy: the original is opened read-only and copied with the backup API.
        Result<void> open()
        {
            auto shape = Database::openMemory();
            if (!shape)
                return std::unexpected(shape.error());
            m_shape = std::move(*shape);
            if (m_options.database.isEmpty())
                return {};
            auto original = Database::openOriginal(m_options.database);
            if (!original)
                return std::unexpected(original.error());
            const QString copyPath = m_work.filePath(QStringLiteral("lint.db"));
            if (auto r = sqlite::backupDatabase(*original, copyPath); !r)
                return std::unexpected(r.error());
            auto copy = Database::openWritable(copyPath);
            if (!copy)
                return std::unexpected(copy.error());
            m_data = std::move(*copy);
            auto copied = schemaCopy(*m_data);
            if (!copied)
                return std::unexpected(copied.error());
            m_shape = std::move(*copied);
            return {};
        }

        Result<void> lintFile(const QString& file, const QString& sql, LintReport& report)
        {
            report.files << file;
            const QList<ScriptStatement> statements = plan::SqlScript::split(sql);
            auto before = readBefore();
            if (!before)
                return std::unexpected(before.error());
            const QStringList danglingBefore = SchemaChecks::danglingObjects(*m_shape);
            QList<LintFinding> findings = StatementChecks::check(statements, file, runsInFlywayTransaction(file));
            findings << CommentChecks::check(sql, file);

            const QList<Failure> failures = applyRecovering(*m_shape, statements, file);
            findings << failureFindings(failures, findings, statements, file);
            std::optional<Failure> failure;
            if (!failures.isEmpty())
                failure = failures.front();
            auto after = schema::SchemaReader::read(*m_shape);
            if (!after)
                return std::unexpected(after.error());
            after->source = file;
            const diff::ChangeSet set = diff::SchemaDiff::compare(*before, *after);
            SchemaChecks::Options schemaOptions;
            schemaOptions.bigTableRows = m_options.bigTableRows;
            findings << SchemaChecks::check(set, statements, file, schemaOptions);
            findings << danglingFindings(*m_shape, danglingBefore, statements, file);

            if (m_data && !failure)
                failure = checkAndApplyData(set, statements, file, findings);
            // The schema copy has this file and the data copy has not (all of it): checks on that
            // data would describe a state no migration run produces, so the later files go without.
            if (failure)
                m_data.reset();
            addToReport(findings, statements, report);
            return {};
        }

    private:
        // The schema before the file, with row counts from the data copy, kept for the big-table
        // check once the copy is given up.
        Result<schema::Schema> readBefore()
        {
            schema::ReadOptions readOptions;
            readOptions.rowCounts = schema::ReadOptions::RowCounts::Estimate;
            auto before = schema::SchemaReader::read(m_data ? *m_data : *m_shape, readOptions);
            if (!before)
                return before;
            for (schema::Table& t : before->tables) {
                const QString key = schema::identifierKey(t.name);
                if (m_data && t.rowCount)
                    m_knownRows.insert(key, *t.rowCount);
                else if (!m_data && m_knownRows.contains(key))
                    t.rowCount = m_knownRows.value(key);
            }
            return before;
        }

        // Data pre-checks on the working copy, before the script changes it; then the copy moves
        // on, so the next file sees this one's data. Returns the failure applying it on the data.
        std::optional<Failure> checkAndApplyData(const diff::ChangeSet& set, const QList<ScriptStatement>& statements,
            const QString& file, QList<LintFinding>& findings)
        {
            // GW101 counts the NULLs of a column that becomes NOT NULL: the static guess goes.
            findings.removeIf([&set](const LintFinding& f) {
                const diff::Change* c = f.code == QLatin1String("GW004") ? set.find(f.changeId) : nullptr;
                return c && c->type != diff::ChangeType::Added;
            });
            for (const plan::DataCheck& check : plan::DataCheck::forChangeSet(set)) {
                if (auto f = dataFinding(check, set, statements, file))
                    findings << *f;
            }
            auto r = applyAtomically(*m_data, statements, file);
            const bool explained = std::ranges::any_of(
                findings, [](const LintFinding& f) { return f.code.startsWith(QLatin1String("GW1")); });
            if (r && !explained) {
                LintFinding f = finding(QStringLiteral("GW012"), Severity::Error,
                    QStringLiteral("fails on the data: %1 (later files are checked without data)")
                        .arg(r->second.message),
                    file);
                f.line = r->second.line;
                f.column = r->second.column;
                findings << f;
            }
            return r;
        }

        // A data pre-check's count as a finding on the statement that makes the change, with sample rows.
        std::optional<LintFinding> dataFinding(const plan::DataCheck& check, const diff::ChangeSet& set,
            const QList<ScriptStatement>& statements, const QString& file)
        {
            auto n = m_data->scalar(check.countSql);
            const QString code = dataCheckCode(check.kind);
            if (!n || n->toLongLong() == 0 || code.isEmpty())
                return std::nullopt;
            const qint64 count = n->toLongLong();
            LintFinding f = finding(code, LintRule::find(code)->severity,
                QStringLiteral("%1 %2: %3")
                    .arg(count)
                    .arg(count == 1 ? QStringLiteral("row") : QStringLiteral("rows"), check.description),
                file);
            f.count = count;
            f.changeId = check.changeId;
            const diff::Change* change = set.find(check.changeId);
            if (const ScriptStatement* s
                = SchemaChecks::locate(statements, check.table, change ? change->name : QString())) {
                f.line = s->line;
                f.column = s->column;
            }
            f.rowsSql = check.rowsSql;
            if (m_options.showRows > 0) {
                if (auto rows = sqlite::RowSet::read(*m_data, check.rowsSql, m_options.showRows))
                    f.samples = rows->rowTexts();
            }
            return f;
        }

        const LintOptions& m_options;
        QTemporaryDir m_work;
        std::optional<Database> m_data;
        std::optional<Database> m_shape;
        QHash<QString, schema::RowCount> m_knownRows;
    };

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
    ScriptRun run(options);
    if (auto r = run.open(); !r)
        return std::unexpected(r.error());
    LintReport report;
    for (const auto& [file, sql] : scripts) {
        if (auto r = run.lintFile(file, sql, report); !r)
            return std::unexpected(r.error());
    }
    return report;
}

} // namespace godwit::lint
