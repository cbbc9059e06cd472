<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h2&gt;Godwit %1&lt;/h2&gt;&lt;p&gt;A workbench for evolving SQLite schemas safely: see every change, plan the expand–contract migration, and rehearse it on a copy of your data.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3) and SQLite %4.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Godwit %1&lt;/h2&gt;&lt;p&gt;Eine Werkbank, um SQLite-Schemas sicher weiterzuentwickeln: jede Änderung sehen, die Expand-Contract-Migration planen und auf einer Kopie Ihrer Daten proben.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft auf %3) und SQLite %4.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Godwit</source>
        <translation>Über Godwit</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>&lt;h2&gt;Change a schema without stopping the application&lt;/h2&gt;&lt;p&gt;Godwit plans a schema change as &lt;b&gt;expand-contract&lt;/b&gt;: add the new shape beside the old one, keep both written (the dual-write), copy the old data over in small batches (the backfill), move the readers, and only then remove the old shape. Every step is one you can stop after.&lt;/p&gt;&lt;p&gt;The mode bar on the left holds the steps, in order: &lt;b&gt;Schema&lt;/b&gt;, &lt;b&gt;Compare&lt;/b&gt;, &lt;b&gt;Plan&lt;/b&gt;, &lt;b&gt;Rehearse&lt;/b&gt;, &lt;b&gt;Queries&lt;/b&gt; and &lt;b&gt;Review&lt;/b&gt; (Ctrl+1 to Ctrl+6). The strip above each page names the step and offers the next one as one button; a step that cannot start yet says why.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Schema&lt;/b&gt;: open the database (File ▸ Open Database…). It is only ever read; everything that writes works on a copy made with SQLite&apos;s backup API.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Compare&lt;/b&gt; it with what it should become: a second database, a target &lt;code&gt;.sql&lt;/code&gt; script, a Mermaid &lt;code&gt;erDiagram&lt;/code&gt;, or a Flyway-style migrations folder (File ▸ Compare With… or Compare With Pending Migrations…). Before and after are drawn side by side, each change classified. Right-click a proposed rename in the change list to confirm it or to plan it as a drop and an add; drag cards to tidy the diagrams. Edit ▸ Undo takes either back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt; the change: the decision wizard (Decide…) walks every change through the decision tree, pre-filled from the classification. Override what you know better: a table with no readers needs no dual-write, a batch size, a fill value for NULLs. Edit ▸ Undo takes an answer back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rehearse&lt;/b&gt; the plan on a copy while a simulated application reads and writes it, at Classroom, Realistic or Fastest pace. Stage a mistake, such as skipping the dual-write, to see the drift it causes before it happens in production.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Queries&lt;/b&gt;: load the application&apos;s queries to see which of them each step breaks or slows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review&lt;/b&gt;: the diagram, the plan by phase, the pre-checks, the rehearsal and a sign-off table, as HTML, PDF or Markdown, for the pre-migration meeting.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Keep it: the project&lt;/h3&gt;&lt;p&gt;File ▸ New Project… writes the database, its target, your answers and rename decisions, the card positions, the query file, the rehearsal settings and the last rehearsal into a &lt;code&gt;NAME.godwit&lt;/code&gt; file (paths relative to it). Open it again later, or give it to a colleague or CI: &lt;code&gt;godwit plan --project NAME.godwit&lt;/code&gt;, &lt;code&gt;godwit rehearse --project NAME.godwit&lt;/code&gt;.&lt;/p&gt;&lt;h3&gt;Try it on the bundled example&lt;/h3&gt;&lt;p&gt;Help ▸ Learn Expand-Contract makes the orders sample (1,000,000 orders) as a project and leads you through every mode, one step at a time, with a staged mistake on the way. From a shell, &lt;code&gt;godwit --mode compare orders.godwit&lt;/code&gt; opens a project straight in a mode.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ein Schema ändern, ohne die Anwendung anzuhalten&lt;/h2&gt;&lt;p&gt;Godwit plant eine Schemaänderung als &lt;b&gt;Expand-Contract&lt;/b&gt;: Die neue Form wird neben der alten angelegt, beide werden beschrieben (der Dual-Write), die alten Daten werden in kleinen Batches kopiert (der Backfill), die Leser werden umgestellt, und erst dann wird die alte Form entfernt. Nach jedem Schritt können Sie anhalten.&lt;/p&gt;&lt;p&gt;Die Modusleiste links enthält die Schritte in ihrer Reihenfolge: &lt;b&gt;Schema&lt;/b&gt;, &lt;b&gt;Vergleichen&lt;/b&gt;, &lt;b&gt;Plan&lt;/b&gt;, &lt;b&gt;Probelauf&lt;/b&gt;, &lt;b&gt;Abfragen&lt;/b&gt; und &lt;b&gt;Prüfung&lt;/b&gt; (Strg+1 bis Strg+6). Die Leiste über jeder Seite nennt den Schritt und bietet den nächsten als eine Schaltfläche an; ein Schritt, der noch nicht beginnen kann, sagt, warum.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Schema&lt;/b&gt;: Öffnen Sie die Datenbank (Datei ▸ Datenbank öffnen…). Sie wird immer nur gelesen; alles, was schreibt, arbeitet auf einer Kopie, die mit der Backup-API von SQLite erstellt wird.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vergleichen&lt;/b&gt; Sie sie mit dem, was aus ihr werden soll: einer zweiten Datenbank, einem Ziel-Skript &lt;code&gt;.sql&lt;/code&gt;, einem Mermaid-&lt;code&gt;erDiagram&lt;/code&gt; oder einem Migrationsordner im Flyway-Stil (Datei ▸ Vergleichen mit… oder Mit ausstehenden Migrationen vergleichen…). Vorher und Nachher werden nebeneinander dargestellt, jede Änderung wird eingeordnet. Klicken Sie in der Änderungsliste mit der rechten Maustaste auf eine vorgeschlagene Umbenennung, um sie zu bestätigen oder als Löschen und Hinzufügen zu planen; ziehen Sie Karten, um die Diagramme aufzuräumen. Bearbeiten ▸ Rückgängig nimmt beides zurück.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt;: Der Entscheidungsassistent (Entscheiden…) führt jede Änderung durch den Entscheidungsbaum, vorausgefüllt aus der Einordnung. Überschreiben Sie, was Sie besser wissen: dass eine Tabelle ohne Leser keinen Dual-Write braucht, eine Batch-Größe, einen Füllwert für NULLs. Bearbeiten ▸ Rückgängig nimmt eine Antwort zurück.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Probelauf&lt;/b&gt;: Proben Sie den Plan auf einer Kopie, während eine simulierte Anwendung darauf liest und schreibt, im Tempo „Unterricht“, „Realistisch“ oder „Am schnellsten“. Inszenieren Sie einen Fehler, etwa das Überspringen des Dual-Write, um die Drift zu sehen, die er verursacht, bevor er in der Produktion passiert.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Abfragen&lt;/b&gt;: Laden Sie die Abfragen der Anwendung, um zu sehen, welche davon bei welchem Schritt scheitern oder langsamer werden.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Prüfung&lt;/b&gt;: das Diagramm, der Plan nach Phasen, die Vorprüfungen, der Probelauf und eine Freigabetabelle, als HTML, PDF oder Markdown, für das Review-Meeting vor der Migration.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Alles aufbewahren: das Projekt&lt;/h3&gt;&lt;p&gt;Datei ▸ Neues Projekt… schreibt die Datenbank, ihr Ziel, Ihre Antworten und Umbenennungsentscheidungen, die Kartenpositionen, die Abfragedatei, die Probelauf-Einstellungen und den letzten Probelauf in eine Datei &lt;code&gt;NAME.godwit&lt;/code&gt; (Pfade relativ zu ihr). Öffnen Sie sie später wieder, oder geben Sie sie einem Kollegen oder der CI: &lt;code&gt;godwit plan --project NAME.godwit&lt;/code&gt;, &lt;code&gt;godwit rehearse --project NAME.godwit&lt;/code&gt;.&lt;/p&gt;&lt;h3&gt;Am mitgelieferten Beispiel ausprobieren&lt;/h3&gt;&lt;p&gt;Hilfe ▸ Expand-Contract lernen legt das Bestellungsbeispiel (1.000.000 Bestellungen) als Projekt an und führt Sie Schritt für Schritt durch jeden Modus, mit einem inszenierten Fehler unterwegs. In einer Shell öffnet &lt;code&gt;godwit --mode compare orders.godwit&lt;/code&gt; ein Projekt direkt in einem Modus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting Started with Godwit</source>
        <translation>Erste Schritte mit Godwit</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Change the plan&apos;s answers</source>
        <translation>Antworten des Plans ändern</translation>
    </message>
    <message>
        <source>Undecide %1</source>
        <translation>Entscheidung zu %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Confirm rename %1</source>
        <translation>Umbenennung %1 bestätigen</translation>
    </message>
    <message>
        <source>Reject rename %1</source>
        <translation>Umbenennung %1 ablehnen</translation>
    </message>
