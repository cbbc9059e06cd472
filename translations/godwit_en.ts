<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h2&gt;Godwit %1&lt;/h2&gt;&lt;p&gt;A workbench for evolving SQLite schemas safely: see every change, plan the expand–contract migration, and rehearse it on a copy of your data.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3) and SQLite %4.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Godwit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>&lt;h2&gt;Change a schema without stopping the application&lt;/h2&gt;&lt;p&gt;Godwit plans a schema change as &lt;b&gt;expand-contract&lt;/b&gt;: add the new shape beside the old one, keep both written (the dual-write), copy the old data over in small batches (the backfill), move the readers, and only then remove the old shape. Every step is one you can stop after.&lt;/p&gt;&lt;p&gt;The mode bar on the left holds the steps, in order: &lt;b&gt;Schema&lt;/b&gt;, &lt;b&gt;Compare&lt;/b&gt;, &lt;b&gt;Plan&lt;/b&gt;, &lt;b&gt;Rehearse&lt;/b&gt;, &lt;b&gt;Queries&lt;/b&gt; and &lt;b&gt;Review&lt;/b&gt; (Ctrl+1 to Ctrl+6). The strip above each page names the step and offers the next one as one button; a step that cannot start yet says why.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Schema&lt;/b&gt;: open the database (File ▸ Open Database…). It is only ever read; everything that writes works on a copy made with SQLite&apos;s backup API.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Compare&lt;/b&gt; it with what it should become: a second database, a target &lt;code&gt;.sql&lt;/code&gt; script, a Mermaid &lt;code&gt;erDiagram&lt;/code&gt;, or a Flyway-style migrations folder (File ▸ Compare With… or Compare With Pending Migrations…). Before and after are drawn side by side, each change classified. Right-click a proposed rename in the change list to confirm it or to plan it as a drop and an add; drag cards to tidy the diagrams. Edit ▸ Undo takes either back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt; the change: the decision wizard (Decide…) walks every change through the decision tree, pre-filled from the classification. Override what you know better: a table with no readers needs no dual-write, a batch size, a fill value for NULLs. Edit ▸ Undo takes an answer back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rehearse&lt;/b&gt; the plan on a copy while a simulated application reads and writes it, at Classroom, Realistic or Fastest pace. Stage a mistake, such as skipping the dual-write, to see the drift it causes before it happens in production.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Queries&lt;/b&gt;: load the application&apos;s queries to see which of them each step breaks or slows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review&lt;/b&gt;: the diagram, the plan by phase, the pre-checks, the rehearsal and a sign-off table, as HTML, PDF or Markdown, for the pre-migration meeting.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Keep it: the project&lt;/h3&gt;&lt;p&gt;File ▸ New Project… writes the database, its target, your answers and rename decisions, the card positions, the query file, the rehearsal settings and the last rehearsal into a &lt;code&gt;NAME.godwit&lt;/code&gt; file (paths relative to it). Open it again later, or give it to a colleague or CI: &lt;code&gt;godwit plan --project NAME.godwit&lt;/code&gt;, &lt;code&gt;godwit rehearse --project NAME.godwit&lt;/code&gt;.&lt;/p&gt;&lt;h3&gt;Try it on the bundled example&lt;/h3&gt;&lt;p&gt;Help ▸ Learn Expand-Contract makes the orders sample (1,000,000 orders) as a project and leads you through every mode, one step at a time, with a staged mistake on the way. From a shell, &lt;code&gt;godwit --mode compare orders.godwit&lt;/code&gt; opens a project straight in a mode.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting Started with Godwit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plan&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject rename %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::lint::LintRule</name>
    <message>
        <source>drops a table and all its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DROP TABLE deletes the rows with the table; every client that still reads or writes it fails at once, and the only way back is a backup. Clients are deployed gradually, so some still use the table when the migration runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecate first: stop every reader and writer (check the query list), keep a backup, and drop the table in a later migration, after a confidence window (the expand-contract Contract phase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops a column and its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER TABLE DROP COLUMN deletes the values for good. Clients of the previous version that still name the column fail as soon as the migration commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading and writing the column in one release, drop it in a later migration (Contract), and keep a backup. `godwit plan` builds the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renames a column or table with no compatibility path for old clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rename is instant in SQLite, and that is the problem: every client still using the old name fails at COMMIT. Clients cannot all move in the same instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand-contract: add the new column, keep both in step with triggers, backfill, switch readers, drop the old one later; for a table, keep a view under the old name. `godwit plan` writes these steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>makes a column NOT NULL without a default on a table that may have rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing rows have no value for it (a new column) or may hold NULL (an existing one): SQLite refuses ADD COLUMN ... NOT NULL without a default, and a rebuild that copies NULLs into a NOT NULL column fails half-way. Writers that do not set the column fail from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the column nullable, backfill every row, then enforce NOT NULL in a later migration with the 12-step rebuild; or give it a constant DEFAULT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes a column&apos;s type to another affinity, which SQLite applies silently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite converts values to the new affinity only where the conversion is lossless; anything else is stored as it was. No error tells you: &apos;12a&apos; stays text in an INTEGER column, 1.0 becomes 1, and comparisons and sorting change for the values that did convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert explicitly while copying (CAST, or an `up` expression in the plan), check the values first (`typeof()`), or use a STRICT table so bad values fail loudly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds a column whose default is not a constant (CURRENT_TIMESTAMP, an expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER TABLE ADD COLUMN refuses a non-constant default: SQLite would have to compute it for every existing row, which ADD COLUMN never does (it only rewrites the CREATE statement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the column without the default (or with a constant), backfill it, and set the default with the 12-step rebuild; or fill it on insert with a trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds a foreign key whose child columns are not indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite does not index foreign-key columns by itself. Every DELETE or key UPDATE on the parent then scans the whole child table to look for references, and joins from parent to children scan too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an index whose first columns are the foreign-key columns, in the same migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creates an index on a big table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE INDEX reads every row and holds the write lock until it is done: writers wait for the whole build. Every later write pays for the index too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it outside peak hours, measure the build on a copy (`godwit rehearse`), and keep only indexes a dominant query needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilds a table without PRAGMA foreign_key_check before COMMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 12-step rebuild runs with foreign keys off, so nothing checks that the copied rows still satisfy their foreign keys, or that the children of the rebuilt table still find their parents. Violations stay silently in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run PRAGMA foreign_key_check after the rename and before COMMIT, and roll back if it returns a row (step 10 of lang_altertable.html#otheralter). In a script that runs unattended, make the check fail the script, as Godwit&apos;s plans do: INSERT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check) into a temp table whose named CHECK constraint requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves a view or trigger that refers to a column or table that no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite does not check views and triggers when a table is dropped or rebuilt: the broken object stays in the schema, and every query of the view, every write that fires the trigger, and the next ALTER TABLE fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the view or trigger before the change and recreate it after, with the new names (the 12-step rebuild&apos;s steps 2 and 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets PRAGMA foreign_keys inside a transaction, where SQLite ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys is a no-op inside BEGIN ... COMMIT. A rebuild that relies on it then runs with foreign keys on: DROP TABLE deletes the children through ON DELETE CASCADE, or fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PRAGMA foreign_keys = OFF before BEGIN and back ON after COMMIT; in Flyway, disable the transaction for that file (executeInTransaction=false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails when applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script stops with an SQLite error on this schema: what follows the failing statement never runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the statement; the message says what SQLite refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment makes SQL look different to a reader than to SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite ends a -- comment only at a line feed and a /* comment at the first */: comments do not nest, and an unclosed one runs to the end of the file. Editors and review tools also start a new line at a carriage return, form feed or Unicode line separator, reorder text at bidi controls, and other SQL dialects nest block comments. A statement a reviewer sees may never run, and one that looks commented out may run: the way a hostile table name or a careless edit hides a DROP TABLE from review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep control characters out of comments (Godwit&apos;s writers escape them: \r, \u2028), close every /* comment on its own, never nest them, and delete statements instead of commenting them out in a migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column becomes NOT NULL but rows hold NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy into the NOT NULL column fails on the first NULL and the migration stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill a value first (UPDATE ... WHERE col IS NULL), or give the rebuild a fill expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values become unique but duplicates exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX or the rebuild with UNIQUE fails on the first duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge or delete the duplicates first; decide which row wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows reference parents that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the new foreign key, PRAGMA foreign_key_check reports these rows and the rebuild must roll back; with foreign keys off they stay as silent violations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete or re-point the orphans, or create the missing parents, before adding the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows fail the new CHECK constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy into the table with the CHECK fails on the first such row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rows first, or relax the CHECK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values will keep their old type under the new affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite stores these values unchanged under the new type (it converts only lossless ones), so the column ends up holding mixed types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert or clean them explicitly while copying, and check with typeof().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE INDEX without CONCURRENTLY on an existing table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE INDEX takes a SHARE lock: every INSERT, UPDATE and DELETE on the table waits until the whole table has been read and the index built (sql-createindex.html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction block; check afterwards that the index is valid (pg_index.indisvalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE/DROP INDEX CONCURRENTLY inside a transaction block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refuses CONCURRENTLY inside a transaction block (&quot;cannot run inside a transaction block&quot;), so the migration fails at this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the statement in its own migration that runs outside a transaction (Flyway: executeInTransaction=false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD FOREIGN KEY / CHECK without NOT VALID on an existing table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the constraint checks every existing row while the table is locked (ACCESS EXCLUSIVE for a CHECK, SHARE ROW EXCLUSIVE on both tables for a foreign key): writes stop for the whole scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD CONSTRAINT … NOT VALID (instant), then ALTER TABLE … VALIDATE CONSTRAINT in a later statement: it scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET NOT NULL without a validated CHECK first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET NOT NULL scans the whole table under ACCESS EXCLUSIVE, blocking reads and writes, unless a validated CHECK (col IS NOT NULL) already proves it (PostgreSQL 12+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; then SET NOT NULL (no scan) and drop the CHECK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER COLUMN TYPE that rewrites the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A type change that is not binary coercible (e.g. integer → bigint) rewrites the table and all its indexes while holding ACCESS EXCLUSIVE: no reads or writes for the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand-contract: add a column of the new type, dual-write with a trigger, backfill in batches, switch readers, then drop the old column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD COLUMN with a volatile default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since PostgreSQL 11 a constant default is stored once in the catalog, but a volatile one (random(), clock_timestamp(), gen_random_uuid(), nextval()) must be computed per row: the table is rewritten under ACCESS EXCLUSIVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the column without a default (or with a constant one), set the default afterwards, and backfill existing rows in batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE statement without a lock_timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for ACCESS EXCLUSIVE queues behind every running query on the table, and every query that arrives afterwards queues behind the waiting ALTER: one slow reader stops the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET lock_timeout = &apos;2s&apos; (or SET LOCAL inside the transaction) before the statement, and retry on failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops a column a view uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refuses to drop a column a view depends on (&quot;cannot drop column … because other objects depend on it&quot;); with CASCADE the view silently disappears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redefine or drop the view first (CREATE OR REPLACE VIEW without the column), then drop the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values will be converted but no longer read as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite converts these values under the new type, and what it stores reads differently: &apos;01007&apos; becomes 1007, &apos;+5&apos; and &apos; 5&apos; become 5, &apos;1e3&apos; becomes 1000, a number with more digits than a double holds loses them. A zip code or an account number loses its leading zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep such columns as TEXT, or convert them explicitly while copying and compare with the old text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::plan::DecisionTree</name>
    <message>
        <source>Schema Migration Decision Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need schema change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand: add nullable col</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-write old and new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill historical rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch reads to new field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract: remove old field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: rename/remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query-to-Model Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List top queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define entities and ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose keys and constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indexes for dominant reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate write cost and consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan schema evolution path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor query drift and adjust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::rehearsal::Incident</name>
    <message>
        <source>the backfill did not finish, so losses were not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows lost or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated crash: backfill connection killed mid-batch %1 (%2% done), its transaction left open and rolled back when the connection closed; resumed from checkpoint at key %3 (%4 rows done); %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another transaction held the write lock for %1 ms: the backfill waited %2 ms (%3 attempts) and then went on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backfill of %1 resumed from its checkpoint: %2 of %3 rows were done before the interruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit counted %1 backfilled rows (%2 more than once) against %3 in the checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract ran although its verification failed (override): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract ran before the backfill and stopped: %1 rows held their value only in %2; the failed step rolled back (%3), the steps before it stay done (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract ran before the backfill: %1 rows held their value only in %2; after it, %3 (neither the old nor the new column has their value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” drifted between %2 and %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads move to the new column before the backfill: %1 rows still have it NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients read NULL in the new column %1 time(s) of %2 reads: rows the backfill had not reached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old clients saw %1 error(s), e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients saw %1 error(s), e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) where the old and the new column disagree: writes that reached only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed the rehearsal in %1: %2 phase(s) were already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-write skipped: %1 step(s) not run, so from now on each client version writes only its own column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 failed and was rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 ran but its verification query returned %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::rehearsal::RehearsalSnapshot</name>
    <message numerus="yes">
        <source>restarted %n times because another process is writing the original</source>
        <translation>
            <numerusform>restarted %n times because another process is writing the original</numerusform>
            <numerusform>restarted %n times because another process is writing the original</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (early)</source>
        <comment>a phase run before its time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarted 1 time because another process is writing the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for another process&apos;s write lock on the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now copying one snapshot of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: notes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::CardMetrics</name>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ 1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::CellFormat</name>
    <message>
        <source>BLOB %1  %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ChangeWords</name>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ConnectDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit reads the database in read-only transactions and never changes it. The password comes from ~/.pgpass, or Godwit asks for it; it is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a live PostgreSQL database (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DataWorkbench</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows of the selected table, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;SQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queries on the database (read-only) or on a working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DecisionWizard</name>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Flyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to plan: the schemas are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;i&gt;(your answer)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not needed here:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan steps:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan it as a rename (keeps the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old shape as a view for readers that cannot move yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the dual-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. this table has no readers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old → new, by the old names (default: copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new → old, by the new names (default: copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value for NULLs where the new shape is NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plan as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plan as Flyway Migrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DetailsPane</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected table, column,
key or index appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL script, read into an in-memory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database, opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (%3 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tables, %2 views, %3 indexes, %4 triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowid (implicit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (part %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowid alias (no separate index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoincrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- Created implicitly by SQLite for a constraint of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, initially deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, initially immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>-- … and %n more table(s) and view(s): select one to see its definition.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramActions</name>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the open schema next to another one: a database, SQL script or Mermaid file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With Pending Mi&amp;grations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the open database next to what a Flyway-style migrations folder will make of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before / After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Diagram to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;layout Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget moved cards and lay the diagram out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagram as PNG, SVG, PDF, Mermaid or DOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database, script or Mermaid file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramExporter</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (dashed, struck through)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed (old → new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only on the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Mermaid erDiagram (*.mmd);;Graphviz DOT (*.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1× (screen size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2× (high-density screens, slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4× (print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per point:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramLegend</name>
    <message>
        <source>Removed cards have a dashed border and removed columns are struck through; hatched rows exist only on the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramWidget</name>
    <message numerus="yes">
        <source>Laying out %n table(s)…</source>
        <translation>
            <numerusform>Laying out %n table…</numerusform>
            <numerusform>Laying out %n tables…</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole diagram (Ctrl+0 on the canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked (dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring (neato)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force (fdp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz layout engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget moved cards and lay the diagram out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagram as PNG, SVG, PDF, Mermaid or DOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiffView</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed tables and their neighbours only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both diagrams whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both Sides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save both sides or one as PNG, SVG, PDF, Mermaid or DOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit could not read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + pending migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schemas are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3 renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::EditMenuActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in SQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace in SQL…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::GuidedExample</name>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn Expand-Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders example with 1,000,000 orders, step by step: compare, plan, rehearse, a staged mistake, review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage the Mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse the same plan with its dual-write skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit could not make the folder for the example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn Expand-Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the orders example: %L1 orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the orders example: %L1 of %L2 orders%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit could not make the orders example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit could not copy the example&apos;s migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit could not save the example&apos;s project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn expand-contract · 1 of 5 · The migrations V2–V4 retire orders.estimated_delivery for shipping_eta: on the left the database now, on the right what they make of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan This Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 of 5 · The rename in five phases: expand adds shipping_eta, the dual-write keeps both columns equal, the backfill copies the old rows, the read switch moves the readers, the contract drops estimated_delivery. Close the wizard to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse the Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 of 5 · The backfill copies %L1 orders while the simulated application keeps writing: drift must stay at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 of 5 · Press Start: the plan runs on a copy of the %L1 orders at the Classroom pace, about a minute, while a simulated application keeps reading and writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 of 5 · The dual-write is skipped: orders the application writes during the backfill keep the old column only. Watch the drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 of 5 · The plan held. Now a staged mistake: the same plan with its dual-write skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 of 5 · Skipping the dual-write left rows behind: that is what the dual-write is for. The review document puts the change, the plan and the rehearsal on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MainActions</name>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a SQLite database read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;SQL Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the schema defined by an SQL script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Orders &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the orders schema, the expand-contract example bundled with Godwit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the schema again from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan Migration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the changes through the expand-contract decision tree and build the phased plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the open database, its target, your answers and rehearsals in a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Godwit project (.godwit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MainStatusBar</name>
    <message numerus="yes">
        <source>%n table</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n tables</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a database or an SQL script to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MainWindow</name>
    <message>
        <source>Compare With Pending Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemas (*.db *.sqlite *.sqlite3 *.db3 *.sql *.mmd *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the pending migrations of %1 to a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent Pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders example is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled with Godwit: samples/orders/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit could not open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Godwit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the schema with its target first (File ▸ Compare With…): the plan is made from the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SQL Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open database: its tables, keys and indexes as a diagram, an overview and a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after side by side, every change coloured and classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan This Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand, dual-write, backfill, read switch, contract: each step with its SQL, rollback and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse the Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan run on a copy of the data while a simulated application keeps reading and writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s main queries, explained before and after the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document for the pre-migration review: the change, the plan, the risks, the rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the open schema with its target first (Compare With…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rehearsal is running on a copy of %1. Stop it and open another file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MigrationsModel</name>
    <message>
        <source>checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored (out of order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on %1 by %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum when applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed after it was applied: validate fails until it is restored or repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MigrationsPanel</name>
    <message>
        <source>No migrations folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Migration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Pending to Working Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the database (it is never changed) and applies the pending migrations to the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the pending migrations to a working copy to see what they change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the working copy folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the pending migrations to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baselined at version %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1 (%2 ms)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1
The file&apos;s transaction had committed: its changes stay and the history records it as failed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1
The copy is as it was before that file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: no migration is pending.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MigrationsWorkbench</name>
    <message>
        <source>Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Migrations Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a folder of Flyway-style V…__….sql migrations beside the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Migration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the SQL file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Migrations Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does it do? (becomes the file name, e.g. &quot;add shipping eta&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the migration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ModeController</name>
    <message>
        <source>Modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::PlanPage</name>
    <message>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the decision tree: skip or keep the dual-write, batch sizes, fill values, renames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two schemas are the same: there is nothing to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet. Compare the open database with what it should become (Compare With… or Compare With Pending Migrations…): the plan of its changes appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) of expand-contract</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data check(s) stop the export until answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::widgets::PlanView</name>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the schemas are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Warning:&lt;/b&gt; %1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Runs outside a transaction: it turns foreign keys off and manages its own.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Batches of %1 rows on %2.%3, until the remaining count is 0.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Before it runs&lt;/b&gt;&lt;ul style=&quot;margin-left:12px&quot;&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::PreferencesDialog</name>
    <message numerus="yes">
        <source>%n working copies take %1 in %2.</source>
        <translation>
            <numerusform>%n working copy takes %1 in %2.</numerusform>
            <numerusform>%n working copies take %1 in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Godwit starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations per second of the simulated application when a rehearsal starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the plan suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per backfill batch when a rehearsal starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days old or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these working copies; your databases are never touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rehearsals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, theme, rehearsal defaults and working copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for Working Copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ProjectController</name>
    <message>
        <source>Godwit projects (*.godwit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit could not open the project “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godwit could not save the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the query panel&apos;s indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in the plan wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database and compare it with its target first (File ▸ Compare With…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: no project is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryDialog</name>
    <message numerus="yes">
        <source>One statement per query: this text has %n statement(s).</source>
        <translation>
            <numerusform>One statement per query: this text has %n statement.</numerusform>
            <numerusform>One statement per query: this text has %n statements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. orders by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT … WHERE customer_id = ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SQL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryListModel</name>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryPanel</name>
    <message numerus="yes">
        <source>%n query</source>
        <translation>
            <numerusform>%n query</numerusform>
            <numerusform>%n query</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queries</source>
        <translation>
            <numerusform>%n queries</numerusform>
            <numerusform>%n queries</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Covering Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders sample&apos;s dominant queries (its access patterns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statements the rehearsal&apos;s simulated application runs for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a query of the application into the list (saved to the list&apos;s file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the queries on the schema after a change too: a database, SQL script or Mermaid file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every query %1 times on a copy of the database and measure each index&apos;s write cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the query and show what it returns in a grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a CREATE INDEX step for this index to the migration plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query list could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample query list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rehearsal workload needs a database and a schema to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database and choose Compare With… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rehearsal workload could not be derived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change moves no column, so the rehearsal simulates no application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending migrations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not explain the queries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queries could not be explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advice: every query finds an index, or none would help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused by the listed queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (serves a foreign key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to explain its queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a query list (File ▸ Load Queries…) or the sample queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining and measuring the queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining the queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryPlanView</name>
    <message numerus="yes">
        <source>%1 ms median of %n run(s); %2 rows, %3 VM steps, %4 full-scan steps, %5 sorts</source>
        <translation>
            <numerusform>%1 ms median of %n run; %2 rows, %3 VM steps, %4 full-scan steps, %5 sorts</numerusform>
            <numerusform>%1 ms median of %n runs; %2 rows, %3 VM steps, %4 full-scan steps, %5 sorts</numerusform>
        </translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a query to see how SQLite runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not prepare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads no table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full scan: every row of %1 is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite sorts the rows itself: no index delivers this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An index built for this statement alone, on every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryWorkbench</name>
    <message numerus="yes">
        <source>Added to the migration plan (%n index(es) requested): %1</source>
        <translation>
            <numerusform>Added to the migration plan (%n index requested): %1</numerusform>
            <numerusform>Added to the migration plan (%n indexes requested): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the application&apos;s dominant queries (one SQL statement each) and explain them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the migration plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Queries With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases, SQL scripts and Mermaid diagrams (*.db *.sqlite *.sqlite3 *.sql *.mmd *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RecentFiles</name>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalCharts</name>
    <message>
        <source>rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift (rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write amplification (per row written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalTimeline</name>
    <message>
        <source>Rehearsal phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3 s)&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalView</name>
    <message numerus="yes">
        <source>Rehearse %n step(s) on a copy of %1</source>
        <translation>
            <numerusform>Rehearse %n step on a copy of %1</numerusform>
            <numerusform>Rehearse %n steps on a copy of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying the database: %p% · restarted %n time(s): another process is writing the original</source>
        <translation>
            <numerusform>Copying the database: %p% · restarted once: another process is writing the original</numerusform>
            <numerusform>Copying the database: %p% · restarted %n times: another process is writing the original</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Crash mid-backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip dual-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch reads early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backfill dies before a batch commits, then resumes from its checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dual-write triggers: old and new columns drift apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads move before the backfill: new clients read NULLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract runs before the backfill: data held only in the old column is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another transaction holds the write lock and blocks the backfill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the cancelled rehearsal in its working copy; the backfill resumes from its checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database and run every phase under simulated load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one phase, then pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per backfill batch; takes effect at the next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between backfill batches; takes effect at the next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations per second of the simulated application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract even if verification fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: compare the database with its target schema, then choose Migration ▸ Rehearse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents yet.
Stage a mistake above (skip the dual-write, switch reads early, …) to see what each phase protects against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 · %3 (%4 s): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — migrating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no backfill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database: %p% · waiting: another process is writing the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill %1 / %2 rows (%p%) · ETA %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict: ok.&lt;/b&gt; Drift %1; the original is unchanged (SHA-256 %2…). Working copy: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict: cancelled&lt;/b&gt; during %1. Drift so far %2; original %3 (SHA-256 %4…). Working copy (resumable): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict: failed.&lt;/b&gt; %1&lt;br&gt;Original %2 (SHA-256 %3…). Working copy: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; before the rehearsal began; no working copy was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The rehearsal could not run:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom: the backfill takes about a minute, with an ETA to watch. Realistic: the batch, delay and load as set. Fastest: no pauses, no throttling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the rows behind it, on the working copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalWorkbench</name>
    <message>
        <source>&amp;Rehearse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the migration plan on a copy of the database while a simulated application reads and writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsals run on a copy of a database: open one (not a script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the database with its target first: the rehearsal runs the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rehearsal is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RenameChoices</name>
    <message>
        <source>Propose the Rename Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the Rename (Keeps the Data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to a Proposed Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Rename: Drop and Add (Loses the Data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ResultsView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in %2 (the first %3 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows changed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ReviewPresenter</name>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 · %3 — ← → to move, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ReviewView</name>
    <message>
        <source>Query list (.sql), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse on a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan on a copy of the database under simulated load (takes a while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, one section per page; arrow keys to move, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the review and rehearsing on a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes, %2 steps; pre-check failures %3, lint errors %4, rehearsal %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML document (*.html);;PDF document (*.pdf);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ReviewWorkbench</name>
    <message>
        <source>Re&amp;view Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document for the pre-migration review meeting: preview, export (HTML, PDF, Markdown) and present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review reads the open file: open a database or script (not the built-in example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the open file with its target first: the review documents that change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SchemaBrowser</name>
    <message>
        <source>Filter tables, columns, indexes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema loaded.
Open a database or an SQL script.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SchemaOverview</name>
    <message>
        <source>%n table</source>
        <translation type="unfinished">%n table</translation>
    </message>
    <message>
        <source>%n tables</source>
        <translation type="unfinished">%n tables</translation>
    </message>
    <message>
        <source>%n view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema only, from an SQL script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SchemaTreeModel</name>
    <message numerus="yes">
        <source>%n column</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n column</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n columns</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SqlConsole</name>
    <message>
        <source>Original (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy (writes allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original is only read. A working copy is a backup of it that Godwit made; what you run there waits in a transaction for Commit or Roll Back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selection, or all statements (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the working copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncommitted changes on the working copy: Commit or Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed to the working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SqlEditorPane</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::TableBrowser</name>
    <message>
        <source>Open in SQL Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SELECT that lists these rows, filtered and sorted as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text the value contains, or NULL, NOT NULL, =v, !=v, &lt;v, &gt;v, &lt;=v, &gt;=v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sorted by %1 (read from an index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sorted by %1: no index has this order, so SQLite scans and sorts the rows for every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOB of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::TableCardModel</name>
    <message numerus="yes">
        <source>View %1: %n column</source>
        <translation>
            <numerusform>View %1: %n column</numerusform>
            <numerusform>View %1: %n column</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>View %1: %n columns</source>
        <translation>
            <numerusform>View %1: %n columns</numerusform>
            <numerusform>View %1: %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n column</source>
        <translation>
            <numerusform>Table %1: %n column</numerusform>
            <numerusform>Table %1: %n column</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n columns</source>
        <translation>
            <numerusform>Table %1: %n columns</numerusform>
            <numerusform>Table %1: %n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::TableModel</name>
    <message>
        <source>Double-click to see the whole value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>godwit::widgets::WelcomePage</name>
    <message>
        <source>Godwit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolve SQLite schemas safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to browse its tables, keys, indexes and triggers. Godwit opens your file read-only and never changes a byte of it. Then describe the schema you want, and Godwit classifies every change, plans the expand–contract migration step by step, and rehearses it on a copy of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite file, opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SQL script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE statements, run into an in-memory database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the orders example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders, items and payments — the classic expand–contract example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: drop a database or an .sql file anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet — the files you open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn expand-contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example with 1,000,000 orders, step by step: compare, plan, rehearse, a staged mistake, review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for evolving SQLite schemas safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite database (opened read-only), an .sql script, or a .godwit project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode to show once FILE is open: schema, compare, plan, rehearse, queries or review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
