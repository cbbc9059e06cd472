// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintrule.h"

#include <algorithm>

#include <QCoreApplication>

namespace godwit::lint {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

namespace {

    LintRule rule(const char* code, const char* name, Severity severity, const char* summary, const char* why,
        const char* fix, bool needsData = false)
    {
        // The texts are marked for lupdate where the rules are listed and translated here, so the
        // command line and the window show them in the user's language.
        const auto text
            = [](const char* source) { return QCoreApplication::translate("godwit::lint::LintRule", source); };
        return { QString::fromLatin1(code), QString::fromLatin1(name), severity, text(summary), text(why), text(fix),
            needsData };
    }

} // namespace

// Changes that break clients still on the old version, or fail on rows already there.
static QList<LintRule> clientBreakingRules()
{
    return {
        rule("GW001", "drop-table", Severity::Warning,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "drops a table and all its rows"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "DROP TABLE deletes the rows with the table; every client that still reads or writes it fails at once, "
                "and "
                "the only way back is a backup. Clients are deployed gradually, so some still use the table when the "
                "migration runs."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Deprecate first: stop every reader and writer (check the query list), keep a backup, and drop the "
                "table "
                "in "
                "a later migration, after a confidence window (the expand-contract Contract phase).")),
        rule("GW002", "drop-column", Severity::Warning,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "drops a column and its data"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "ALTER TABLE DROP COLUMN deletes the values for good. Clients of the previous version that still name "
                "the "
                "column fail as soon as the migration commits."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Stop reading and writing the column in one release, drop it in a later migration (Contract), and keep "
                "a "
                "backup. `godwit plan` builds the sequence.")),
        rule("GW003", "rename-without-compatibility", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "godwit::lint::LintRule", "renames a column or table with no compatibility path for old clients"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "A rename is instant in SQLite, and that is the problem: every client still using the old name fails "
                "at "
                "COMMIT. Clients cannot all move in the same instant."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Expand-contract: add the new column, keep both in step with triggers, backfill, switch readers, drop "
                "the "
                "old "
                "one later; for a table, keep a view under the old name. `godwit plan` writes these steps.")),
        rule("GW004", "not-null-without-default", Severity::Error,
            QT_TRANSLATE_NOOP(
                "godwit::lint::LintRule", "makes a column NOT NULL without a default on a table that may have rows"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Existing rows have no value for it (a new column) or may hold NULL (an existing one): SQLite refuses "
                "ADD "
                "COLUMN ... NOT NULL without a default, and a rebuild that copies NULLs into a NOT NULL column fails "
                "half-way. Writers that do not set the column fail from then on."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Add the column nullable, backfill every row, then enforce NOT NULL in a later migration with the "
                "12-step "
                "rebuild; or give it a constant DEFAULT.")),
        rule("GW005", "type-change-coercion", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "godwit::lint::LintRule", "changes a column's type to another affinity, which SQLite applies silently"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "SQLite converts values to the new affinity only where the conversion is lossless; anything else is "
                "stored "
                "as it was. No error tells you: '12a' stays text in an INTEGER column, 1.0 becomes 1, and comparisons "
                "and "
                "sorting change for the values that did convert."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Convert explicitly while copying (CAST, or an `up` expression in the plan), check the values first "
                "(`typeof()`), or use a STRICT table so bad values fail loudly.")),
        rule("GW006", "add-column-non-constant-default", Severity::Error,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "adds a column whose default is not a constant (CURRENT_TIMESTAMP, an expression)"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "ALTER TABLE ADD COLUMN refuses a non-constant default: SQLite would have to compute it for every "
                "existing "
                "row, which ADD COLUMN never does (it only rewrites the CREATE statement)."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Add the column without the default (or with a constant), backfill it, and set the default with the "
                "12-step "
                "rebuild; or fill it on insert with a trigger.")),
    };
}