</context>
<context>
    <name>godwit::lint::LintRule</name>
    <message>
        <source>drops a table and all its rows</source>
        <translation>löscht eine Tabelle mit allen Zeilen</translation>
    </message>
    <message>
        <source>DROP TABLE deletes the rows with the table; every client that still reads or writes it fails at once, and the only way back is a backup. Clients are deployed gradually, so some still use the table when the migration runs.</source>
        <translation>DROP TABLE löscht die Zeilen mit der Tabelle; jeder Client, der sie noch liest oder schreibt, schlägt sofort fehl, und der einzige Weg zurück ist ein Backup. Clients werden schrittweise ausgerollt, daher nutzen einige die Tabelle noch, wenn die Migration läuft.</translation>
    </message>
    <message>
        <source>Deprecate first: stop every reader and writer (check the query list), keep a backup, and drop the table in a later migration, after a confidence window (the expand-contract Contract phase).</source>
        <translation>Erst abkündigen: Alle Leser und Schreiber stoppen (Abfrageliste prüfen), ein Backup behalten und die Tabelle nach einer Beobachtungsfrist in einer späteren Migration löschen (die Contract-Phase von Expand-Contract).</translation>
    </message>
    <message>
        <source>drops a column and its data</source>
        <translation>löscht eine Spalte und ihre Daten</translation>
    </message>
    <message>
        <source>ALTER TABLE DROP COLUMN deletes the values for good. Clients of the previous version that still name the column fail as soon as the migration commits.</source>
        <translation>ALTER TABLE DROP COLUMN löscht die Werte endgültig. Clients der vorigen Version, die die Spalte noch nennen, schlagen fehl, sobald die Migration festgeschrieben ist.</translation>
    </message>
    <message>
        <source>Stop reading and writing the column in one release, drop it in a later migration (Contract), and keep a backup. `godwit plan` builds the sequence.</source>
        <translation>In einem Release aufhören, die Spalte zu lesen und zu schreiben, sie in einer späteren Migration löschen (Contract) und ein Backup behalten. `godwit plan` erstellt die Abfolge.</translation>
    </message>
    <message>
        <source>renames a column or table with no compatibility path for old clients</source>
        <translation>benennt eine Spalte oder Tabelle um, ohne Übergangsweg für alte Clients</translation>
    </message>
    <message>
        <source>A rename is instant in SQLite, and that is the problem: every client still using the old name fails at COMMIT. Clients cannot all move in the same instant.</source>
        <translation>Eine Umbenennung ist in SQLite sofort erledigt, und genau das ist das Problem: Jeder Client, der noch den alten Namen verwendet, schlägt beim COMMIT fehl. Clients können nicht alle im selben Augenblick umstellen.</translation>
    </message>
    <message>
        <source>Expand-contract: add the new column, keep both in step with triggers, backfill, switch readers, drop the old one later; for a table, keep a view under the old name. `godwit plan` writes these steps.</source>
        <translation>Expand-Contract: die neue Spalte hinzufügen, beide mit Triggern synchron halten, Backfill, Leser umstellen, die alte später löschen; bei einer Tabelle eine View unter dem alten Namen behalten. `godwit plan` schreibt diese Schritte.</translation>
    </message>
    <message>
        <source>makes a column NOT NULL without a default on a table that may have rows</source>
        <translation>macht eine Spalte NOT NULL ohne Standardwert, in einer Tabelle, die Zeilen haben kann</translation>
    </message>
    <message>
        <source>Existing rows have no value for it (a new column) or may hold NULL (an existing one): SQLite refuses ADD COLUMN ... NOT NULL without a default, and a rebuild that copies NULLs into a NOT NULL column fails half-way. Writers that do not set the column fail from then on.</source>
        <translation>Bestehende Zeilen haben keinen Wert dafür (eine neue Spalte) oder können NULL enthalten (eine bestehende): SQLite lehnt ADD COLUMN ... NOT NULL ohne Standardwert ab, und ein Neuaufbau, der NULLs in eine NOT-NULL-Spalte kopiert, scheitert auf halbem Weg. Schreiber, die die Spalte nicht setzen, schlagen von da an fehl.</translation>
    </message>
    <message>
        <source>Add the column nullable, backfill every row, then enforce NOT NULL in a later migration with the 12-step rebuild; or give it a constant DEFAULT.</source>
        <translation>Die Spalte als NULL-fähig hinzufügen, jede Zeile per Backfill füllen und NOT NULL dann in einer späteren Migration mit dem 12-Schritte-Neuaufbau erzwingen; oder ihr einen konstanten DEFAULT geben.</translation>
    </message>
    <message>
        <source>changes a column&apos;s type to another affinity, which SQLite applies silently</source>
        <translation>ändert den Typ einer Spalte auf eine andere Affinität, was SQLite stillschweigend anwendet</translation>
    </message>
    <message>
        <source>SQLite converts values to the new affinity only where the conversion is lossless; anything else is stored as it was. No error tells you: &apos;12a&apos; stays text in an INTEGER column, 1.0 becomes 1, and comparisons and sorting change for the values that did convert.</source>
        <translation>SQLite wandelt Werte nur dort in die neue Affinität um, wo die Umwandlung verlustfrei ist; alles andere bleibt, wie es war. Kein Fehler sagt es Ihnen: &apos;12a&apos; bleibt Text in einer INTEGER-Spalte, 1.0 wird zu 1, und Vergleiche und Sortierung ändern sich für die umgewandelten Werte.</translation>
    </message>
    <message>
        <source>Convert explicitly while copying (CAST, or an `up` expression in the plan), check the values first (`typeof()`), or use a STRICT table so bad values fail loudly.</source>
        <translation>Beim Kopieren explizit umwandeln (CAST oder ein `up`-Ausdruck im Plan), die Werte vorher prüfen (`typeof()`) oder eine STRICT-Tabelle verwenden, damit falsche Werte laut scheitern.</translation>
    </message>
    <message>
        <source>adds a column whose default is not a constant (CURRENT_TIMESTAMP, an expression)</source>
        <translation>fügt eine Spalte hinzu, deren Standardwert keine Konstante ist (CURRENT_TIMESTAMP, ein Ausdruck)</translation>
    </message>
    <message>
        <source>ALTER TABLE ADD COLUMN refuses a non-constant default: SQLite would have to compute it for every existing row, which ADD COLUMN never does (it only rewrites the CREATE statement).</source>
        <translation>ALTER TABLE ADD COLUMN lehnt einen nicht konstanten Standardwert ab: SQLite müsste ihn für jede bestehende Zeile berechnen, was ADD COLUMN nie tut (es schreibt nur die CREATE-Anweisung um).</translation>
    </message>
    <message>
        <source>Add the column without the default (or with a constant), backfill it, and set the default with the 12-step rebuild; or fill it on insert with a trigger.</source>
        <translation>Die Spalte ohne den Standardwert (oder mit einer Konstante) hinzufügen, per Backfill füllen und den Standardwert mit dem 12-Schritte-Neuaufbau setzen; oder sie beim Einfügen mit einem Trigger füllen.</translation>
    </message>
    <message>
        <source>adds a foreign key whose child columns are not indexed</source>
        <translation>fügt einen Fremdschlüssel hinzu, dessen Kind-Spalten nicht indiziert sind</translation>
    </message>
    <message>
        <source>SQLite does not index foreign-key columns by itself. Every DELETE or key UPDATE on the parent then scans the whole child table to look for references, and joins from parent to children scan too.</source>
        <translation>SQLite indiziert Fremdschlüsselspalten nicht von selbst. Jedes DELETE oder Schlüssel-UPDATE auf der Elterntabelle durchsucht dann die ganze Kindtabelle nach Verweisen, und Joins von Eltern zu Kindern scannen ebenfalls.</translation>
    </message>
    <message>
        <source>Create an index whose first columns are the foreign-key columns, in the same migration.</source>
        <translation>In derselben Migration einen Index anlegen, dessen erste Spalten die Fremdschlüsselspalten sind.</translation>
    </message>
    <message>
        <source>creates an index on a big table</source>
        <translation>legt einen Index auf einer großen Tabelle an</translation>
    </message>
    <message>
        <source>CREATE INDEX reads every row and holds the write lock until it is done: writers wait for the whole build. Every later write pays for the index too.</source>
        <translation>CREATE INDEX liest jede Zeile und hält die Schreibsperre, bis es fertig ist: Schreiber warten den ganzen Aufbau ab. Jeder spätere Schreibvorgang bezahlt ebenfalls für den Index.</translation>
    </message>
    <message>
        <source>Run it outside peak hours, measure the build on a copy (`godwit rehearse`), and keep only indexes a dominant query needs.</source>
        <translation>Außerhalb der Spitzenzeiten ausführen, den Aufbau auf einer Kopie messen (`godwit rehearse`) und nur Indizes behalten, die eine wichtige Abfrage braucht.</translation>
    </message>
    <message>
        <source>rebuilds a table without PRAGMA foreign_key_check before COMMIT</source>
        <translation>baut eine Tabelle ohne PRAGMA foreign_key_check vor dem COMMIT neu auf</translation>
    </message>
    <message>
        <source>The 12-step rebuild runs with foreign keys off, so nothing checks that the copied rows still satisfy their foreign keys, or that the children of the rebuilt table still find their parents. Violations stay silently in the data.</source>
        <translation>Der 12-Schritte-Neuaufbau läuft mit abgeschalteten Fremdschlüsseln, daher prüft nichts, ob die kopierten Zeilen ihre Fremdschlüssel noch erfüllen oder ob die Kinder der neu aufgebauten Tabelle ihre Eltern noch finden. Verletzungen bleiben unbemerkt in den Daten.</translation>
    </message>
    <message>
        <source>Run PRAGMA foreign_key_check after the rename and before COMMIT, and roll back if it returns a row (step 10 of lang_altertable.html#otheralter). In a script that runs unattended, make the check fail the script, as Godwit&apos;s plans do: INSERT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check) into a temp table whose named CHECK constraint requires it.</source>
        <translation>PRAGMA foreign_key_check nach der Umbenennung und vor dem COMMIT ausführen und zurückrollen, wenn es eine Zeile liefert (Schritt 10 von lang_altertable.html#otheralter). In einem unbeaufsichtigt laufenden Skript die Prüfung das Skript scheitern lassen, wie es Godwits Pläne tun: INSERT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check) in eine temporäre Tabelle, deren benannte CHECK-Einschränkung es verlangt.</translation>
    </message>
    <message>
        <source>leaves a view or trigger that refers to a column or table that no longer exists</source>
        <translation>hinterlässt eine View oder einen Trigger, der auf eine nicht mehr existierende Spalte oder Tabelle verweist</translation>
    </message>
    <message>
        <source>SQLite does not check views and triggers when a table is dropped or rebuilt: the broken object stays in the schema, and every query of the view, every write that fires the trigger, and the next ALTER TABLE fail.</source>
        <translation>SQLite prüft Views und Trigger nicht, wenn eine Tabelle gelöscht oder neu aufgebaut wird: Das defekte Objekt bleibt im Schema, und jede Abfrage der View, jeder Schreibvorgang, der den Trigger auslöst, und das nächste ALTER TABLE schlagen fehl.</translation>
    </message>
    <message>
        <source>Drop the view or trigger before the change and recreate it after, with the new names (the 12-step rebuild&apos;s steps 2 and 9).</source>
        <translation>Die View oder den Trigger vor der Änderung löschen und danach mit den neuen Namen neu anlegen (Schritte 2 und 9 des 12-Schritte-Neuaufbaus).</translation>
    </message>
    <message>
        <source>sets PRAGMA foreign_keys inside a transaction, where SQLite ignores it</source>
        <translation>setzt PRAGMA foreign_keys innerhalb einer Transaktion, wo SQLite es ignoriert</translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys is a no-op inside BEGIN ... COMMIT. A rebuild that relies on it then runs with foreign keys on: DROP TABLE deletes the children through ON DELETE CASCADE, or fails.</source>
        <translation>PRAGMA foreign_keys bewirkt innerhalb von BEGIN ... COMMIT nichts. Ein Neuaufbau, der sich darauf verlässt, läuft dann mit eingeschalteten Fremdschlüsseln: DROP TABLE löscht die Kinder über ON DELETE CASCADE oder schlägt fehl.</translation>
    </message>
    <message>
        <source>Set PRAGMA foreign_keys = OFF before BEGIN and back ON after COMMIT; in Flyway, disable the transaction for that file (executeInTransaction=false).</source>
        <translation>PRAGMA foreign_keys = OFF vor BEGIN setzen und nach COMMIT wieder ON; in Flyway die Transaktion für diese Datei abschalten (executeInTransaction=false).</translation>
    </message>
    <message>
        <source>fails when applied</source>
        <translation>schlägt beim Anwenden fehl</translation>
    </message>
    <message>
        <source>The script stops with an SQLite error on this schema: what follows the failing statement never runs.</source>
        <translation>Das Skript bricht auf diesem Schema mit einem SQLite-Fehler ab: Was nach der fehlschlagenden Anweisung kommt, läuft nie.</translation>
    </message>
    <message>
        <source>Fix the statement; the message says what SQLite refused.</source>
        <translation>Die Anweisung korrigieren; die Meldung sagt, was SQLite abgelehnt hat.</translation>
    </message>
    <message>
        <source>a comment makes SQL look different to a reader than to SQLite</source>
        <translation>ein Kommentar lässt SQL für Leser anders aussehen als für SQLite</translation>
    </message>
    <message>
        <source>SQLite ends a -- comment only at a line feed and a /* comment at the first */: comments do not nest, and an unclosed one runs to the end of the file. Editors and review tools also start a new line at a carriage return, form feed or Unicode line separator, reorder text at bidi controls, and other SQL dialects nest block comments. A statement a reviewer sees may never run, and one that looks commented out may run: the way a hostile table name or a careless edit hides a DROP TABLE from review.</source>
        <translation>SQLite beendet einen ---Kommentar nur an einem Zeilenvorschub und einen /*-Kommentar am ersten */: Kommentare verschachteln sich nicht, und ein nicht geschlossener reicht bis zum Dateiende. Editoren und Review-Werkzeuge beginnen außerdem eine neue Zeile bei Wagenrücklauf, Seitenvorschub oder Unicode-Zeilentrenner, ordnen Text an Bidi-Steuerzeichen um, und andere SQL-Dialekte verschachteln Blockkommentare. Eine Anweisung, die ein Reviewer sieht, läuft vielleicht nie, und eine, die auskommentiert aussieht, läuft vielleicht doch: So versteckt ein böswilliger Tabellenname oder eine unachtsame Änderung ein DROP TABLE vor dem Review.</translation>
    </message>
    <message>
        <source>Keep control characters out of comments (Godwit&apos;s writers escape them: \r, \u2028), close every /* comment on its own, never nest them, and delete statements instead of commenting them out in a migration.</source>
        <translation>Steuerzeichen aus Kommentaren heraushalten (Godwits Writer maskieren sie: \r, \u2028), jeden /*-Kommentar für sich schließen, sie nie verschachteln und Anweisungen in einer Migration löschen statt auskommentieren.</translation>
    </message>
    <message>
        <source>the column becomes NOT NULL but rows hold NULL</source>
        <translation>die Spalte wird NOT NULL, aber Zeilen enthalten NULL</translation>
    </message>
    <message>
        <source>The copy into the NOT NULL column fails on the first NULL and the migration stops.</source>
        <translation>Das Kopieren in die NOT-NULL-Spalte scheitert am ersten NULL, und die Migration bricht ab.</translation>
    </message>
    <message>
        <source>Backfill a value first (UPDATE ... WHERE col IS NULL), or give the rebuild a fill expression.</source>
        <translation>Erst einen Wert per Backfill eintragen (UPDATE ... WHERE col IS NULL) oder dem Neuaufbau einen Füllausdruck geben.</translation>
    </message>
    <message>
        <source>the values become unique but duplicates exist</source>
        <translation>die Werte werden eindeutig, aber es gibt Duplikate</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX or the rebuild with UNIQUE fails on the first duplicate.</source>
        <translation>CREATE UNIQUE INDEX oder der Neuaufbau mit UNIQUE scheitert am ersten Duplikat.</translation>
    </message>
    <message>
        <source>Merge or delete the duplicates first; decide which row wins.</source>
        <translation>Die Duplikate zuerst zusammenführen oder löschen; entscheiden, welche Zeile gewinnt.</translation>
    </message>
    <message>
        <source>rows reference parents that do not exist</source>
        <translation>Zeilen verweisen auf Eltern, die es nicht gibt</translation>
    </message>
    <message>
        <source>With the new foreign key, PRAGMA foreign_key_check reports these rows and the rebuild must roll back; with foreign keys off they stay as silent violations.</source>
        <translation>Mit dem neuen Fremdschlüssel meldet PRAGMA foreign_key_check diese Zeilen, und der Neuaufbau muss zurückrollen; mit abgeschalteten Fremdschlüsseln bleiben sie als unbemerkte Verletzungen.</translation>
    </message>
    <message>
        <source>Delete or re-point the orphans, or create the missing parents, before adding the key.</source>
        <translation>Vor dem Hinzufügen des Schlüssels die Waisen löschen oder umhängen oder die fehlenden Eltern anlegen.</translation>
    </message>
    <message>
        <source>rows fail the new CHECK constraint</source>
        <translation>Zeilen verletzen die neue CHECK-Einschränkung</translation>
    </message>
    <message>
        <source>The copy into the table with the CHECK fails on the first such row.</source>
        <translation>Das Kopieren in die Tabelle mit dem CHECK scheitert an der ersten solchen Zeile.</translation>
    </message>
    <message>
        <source>Fix the rows first, or relax the CHECK.</source>
        <translation>Die Zeilen zuerst korrigieren oder den CHECK lockern.</translation>
    </message>
    <message>
        <source>values will keep their old type under the new affinity</source>
        <translation>Werte behalten unter der neuen Affinität ihren alten Typ</translation>
    </message>
    <message>
        <source>SQLite stores these values unchanged under the new type (it converts only lossless ones), so the column ends up holding mixed types.</source>
        <translation>SQLite speichert diese Werte unverändert unter dem neuen Typ (es wandelt nur verlustfreie um), sodass die Spalte am Ende gemischte Typen enthält.</translation>
    </message>
    <message>
        <source>Convert or clean them explicitly while copying, and check with typeof().</source>
        <translation>Sie beim Kopieren explizit umwandeln oder bereinigen und mit typeof() prüfen.</translation>
    </message>
    <message>
        <source>CREATE INDEX without CONCURRENTLY on an existing table</source>
        <translation>CREATE INDEX ohne CONCURRENTLY auf einer bestehenden Tabelle</translation>
    </message>
    <message>
        <source>CREATE INDEX takes a SHARE lock: every INSERT, UPDATE and DELETE on the table waits until the whole table has been read and the index built (sql-createindex.html).</source>
        <translation>CREATE INDEX nimmt eine SHARE-Sperre: Jedes INSERT, UPDATE und DELETE auf der Tabelle wartet, bis die ganze Tabelle gelesen und der Index gebaut ist (sql-createindex.html).</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction block; check afterwards that the index is valid (pg_index.indisvalid).</source>
        <translation>CREATE INDEX CONCURRENTLY, in einer Migration, die außerhalb eines Transaktionsblocks läuft; danach prüfen, ob der Index gültig ist (pg_index.indisvalid).</translation>
    </message>
    <message>
        <source>CREATE/DROP INDEX CONCURRENTLY inside a transaction block</source>
        <translation>CREATE/DROP INDEX CONCURRENTLY innerhalb eines Transaktionsblocks</translation>
    </message>
    <message>
        <source>PostgreSQL refuses CONCURRENTLY inside a transaction block (&quot;cannot run inside a transaction block&quot;), so the migration fails at this statement.</source>
        <translation>PostgreSQL lehnt CONCURRENTLY innerhalb eines Transaktionsblocks ab (&quot;cannot run inside a transaction block&quot;), daher scheitert die Migration an dieser Anweisung.</translation>
    </message>
    <message>
        <source>Put the statement in its own migration that runs outside a transaction (Flyway: executeInTransaction=false).</source>
        <translation>Die Anweisung in eine eigene Migration legen, die außerhalb einer Transaktion läuft (Flyway: executeInTransaction=false).</translation>
    </message>
    <message>
        <source>ADD FOREIGN KEY / CHECK without NOT VALID on an existing table</source>
        <translation>ADD FOREIGN KEY / CHECK ohne NOT VALID auf einer bestehenden Tabelle</translation>
    </message>
    <message>
        <source>Adding the constraint checks every existing row while the table is locked (ACCESS EXCLUSIVE for a CHECK, SHARE ROW EXCLUSIVE on both tables for a foreign key): writes stop for the whole scan.</source>
        <translation>Das Hinzufügen der Einschränkung prüft jede bestehende Zeile, während die Tabelle gesperrt ist (ACCESS EXCLUSIVE für einen CHECK, SHARE ROW EXCLUSIVE auf beiden Tabellen für einen Fremdschlüssel): Schreibvorgänge stehen für den ganzen Scan still.</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT … NOT VALID (instant), then ALTER TABLE … VALIDATE CONSTRAINT in a later statement: it scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.</source>
        <translation>ADD CONSTRAINT … NOT VALID (sofort), dann ALTER TABLE … VALIDATE CONSTRAINT in einer späteren Anweisung: Es scannt unter SHARE UPDATE EXCLUSIVE, das Lesen und Schreiben weiterlaufen lässt.</translation>
    </message>
    <message>
        <source>SET NOT NULL without a validated CHECK first</source>
        <translation>SET NOT NULL ohne vorher validierten CHECK</translation>
    </message>
    <message>
        <source>SET NOT NULL scans the whole table under ACCESS EXCLUSIVE, blocking reads and writes, unless a validated CHECK (col IS NOT NULL) already proves it (PostgreSQL 12+).</source>
        <translation>SET NOT NULL scannt die ganze Tabelle unter ACCESS EXCLUSIVE und blockiert Lesen und Schreiben, außer ein validierter CHECK (col IS NOT NULL) beweist es bereits (PostgreSQL 12+).</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; then SET NOT NULL (no scan) and drop the CHECK.</source>
        <translation>ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; dann SET NOT NULL (ohne Scan) und den CHECK löschen.</translation>
    </message>
    <message>
        <source>ALTER COLUMN TYPE that rewrites the table</source>
        <translation>ALTER COLUMN TYPE, das die Tabelle neu schreibt</translation>
    </message>
    <message>
        <source>A type change that is not binary coercible (e.g. integer → bigint) rewrites the table and all its indexes while holding ACCESS EXCLUSIVE: no reads or writes for the duration.</source>
        <translation>Eine Typänderung, die nicht binär kompatibel ist (z. B. integer → bigint), schreibt die Tabelle und alle ihre Indizes unter ACCESS EXCLUSIVE neu: Solange gibt es weder Lesen noch Schreiben.</translation>
    </message>
    <message>
        <source>Expand-contract: add a column of the new type, dual-write with a trigger, backfill in batches, switch readers, then drop the old column.</source>
        <translation>Expand-Contract: eine Spalte des neuen Typs hinzufügen, per Trigger Dual-Write, Backfill in Batches, Leser umstellen, dann die alte Spalte löschen.</translation>
    </message>
    <message>
        <source>ADD COLUMN with a volatile default</source>
        <translation>ADD COLUMN mit einem volatilen Standardwert</translation>
    </message>
    <message>
        <source>Since PostgreSQL 11 a constant default is stored once in the catalog, but a volatile one (random(), clock_timestamp(), gen_random_uuid(), nextval()) must be computed per row: the table is rewritten under ACCESS EXCLUSIVE.</source>
        <translation>Seit PostgreSQL 11 wird ein konstanter Standardwert einmal im Katalog gespeichert, ein volatiler (random(), clock_timestamp(), gen_random_uuid(), nextval()) muss aber pro Zeile berechnet werden: Die Tabelle wird unter ACCESS EXCLUSIVE neu geschrieben.</translation>
    </message>
    <message>
        <source>Add the column without a default (or with a constant one), set the default afterwards, and backfill existing rows in batches.</source>
        <translation>Die Spalte ohne Standardwert (oder mit einem konstanten) hinzufügen, den Standardwert danach setzen und bestehende Zeilen in Batches per Backfill füllen.</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE statement without a lock_timeout</source>
        <translation>ACCESS-EXCLUSIVE-Anweisung ohne lock_timeout</translation>
    </message>
    <message>
        <source>Waiting for ACCESS EXCLUSIVE queues behind every running query on the table, and every query that arrives afterwards queues behind the waiting ALTER: one slow reader stops the application.</source>
        <translation>Das Warten auf ACCESS EXCLUSIVE reiht sich hinter jede laufende Abfrage auf der Tabelle ein, und jede danach eintreffende Abfrage reiht sich hinter das wartende ALTER ein: Ein langsamer Leser hält die Anwendung an.</translation>
    </message>
    <message>
        <source>SET lock_timeout = &apos;2s&apos; (or SET LOCAL inside the transaction) before the statement, and retry on failure.</source>
        <translation>SET lock_timeout = &apos;2s&apos; (oder SET LOCAL innerhalb der Transaktion) vor der Anweisung, und bei Fehlschlag erneut versuchen.</translation>
    </message>
    <message>
        <source>drops a column a view uses</source>
        <translation>löscht eine Spalte, die eine View verwendet</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to drop a column a view depends on (&quot;cannot drop column … because other objects depend on it&quot;); with CASCADE the view silently disappears.</source>
        <translation>PostgreSQL verweigert das Löschen einer Spalte, von der eine View abhängt (&quot;cannot drop column … because other objects depend on it&quot;); mit CASCADE verschwindet die View stillschweigend.</translation>
    </message>
    <message>
        <source>Redefine or drop the view first (CREATE OR REPLACE VIEW without the column), then drop the column.</source>
        <translation>Die View zuerst neu definieren oder löschen (CREATE OR REPLACE VIEW ohne die Spalte), dann die Spalte löschen.</translation>
    </message>
    <message>
        <source>values will be converted but no longer read as written</source>
        <translation>Werte werden umgewandelt, aber nicht mehr so gelesen, wie sie geschrieben wurden</translation>
    </message>
    <message>
        <source>SQLite converts these values under the new type, and what it stores reads differently: &apos;01007&apos; becomes 1007, &apos;+5&apos; and &apos; 5&apos; become 5, &apos;1e3&apos; becomes 1000, a number with more digits than a double holds loses them. A zip code or an account number loses its leading zeros.</source>
        <translation>SQLite wandelt diese Werte unter dem neuen Typ um, und was gespeichert wird, liest sich anders: &apos;01007&apos; wird zu 1007, &apos;+5&apos; und &apos; 5&apos; werden zu 5, &apos;1e3&apos; wird zu 1000, eine Zahl mit mehr Stellen, als ein Double fasst, verliert diese. Eine Postleitzahl oder eine Kontonummer verliert ihre führenden Nullen.</translation>
    </message>
    <message>
        <source>Keep such columns as TEXT, or convert them explicitly while copying and compare with the old text.</source>
        <translation>Behalten Sie solche Spalten als TEXT bei oder wandeln Sie sie beim Kopieren explizit um und vergleichen Sie sie mit dem alten Text.</translation>
    </message>
</context>
<context>
    <name>godwit::plan::DecisionTree</name>
    <message>
        <source>Schema Migration Decision Tree</source>
        <translation>Entscheidungsbaum der Schemamigration</translation>
    </message>
    <message>
        <source>Need schema change?</source>
        <translation>Schemaänderung nötig?</translation>
    </message>
    <message>
        <source>Breaking change?</source>
        <translation>Inkompatible Änderung?</translation>
    </message>
    <message>
        <source>Expand: add nullable col</source>
        <translation>Expand: NULL-fähige Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Version the schema</source>
        <translation>Schema versionieren</translation>
    </message>
    <message>
        <source>Dual-write old and new</source>
        <translation>Dual-Write alt und neu</translation>
    </message>
    <message>
        <source>Backfill historical rows</source>
        <translation>Backfill der Altdaten</translation>
    </message>
    <message>
        <source>Backfill complete?</source>
        <translation>Backfill vollständig?</translation>
    </message>
    <message>
        <source>Switch reads to new field</source>
        <translation>Lesen auf neues Feld umstellen</translation>
    </message>
    <message>
        <source>Contract: remove old field</source>
        <translation>Contract: altes Feld entfernen</translation>
    </message>
    <message>
        <source>No: add field</source>
        <translation>Nein: Feld hinzufügen</translation>
    </message>
    <message>
        <source>Yes: rename/remove</source>
        <translation>Ja: umbenennen/entfernen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Query-to-Model Workflow</source>
        <translation>Von Abfragen zum Modell</translation>
    </message>
    <message>
        <source>List top queries</source>
        <translation>Wichtigste Abfragen auflisten</translation>
    </message>
    <message>
        <source>Define entities and ownership</source>
        <translation>Entitäten und Zuständigkeiten festlegen</translation>
    </message>
    <message>
        <source>Choose keys and constraints</source>
        <translation>Schlüssel und Einschränkungen wählen</translation>
    </message>
    <message>
        <source>Add indexes for dominant reads</source>
        <translation>Indizes für die häufigsten Lesezugriffe hinzufügen</translation>
    </message>
    <message>
        <source>Validate write cost and consistency</source>
        <translation>Schreibkosten und Konsistenz prüfen</translation>
    </message>
    <message>
        <source>Plan schema evolution path</source>
        <translation>Entwicklungspfad des Schemas planen</translation>
    </message>
    <message>
        <source>Monitor query drift and adjust</source>
        <translation>Abfrage-Drift beobachten und nachsteuern</translation>
    </message>
</context>
<context>
    <name>godwit::rehearsal::Incident</name>
    <message>
        <source>the backfill did not finish, so losses were not counted</source>
        <translation>der Backfill wurde nicht fertig, daher wurden Verluste nicht gezählt</translation>
    </message>
    <message>
        <source>%1 rows lost or repeated</source>
        <translation>%1 Zeilen verloren oder wiederholt</translation>
    </message>
    <message>
        <source>Simulated crash: backfill connection killed mid-batch %1 (%2% done), its transaction left open and rolled back when the connection closed; resumed from checkpoint at key %3 (%4 rows done); %5.</source>
        <translation>Simulierter Absturz: Backfill-Verbindung mitten in Batch %1 beendet (%2 % erledigt), ihre Transaktion offen gelassen und beim Schließen der Verbindung zurückgerollt; am Checkpoint bei Schlüssel %3 fortgesetzt (%4 Zeilen erledigt); %5.</translation>
    </message>
    <message>
        <source>Another transaction held the write lock for %1 ms: the backfill waited %2 ms (%3 attempts) and then went on.</source>
        <translation>Eine andere Transaktion hielt die Schreibsperre %1 ms lang: Der Backfill wartete %2 ms (%3 Versuche) und machte dann weiter.</translation>
    </message>
    <message>
        <source>The backfill of %1 resumed from its checkpoint: %2 of %3 rows were done before the interruption.</source>
        <translation>Der Backfill von %1 setzte an seinem Checkpoint fort: %2 von %3 Zeilen waren vor der Unterbrechung erledigt.</translation>
    </message>
    <message>
        <source>The audit counted %1 backfilled rows (%2 more than once) against %3 in the checkpoint.</source>
        <translation>Die Prüfung zählte %1 per Backfill gefüllte Zeilen (%2 mehr als einmal) gegenüber %3 im Checkpoint.</translation>
    </message>
    <message>
        <source>The contract was refused: %1.</source>
        <translation>Der Contract wurde verweigert: %1.</translation>
    </message>
    <message>
        <source>The contract ran although its verification failed (override): %1.</source>
        <translation>Der Contract lief, obwohl seine Prüfung fehlschlug (übersteuert): %1.</translation>
    </message>
    <message>
        <source>the loss could not be counted</source>
        <translation>der Verlust konnte nicht gezählt werden</translation>
    </message>
    <message>
        <source>%1 rows lost</source>
        <translation>%1 Zeilen verloren</translation>
    </message>
    <message>
        <source>The contract ran before the backfill and stopped: %1 rows held their value only in %2; the failed step rolled back (%3), the steps before it stay done (%4).</source>
        <translation>Der Contract lief vor dem Backfill und brach ab: %1 Zeilen hatten ihren Wert nur in %2; der fehlgeschlagene Schritt wurde zurückgerollt (%3), die Schritte davor bleiben erledigt (%4).</translation>
    </message>
    <message>
        <source>The contract ran before the backfill: %1 rows held their value only in %2; after it, %3 (neither the old nor the new column has their value).</source>
        <translation>Der Contract lief vor dem Backfill: %1 Zeilen hatten ihren Wert nur in %2; danach %3 (weder die alte noch die neue Spalte hat ihren Wert).</translation>
    </message>
    <message>
        <source>“%1” drifted between %2 and %3: %4.</source>
        <translation>„%1“ hat sich zwischen %2 und %3 verändert: %4.</translation>
    </message>
    <message>
        <source>Reads move to the new column before the backfill: %1 rows still have it NULL.</source>
        <translation>Lesezugriffe wechseln vor dem Backfill auf die neue Spalte: %1 Zeilen haben dort noch NULL.</translation>
    </message>
    <message>
        <source>New clients read NULL in the new column %1 time(s) of %2 reads: rows the backfill had not reached yet.</source>
        <translation>Neue Clients lasen bei %2 Lesezugriffen %1-mal NULL in der neuen Spalte: Zeilen, die der Backfill noch nicht erreicht hatte.</translation>
    </message>
    <message>
        <source>Old clients saw %1 error(s), e.g. %2</source>
        <translation>Alte Clients sahen %1 Fehler, z. B. %2</translation>
    </message>
    <message>
        <source>New clients saw %1 error(s), e.g. %2</source>
        <translation>Neue Clients sahen %1 Fehler, z. B. %2</translation>
    </message>
    <message>
        <source>%1 row(s) where the old and the new column disagree: writes that reached only one of them.</source>
        <translation>%1 Zeile(n), in denen alte und neue Spalte voneinander abweichen: Schreibvorgänge, die nur eine von beiden erreichten.</translation>
    </message>
    <message>
        <source>Resumed the rehearsal in %1: %2 phase(s) were already done.</source>
        <translation>Probelauf in %1 fortgesetzt: %2 Phase(n) waren bereits erledigt.</translation>
    </message>
    <message>
        <source>Dual-write skipped: %1 step(s) not run, so from now on each client version writes only its own column.</source>
        <translation>Dual-Write übersprungen: %1 Schritt(e) nicht ausgeführt, daher schreibt ab jetzt jede Client-Version nur ihre eigene Spalte.</translation>
    </message>
    <message>
        <source>Step %1 failed and was rolled back: %2</source>
        <translation>Schritt %1 schlug fehl und wurde zurückgerollt: %2</translation>
    </message>
    <message>
        <source>Step %1 ran but its verification query returned %2.</source>
        <translation>Schritt %1 lief, aber seine Prüfabfrage lieferte %2.</translation>
    </message>
</context>
<context>
    <name>godwit::rehearsal::RehearsalSnapshot</name>
    <message>
        <source>Baseline</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <source>Dual-write</source>
        <translation>Dual-Write</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <source>Read switch</source>
        <translation>Lese-Umschaltung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>%1 (early)</source>
        <comment>a phase run before its time</comment>
        <translation>%1 (zu früh)</translation>
    </message>
    <message>
        <source>restarted 1 time because another process is writing the original</source>
        <translation>einmal neu gestartet, weil ein anderer Prozess das Original schreibt</translation>
    </message>
    <message numerus="yes">
        <source>restarted %n times because another process is writing the original</source>
        <translation>
            <numerusform>%n-mal neu gestartet, weil ein anderer Prozess das Original schreibt</numerusform>
            <numerusform>%n-mal neu gestartet, weil ein anderer Prozess das Original schreibt</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for another process&apos;s write lock on the original</source>
        <translation>warte auf die Schreibsperre eines anderen Prozesses auf dem Original</translation>
    </message>
    <message>
        <source>now copying one snapshot of it</source>
        <translation>kopiere jetzt einen Snapshot davon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: notes</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::CardMetrics</name>
    <message>
        <source>view</source>
        <translation>View</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>≈ 1 row</source>
        <translation>≈ 1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>≈ %1 rows</source>
        <translation>≈ %1 Zeilen</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::CellFormat</name>
    <message>
        <source>BLOB %1  %2%3</source>
        <translation>BLOB %1  %2%3</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ChangeWords</name>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>table option</source>
        <translation>Tabellenoption</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>unique constraint</source>
        <translation>UNIQUE-Einschränkung</translation>
    </message>
    <message>
        <source>check constraint</source>
        <translation>CHECK-Einschränkung</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>View</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>generated as</source>
        <translation>generiert als</translation>
    </message>
    <message>
        <source>key parts</source>
        <translation>Schlüsselteile</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Bezeichner</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ConnectDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <source>Godwit reads the database in read-only transactions and never changes it. The password comes from ~/.pgpass, or Godwit asks for it; it is never saved.</source>
        <translation>Godwit liest die Datenbank in Nur-Lese-Transaktionen und ändert sie nie. Das Passwort kommt aus ~/.pgpass, oder Godwit fragt danach; es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connection URI:</source>
        <translation>Verbindungs-URI:</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden…</translation>
    </message>
    <message>
        <source>Read a live PostgreSQL database (read-only)</source>
        <translation>Eine laufende PostgreSQL-Datenbank lesen (nur lesend)</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DataWorkbench</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;Browse Table</source>
        <translation>Tabelle &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Show the rows of the selected table, read-only</source>
        <translation>Zeilen der ausgewählten Tabelle anzeigen, schreibgeschützt</translation>
    </message>
    <message>
        <source>Run &amp;SQL…</source>
        <translation>&amp;SQL ausführen…</translation>
    </message>
    <message>
        <source>Run queries on the database (read-only) or on a working copy</source>
        <translation>Abfragen auf der Datenbank (schreibgeschützt) oder auf einer Arbeitskopie ausführen</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>SQL: %1</source>
        <translation>SQL: %1</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DecisionWizard</name>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Plan Migration</source>
        <translation>Migration planen</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Flyway…</source>
        <translation>Als &amp;Flyway exportieren…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing to plan: the schemas are the same.</source>
        <translation>Nichts zu planen: Die Schemas sind gleich.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; %1%2</source>
        <translation>&lt;b&gt;Antwort:&lt;/b&gt; %1%2</translation>
    </message>
    <message>
        <source> &lt;i&gt;(your answer)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(Ihre Antwort)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not needed here:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hier nicht nötig:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>Plan steps:
%1</source>
        <translation>Planschritte:
%1</translation>
    </message>
    <message>
        <source>Plan it as a rename (keeps the data)</source>
        <translation>Als Umbenennung planen (behält die Daten)</translation>
    </message>
    <message>
        <source>Keep the old shape as a view for readers that cannot move yet</source>
        <translation>Die alte Form als View behalten, für Leser, die noch nicht umstellen können</translation>
    </message>
    <message>
        <source>Skip the dual-write</source>
        <translation>Dual-Write überspringen</translation>
    </message>
    <message>
        <source>e.g. this table has no readers yet</source>
        <translation>z. B. diese Tabelle hat noch keine Leser</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Weil</translation>
    </message>
    <message>
        <source>old → new, by the old names (default: copy)</source>
        <translation>alt → neu, über die alten Namen (Standard: kopieren)</translation>
    </message>
    <message>
        <source>new → old, by the new names (default: copy)</source>
        <translation>neu → alt, über die neuen Namen (Standard: kopieren)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source> rows per batch</source>
        <translation> Zeilen pro Batch</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <source>value for NULLs where the new shape is NOT NULL</source>
        <translation>Wert für NULLs, wo die neue Form NOT NULL ist</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Before the backfill</source>
        <translation>Vor dem Backfill</translation>
    </message>
    <message>
        <source>After the backfill</source>
        <translation>Nach dem Backfill</translation>
    </message>
    <message>
        <source>Build the index</source>
        <translation>Index aufbauen</translation>
    </message>
    <message>
        <source>Export Plan as Markdown</source>
        <translation>Plan als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>Export Plan as Flyway Migrations</source>
        <translation>Plan als Flyway-Migrationen exportieren</translation>
    </message>
    <message>
        <source>Cannot export the plan: %1</source>
        <translation>Der Plan kann nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DetailsPane</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Details of the selected table, column,
key or index appear here.</source>
        <translation>Details der gewählten Tabelle, Spalte,
des Schlüssels oder Index erscheinen hier.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>SQL script, read into an in-memory database</source>
        <translation>SQL-Skript, in eine In-Memory-Datenbank gelesen</translation>
    </message>
    <message>
        <source>SQLite database, opened read-only</source>
        <translation>SQLite-Datenbank, nur lesend geöffnet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 free)</source>
        <translation>%1 × %2 (%3 frei)</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>Journal-Modus</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>User version</source>
        <translation>Benutzerversion</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 tables, %2 views, %3 indexes, %4 triggers</source>
        <translation>%1 Tabellen, %2 Views, %3 Indizes, %4 Trigger</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuell</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Table · %1</source>
        <translation>Tabelle · %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>≈ %1 (estimate)</source>
        <translation>≈ %1 (geschätzt)</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>rowid (implicit)</source>
        <translation>rowid (implizit)</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Referenziert von</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Column of %1</source>
        <translation>Spalte von %1</translation>
    </message>
    <message>
        <source>Declared type</source>
        <translation>Deklarierter Typ</translation>
    </message>
    <message>
        <source>Affinity</source>
        <translation>Affinität</translation>
    </message>
    <message>
        <source>Not null</source>
        <translation>Nicht NULL</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Yes (part %1 of %2)</source>
        <translation>Ja (Teil %1 von %2)</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Collation</source>
        <translation>Sortierfolge</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <source>Key of %1</source>
        <translation>Schlüssel von %1</translation>
    </message>
    <message>
        <source>rowid alias (no separate index)</source>
        <translation>rowid-Alias (kein eigener Index)</translation>
    </message>
    <message>
        <source>Backed by</source>
        <translation>Gestützt durch</translation>
    </message>
    <message>
        <source>Autoincrement</source>
        <translation>Autoinkrement</translation>
    </message>
    <message>
        <source>Unique key of %1</source>
        <translation>Eindeutiger Schlüssel von %1</translation>
    </message>
    <message>
        <source>Constraint name</source>
        <translation>Name der Einschränkung</translation>
    </message>
    <message>
        <source>Index on %1</source>
        <translation>Index auf %1</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiell</translation>
    </message>
    <message>
        <source>-- Created implicitly by SQLite for a constraint of %1.</source>
        <translation>-- Von SQLite implizit für eine Einschränkung von %1 angelegt.</translation>
    </message>
    <message>
        <source>Foreign key of %1</source>
        <translation>Fremdschlüssel von %1</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>On update</source>
        <translation>Beim Ändern</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation>Aufschiebbar</translation>
    </message>
    <message>
        <source>Yes, initially deferred</source>
        <translation>Ja, anfangs aufgeschoben</translation>
    </message>
    <message>
        <source>Yes, initially immediate</source>
        <translation>Ja, anfangs sofort</translation>
    </message>
    <message>
        <source>Trigger on %1</source>
        <translation>Trigger auf %1</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Column of view %1</source>
        <translation>Spalte der View %1</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message numerus="yes">
        <source>-- … and %n more table(s) and view(s): select one to see its definition.</source>
        <translation>
            <numerusform>-- … und %n weitere Tabelle oder Sicht: Wählen Sie sie aus, um ihre Definition zu sehen.</numerusform>
            <numerusform>-- … und %n weitere Tabellen und Sichten: Wählen Sie eine aus, um ihre Definition zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramActions</name>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Ver&amp;gleichen mit…</translation>
    </message>
    <message>
        <source>Show the open schema next to another one: a database, SQL script or Mermaid file</source>
        <translation>Das offene Schema neben einem anderen zeigen: einer Datenbank, einem SQL-Skript oder einer Mermaid-Datei</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare With Pending Mi&amp;grations…</source>
        <translation>Mit ausstehenden Mi&amp;grationen vergleichen…</translation>
    </message>
    <message>
        <source>Show the open database next to what a Flyway-style migrations folder will make of it</source>
        <translation>Die offene Datenbank neben dem zeigen, was ein Migrationsordner im Flyway-Stil aus ihr macht</translation>
    </message>
    <message>
        <source>D&amp;iagram</source>
        <translation>D&amp;iagramm</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Before / After</source>
        <translation>&amp;Vorher / Nachher</translation>
    </message>
    <message>
        <source>Zoom In Diagram</source>
        <translation>Diagramm vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out Diagram</source>
        <translation>Diagramm verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram to Window</source>
        <translation>Diagramm an &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Re-&amp;layout Diagram</source>
        <translation>Diagramm neu an&amp;ordnen</translation>
    </message>
    <message>
        <source>Forget moved cards and lay the diagram out again</source>
        <translation>Verschobene Karten vergessen und das Diagramm neu anordnen</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG, SVG, PDF, Mermaid or DOT</source>
        <translation>Das Diagramm als PNG, SVG, PDF, Mermaid oder DOT speichern</translation>
    </message>
    <message>
        <source>Open a database, script or Mermaid file first</source>
        <translation>Öffnen Sie zuerst eine Datenbank, ein Skript oder eine Mermaid-Datei</translation>
    </message>
    <message>
        <source>A comparison is running</source>
        <translation>Ein Vergleich läuft</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramExporter</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed (dashed, struck through)</source>
        <translation>Entfernt (gestrichelt, durchgestrichen)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Renamed (old → new)</source>
        <translation>Umbenannt (alt → neu)</translation>
    </message>
    <message>
        <source>only on the other side</source>
        <translation>nur auf der anderen Seite</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Mermaid erDiagram (*.mmd);;Graphviz DOT (*.dot)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf);;Mermaid-erDiagram (*.mmd);;Graphviz-DOT (*.dot)</translation>
    </message>
    <message>
        <source>1× (screen size)</source>
        <translation>1× (Bildschirmgröße)</translation>
    </message>
    <message>
        <source>2× (high-density screens, slides)</source>
        <translation>2× (hochauflösende Bildschirme, Folien)</translation>
    </message>
    <message>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <source>4× (print)</source>
        <translation>4× (Druck)</translation>
    </message>
    <message>
        <source>PNG Size</source>
        <translation>PNG-Größe</translation>
    </message>
    <message>
        <source>Pixels per point:</source>
        <translation>Pixel pro Punkt:</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramLegend</name>
    <message>
        <source>Removed cards have a dashed border and removed columns are struck through; hatched rows exist only on the other side.</source>
        <translation>Entfernte Karten haben einen gestrichelten Rand, entfernte Spalten sind durchgestrichen; schraffierte Zeilen gibt es nur auf der anderen Seite.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramWidget</name>
    <message>
        <source>Find a table…</source>
        <translation>Tabelle suchen…</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Verkleinern (−, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Vergrößern (+, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole diagram (Ctrl+0 on the canvas)</source>
        <translation>Das ganze Diagramm zeigen (Strg+0 auf der Zeichenfläche)</translation>
    </message>
    <message>
        <source>Ranked (dot)</source>
        <translation>In Rängen (dot)</translation>
    </message>
    <message>
        <source>Spring (neato)</source>
        <translation>Federmodell (neato)</translation>
    </message>
    <message>
        <source>Force (fdp)</source>
        <translation>Kräftemodell (fdp)</translation>
    </message>
    <message>
        <source>Graphviz layout engine</source>
        <translation>Graphviz-Layout-Engine</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Forget moved cards and lay the diagram out again</source>
        <translation>Verschobene Karten vergessen und das Diagramm neu anordnen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG, SVG, PDF, Mermaid or DOT</source>
        <translation>Das Diagramm als PNG, SVG, PDF, Mermaid oder DOT speichern</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n table(s)…</source>
        <translation>
            <numerusform>Ordne %n Tabelle an…</numerusform>
            <numerusform>Ordne %n Tabellen an…</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagram could not be laid out.</source>
        <translation>Das Diagramm konnte nicht angeordnet werden.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The diagram could not be exported.</source>
        <translation>Das Diagramm konnte nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiffView</name>
    <message>
        <source>Changed tables and their neighbours only</source>
        <translation>Nur geänderte Tabellen und ihre Nachbarn</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show both diagrams whole</source>
        <translation>Beide Diagramme ganz zeigen</translation>
    </message>
    <message>
        <source>Both Sides…</source>
        <translation>Beide Seiten…</translation>
    </message>
    <message>
        <source>Before Only…</source>
        <translation>Nur vorher…</translation>
    </message>
    <message>
        <source>After Only…</source>
        <translation>Nur nachher…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save both sides or one as PNG, SVG, PDF, Mermaid or DOT</source>
        <translation>Beide Seiten oder eine als PNG, SVG, PDF, Mermaid oder DOT speichern</translation>
    </message>
    <message>
        <source>The comparison could not be laid out.</source>
        <translation>Der Vergleich konnte nicht angeordnet werden.</translation>
    </message>
    <message>
        <source>%1 + pending migrations</source>
        <translation>%1 + ausstehende Migrationen</translation>
    </message>
    <message>
        <source>Godwit could not read “%1”.</source>
        <translation>Godwit konnte „%1“ nicht lesen.</translation>
    </message>
    <message>
        <source>Before · %1</source>
        <translation>Vorher · %1</translation>
    </message>
    <message>
        <source>After · %1</source>
        <translation>Nachher · %1</translation>
    </message>
    <message>
        <source>The schemas are the same.</source>
        <translation>Die Schemas sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 added</source>
        <translation>%1 %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 %2 removed</source>
        <translation>%1 %2 entfernt</translation>
    </message>
    <message>
        <source>%1 %2 → %3 renamed</source>
        <translation>%1 %2 → %3 umbenannt</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %2 changed</source>
        <translation>%1 %2 geändert</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>(proposed)</source>
        <translation>(vorgeschlagen)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>The comparison could not be exported.</source>
        <translation>Der Vergleich konnte nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::EditMenuActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find in SQL…</source>
        <translation>In SQL &amp;suchen…</translation>
    </message>
    <message>
        <source>R&amp;eplace in SQL…</source>
        <translation>In SQL &amp;ersetzen…</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::GuidedExample</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Learn Expand-Contract</source>
        <translation>Expand-Contract &amp;lernen</translation>
    </message>
    <message>
        <source>The orders example with 1,000,000 orders, step by step: compare, plan, rehearse, a staged mistake, review</source>
        <translation>Das Bestellungsbeispiel mit 1.000.000 Bestellungen, Schritt für Schritt: vergleichen, planen, proben, ein inszenierter Fehler, Prüfung</translation>
    </message>
    <message>
        <source>Stage the Mistake</source>
        <translation>Den Fehler inszenieren</translation>
    </message>
    <message>
        <source>Rehearse the same plan with its dual-write skipped</source>
        <translation>Denselben Plan ohne das doppelte Schreiben proben</translation>
    </message>
    <message>
        <source>Godwit could not make the folder for the example.</source>
        <translation>Godwit konnte den Ordner für das Beispiel nicht anlegen.</translation>
    </message>
    <message>
        <source>Learn Expand-Contract</source>
        <translation>Expand-Contract lernen</translation>
    </message>
    <message>
        <source>Making the orders example: %L1 orders…</source>
        <translation>Bestellungsbeispiel wird erstellt: %L1 Bestellungen…</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source>Making the orders example: %L1 of %L2 orders%3</source>
        <translation>Bestellungsbeispiel wird erstellt: %L1 von %L2 Bestellungen%3</translation>
    </message>
    <message>
        <source>Godwit could not make the orders example.</source>
        <translation>Godwit konnte das Bestellungsbeispiel nicht erstellen.</translation>
    </message>
    <message>
        <source>Godwit could not copy the example&apos;s migrations.</source>
        <translation>Godwit konnte die Migrationen des Beispiels nicht kopieren.</translation>
    </message>
    <message>
        <source>Godwit could not save the example&apos;s project.</source>
        <translation>Godwit konnte das Projekt des Beispiels nicht speichern.</translation>
    </message>
    <message>
        <source>Learn expand-contract · 1 of 5 · The migrations V2–V4 retire orders.estimated_delivery for shipping_eta: on the left the database now, on the right what they make of it.</source>
        <translation>Expand-Contract lernen · 1 von 5 · Die Migrationen V2–V4 ersetzen orders.estimated_delivery durch shipping_eta: links die Datenbank jetzt, rechts das, was sie daraus machen.</translation>
    </message>
    <message>
        <source>Plan This Change</source>
        <translation>Diese Änderung planen</translation>
    </message>
    <message>
        <source>2 of 5 · The rename in five phases: expand adds shipping_eta, the dual-write keeps both columns equal, the backfill copies the old rows, the read switch moves the readers, the contract drops estimated_delivery. Close the wizard to go on.</source>
        <translation>2 von 5 · Die Umbenennung in fünf Phasen: Erweitern fügt shipping_eta hinzu, das doppelte Schreiben hält beide Spalten gleich, das Nachfüllen kopiert die alten Zeilen, die Leseumschaltung stellt die Leser um, das Zusammenziehen entfernt estimated_delivery. Schließen Sie den Assistenten, um fortzufahren.</translation>
    </message>
    <message>
        <source>Rehearse the Plan</source>
        <translation>Den Plan proben</translation>
    </message>
    <message>
        <source>3 of 5 · The backfill copies %L1 orders while the simulated application keeps writing: drift must stay at 0.</source>
        <translation>3 von 5 · Das Nachfüllen kopiert %L1 Bestellungen, während die simulierte Anwendung weiter schreibt: Die Drift muss bei 0 bleiben.</translation>
    </message>
    <message>
        <source>3 of 5 · Press Start: the plan runs on a copy of the %L1 orders at the Classroom pace, about a minute, while a simulated application keeps reading and writing.</source>
        <translation>3 von 5 · Klicken Sie auf Starten: Der Plan läuft auf einer Kopie der %L1 Bestellungen im Tempo Unterricht, etwa eine Minute lang, während eine simulierte Anwendung weiter liest und schreibt.</translation>
    </message>
    <message>
        <source>4 of 5 · The dual-write is skipped: orders the application writes during the backfill keep the old column only. Watch the drift.</source>
        <translation>4 von 5 · Das doppelte Schreiben wird übersprungen: Bestellungen, die die Anwendung während des Nachfüllens schreibt, erhalten nur die alte Spalte. Beobachten Sie die Drift.</translation>
    </message>
    <message>
        <source>4 of 5 · The plan held. Now a staged mistake: the same plan with its dual-write skipped.</source>
        <translation>4 von 5 · Der Plan hat gehalten. Jetzt ein inszenierter Fehler: derselbe Plan ohne das doppelte Schreiben.</translation>
    </message>
    <message>
        <source>5 of 5 · Skipping the dual-write left rows behind: that is what the dual-write is for. The review document puts the change, the plan and the rehearsal on paper.</source>
        <translation>5 von 5 · Das Überspringen des doppelten Schreibens hat Zeilen zurückgelassen: Genau dafür ist das doppelte Schreiben da. Das Prüfungsdokument bringt die Änderung, den Plan und den Probelauf zu Papier.</translation>
    </message>
    <message>
        <source>Write the Review</source>
        <translation>Die Prüfung schreiben</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MainActions</name>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a SQLite database read-only</source>
        <translation>Eine SQLite-Datenbank schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open &amp;SQL Script…</source>
        <translation>&amp;SQL-Skript öffnen…</translation>
    </message>
    <message>
        <source>Read the schema defined by an SQL script</source>
        <translation>Das durch ein SQL-Skript definierte Schema lesen</translation>
    </message>
    <message>
        <source>Open SQL</source>
        <translation>SQL öffnen</translation>
    </message>
    <message>
        <source>Open the Orders &amp;Example</source>
        <translation>Orders-&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open the orders schema, the expand-contract example bundled with Godwit</source>
        <translation>Das Orders-Schema öffnen, das mit Godwit mitgelieferte Expand-Contract-Beispiel</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the schema again from the file</source>
        <translation>Das Schema erneut aus der Datei lesen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the current file</source>
        <translation>Die aktuelle Datei schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Zoom &amp;In Definition</source>
        <translation>Definition ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out Definition</source>
        <translation>Definition ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Filter Schema…</source>
        <translation>Schema &amp;filtern…</translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation>Ü&amp;ber Godwit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Plan Migration…</source>
        <translation>Migration &amp;planen…</translation>
    </message>
    <message>
        <source>Walk the changes through the expand-contract decision tree and build the phased plan</source>
        <translation>Die Änderungen durch den Expand-Contract-Entscheidungsbaum führen und den Phasenplan erstellen</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Keep the open database, its target, your answers and rehearsals in a project file</source>
        <translation>Die geöffnete Datenbank, ihr Ziel, Ihre Antworten und Probeläufe in einer Projektdatei aufbewahren</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open a Godwit project (.godwit)</source>
        <translation>Ein Godwit-Projekt (.godwit) öffnen</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MainStatusBar</name>
    <message>
        <source>Open a database or an SQL script to begin.</source>
        <translation>Öffnen Sie eine Datenbank oder ein SQL-Skript, um zu beginnen.</translation>
    </message>
    <message>
        <source>SQL script</source>
        <translation>SQL-Skript</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>nur Schema</translation>
    </message>
    <message>
        <source>Page size %1</source>
        <translation>Seitengröße %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n table</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MainWindow</name>
    <message>
        <source>Compare With Pending Migrations</source>
        <translation>Mit ausstehenden Migrationen vergleichen</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Schemas (*.db *.sqlite *.sqlite3 *.db3 *.sql *.mmd *.md);;All files (*)</source>
        <translation>Schemas (*.db *.sqlite *.sqlite3 *.db3 *.sql *.mmd *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Vergleiche mit %1…</translation>
    </message>
    <message>
        <source>Applying the pending migrations of %1 to a copy…</source>
        <translation>Wende die ausstehenden Migrationen von %1 auf eine Kopie an…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation>&amp;Migration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Schema Browser</source>
        <translation>&amp;Schema-Browser</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>Orders example</source>
        <translation>Bestellbeispiel</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>The orders example is missing from this build.</source>
        <translation>Das Bestellbeispiel fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Bundled with Godwit: samples/orders/%1</source>
        <translation>Mit Godwit ausgeliefert: samples/orders/%1</translation>
    </message>
    <message>
        <source>Godwit could not open “%1”.</source>
        <translation>Godwit konnte „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <source>It is not a SQLite database.</source>
        <translation>Es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The SQL could not be read.</source>
        <translation>Das SQL konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>%1 — Godwit</source>
        <translation>%1 — Godwit</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open SQL Script</source>
        <translation>SQL-Skript öffnen</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Recent Pro&amp;ject</source>
        <translation>Zuletzt geöffnete Pro&amp;jekte</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Open a database first</source>
        <translation>Öffnen Sie zuerst eine Datenbank</translation>
    </message>
    <message>
        <source>Compare the schema with its target first (File ▸ Compare With…): the plan is made from the changes</source>
        <translation>Vergleichen Sie das Schema zuerst mit seinem Ziel (Datei ▸ Vergleichen mit…): Der Plan wird aus den Änderungen erstellt</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>The open database: its tables, keys and indexes as a diagram, an overview and a tree</source>
        <translation>Die geöffnete Datenbank: ihre Tabellen, Schlüssel und Indizes als Diagramm, Übersicht und Baum</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Before and after side by side, every change coloured and classified</source>
        <translation>Vorher und nachher nebeneinander, jede Änderung farbig markiert und eingeordnet</translation>
    </message>
    <message>
        <source>Plan This Change</source>
        <translation>Diese Änderung planen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Expand, dual-write, backfill, read switch, contract: each step with its SQL, rollback and check</source>
        <translation>Erweitern, Doppeltes Schreiben, Nachfüllen, Leseumschaltung, Zusammenziehen: jeder Schritt mit seinem SQL, Rollback und seiner Prüfung</translation>
    </message>
    <message>
        <source>Rehearse the Plan</source>
        <translation>Den Plan proben</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>The plan run on a copy of the data while a simulated application keeps reading and writing</source>
        <translation>Der Plan läuft auf einer Kopie der Daten, während eine simulierte Anwendung weiter liest und schreibt</translation>
    </message>
    <message>
        <source>Write the Review</source>
        <translation>Die Prüfung schreiben</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>The application&apos;s main queries, explained before and after the change</source>
        <translation>Die wichtigsten Abfragen der Anwendung, erklärt vor und nach der Änderung</translation>
    </message>
    <message>
        <source>Load Queries…</source>
        <translation>Abfragen laden…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The document for the pre-migration review: the change, the plan, the risks, the rehearsal</source>
        <translation>Das Dokument für die Prüfung vor der Migration: die Änderung, der Plan, die Risiken, der Probelauf</translation>
    </message>
    <message>
        <source>Compare the open schema with its target first (Compare With…)</source>
        <translation>Vergleichen Sie das geöffnete Schema zuerst mit seinem Ziel (Vergleichen mit…)</translation>
    </message>
    <message>
        <source>Rehearsal Running</source>
        <translation>Probelauf läuft</translation>
    </message>
    <message>
        <source>A rehearsal is running on a copy of %1. Stop it and open another file?</source>
        <translation>Ein Probelauf läuft auf einer Kopie von %1. Möchten Sie ihn beenden und eine andere Datei öffnen?</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MigrationsModel</name>
    <message>
        <source>checksum mismatch</source>
        <translation>Prüfsumme weicht ab</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>über dem Ziel</translation>
    </message>
    <message>
        <source>ignored (out of order)</source>
        <translation>ignoriert (außer der Reihe)</translation>
    </message>
    <message>
        <source>below baseline</source>
        <translation>unter der Baseline</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>future</source>
        <translation>zukünftig</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Checksum of the file: %1</source>
        <translation>Prüfsumme der Datei: %1</translation>
    </message>
    <message>
        <source>Applied on %1 by %2 in %3 ms</source>
        <translation>Angewendet am %1 von %2 in %3 ms</translation>
    </message>
    <message>
        <source>Checksum when applied: %1</source>
        <translation>Prüfsumme beim Anwenden: %1</translation>
    </message>
    <message>
        <source>The file changed after it was applied: validate fails until it is restored or repaired.</source>
        <translation>Die Datei wurde nach dem Anwenden geändert: validate schlägt fehl, bis sie wiederhergestellt oder repariert ist.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MigrationsPanel</name>
    <message>
        <source>No migrations folder</source>
        <translation>Kein Migrationsordner</translation>
    </message>
    <message>
        <source>New Migration…</source>
        <translation>Neue Migration…</translation>
    </message>
    <message>
        <source>Apply Pending to Working Copy</source>
        <translation>Ausstehende auf Arbeitskopie anwenden</translation>
    </message>
    <message>
        <source>Copies the database (it is never changed) and applies the pending migrations to the copy</source>
        <translation>Kopiert die Datenbank (sie wird nie geändert) und wendet die ausstehenden Migrationen auf die Kopie an</translation>
    </message>
    <message>
        <source>Apply the pending migrations to a working copy to see what they change.</source>
        <translation>Wenden Sie die ausstehenden Migrationen auf eine Arbeitskopie an, um zu sehen, was sie ändern.</translation>
    </message>
    <message>
        <source>Cannot create the working copy folder %1</source>
        <translation>Der Ordner für Arbeitskopien %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Applying the pending migrations to %1…</source>
        <translation>Wende die ausstehenden Migrationen auf %1 an…</translation>
    </message>
    <message>
        <source>Working copy: %1
</source>
        <translation>Arbeitskopie: %1
</translation>
    </message>
    <message>
        <source>baselined at version %1
</source>
        <translation>Baseline bei Version %1
</translation>
    </message>
    <message>
        <source>applied %1 (%2 ms)
</source>
        <translation>%1 angewendet (%2 ms)
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>FAILED: %1
The file&apos;s transaction had committed: its changes stay and the history records it as failed.
</source>
        <translation>FEHLGESCHLAGEN: %1
Die Transaktion der Datei war bereits festgeschrieben: Ihre Änderungen bleiben, und die Historie verzeichnet sie als fehlgeschlagen.
</translation>
    </message>
    <message>
        <source>FAILED: %1
The copy is as it was before that file.
</source>
        <translation>FEHLGESCHLAGEN: %1
Die Kopie ist so, wie sie vor dieser Datei war.
</translation>
    </message>
    <message>
        <source>Nothing to apply: no migration is pending.
</source>
        <translation>Nichts anzuwenden: Keine Migration steht aus.
</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MigrationsWorkbench</name>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>SQL Editor</source>
        <translation>SQL-Editor</translation>
    </message>
    <message>
        <source>Open &amp;Migrations Folder…</source>
        <translation>&amp;Migrationsordner öffnen…</translation>
    </message>
    <message>
        <source>Show a folder of Flyway-style V…__….sql migrations beside the schema</source>
        <translation>Einen Ordner mit Migrationen im Flyway-Stil (V…__….sql) neben dem Schema zeigen</translation>
    </message>
    <message>
        <source>&amp;New Migration…</source>
        <translation>&amp;Neue Migration…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Could not save the SQL file.</source>
        <translation>Die SQL-Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>SQL editor</source>
        <translation>SQL-Editor</translation>
    </message>
    <message>
        <source>Open Migrations Folder</source>
        <translation>Migrationsordner öffnen</translation>
    </message>
    <message>
        <source>New Migration</source>
        <translation>Neue Migration</translation>
    </message>
    <message>
        <source>What does it do? (becomes the file name, e.g. &quot;add shipping eta&quot;)</source>
        <translation>Was tut sie? (wird zum Dateinamen, z. B. &quot;add shipping eta&quot;)</translation>
    </message>
    <message>
        <source>Could not create the migration.</source>
        <translation>Die Migration konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder Ziehen verschiebt die Ansicht</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ModeController</name>
    <message>
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::PlanPage</name>
    <message>
        <source>Decide…</source>
        <translation>Entscheiden…</translation>
    </message>
    <message>
        <source>Walk the decision tree: skip or keep the dual-write, batch sizes, fill values, renames</source>
        <translation>Den Entscheidungsbaum durchgehen: doppeltes Schreiben überspringen oder beibehalten, Batchgrößen, Füllwerte, Umbenennungen</translation>
    </message>
    <message>
        <source>The two schemas are the same: there is nothing to plan.</source>
        <translation>Die beiden Schemas sind gleich: Es gibt nichts zu planen.</translation>
    </message>
    <message>
        <source>No plan yet. Compare the open database with what it should become (Compare With… or Compare With Pending Migrations…): the plan of its changes appears here.</source>
        <translation>Noch kein Plan. Vergleichen Sie die geöffnete Datenbank mit dem, was aus ihr werden soll (Vergleichen mit… oder Mit ausstehenden Migrationen vergleichen…): Der Plan ihrer Änderungen erscheint hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) of expand-contract</source>
        <translation>
            <numerusform>%n Phase von Expand-Contract</numerusform>
            <numerusform>%n Phasen von Expand-Contract</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data check(s) stop the export until answered</source>
        <translation>
            <numerusform>%n Datenprüfung hält den Export an, bis sie beantwortet ist</numerusform>
            <numerusform>%n Datenprüfungen halten den Export an, bis sie beantwortet sind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::widgets::PlanView</name>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>Nothing to do: the schemas are the same.</source>
        <translation>Nichts zu tun: Die Schemas sind gleich.</translation>
    </message>
    <message>
        <source>Select a step.</source>
        <translation>Wählen Sie einen Schritt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Warning:&lt;/b&gt; %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Warnung:&lt;/b&gt; %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Runs outside a transaction: it turns foreign keys off and manages its own.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Läuft außerhalb einer Transaktion: Sie schaltet Fremdschlüssel ab und verwaltet ihre eigene.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Batches of %1 rows on %2.%3, until the remaining count is 0.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Batches von %1 Zeilen auf %2.%3, bis die verbleibende Anzahl 0 ist.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before it runs&lt;/b&gt;&lt;ul style=&quot;margin-left:12px&quot;&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Bevor sie läuft&lt;/b&gt;&lt;ul style=&quot;margin-left:12px&quot;&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>A new language takes effect when Godwit starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Godwit.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation> Ops/s</translation>
    </message>
    <message>
        <source>Operations per second of the simulated application when a rehearsal starts</source>
        <translation>Operationen pro Sekunde der simulierten Anwendung, wenn ein Probelauf beginnt</translation>
    </message>
    <message>
        <source>As the plan suggests</source>
        <translation>Wie der Plan vorschlägt</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Rows per backfill batch when a rehearsal starts</source>
        <translation>Zeilen pro Backfill-Batch, wenn ein Probelauf beginnt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>All copies</source>
        <translation>Alle Kopien</translation>
    </message>
    <message>
        <source> days old or more</source>
        <translation> Tage alt oder älter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete these working copies; your databases are never touched</source>
        <translation>Diese Arbeitskopien löschen; Ihre Datenbanken werden nie angetastet</translation>
    </message>
    <message>
        <source>Remove copies:</source>
        <translation>Kopien entfernen:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>New rehearsals</source>
        <translation>Neue Probeläufe</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Last:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>Working copies</source>
        <translation>Arbeitskopien</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Language, theme, rehearsal defaults and working copies</source>
        <translation>Sprache, Farbschema, Vorgaben für Probeläufe und Arbeitskopien</translation>
    </message>
    <message numerus="yes">
        <source>%n working copies take %1 in %2.</source>
        <translation>
            <numerusform>%n Arbeitskopie belegt %1 in %2.</numerusform>
            <numerusform>%n Arbeitskopien belegen %1 in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working Copies</source>
        <translation>Arbeitskopien</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Folder for Working Copies</source>
        <translation>Ordner für Arbeitskopien</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ProjectController</name>
    <message>
        <source>Godwit projects (*.godwit)</source>
        <translation>Godwit-Projekte (*.godwit)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Godwit could not open the project “%1”.</source>
        <translation>Godwit konnte das Projekt „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <source>Godwit could not save the project.</source>
        <translation>Godwit konnte das Projekt nicht speichern.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project “%1” has changes that are not saved.</source>
        <translation>Das Projekt „%1“ enthält ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Add the query panel&apos;s indexes</source>
        <translation>Indizes des Abfragebereichs hinzufügen</translation>
    </message>
    <message>
        <source>Answer in the plan wizard</source>
        <translation>Antwort im Plan-Assistenten</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Open a database and compare it with its target first (File ▸ Compare With…)</source>
        <translation>Öffnen Sie zuerst eine Datenbank und vergleichen Sie sie mit ihrem Ziel (Datei ▸ Vergleichen mit…)</translation>
    </message>
    <message>
        <source>Nothing to save: no project is open</source>
        <translation>Nichts zu speichern: Kein Projekt geöffnet</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryDialog</name>
    <message>
        <source>Add Query</source>
        <translation>Abfrage hinzufügen</translation>
    </message>
    <message>
        <source>e.g. orders by status</source>
        <translation>z. B. Bestellungen nach Status</translation>
    </message>
    <message>
        <source> calls/min</source>
        <translation> Aufrufe/min</translation>
    </message>
    <message>
        <source>SELECT … WHERE customer_id = ?</source>
        <translation>SELECT … WHERE customer_id = ?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>&amp;SQL:</source>
        <translation>&amp;SQL:</translation>
    </message>
    <message numerus="yes">
        <source>One statement per query: this text has %n statement(s).</source>
        <translation>
            <numerusform>Eine Anweisung pro Abfrage: Dieser Text hat %n Anweisung.</numerusform>
            <numerusform>Eine Anweisung pro Abfrage: Dieser Text hat %n Anweisungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryListModel</name>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Verschlechtert</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Kaputt</translation>
    </message>
    <message>
        <source>Does not prepare</source>
        <translation>Lässt sich nicht vorbereiten</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreibend</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesend</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryPanel</name>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Proposed index</source>
        <translation>Vorgeschlagener Index</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Removes</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Add to Plan</source>
        <translation>Zum Plan hinzufügen</translation>
    </message>
    <message>
        <source>Add Covering Variant</source>
        <translation>Abdeckende Variante hinzufügen</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Sample Queries</source>
        <translation>Beispielabfragen</translation>
    </message>
    <message>
        <source>Rehearsal Workload</source>
        <translation>Last des Probelaufs</translation>
    </message>
    <message>
        <source>The statements the rehearsal&apos;s simulated application runs for this change</source>
        <translation>Die Anweisungen, die die simulierte Anwendung des Probelaufs für diese Änderung ausführt</translation>
    </message>
    <message>
        <source>Add Query…</source>
        <translation>Abfrage hinzufügen…</translation>
    </message>
    <message>
        <source>Type a query of the application into the list (saved to the list&apos;s file)</source>
        <translation>Eine Abfrage der Anwendung in die Liste eintragen (in der Datei der Liste gespeichert)</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Explain the queries on the schema after a change too: a database, SQL script or Mermaid file</source>
        <translation>Die Abfragen auch auf dem Schema nach einer Änderung erklären: einer Datenbank, einem SQL-Skript oder einer Mermaid-Datei</translation>
    </message>
    <message>
        <source>No Comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>Run every query %1 times on a copy of the database and measure each index&apos;s write cost</source>
        <translation>Jede Abfrage %1-mal auf einer Kopie der Datenbank ausführen und die Schreibkosten jedes Index messen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Add a CREATE INDEX step for this index to the migration plan</source>
        <translation>Einen CREATE-INDEX-Schritt für diesen Index zum Migrationsplan hinzufügen</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Index Advice</source>
        <translation>Index-Empfehlungen</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>The query list could not be read.</source>
        <translation>Die Abfrageliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The query list could not be saved.</source>
        <translation>Die Abfrageliste konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The sample query list is missing.</source>
        <translation>Die Beispiel-Abfrageliste fehlt.</translation>
    </message>
    <message>
        <source>The rehearsal workload needs a database and a schema to compare with.</source>
        <translation>Die Last des Probelaufs braucht eine Datenbank und ein Schema zum Vergleich.</translation>
    </message>
    <message>
        <source>Open a database and choose Compare With… first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank und wählen Sie „Vergleichen mit…“.</translation>
    </message>
    <message>
        <source>The rehearsal workload could not be derived.</source>
        <translation>Die Last des Probelaufs konnte nicht abgeleitet werden.</translation>
    </message>
    <message>
        <source>The change moves no column, so the rehearsal simulates no application.</source>
        <translation>Die Änderung verschiebt keine Spalte, daher simuliert der Probelauf keine Anwendung.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Could not explain the queries: %1</source>
        <translation>Die Abfragen konnten nicht erklärt werden: %1</translation>
    </message>
    <message>
        <source>The queries could not be explained.</source>
        <translation>Die Abfragen konnten nicht erklärt werden.</translation>
    </message>
    <message>
        <source>Covering: %1</source>
        <translation>Abdeckend: %1</translation>
    </message>
    <message>
        <source>No advice: every query finds an index, or none would help</source>
        <translation>Keine Empfehlung: Jede Abfrage findet einen Index, oder keiner würde helfen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>unused by the listed queries</source>
        <translation>von den aufgeführten Abfragen nicht genutzt</translation>
    </message>
    <message>
        <source>prefix of %1</source>
        <translation>Präfix von %1</translation>
    </message>
    <message>
        <source> (serves a foreign key)</source>
        <translation> (dient einem Fremdschlüssel)</translation>
    </message>
    <message>
        <source>Open a database to explain its queries.</source>
        <translation>Öffnen Sie eine Datenbank, um ihre Abfragen zu erklären.</translation>
    </message>
    <message>
        <source>Load a query list (File ▸ Load Queries…) or the sample queries.</source>
        <translation>Laden Sie eine Abfrageliste (Datei ▸ Abfragen laden…) oder die Beispielabfragen.</translation>
    </message>
    <message>
        <source>Explaining and measuring the queries…</source>
        <translation>Erkläre und messe die Abfragen…</translation>
    </message>
    <message>
        <source>Explaining the queries…</source>
        <translation>Erkläre die Abfragen…</translation>
    </message>
    <message numerus="yes">
        <source>%n query</source>
        <translation>
            <numerusform>%n Abfrage</numerusform>
            <numerusform>%n Abfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queries</source>
        <translation>
            <numerusform>%n Abfrage</numerusform>
            <numerusform>%n Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> — compared with %1</source>
        <translation> — verglichen mit %1</translation>
    </message>
    <message>
        <source>The orders sample&apos;s dominant queries (its access patterns)</source>
        <translation>Die vorherrschenden Abfragen des Orders-Beispiels (seine Zugriffsmuster)</translation>
    </message>
    <message>
        <source>Show the Rows</source>
        <translation>Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Run the query and show what it returns in a grid</source>
        <translation>Die Abfrage ausführen und das Ergebnis in einer Tabelle anzeigen</translation>
    </message>
    <message>
        <source>The pending migrations could not be read.</source>
        <translation>Die ausstehenden Migrationen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryPlanView</name>
    <message>
        <source>could not run: %1</source>
        <translation>konnte nicht laufen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms median of %n run(s); %2 rows, %3 VM steps, %4 full-scan steps, %5 sorts</source>
        <translation>
            <numerusform>%1 ms Median von %n Lauf; %2 Zeilen, %3 VM-Schritte, %4 Full-Scan-Schritte, %5 Sortierungen</numerusform>
            <numerusform>%1 ms Median von %n Läufen; %2 Zeilen, %3 VM-Schritte, %4 Full-Scan-Schritte, %5 Sortierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Select a query to see how SQLite runs it.</source>
        <translation>Wählen Sie eine Abfrage, um zu sehen, wie SQLite sie ausführt.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Does not prepare: %1</source>
        <translation>Lässt sich nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>Reads no table</source>
        <translation>Liest keine Tabelle</translation>
    </message>
    <message>
        <source>Full scan: every row of %1 is read</source>
        <translation>Full Scan: Jede Zeile von %1 wird gelesen</translation>
    </message>
    <message>
        <source>SQLite sorts the rows itself: no index delivers this order</source>
        <translation>SQLite sortiert die Zeilen selbst: Kein Index liefert diese Reihenfolge</translation>
    </message>
    <message>
        <source>An index built for this statement alone, on every run</source>
        <translation>Ein Index nur für diese Anweisung, bei jedem Lauf neu gebaut</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Measured before: %1</source>
        <translation>Vorher gemessen: %1</translation>
    </message>
    <message>
        <source>Measured after: %1</source>
        <translation>Nachher gemessen: %1</translation>
    </message>
    <message>
        <source>Index advice: %1</source>
        <translation>Index-Empfehlung: %1</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryWorkbench</name>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Load &amp;Queries…</source>
        <translation>&amp;Abfragen laden…</translation>
    </message>
    <message>
        <source>Read the application&apos;s dominant queries (one SQL statement each) and explain them</source>
        <translation>Die wichtigsten Abfragen der Anwendung lesen (je eine SQL-Anweisung) und erklären</translation>
    </message>
    <message>
        <source>Already in the migration plan: %1</source>
        <translation>Bereits im Migrationsplan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added to the migration plan (%n index(es) requested): %1</source>
        <translation>
            <numerusform>Zum Migrationsplan hinzugefügt (%n Index angefordert): %1</numerusform>
            <numerusform>Zum Migrationsplan hinzugefügt (%n Indizes angefordert): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Queries</source>
        <translation>Abfragen laden</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Compare Queries With</source>
        <translation>Abfragen vergleichen mit</translation>
    </message>
    <message>
        <source>Databases, SQL scripts and Mermaid diagrams (*.db *.sqlite *.sqlite3 *.sql *.mmd *.md);;All files (*)</source>
        <translation>Datenbanken, SQL-Skripte und Mermaid-Diagramme (*.db *.sqlite *.sqlite3 *.sql *.mmd *.md);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RecentFiles</name>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalCharts</name>
    <message>
        <source>rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Backfill rows/s</source>
        <translation>Backfill-Zeilen/s</translation>
    </message>
    <message>
        <source>Workload latency (ms)</source>
        <translation>Latenz der Last (ms)</translation>
    </message>
    <message>
        <source>Drift (rows)</source>
        <translation>Drift (Zeilen)</translation>
    </message>
    <message>
        <source>Write amplification (per row written)</source>
        <translation>Schreibverstärkung (pro geschriebener Zeile)</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalTimeline</name>
    <message>
        <source>Rehearsal phases</source>
        <translation>Phasen des Probelaufs</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3 s)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3 s)&lt;br&gt;%4</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalView</name>
    <message>
        <source>Crash mid-backfill</source>
        <translation>Absturz mitten im Backfill</translation>
    </message>
    <message>
        <source>Skip dual-write</source>
        <translation>Dual-Write überspringen</translation>
    </message>
    <message>
        <source>Switch reads early</source>
        <translation>Lesen zu früh umschalten</translation>
    </message>
    <message>
        <source>Contract early</source>
        <translation>Zu früh kontrahieren</translation>
    </message>
    <message>
        <source>Long transaction</source>
        <translation>Lange Transaktion</translation>
    </message>
    <message>
        <source>The backfill dies before a batch commits, then resumes from its checkpoint.</source>
        <translation>Der Backfill bricht ab, bevor ein Batch festgeschrieben ist, und setzt dann an seinem Checkpoint fort.</translation>
    </message>
    <message>
        <source>No dual-write triggers: old and new columns drift apart.</source>
        <translation>Keine Dual-Write-Trigger: Alte und neue Spalten driften auseinander.</translation>
    </message>
    <message>
        <source>Reads move before the backfill: new clients read NULLs.</source>
        <translation>Lesezugriffe wechseln vor dem Backfill: Neue Clients lesen NULLs.</translation>
    </message>
    <message>
        <source>The contract runs before the backfill: data held only in the old column is lost.</source>
        <translation>Der Contract läuft vor dem Backfill: Daten, die nur in der alten Spalte stehen, gehen verloren.</translation>
    </message>
    <message>
        <source>Another transaction holds the write lock and blocks the backfill.</source>
        <translation>Eine andere Transaktion hält die Schreibsperre und blockiert den Backfill.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Sc&amp;hritt</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <source>Continue the cancelled rehearsal in its working copy; the backfill resumes from its checkpoint</source>
        <translation>Den abgebrochenen Probelauf in seiner Arbeitskopie fortsetzen; der Backfill setzt an seinem Checkpoint fort</translation>
    </message>
    <message>
        <source>Copy the database and run every phase under simulated load</source>
        <translation>Die Datenbank kopieren und jede Phase unter simulierter Last ausführen</translation>
    </message>
    <message>
        <source>Run one phase, then pause</source>
        <translation>Eine Phase ausführen, dann pausieren</translation>
    </message>
    <message>
        <source>Rows per backfill batch; takes effect at the next batch</source>
        <translation>Zeilen pro Backfill-Batch; gilt ab dem nächsten Batch</translation>
    </message>
    <message>
        <source>Pause between backfill batches; takes effect at the next batch</source>
        <translation>Pause zwischen Backfill-Batches; gilt ab dem nächsten Batch</translation>
    </message>
    <message>
        <source>0 ms</source>
        <translation>0 ms</translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation> Ops/s</translation>
    </message>
    <message>
        <source>Operations per second of the simulated application</source>
        <translation>Operationen pro Sekunde der simulierten Anwendung</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Verzögerung:</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Last:</translation>
    </message>
    <message>
        <source>Faults:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Contract even if verification fails</source>
        <translation>Auch kontrahieren, wenn die Prüfung fehlschlägt</translation>
    </message>
    <message>
        <source>No plan: compare the database with its target schema, then choose Migration ▸ Rehearse…</source>
        <translation>Kein Plan: Vergleichen Sie die Datenbank mit ihrem Zielschema und wählen Sie dann Migration ▸ Proben…</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>No incidents yet.
Stage a mistake above (skip the dual-write, switch reads early, …) to see what each phase protects against.</source>
        <translation>Noch keine Vorfälle.
Inszenieren Sie oben einen Fehler (Dual-Write überspringen, Lesen zu früh umschalten, …), um zu sehen, wovor jede Phase schützt.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>[%1] %2 · %3 (%4 s): %5</source>
        <translation>[%1] %2 · %3 (%4 s): %5</translation>
    </message>
    <message>
        <source>%1.%2 → %3</source>
        <translation>%1.%2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Rehearse %n step(s) on a copy of %1</source>
        <translation>
            <numerusform>%n Schritt auf einer Kopie von %1 proben</numerusform>
            <numerusform>%n Schritte auf einer Kopie von %1 proben</numerusform>
        </translation>
    </message>
    <message>
        <source> — migrating %1</source>
        <translation> — migriert %1</translation>
    </message>
    <message>
        <source> (no backfill)</source>
        <translation> (kein Backfill)</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>Vorher / nachher</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Copying the database: %p% · waiting: another process is writing the original</source>
        <translation>Kopiere die Datenbank: %p% · warte: Ein anderer Prozess schreibt das Original</translation>
    </message>
    <message numerus="yes">
        <source>Copying the database: %p% · restarted %n time(s): another process is writing the original</source>
        <translation>
            <numerusform>Kopiere die Datenbank: %p% · %n-mal neu gestartet: Ein anderer Prozess schreibt das Original</numerusform>
            <numerusform>Kopiere die Datenbank: %p% · %n-mal neu gestartet: Ein anderer Prozess schreibt das Original</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the database: %p%</source>
        <translation>Kopiere die Datenbank: %p%</translation>
    </message>
    <message>
        <source>Backfill %1 / %2 rows (%p%) · ETA %3</source>
        <translation>Backfill %1 / %2 Zeilen (%p%) · noch %3</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Starte</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation>nicht gemessen (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict: ok.&lt;/b&gt; Drift %1; the original is unchanged (SHA-256 %2…). Working copy: %3</source>
        <translation>&lt;b&gt;Ergebnis: in Ordnung.&lt;/b&gt; Drift %1; das Original ist unverändert (SHA-256 %2…). Arbeitskopie: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict: cancelled&lt;/b&gt; during %1. Drift so far %2; original %3 (SHA-256 %4…). Working copy (resumable): %5</source>
        <translation>&lt;b&gt;Ergebnis: abgebrochen&lt;/b&gt; während %1. Drift bisher %2; Original %3 (SHA-256 %4…). Arbeitskopie (fortsetzbar): %5</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>dem Start</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict: failed.&lt;/b&gt; %1&lt;br&gt;Original %2 (SHA-256 %3…). Working copy: %4</source>
        <translation>&lt;b&gt;Ergebnis: fehlgeschlagen.&lt;/b&gt; %1&lt;br&gt;Original %2 (SHA-256 %3…). Arbeitskopie: %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; before the rehearsal began; no working copy was left behind.</source>
        <translation>&lt;b&gt;Abgebrochen&lt;/b&gt;, bevor der Probelauf begann; keine Arbeitskopie blieb zurück.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rehearsal could not run:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Probelauf konnte nicht laufen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Unterricht</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>Realistisch</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Am schnellsten</translation>
    </message>
    <message>
        <source>Classroom: the backfill takes about a minute, with an ETA to watch. Realistic: the batch, delay and load as set. Fastest: no pauses, no throttling</source>
        <translation>Unterricht: Das Nachfüllen dauert etwa eine Minute, mit einer Restzeitanzeige zum Beobachten. Realistisch: Batch, Verzögerung und Last wie eingestellt. Am schnellsten: keine Pausen, keine Drosselung</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the rows behind it, on the working copy</source>
        <translation>Doppelklick oder Eingabetaste zeigt die Zeilen dahinter, auf der Arbeitskopie</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalWorkbench</name>
    <message>
        <source>&amp;Rehearse…</source>
        <translation>&amp;Proben…</translation>
    </message>
    <message>
        <source>Run the migration plan on a copy of the database while a simulated application reads and writes it</source>
        <translation>Den Migrationsplan auf einer Kopie der Datenbank ausführen, während eine simulierte Anwendung sie liest und schreibt</translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation>&amp;Migration</translation>
    </message>
    <message>
        <source>Rehearsals run on a copy of a database: open one (not a script)</source>
        <translation>Probeläufe laufen auf einer Kopie einer Datenbank: Öffnen Sie eine (kein Skript)</translation>
    </message>
    <message>
        <source>Compare the database with its target first: the rehearsal runs the plan</source>
        <translation>Vergleichen Sie die Datenbank zuerst mit ihrem Ziel: Der Probelauf führt den Plan aus</translation>
    </message>
    <message>
        <source>A rehearsal is running</source>
        <translation>Ein Probelauf läuft</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RenameChoices</name>
    <message>
        <source>Propose the Rename Again</source>
        <translation>Umbenennung erneut vorschlagen</translation>
    </message>
    <message>
        <source>Confirm the Rename (Keeps the Data)</source>
        <translation>Umbenennung bestätigen (behält die Daten)</translation>
    </message>
    <message>
        <source>Back to a Proposed Rename</source>
        <translation>Zurück zur vorgeschlagenen Umbenennung</translation>
    </message>
    <message>
        <source>Not a Rename: Drop and Add (Loses the Data)</source>
        <translation>Keine Umbenennung: Löschen und Hinzufügen (verliert die Daten)</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ResultsView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>as TSV</source>
        <translation>als TSV</translation>
    </message>
    <message>
        <source>as CSV</source>
        <translation>als CSV</translation>
    </message>
    <message>
        <source>as Markdown</source>
        <translation>als Markdown</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: Fehler</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1 rows in %2 (the first %3 shown)</source>
        <translation>%1 Zeilen in %2 (die ersten %3 angezeigt)</translation>
    </message>
    <message>
        <source>%1 rows in %2</source>
        <translation>%1 Zeilen in %2</translation>
    </message>
    <message>
        <source>%1 rows changed in %2</source>
        <translation>%1 Zeilen geändert in %2</translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ReviewPresenter</name>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 — ← → to move, Esc to leave</source>
        <translation>%1 / %2 · %3 — ← → zum Blättern, Esc zum Verlassen</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ReviewView</name>
    <message>
        <source>Query list (.sql), optional</source>
        <translation>Abfrageliste (.sql), optional</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Query List</source>
        <translation>Abfrageliste</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Rehearse on a copy</source>
        <translation>Auf einer Kopie proben</translation>
    </message>
    <message>
        <source>Run the plan on a copy of the database under simulated load (takes a while)</source>
        <translation>Den Plan auf einer Kopie der Datenbank unter simulierter Last ausführen (dauert eine Weile)</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Full screen, one section per page; arrow keys to move, Esc to leave</source>
        <translation>Vollbild, ein Abschnitt pro Seite; Pfeiltasten zum Blättern, Esc zum Verlassen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Building the review and rehearsing on a copy…</source>
        <translation>Erstelle das Review und probe auf einer Kopie…</translation>
    </message>
    <message>
        <source>Building the review…</source>
        <translation>Erstelle das Review…</translation>
    </message>
    <message>
        <source>Could not build the review: %1</source>
        <translation>Das Review konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1 changes, %2 steps; pre-check failures %3, lint errors %4, rehearsal %5</source>
        <translation>%1 Änderungen, %2 Schritte; fehlgeschlagene Vorprüfungen %3, Lint-Fehler %4, Probelauf %5</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>Review exportieren</translation>
    </message>
    <message>
        <source>HTML document (*.html);;PDF document (*.pdf);;Markdown (*.md)</source>
        <translation>HTML-Dokument (*.html);;PDF-Dokument (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not export the review: %1</source>
        <translation>Das Review konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ReviewWorkbench</name>
    <message>
        <source>Re&amp;view Document…</source>
        <translation>Re&amp;view-Dokument…</translation>
    </message>
    <message>
        <source>The document for the pre-migration review meeting: preview, export (HTML, PDF, Markdown) and present</source>
        <translation>Das Dokument für das Review-Meeting vor der Migration: Vorschau, Export (HTML, PDF, Markdown) und Präsentation</translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation>&amp;Migration</translation>
    </message>
    <message>
        <source>The review reads the open file: open a database or script (not the built-in example)</source>
        <translation>Die Prüfung liest die geöffnete Datei: Öffnen Sie eine Datenbank oder ein Skript (nicht das eingebaute Beispiel)</translation>
    </message>
    <message>
        <source>Compare the open file with its target first: the review documents that change</source>
        <translation>Vergleichen Sie die geöffnete Datei zuerst mit ihrem Ziel: Die Prüfung dokumentiert diese Änderung</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SchemaBrowser</name>
    <message>
        <source>Filter tables, columns, indexes…</source>
        <translation>Tabellen, Spalten, Indizes filtern…</translation>
    </message>
    <message>
        <source>No schema loaded.
Open a database or an SQL script.</source>
        <translation>Kein Schema geladen.
Öffnen Sie eine Datenbank oder ein SQL-Skript.</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SchemaOverview</name>
    <message>
        <source>%n table</source>
        <translation>%n Tabellen</translation>
    </message>
    <message>
        <source>%n tables</source>
        <translation>%n Tabellen</translation>
    </message>
    <message>
        <source>%n view</source>
        <translation>%n Views</translation>
    </message>
    <message>
        <source>%n views</source>
        <translation>%n Views</translation>
    </message>
    <message>
        <source>%n index</source>
        <translation>%n Indizes</translation>
    </message>
    <message>
        <source>%n indexes</source>
        <translation>%n Indizes</translation>
    </message>
    <message>
        <source>%n foreign key</source>
        <translation>%n Fremdschlüssel</translation>
    </message>
    <message>
        <source>%n foreign keys</source>
        <translation>%n Fremdschlüssel</translation>
    </message>
    <message>
        <source>%n trigger</source>
        <translation>%n Trigger</translation>
    </message>
    <message>
        <source>%n triggers</source>
        <translation>%n Trigger</translation>
    </message>
    <message>
        <source>schema only, from an SQL script</source>
        <translation>nur Schema, aus einem SQL-Skript</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SchemaTreeModel</name>
    <message>
        <source>%1%2 rows</source>
        <translation>%1%2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n column</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>View %1</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Index %1 %2</source>
        <translation>Index %1 %2</translation>
    </message>
    <message>
        <source>Foreign key %1 %2</source>
        <translation>Fremdschlüssel %1 %2</translation>
    </message>
    <message>
        <source>Trigger %1 (%2)</source>
        <translation>Trigger %1 (%2)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SqlConsole</name>
    <message>
        <source>Original (read-only)</source>
        <translation>Original (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Working copy (writes allowed)</source>
        <translation>Arbeitskopie (Schreiben erlaubt)</translation>
    </message>
    <message>
        <source>The original is only read. A working copy is a backup of it that Godwit made; what you run there waits in a transaction for Commit or Roll Back.</source>
        <translation>Das Original wird nur gelesen. Eine Arbeitskopie ist ein von Godwit erstelltes Backup davon; was Sie dort ausführen, wartet in einer Transaktion auf Commit oder Rollback.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the selection, or all statements (Ctrl+Return)</source>
        <translation>Auswahl oder alle Anweisungen ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>On %1, read-only</source>
        <translation>Auf %1, schreibgeschützt</translation>
    </message>
    <message>
        <source>On the working copy %1</source>
        <translation>Auf der Arbeitskopie %1</translation>
    </message>
    <message>
        <source>Uncommitted changes on the working copy: Commit or Roll Back</source>
        <translation>Nicht festgeschriebene Änderungen auf der Arbeitskopie: Commit oder Rollback</translation>
    </message>
    <message>
        <source>Committed to the working copy</source>
        <translation>In die Arbeitskopie festgeschrieben</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Datenbank wird kopiert…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SqlEditorPane</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>The SQL</source>
        <translation>Das SQL</translation>
    </message>
    <message>
        <source>deleted on disk</source>
        <translation>auf der Festplatte gelöscht</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your edits?</source>
        <translation>%1 wurde von einem anderen Programm geändert. Neu laden und Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::TableBrowser</name>
    <message>
        <source>Open in SQL Editor</source>
        <translation>Im SQL-Editor öffnen</translation>
    </message>
    <message>
        <source>The SELECT that lists these rows, filtered and sorted as shown</source>
        <translation>Das SELECT, das diese Zeilen auflistet, gefiltert und sortiert wie angezeigt</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Text the value contains, or NULL, NOT NULL, =v, !=v, &lt;v, &gt;v, &lt;=v, &gt;=v</source>
        <translation>Text, den der Wert enthält, oder NULL, NOT NULL, =v, !=v, &lt;v, &gt;v, &lt;=v, &gt;=v</translation>
    </message>
    <message>
        <source>%1 rows of %2</source>
        <translation>%1 Zeilen von %2</translation>
    </message>
    <message>
        <source>, filtered</source>
        <translation>, gefiltert</translation>
    </message>
    <message>
        <source>, sorted by %1 (read from an index)</source>
        <translation>, sortiert nach %1 (aus einem Index gelesen)</translation>
    </message>
    <message>
        <source>, sorted by %1: no index has this order, so SQLite scans and sorts the rows for every page</source>
        <translation>, sortiert nach %1: Kein Index hat diese Reihenfolge, daher durchsucht und sortiert SQLite die Zeilen für jede Seite</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>BLOB of %1 bytes</source>
        <translation>BLOB mit %1 Bytes</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::TableCardModel</name>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>≈ %1 rows</source>
        <translation>≈ %1 Zeilen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message numerus="yes">
        <source>View %1: %n column</source>
        <translation>
            <numerusform>View %1: %n Spalte</numerusform>
            <numerusform>View %1: %n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>View %1: %n columns</source>
        <translation>
            <numerusform>View %1: %n Spalte</numerusform>
            <numerusform>View %1: %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 rows</source>
        <translation>, %1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n column</source>
        <translation>
            <numerusform>Tabelle %1: %n Spalte</numerusform>
            <numerusform>Tabelle %1: %n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n columns</source>
        <translation>
            <numerusform>Tabelle %1: %n Spalte</numerusform>
            <numerusform>Tabelle %1: %n Spalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::widgets::TableModel</name>
    <message>
        <source>Double-click to see the whole value</source>
        <translation>Doppelklicken, um den ganzen Wert zu sehen</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::WelcomePage</name>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>Evolve SQLite schemas safely.</source>
        <translation>SQLite-Schemas sicher weiterentwickeln.</translation>
    </message>
    <message>
        <source>Open a database to browse its tables, keys, indexes and triggers. Godwit opens your file read-only and never changes a byte of it. Then describe the schema you want, and Godwit classifies every change, plans the expand–contract migration step by step, and rehearses it on a copy of your data.</source>
        <translation>Öffnen Sie eine Datenbank, um ihre Tabellen, Schlüssel, Indizes und Trigger zu durchsuchen. Godwit öffnet Ihre Datei nur lesend und ändert kein einziges Byte. Beschreiben Sie dann das gewünschte Schema: Godwit ordnet jede Änderung ein, plant die Expand-Contract-Migration Schritt für Schritt und probt sie auf einer Kopie Ihrer Daten.</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Datenbank öffnen…</translation>
    </message>
    <message>
        <source>A SQLite file, opened read-only.</source>
        <translation>Eine SQLite-Datei, nur lesend geöffnet.</translation>
    </message>
    <message>
        <source>Open SQL script…</source>
        <translation>SQL-Skript öffnen…</translation>
    </message>
    <message>
        <source>CREATE statements, run into an in-memory database.</source>
        <translation>CREATE-Anweisungen, in eine In-Memory-Datenbank ausgeführt.</translation>
    </message>
    <message>
        <source>Open the orders example</source>
        <translation>Bestellbeispiel öffnen</translation>
    </message>
    <message>
        <source>Tip: drop a database or an .sql file anywhere on this window.</source>
        <translation>Tipp: Ziehen Sie eine Datenbank oder eine .sql-Datei irgendwo auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Nothing yet — the files you open will be listed here.</source>
        <translation>Noch nichts — die Dateien, die Sie öffnen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Orders, items and payments — the classic expand–contract example.</source>
        <translation>Bestellungen, Positionen und Zahlungen – das klassische Expand-Contract-Beispiel.</translation>
    </message>
    <message>
        <source>Learn expand-contract</source>
        <translation>Expand-Contract lernen</translation>
    </message>
    <message>
        <source>The example with 1,000,000 orders, step by step: compare, plan, rehearse, a staged mistake, review.</source>
        <translation>Das Beispiel mit 1.000.000 Bestellungen, Schritt für Schritt: vergleichen, planen, proben, ein inszenierter Fehler, Prüfung.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for evolving SQLite schemas safely.</source>
        <translation>Eine Werkbank, um SQLite-Schemas sicher weiterzuentwickeln.</translation>
    </message>
    <message>
        <source>A SQLite database (opened read-only), an .sql script, or a .godwit project to open.</source>
        <translation>Eine SQLite-Datenbank (schreibgeschützt geöffnet), ein .sql-Skript oder ein .godwit-Projekt zum Öffnen.</translation>
    </message>
    <message>
        <source>The mode to show once FILE is open: schema, compare, plan, rehearse, queries or review.</source>
        <translation>Der Modus, der angezeigt wird, sobald FILE geöffnet ist: schema, compare, plan, rehearse, queries oder review.</translation>
    </message>
</context>
</TS>