// Rebuilds, indexes and script hazards: what SQLite's 12-step rebuild and a reviewer can miss.
static QList<LintRule> scriptSafetyRules()
{
    return {
        rule("GW007", "foreign-key-without-index", Severity::Warning,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "adds a foreign key whose child columns are not indexed"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "SQLite does not index foreign-key columns by itself. Every DELETE or key UPDATE on the parent then "
                "scans "
                "the "
                "whole child table to look for references, and joins from parent to children scan too."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Create an index whose first columns are the foreign-key columns, in the same migration.")),
        rule("GW008", "index-on-big-table", Severity::Warning,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "creates an index on a big table"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "CREATE INDEX reads every row and holds the write lock until it is done: writers wait for the whole "
                "build. "
                "Every later write pays for the index too."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Run it outside peak hours, measure the build on a copy (`godwit rehearse`), and keep only indexes a "
                "dominant query needs.")),
        rule("GW009", "rebuild-without-foreign-key-check", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "godwit::lint::LintRule", "rebuilds a table without PRAGMA foreign_key_check before COMMIT"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "The 12-step rebuild runs with foreign keys off, so nothing checks that the copied rows still satisfy "
                "their "
                "foreign keys, or that the children of the rebuilt table still find their parents. Violations stay "
                "silently in the data."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Run PRAGMA foreign_key_check after the rename and before COMMIT, and roll back if it returns a row "
                "(step 10 of lang_altertable.html#otheralter). In a script that runs unattended, make the check fail "
                "the script, as Godwit's plans do: INSERT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check) into a "
                "temp table whose named CHECK constraint requires it.")),
        rule("GW010", "dangling-view-or-trigger", Severity::Error,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "leaves a view or trigger that refers to a column or table that no longer exists"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "SQLite does not check views and triggers when a table is dropped or rebuilt: the broken object stays "
                "in "
                "the schema, and every query of the view, every write that fires the trigger, and the next ALTER TABLE "
                "fail."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Drop the view or trigger before the change and recreate it after, with the new names (the 12-step "
                "rebuild's steps 2 and 9).")),
        rule("GW011", "pragma-foreign-keys-in-transaction", Severity::Error,
            QT_TRANSLATE_NOOP(
                "godwit::lint::LintRule", "sets PRAGMA foreign_keys inside a transaction, where SQLite ignores it"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "PRAGMA foreign_keys is a no-op inside BEGIN ... COMMIT. A rebuild that relies on it then runs with "
                "foreign "
                "keys on: DROP TABLE deletes the children through ON DELETE CASCADE, or fails."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Set PRAGMA foreign_keys = OFF before BEGIN and back ON after COMMIT; in Flyway, disable the "
                "transaction "
                "for "
                "that file (executeInTransaction=false).")),
        rule("GW012", "script-fails", Severity::Error,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "fails when applied"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "The script stops with an SQLite error on this schema: what follows the failing statement never runs."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "Fix the statement; the message says what SQLite refused.")),
        rule("GW013", "comment-hides-statement", Severity::Error,
            QT_TRANSLATE_NOOP(
                "godwit::lint::LintRule", "a comment makes SQL look different to a reader than to SQLite"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "SQLite ends a -- comment only at a line feed and a /* comment at the first */: comments do not nest, "
                "and "
                "an unclosed one runs to the end of the file. Editors and review tools also start a new line at a "
                "carriage return, form feed or Unicode line separator, reorder text at bidi controls, and other SQL "
                "dialects nest block comments. A statement a reviewer sees may never run, and one that looks commented "
                "out may run: the way a hostile table name or a careless edit hides a DROP TABLE from review."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Keep control characters out of comments (Godwit's writers escape them: \\r, \\u2028), close every /* "
                "comment on its own, never nest them, and delete statements instead of commenting them out in a "
                "migration.")),
    };
}

// Checked on a working copy of the data (--db): rows the new constraints would refuse.
static QList<LintRule> dataRules()
{
    return {
        rule("GW101", "nulls-before-not-null", Severity::Error,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "the column becomes NOT NULL but rows hold NULL"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "The copy into the NOT NULL column fails on the first NULL and the migration stops."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Backfill a value first (UPDATE ... WHERE col IS NULL), or give the rebuild a fill expression."),
            true),
        rule("GW102", "duplicates-before-unique", Severity::Error,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "the values become unique but duplicates exist"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "CREATE UNIQUE INDEX or the rebuild with UNIQUE fails on the first duplicate."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "Merge or delete the duplicates first; decide which row wins."),
            true),
        rule("GW103", "orphans-before-foreign-key", Severity::Error,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "rows reference parents that do not exist"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "With the new foreign key, PRAGMA foreign_key_check reports these rows and the rebuild must roll back; "
                "with "
                "foreign keys off they stay as silent violations."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Delete or re-point the orphans, or create the missing parents, before adding the key."),
            true),
        rule("GW104", "rows-failing-check", Severity::Error,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "rows fail the new CHECK constraint"),
            QT_TRANSLATE_NOOP(
                "godwit::lint::LintRule", "The copy into the table with the CHECK fails on the first such row."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "Fix the rows first, or relax the CHECK."), true),
        rule("GW105", "values-not-converting", Severity::Warning,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "values will keep their old type under the new affinity"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "SQLite stores these values unchanged under the new type (it converts only lossless ones), so the "
                "column "
                "ends up holding mixed types."),
            QT_TRANSLATE_NOOP(
                "godwit::lint::LintRule", "Convert or clean them explicitly while copying, and check with typeof()."),
            true),
        rule("GW106", "values-reading-differently", Severity::Warning,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "values will be converted but no longer read as written"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "SQLite converts these values under the new type, and what it stores reads differently: '01007' "
                "becomes 1007, '+5' and ' 5' become 5, '1e3' becomes 1000, a number with more digits than a double "
                "holds loses them. A zip code or an account number loses its leading zeros."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Keep such columns as TEXT, or convert them explicitly while copying and compare with the old text."),
            true),
    };
}

// PostgreSQL (godwit lint --db postgresql://…): the locks and rewrites of sql-altertable.html.
static QList<LintRule> postgresRules()
{
    return {
        rule("GW201", "index-without-concurrently", Severity::Warning,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "CREATE INDEX without CONCURRENTLY on an existing table"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "CREATE INDEX takes a SHARE lock: every INSERT, UPDATE and DELETE on the table waits until the whole "
                "table "
                "has been read and the index built (sql-createindex.html)."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction block; check afterwards "
                "that "
                "the index is valid (pg_index.indisvalid).")),
        rule("GW202", "concurrently-in-transaction", Severity::Error,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "CREATE/DROP INDEX CONCURRENTLY inside a transaction block"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "PostgreSQL refuses CONCURRENTLY inside a transaction block (\"cannot run inside a transaction "
                "block\"), "
                "so the migration fails at this statement."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Put the statement in its own migration that runs outside a transaction (Flyway: "
                "executeInTransaction=false).")),
        rule("GW203", "constraint-without-not-valid", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "godwit::lint::LintRule", "ADD FOREIGN KEY / CHECK without NOT VALID on an existing table"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Adding the constraint checks every existing row while the table is locked (ACCESS EXCLUSIVE for a "
                "CHECK, "
                "SHARE ROW EXCLUSIVE on both tables for a foreign key): writes stop for the whole scan."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "ADD CONSTRAINT … NOT VALID (instant), then ALTER TABLE … VALIDATE CONSTRAINT in a later statement: it "
                "scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.")),
        rule("GW204", "set-not-null-scan", Severity::Warning,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "SET NOT NULL without a validated CHECK first"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "SET NOT NULL scans the whole table under ACCESS EXCLUSIVE, blocking reads and writes, unless a "
                "validated "
                "CHECK (col IS NOT NULL) already proves it (PostgreSQL 12+)."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; then SET NOT NULL (no "
                "scan) "
                "and "
                "drop the CHECK.")),
        rule("GW205", "type-change-rewrite", Severity::Warning,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "ALTER COLUMN TYPE that rewrites the table"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "A type change that is not binary coercible (e.g. integer → bigint) rewrites the table and all its "
                "indexes while holding ACCESS EXCLUSIVE: no reads or writes for the duration."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Expand-contract: add a column of the new type, dual-write with a trigger, backfill in batches, switch "
                "readers, then drop the old column.")),
        rule("GW206", "volatile-default", Severity::Warning,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "ADD COLUMN with a volatile default"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Since PostgreSQL 11 a constant default is stored once in the catalog, but a volatile one (random(), "
                "clock_timestamp(), gen_random_uuid(), nextval()) must be computed per row: the table is rewritten "
                "under "
                "ACCESS EXCLUSIVE."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Add the column without a default (or with a constant one), set the default afterwards, and backfill "
                "existing rows in batches.")),
        rule("GW207", "missing-lock-timeout", Severity::Warning,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "ACCESS EXCLUSIVE statement without a lock_timeout"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Waiting for ACCESS EXCLUSIVE queues behind every running query on the table, and every query that "
                "arrives "
                "afterwards queues behind the waiting ALTER: one slow reader stops the application."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "SET lock_timeout = '2s' (or SET LOCAL inside the transaction) before the statement, and retry on "
                "failure.")),
        rule("GW209", "drop-column-used-by-view", Severity::Error,
            QT_TRANSLATE_NOOP("godwit::lint::LintRule", "drops a column a view uses"),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "PostgreSQL refuses to drop a column a view depends on (\"cannot drop column … because other objects "
                "depend on it\"); with CASCADE the view silently disappears."),
            QT_TRANSLATE_NOOP("godwit::lint::LintRule",
                "Redefine or drop the view first (CREATE OR REPLACE VIEW without the column), then drop the column.")),
    };
}

// The catalogue by rule family, in code order.
const QList<LintRule>& LintRule::all()
{
    static const QList<LintRule> rules = clientBreakingRules() + scriptSafetyRules() + dataRules() + postgresRules();
    return rules;
}

const LintRule* LintRule::find(QStringView code)
{
    const auto& rules = all();
    auto it = std::ranges::find_if(rules, [&](const LintRule& r) { return r.code == code || r.name == code; });
    return it == rules.end() ? nullptr : &*it;
}

} // namespace godwit::lint
