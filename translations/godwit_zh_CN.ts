<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h2&gt;Godwit %1&lt;/h2&gt;&lt;p&gt;A workbench for evolving SQLite schemas safely: see every change, plan the expand–contract migration, and rehearse it on a copy of your data.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3) and SQLite %4.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Godwit %1&lt;/h2&gt;&lt;p&gt;安全演进 SQLite 架构的工作台：查看每一处变更，规划扩展-收缩（expand-contract）迁移，并在数据副本上演练。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建（运行于 %3），使用 SQLite %4。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Godwit</source>
        <translation>关于 Godwit</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>&lt;h2&gt;Change a schema without stopping the application&lt;/h2&gt;&lt;p&gt;Godwit plans a schema change as &lt;b&gt;expand-contract&lt;/b&gt;: add the new shape beside the old one, keep both written (the dual-write), copy the old data over in small batches (the backfill), move the readers, and only then remove the old shape. Every step is one you can stop after.&lt;/p&gt;&lt;p&gt;The mode bar on the left holds the steps, in order: &lt;b&gt;Schema&lt;/b&gt;, &lt;b&gt;Compare&lt;/b&gt;, &lt;b&gt;Plan&lt;/b&gt;, &lt;b&gt;Rehearse&lt;/b&gt;, &lt;b&gt;Queries&lt;/b&gt; and &lt;b&gt;Review&lt;/b&gt; (Ctrl+1 to Ctrl+6). The strip above each page names the step and offers the next one as one button; a step that cannot start yet says why.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Schema&lt;/b&gt;: open the database (File ▸ Open Database…). It is only ever read; everything that writes works on a copy made with SQLite&apos;s backup API.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Compare&lt;/b&gt; it with what it should become: a second database, a target &lt;code&gt;.sql&lt;/code&gt; script, a Mermaid &lt;code&gt;erDiagram&lt;/code&gt;, or a Flyway-style migrations folder (File ▸ Compare With… or Compare With Pending Migrations…). Before and after are drawn side by side, each change classified. Right-click a proposed rename in the change list to confirm it or to plan it as a drop and an add; drag cards to tidy the diagrams. Edit ▸ Undo takes either back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt; the change: the decision wizard (Decide…) walks every change through the decision tree, pre-filled from the classification. Override what you know better: a table with no readers needs no dual-write, a batch size, a fill value for NULLs. Edit ▸ Undo takes an answer back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rehearse&lt;/b&gt; the plan on a copy while a simulated application reads and writes it, at Classroom, Realistic or Fastest pace. Stage a mistake, such as skipping the dual-write, to see the drift it causes before it happens in production.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Queries&lt;/b&gt;: load the application&apos;s queries to see which of them each step breaks or slows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review&lt;/b&gt;: the diagram, the plan by phase, the pre-checks, the rehearsal and a sign-off table, as HTML, PDF or Markdown, for the pre-migration meeting.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Keep it: the project&lt;/h3&gt;&lt;p&gt;File ▸ New Project… writes the database, its target, your answers and rename decisions, the card positions, the query file, the rehearsal settings and the last rehearsal into a &lt;code&gt;NAME.godwit&lt;/code&gt; file (paths relative to it). Open it again later, or give it to a colleague or CI: &lt;code&gt;godwit plan --project NAME.godwit&lt;/code&gt;, &lt;code&gt;godwit rehearse --project NAME.godwit&lt;/code&gt;.&lt;/p&gt;&lt;h3&gt;Try it on the bundled example&lt;/h3&gt;&lt;p&gt;Help ▸ Learn Expand-Contract makes the orders sample (1,000,000 orders) as a project and leads you through every mode, one step at a time, with a staged mistake on the way. From a shell, &lt;code&gt;godwit --mode compare orders.godwit&lt;/code&gt; opens a project straight in a mode.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;在不停止应用程序的情况下更改架构&lt;/h2&gt;&lt;p&gt;Godwit 将架构变更规划为&lt;b&gt;扩展-收缩&lt;/b&gt;：在旧结构旁添加新结构，保持两者同时写入（双写），以小批量复制旧数据（回填），迁移读取方，最后才移除旧结构。每一步之后都可以停下。&lt;/p&gt;&lt;p&gt;左侧的模式栏按顺序列出各个步骤：&lt;b&gt;架构&lt;/b&gt;、&lt;b&gt;比较&lt;/b&gt;、&lt;b&gt;计划&lt;/b&gt;、&lt;b&gt;演练&lt;/b&gt;、&lt;b&gt;查询&lt;/b&gt;和&lt;b&gt;评审&lt;/b&gt;（Ctrl+1 至 Ctrl+6）。每页上方的横条显示当前步骤，并以一个按钮提供下一步；尚不能开始的步骤会说明原因。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;架构&lt;/b&gt;：打开数据库（文件 ▸ 打开数据库…）。数据库只会被读取；所有写入操作都在使用 SQLite 备份 API 创建的副本上进行。&lt;/li&gt;&lt;li&gt;&lt;b&gt;比较&lt;/b&gt;：将它与目标状态对照：另一个数据库、目标 &lt;code&gt;.sql&lt;/code&gt; 脚本、Mermaid &lt;code&gt;erDiagram&lt;/code&gt;，或 Flyway 风格的迁移文件夹（文件 ▸ 与…比较 或 与待执行迁移比较…）。变更前后并排绘制，每项变更均已分类。在变更列表中右键单击某个建议的重命名，可以确认它，或将其规划为删除并添加；拖动卡片可以整理图表。编辑 ▸ 撤销可撤回其中任一操作。&lt;/li&gt;&lt;li&gt;&lt;b&gt;计划&lt;/b&gt;：决策向导（决策…）会让每项变更依次走过决策树，并根据分类预先填写。覆盖你更了解的内容：没有读取方的表不需要双写、批大小、NULL 的填充值。编辑 ▸ 撤销可撤回一个答案。&lt;/li&gt;&lt;li&gt;&lt;b&gt;演练&lt;/b&gt;：在副本上运行计划，同时由模拟应用程序对其进行读写，速度可选“课堂”“真实”或“最快”。可以预设一个错误（例如跳过双写），在它发生在生产环境之前看到它引起的漂移。&lt;/li&gt;&lt;li&gt;&lt;b&gt;查询&lt;/b&gt;：加载应用程序的查询，查看每一步会使其中哪些查询出错或变慢。&lt;/li&gt;&lt;li&gt;&lt;b&gt;评审&lt;/b&gt;：图表、按阶段划分的计划、预检、演练结果和签署表，格式为 HTML、PDF 或 Markdown，供迁移前评审会议使用。&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;保存下来：项目&lt;/h3&gt;&lt;p&gt;文件 ▸ 新建项目… 会将数据库、其目标、你的答案和重命名决定、卡片位置、查询文件、演练设置以及最近一次演练写入 &lt;code&gt;NAME.godwit&lt;/code&gt; 文件（路径相对于该文件）。以后可以再次打开它，或交给同事或 CI：&lt;code&gt;godwit plan --project NAME.godwit&lt;/code&gt;、&lt;code&gt;godwit rehearse --project NAME.godwit&lt;/code&gt;。&lt;/p&gt;&lt;h3&gt;在附带的示例上试用&lt;/h3&gt;&lt;p&gt;帮助 ▸ 学习扩展-收缩 会将 orders 示例（1,000,000 个订单）创建为项目，并一步一步地引导你走过每个模式，途中还有一次预设的错误。在 shell 中，&lt;code&gt;godwit --mode compare orders.godwit&lt;/code&gt; 会直接在某个模式下打开项目。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting Started with Godwit</source>
        <translation>Godwit 入门</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Change the plan&apos;s answers</source>
        <translation>更改计划的答案</translation>
    </message>
    <message>
        <source>Undecide %1</source>
        <translation>撤销对 %1 的决定</translation>
    </message>
    <message>
        <source>Confirm rename %1</source>
        <translation>确认重命名 %1</translation>
    </message>
    <message>
        <source>Reject rename %1</source>
        <translation>拒绝重命名 %1</translation>
    </message>
</context>
<context>
    <name>godwit::lint::LintRule</name>
    <message>
        <source>drops a table and all its rows</source>
        <translation>删除一个表及其所有行</translation>
    </message>
    <message>
        <source>DROP TABLE deletes the rows with the table; every client that still reads or writes it fails at once, and the only way back is a backup. Clients are deployed gradually, so some still use the table when the migration runs.</source>
        <translation>DROP TABLE 会连同表删除所有行；仍在读写该表的客户端会立即失败，唯一的恢复途径是备份。客户端是逐步部署的，因此迁移运行时仍有客户端在使用该表。</translation>
    </message>
    <message>
        <source>Deprecate first: stop every reader and writer (check the query list), keep a backup, and drop the table in a later migration, after a confidence window (the expand-contract Contract phase).</source>
        <translation>先弃用：停止所有读取方和写入方（检查查询列表），保留备份，并在观察期之后的后续迁移中删除该表（扩展-收缩的收缩阶段）。</translation>
    </message>
    <message>
        <source>drops a column and its data</source>
        <translation>删除一列及其数据</translation>
    </message>
    <message>
        <source>ALTER TABLE DROP COLUMN deletes the values for good. Clients of the previous version that still name the column fail as soon as the migration commits.</source>
        <translation>ALTER TABLE DROP COLUMN 会永久删除这些值。仍引用该列的旧版本客户端在迁移提交后立即失败。</translation>
    </message>
    <message>
        <source>Stop reading and writing the column in one release, drop it in a later migration (Contract), and keep a backup. `godwit plan` builds the sequence.</source>
        <translation>在一个版本中停止读写该列，在后续迁移中删除它（收缩），并保留备份。`godwit plan` 会生成这一序列。</translation>
    </message>
    <message>
        <source>renames a column or table with no compatibility path for old clients</source>
        <translation>重命名列或表，但没有为旧客户端提供兼容路径</translation>
    </message>
    <message>
        <source>A rename is instant in SQLite, and that is the problem: every client still using the old name fails at COMMIT. Clients cannot all move in the same instant.</source>
        <translation>在 SQLite 中重命名是瞬间完成的，问题恰恰在此：仍使用旧名称的客户端会在 COMMIT 时失败。客户端不可能在同一瞬间全部切换。</translation>
    </message>
    <message>
        <source>Expand-contract: add the new column, keep both in step with triggers, backfill, switch readers, drop the old one later; for a table, keep a view under the old name. `godwit plan` writes these steps.</source>
        <translation>扩展-收缩：添加新列，用触发器保持两列同步，回填，切换读取方，稍后删除旧列；对于表，用旧名称保留一个视图。`godwit plan` 会写出这些步骤。</translation>
    </message>
    <message>
        <source>makes a column NOT NULL without a default on a table that may have rows</source>
        <translation>在可能有数据的表上将列设为 NOT NULL 且没有默认值</translation>
    </message>
    <message>
        <source>Existing rows have no value for it (a new column) or may hold NULL (an existing one): SQLite refuses ADD COLUMN ... NOT NULL without a default, and a rebuild that copies NULLs into a NOT NULL column fails half-way. Writers that do not set the column fail from then on.</source>
        <translation>现有行没有该列的值（新列），或可能包含 NULL（已有列）：SQLite 拒绝没有默认值的 ADD COLUMN ... NOT NULL，而把 NULL 复制到 NOT NULL 列的重建会中途失败。此后不设置该列的写入方都会失败。</translation>
    </message>
    <message>
        <source>Add the column nullable, backfill every row, then enforce NOT NULL in a later migration with the 12-step rebuild; or give it a constant DEFAULT.</source>
        <translation>先以可空方式添加该列，回填每一行，然后在后续迁移中用 12 步重建强制 NOT NULL；或者为其设置常量 DEFAULT。</translation>
    </message>
    <message>
        <source>changes a column&apos;s type to another affinity, which SQLite applies silently</source>
        <translation>将列类型改为另一种亲和类型，SQLite 会静默应用</translation>
    </message>
    <message>
        <source>SQLite converts values to the new affinity only where the conversion is lossless; anything else is stored as it was. No error tells you: &apos;12a&apos; stays text in an INTEGER column, 1.0 becomes 1, and comparisons and sorting change for the values that did convert.</source>
        <translation>SQLite 仅在无损时才把值转换为新的亲和类型；其他值按原样存储。不会有任何错误提示：&apos;12a&apos; 在 INTEGER 列中仍是文本，1.0 变为 1，已转换值的比较和排序也会改变。</translation>
    </message>
    <message>
        <source>Convert explicitly while copying (CAST, or an `up` expression in the plan), check the values first (`typeof()`), or use a STRICT table so bad values fail loudly.</source>
        <translation>复制时显式转换（CAST，或计划中的 `up` 表达式），先检查值（`typeof()`），或使用 STRICT 表让错误值明确报错。</translation>
    </message>
    <message>
        <source>adds a column whose default is not a constant (CURRENT_TIMESTAMP, an expression)</source>
        <translation>添加的列默认值不是常量（CURRENT_TIMESTAMP 或表达式）</translation>
    </message>
    <message>
        <source>ALTER TABLE ADD COLUMN refuses a non-constant default: SQLite would have to compute it for every existing row, which ADD COLUMN never does (it only rewrites the CREATE statement).</source>
        <translation>ALTER TABLE ADD COLUMN 拒绝非常量默认值：SQLite 必须为每个现有行计算它，而 ADD COLUMN 从不这样做（它只改写 CREATE 语句）。</translation>
    </message>
    <message>
        <source>Add the column without the default (or with a constant), backfill it, and set the default with the 12-step rebuild; or fill it on insert with a trigger.</source>
        <translation>添加不带该默认值（或带常量默认值）的列，回填，再用 12 步重建设置默认值；或用触发器在插入时填充。</translation>
    </message>
    <message>
        <source>adds a foreign key whose child columns are not indexed</source>
        <translation>添加的外键其子列没有索引</translation>
    </message>
    <message>
        <source>SQLite does not index foreign-key columns by itself. Every DELETE or key UPDATE on the parent then scans the whole child table to look for references, and joins from parent to children scan too.</source>
        <translation>SQLite 不会自动为外键列建索引。父表上的每次 DELETE 或键 UPDATE 都要扫描整个子表查找引用，从父表到子表的连接也要全表扫描。</translation>
    </message>
    <message>
        <source>Create an index whose first columns are the foreign-key columns, in the same migration.</source>
        <translation>在同一迁移中创建一个以外键列为前导列的索引。</translation>
    </message>
    <message>
        <source>creates an index on a big table</source>
        <translation>在大表上创建索引</translation>
    </message>
    <message>
        <source>CREATE INDEX reads every row and holds the write lock until it is done: writers wait for the whole build. Every later write pays for the index too.</source>
        <translation>CREATE INDEX 会读取每一行并一直持有写锁直到完成：写入方要等待整个构建过程。之后的每次写入也要为该索引付出代价。</translation>
    </message>
    <message>
        <source>Run it outside peak hours, measure the build on a copy (`godwit rehearse`), and keep only indexes a dominant query needs.</source>
        <translation>在非高峰时段运行，在副本上测量构建耗时（`godwit rehearse`），并只保留主要查询需要的索引。</translation>
    </message>
    <message>
        <source>rebuilds a table without PRAGMA foreign_key_check before COMMIT</source>
        <translation>重建表时在 COMMIT 前没有执行 PRAGMA foreign_key_check</translation>
    </message>
    <message>
        <source>The 12-step rebuild runs with foreign keys off, so nothing checks that the copied rows still satisfy their foreign keys, or that the children of the rebuilt table still find their parents. Violations stay silently in the data.</source>
        <translation>12 步重建在外键关闭的情况下运行，因此没有任何东西检查复制的行是否仍满足外键，或重建表的子行是否仍能找到父行。违规会悄无声息地留在数据中。</translation>
    </message>
    <message>
        <source>Run PRAGMA foreign_key_check after the rename and before COMMIT, and roll back if it returns a row (step 10 of lang_altertable.html#otheralter). In a script that runs unattended, make the check fail the script, as Godwit&apos;s plans do: INSERT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check) into a temp table whose named CHECK constraint requires it.</source>
        <translation>在重命名之后、COMMIT 之前运行 PRAGMA foreign_key_check，若返回任何行则回滚（lang_altertable.html#otheralter 的第 10 步）。在无人值守运行的脚本中，让检查失败时脚本也失败，正如 Godwit 的计划所做的：将 INSERT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check) 插入一个带命名 CHECK 约束要求其成立的临时表。</translation>
    </message>
    <message>
        <source>leaves a view or trigger that refers to a column or table that no longer exists</source>
        <translation>遗留了引用已不存在的列或表的视图或触发器</translation>
    </message>
    <message>
        <source>SQLite does not check views and triggers when a table is dropped or rebuilt: the broken object stays in the schema, and every query of the view, every write that fires the trigger, and the next ALTER TABLE fail.</source>
        <translation>删除或重建表时，SQLite 不检查视图和触发器：损坏的对象留在架构中，之后对该视图的每次查询、每次触发该触发器的写入以及下一次 ALTER TABLE 都会失败。</translation>
    </message>
    <message>
        <source>Drop the view or trigger before the change and recreate it after, with the new names (the 12-step rebuild&apos;s steps 2 and 9).</source>
        <translation>在变更前删除视图或触发器，变更后用新名称重新创建（12 步重建的第 2 步和第 9 步）。</translation>
    </message>
    <message>
        <source>sets PRAGMA foreign_keys inside a transaction, where SQLite ignores it</source>
        <translation>在事务内设置 PRAGMA foreign_keys，而 SQLite 会忽略它</translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys is a no-op inside BEGIN ... COMMIT. A rebuild that relies on it then runs with foreign keys on: DROP TABLE deletes the children through ON DELETE CASCADE, or fails.</source>
        <translation>PRAGMA foreign_keys 在 BEGIN ... COMMIT 内不起作用。依赖它的重建会在外键开启的状态下运行：DROP TABLE 会通过 ON DELETE CASCADE 删除子行，或者直接失败。</translation>
    </message>
    <message>
        <source>Set PRAGMA foreign_keys = OFF before BEGIN and back ON after COMMIT; in Flyway, disable the transaction for that file (executeInTransaction=false).</source>
        <translation>在 BEGIN 之前设置 PRAGMA foreign_keys = OFF，COMMIT 之后再设回 ON；在 Flyway 中为该文件禁用事务（executeInTransaction=false）。</translation>
    </message>
    <message>
        <source>fails when applied</source>
        <translation>应用时失败</translation>
    </message>
    <message>
        <source>The script stops with an SQLite error on this schema: what follows the failing statement never runs.</source>
        <translation>脚本在此架构上因 SQLite 错误而停止：失败语句之后的内容永远不会运行。</translation>
    </message>
    <message>
        <source>Fix the statement; the message says what SQLite refused.</source>
        <translation>修正该语句；消息说明了 SQLite 拒绝的原因。</translation>
    </message>
    <message>
        <source>a comment makes SQL look different to a reader than to SQLite</source>
        <translation>注释使 SQL 在读者眼中与在 SQLite 眼中不同</translation>
    </message>
    <message>
        <source>SQLite ends a -- comment only at a line feed and a /* comment at the first */: comments do not nest, and an unclosed one runs to the end of the file. Editors and review tools also start a new line at a carriage return, form feed or Unicode line separator, reorder text at bidi controls, and other SQL dialects nest block comments. A statement a reviewer sees may never run, and one that looks commented out may run: the way a hostile table name or a careless edit hides a DROP TABLE from review.</source>
        <translation>SQLite 只在换行符处结束 -- 注释，在第一个 */ 处结束 /* 注释：注释不能嵌套，未闭合的注释会一直延续到文件末尾。编辑器和评审工具还会在回车、换页或 Unicode 行分隔符处换行，在双向控制字符处重排文本，而其他 SQL 方言允许嵌套块注释。评审者看到的语句可能永远不会运行，看似被注释掉的语句却可能运行：恶意的表名或粗心的编辑就是这样在评审中藏起一个 DROP TABLE。</translation>
    </message>
    <message>
        <source>Keep control characters out of comments (Godwit&apos;s writers escape them: \r, \u2028), close every /* comment on its own, never nest them, and delete statements instead of commenting them out in a migration.</source>
        <translation>不要在注释中使用控制字符（Godwit 的写出器会转义它们：\r、\u2028），每个 /* 注释单独闭合，绝不嵌套，并在迁移中删除语句而不是将其注释掉。</translation>
    </message>
    <message>
        <source>the column becomes NOT NULL but rows hold NULL</source>
        <translation>列变为 NOT NULL，但有行包含 NULL</translation>
    </message>
    <message>
        <source>The copy into the NOT NULL column fails on the first NULL and the migration stops.</source>
        <translation>复制到 NOT NULL 列时遇到第一个 NULL 就会失败，迁移随之停止。</translation>
    </message>
    <message>
        <source>Backfill a value first (UPDATE ... WHERE col IS NULL), or give the rebuild a fill expression.</source>
        <translation>先回填一个值（UPDATE ... WHERE col IS NULL），或为重建提供填充表达式。</translation>
    </message>
    <message>
        <source>the values become unique but duplicates exist</source>
        <translation>值被要求唯一，但存在重复</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX or the rebuild with UNIQUE fails on the first duplicate.</source>
        <translation>CREATE UNIQUE INDEX 或带 UNIQUE 的重建会在第一个重复值处失败。</translation>
    </message>
    <message>
        <source>Merge or delete the duplicates first; decide which row wins.</source>
        <translation>先合并或删除重复项；决定保留哪一行。</translation>
    </message>
    <message>
        <source>rows reference parents that do not exist</source>
        <translation>有行引用了不存在的父行</translation>
    </message>
    <message>
        <source>With the new foreign key, PRAGMA foreign_key_check reports these rows and the rebuild must roll back; with foreign keys off they stay as silent violations.</source>
        <translation>有了新外键，PRAGMA foreign_key_check 会报告这些行，重建必须回滚；若关闭外键，它们会作为无声的违规留下。</translation>
    </message>
    <message>
        <source>Delete or re-point the orphans, or create the missing parents, before adding the key.</source>
        <translation>在添加外键之前，删除孤立行或让其指向其他父行，或创建缺失的父行。</translation>
    </message>
    <message>
        <source>rows fail the new CHECK constraint</source>
        <translation>有行不满足新的 CHECK 约束</translation>
    </message>
    <message>
        <source>The copy into the table with the CHECK fails on the first such row.</source>
        <translation>复制到带 CHECK 的表时会在第一个这样的行处失败。</translation>
    </message>
    <message>
        <source>Fix the rows first, or relax the CHECK.</source>
        <translation>先修正这些行，或放宽 CHECK。</translation>
    </message>
    <message>
        <source>values will keep their old type under the new affinity</source>
        <translation>在新的亲和类型下，值将保持原类型</translation>
    </message>
    <message>
        <source>SQLite stores these values unchanged under the new type (it converts only lossless ones), so the column ends up holding mixed types.</source>
        <translation>SQLite 会在新类型下原样存储这些值（只转换无损的值），因此该列最终包含混合类型。</translation>
    </message>
    <message>
        <source>Convert or clean them explicitly while copying, and check with typeof().</source>
        <translation>复制时显式转换或清理它们，并用 typeof() 检查。</translation>
    </message>
    <message>
        <source>CREATE INDEX without CONCURRENTLY on an existing table</source>
        <translation>在已有表上使用不带 CONCURRENTLY 的 CREATE INDEX</translation>
    </message>
    <message>
        <source>CREATE INDEX takes a SHARE lock: every INSERT, UPDATE and DELETE on the table waits until the whole table has been read and the index built (sql-createindex.html).</source>
        <translation>CREATE INDEX 会获取 SHARE 锁：表上的每个 INSERT、UPDATE 和 DELETE 都要等到整个表读完、索引建好（sql-createindex.html）。</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction block; check afterwards that the index is valid (pg_index.indisvalid).</source>
        <translation>使用 CREATE INDEX CONCURRENTLY，放在事务块之外运行的迁移中；之后检查索引是否有效（pg_index.indisvalid）。</translation>
    </message>
    <message>
        <source>CREATE/DROP INDEX CONCURRENTLY inside a transaction block</source>
        <translation>在事务块内使用 CREATE/DROP INDEX CONCURRENTLY</translation>
    </message>
    <message>
        <source>PostgreSQL refuses CONCURRENTLY inside a transaction block (&quot;cannot run inside a transaction block&quot;), so the migration fails at this statement.</source>
        <translation>PostgreSQL 拒绝在事务块内执行 CONCURRENTLY（&quot;cannot run inside a transaction block&quot;），因此迁移会在此语句处失败。</translation>
    </message>
    <message>
        <source>Put the statement in its own migration that runs outside a transaction (Flyway: executeInTransaction=false).</source>
        <translation>将该语句放入单独的、在事务之外运行的迁移中（Flyway：executeInTransaction=false）。</translation>
    </message>
    <message>
        <source>ADD FOREIGN KEY / CHECK without NOT VALID on an existing table</source>
        <translation>在已有表上使用不带 NOT VALID 的 ADD FOREIGN KEY / CHECK</translation>
    </message>
    <message>
        <source>Adding the constraint checks every existing row while the table is locked (ACCESS EXCLUSIVE for a CHECK, SHARE ROW EXCLUSIVE on both tables for a foreign key): writes stop for the whole scan.</source>
        <translation>添加约束时会在表被锁定期间检查每个现有行（CHECK 为 ACCESS EXCLUSIVE，外键为两个表上的 SHARE ROW EXCLUSIVE）：整个扫描期间写入都会停止。</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT … NOT VALID (instant), then ALTER TABLE … VALIDATE CONSTRAINT in a later statement: it scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.</source>
        <translation>先 ADD CONSTRAINT … NOT VALID（瞬时完成），再在后续语句中 ALTER TABLE … VALIDATE CONSTRAINT：它在 SHARE UPDATE EXCLUSIVE 下扫描，读写可以继续。</translation>
    </message>
    <message>
        <source>SET NOT NULL without a validated CHECK first</source>
        <translation>在没有先验证 CHECK 的情况下使用 SET NOT NULL</translation>
    </message>
    <message>
        <source>SET NOT NULL scans the whole table under ACCESS EXCLUSIVE, blocking reads and writes, unless a validated CHECK (col IS NOT NULL) already proves it (PostgreSQL 12+).</source>
        <translation>SET NOT NULL 会在 ACCESS EXCLUSIVE 下扫描整个表，阻塞读写，除非已有经过验证的 CHECK (col IS NOT NULL) 证明这一点（PostgreSQL 12+）。</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; then SET NOT NULL (no scan) and drop the CHECK.</source>
        <translation>ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID；VALIDATE CONSTRAINT c；然后 SET NOT NULL（无需扫描）并删除该 CHECK。</translation>
    </message>
    <message>
        <source>ALTER COLUMN TYPE that rewrites the table</source>
        <translation>会重写整个表的 ALTER COLUMN TYPE</translation>
    </message>
    <message>
        <source>A type change that is not binary coercible (e.g. integer → bigint) rewrites the table and all its indexes while holding ACCESS EXCLUSIVE: no reads or writes for the duration.</source>
        <translation>非二进制兼容的类型变更（例如 integer → bigint）会在持有 ACCESS EXCLUSIVE 的情况下重写表及其所有索引：期间无法读写。</translation>
    </message>
    <message>
        <source>Expand-contract: add a column of the new type, dual-write with a trigger, backfill in batches, switch readers, then drop the old column.</source>
        <translation>扩展-收缩：添加新类型的列，用触发器双写，分批回填，切换读取方，然后删除旧列。</translation>
    </message>
    <message>
        <source>ADD COLUMN with a volatile default</source>
        <translation>带易变默认值的 ADD COLUMN</translation>
    </message>
    <message>
        <source>Since PostgreSQL 11 a constant default is stored once in the catalog, but a volatile one (random(), clock_timestamp(), gen_random_uuid(), nextval()) must be computed per row: the table is rewritten under ACCESS EXCLUSIVE.</source>
        <translation>自 PostgreSQL 11 起，常量默认值只在目录中存储一次，但易变默认值（random()、clock_timestamp()、gen_random_uuid()、nextval()）必须逐行计算：表会在 ACCESS EXCLUSIVE 下被重写。</translation>
    </message>
    <message>
        <source>Add the column without a default (or with a constant one), set the default afterwards, and backfill existing rows in batches.</source>
        <translation>添加不带默认值（或带常量默认值）的列，之后再设置默认值，并分批回填现有行。</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE statement without a lock_timeout</source>
        <translation>没有 lock_timeout 的 ACCESS EXCLUSIVE 语句</translation>
    </message>
    <message>
        <source>Waiting for ACCESS EXCLUSIVE queues behind every running query on the table, and every query that arrives afterwards queues behind the waiting ALTER: one slow reader stops the application.</source>
        <translation>等待 ACCESS EXCLUSIVE 会排在表上所有正在运行的查询之后，而之后到达的每个查询又会排在等待中的 ALTER 之后：一个慢速读取就能让应用停摆。</translation>
    </message>
    <message>
        <source>SET lock_timeout = &apos;2s&apos; (or SET LOCAL inside the transaction) before the statement, and retry on failure.</source>
        <translation>在语句之前执行 SET lock_timeout = &apos;2s&apos;（或在事务内使用 SET LOCAL），失败时重试。</translation>
    </message>
    <message>
        <source>drops a column a view uses</source>
        <translation>删除了视图使用的列</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to drop a column a view depends on (&quot;cannot drop column … because other objects depend on it&quot;); with CASCADE the view silently disappears.</source>
        <translation>PostgreSQL 拒绝删除视图所依赖的列（&quot;cannot drop column … because other objects depend on it&quot;）；使用 CASCADE 时视图会悄然消失。</translation>
    </message>
    <message>
        <source>Redefine or drop the view first (CREATE OR REPLACE VIEW without the column), then drop the column.</source>
        <translation>先重新定义或删除视图（不含该列的 CREATE OR REPLACE VIEW），再删除该列。</translation>
    </message>
    <message>
        <source>values will be converted but no longer read as written</source>
        <translation>值将被转换，但读出来不再是写入时的样子</translation>
    </message>
    <message>
        <source>SQLite converts these values under the new type, and what it stores reads differently: &apos;01007&apos; becomes 1007, &apos;+5&apos; and &apos; 5&apos; become 5, &apos;1e3&apos; becomes 1000, a number with more digits than a double holds loses them. A zip code or an account number loses its leading zeros.</source>
        <translation>SQLite 会按新类型转换这些值，存储后读出的内容会不同：&apos;01007&apos; 变成 1007，&apos;+5&apos; 和 &apos; 5&apos; 变成 5，&apos;1e3&apos; 变成 1000，位数超过 double 能容纳的数字会丢失多余的位数。邮政编码或账号会丢失前导零。</translation>
    </message>
    <message>
        <source>Keep such columns as TEXT, or convert them explicitly while copying and compare with the old text.</source>
        <translation>将这类列保留为 TEXT，或在复制时显式转换，并与旧文本进行比较。</translation>
    </message>
</context>
<context>
    <name>godwit::plan::DecisionTree</name>
    <message>
        <source>Schema Migration Decision Tree</source>
        <translation>架构迁移决策树</translation>
    </message>
    <message>
        <source>Need schema change?</source>
        <translation>需要变更架构？</translation>
    </message>
    <message>
        <source>Breaking change?</source>
        <translation>是破坏性变更吗？</translation>
    </message>
    <message>
        <source>Expand: add nullable col</source>
        <translation>扩展：添加可空列</translation>
    </message>
    <message>
        <source>Version the schema</source>
        <translation>为架构加版本</translation>
    </message>
    <message>
        <source>Dual-write old and new</source>
        <translation>新旧双写</translation>
    </message>
    <message>
        <source>Backfill historical rows</source>
        <translation>回填历史行</translation>
    </message>
    <message>
        <source>Backfill complete?</source>
        <translation>回填完成了吗？</translation>
    </message>
    <message>
        <source>Switch reads to new field</source>
        <translation>将读取切换到新字段</translation>
    </message>
    <message>
        <source>Contract: remove old field</source>
        <translation>收缩：删除旧字段</translation>
    </message>
    <message>
        <source>No: add field</source>
        <translation>否：添加字段</translation>
    </message>
    <message>
        <source>Yes: rename/remove</source>
        <translation>是：重命名/删除</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Query-to-Model Workflow</source>
        <translation>从查询到模型的工作流</translation>
    </message>
    <message>
        <source>List top queries</source>
        <translation>列出主要查询</translation>
    </message>
    <message>
        <source>Define entities and ownership</source>
        <translation>定义实体及其归属</translation>
    </message>
    <message>
        <source>Choose keys and constraints</source>
        <translation>选择键和约束</translation>
    </message>
    <message>
        <source>Add indexes for dominant reads</source>
        <translation>为主要读取添加索引</translation>
    </message>
    <message>
        <source>Validate write cost and consistency</source>
        <translation>验证写入成本和一致性</translation>
    </message>
    <message>
        <source>Plan schema evolution path</source>
        <translation>规划架构演进路径</translation>
    </message>
    <message>
        <source>Monitor query drift and adjust</source>
        <translation>监控查询漂移并调整</translation>
    </message>
</context>
<context>
    <name>godwit::rehearsal::Incident</name>
    <message>
        <source>the backfill did not finish, so losses were not counted</source>
        <translation>回填未完成，因此未统计丢失</translation>
    </message>
    <message>
        <source>%1 rows lost or repeated</source>
        <translation>%1 行丢失或重复</translation>
    </message>
    <message>
        <source>Simulated crash: backfill connection killed mid-batch %1 (%2% done), its transaction left open and rolled back when the connection closed; resumed from checkpoint at key %3 (%4 rows done); %5.</source>
        <translation>模拟崩溃：回填连接在第 %1 批中途被终止（已完成 %2%），其事务未提交，连接关闭时被回滚；从键 %3 处的检查点恢复（已完成 %4 行）；%5。</translation>
    </message>
    <message>
        <source>Another transaction held the write lock for %1 ms: the backfill waited %2 ms (%3 attempts) and then went on.</source>
        <translation>另一个事务持有写锁 %1 毫秒：回填等待了 %2 毫秒（%3 次尝试），然后继续。</translation>
    </message>
    <message>
        <source>The backfill of %1 resumed from its checkpoint: %2 of %3 rows were done before the interruption.</source>
        <translation>%1 的回填从检查点恢复：中断前已完成 %3 行中的 %2 行。</translation>
    </message>
    <message>
        <source>The audit counted %1 backfilled rows (%2 more than once) against %3 in the checkpoint.</source>
        <translation>审计统计到 %1 行已回填（其中 %2 行不止一次），而检查点中为 %3 行。</translation>
    </message>
    <message>
        <source>The contract was refused: %1.</source>
        <translation>收缩被拒绝：%1。</translation>
    </message>
    <message>
        <source>The contract ran although its verification failed (override): %1.</source>
        <translation>尽管验证失败，收缩仍已运行（强制覆盖）：%1。</translation>
    </message>
    <message>
        <source>the loss could not be counted</source>
        <translation>无法统计丢失</translation>
    </message>
    <message>
        <source>%1 rows lost</source>
        <translation>%1 行丢失</translation>
    </message>
    <message>
        <source>The contract ran before the backfill and stopped: %1 rows held their value only in %2; the failed step rolled back (%3), the steps before it stay done (%4).</source>
        <translation>收缩在回填之前运行并中止：%1 行的值仅存于 %2；失败的步骤已回滚（%3），之前的步骤保持完成（%4）。</translation>
    </message>
    <message>
        <source>The contract ran before the backfill: %1 rows held their value only in %2; after it, %3 (neither the old nor the new column has their value).</source>
        <translation>收缩在回填之前运行：%1 行的值仅存于 %2；之后 %3（新旧列都没有它们的值）。</translation>
    </message>
    <message>
        <source>“%1” drifted between %2 and %3: %4.</source>
        <translation>“%1”在 %2 与 %3 之间发生漂移：%4。</translation>
    </message>
    <message>
        <source>Reads move to the new column before the backfill: %1 rows still have it NULL.</source>
        <translation>读取在回填之前切换到新列：仍有 %1 行在新列中为 NULL。</translation>
    </message>
    <message>
        <source>New clients read NULL in the new column %1 time(s) of %2 reads: rows the backfill had not reached yet.</source>
        <translation>新客户端在 %2 次读取中有 %1 次在新列中读到 NULL：回填尚未到达的行。</translation>
    </message>
    <message>
        <source>Old clients saw %1 error(s), e.g. %2</source>
        <translation>旧客户端遇到 %1 个错误，例如 %2</translation>
    </message>
    <message>
        <source>New clients saw %1 error(s), e.g. %2</source>
        <translation>新客户端遇到 %1 个错误，例如 %2</translation>
    </message>
    <message>
        <source>%1 row(s) where the old and the new column disagree: writes that reached only one of them.</source>
        <translation>%1 行中新旧列不一致：写入只到达了其中一列。</translation>
    </message>
    <message>
        <source>Resumed the rehearsal in %1: %2 phase(s) were already done.</source>
        <translation>已在 %1 中继续演练：已有 %2 个阶段完成。</translation>
    </message>
    <message>
        <source>Dual-write skipped: %1 step(s) not run, so from now on each client version writes only its own column.</source>
        <translation>已跳过双写：%1 个步骤未运行，因此从现在起每个客户端版本只写自己的列。</translation>
    </message>
    <message>
        <source>Step %1 failed and was rolled back: %2</source>
        <translation>步骤 %1 失败并已回滚：%2</translation>
    </message>
    <message>
        <source>Step %1 ran but its verification query returned %2.</source>
        <translation>步骤 %1 已运行，但其验证查询返回了 %2。</translation>
    </message>
</context>
<context>
    <name>godwit::rehearsal::RehearsalSnapshot</name>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Dual-write</source>
        <translation>双写</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>回填</translation>
    </message>
    <message>
        <source>Read switch</source>
        <translation>读切换</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>%1 (early)</source>
        <comment>a phase run before its time</comment>
        <translation>%1（过早）</translation>
    </message>
    <message>
        <source>restarted 1 time because another process is writing the original</source>
        <translation>因另一个进程正在写入原库，已重新开始 1 次</translation>
    </message>
    <message numerus="yes">
        <source>restarted %n times because another process is writing the original</source>
        <translation>
            <numerusform>因另一个进程正在写入原库，已重新开始 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for another process&apos;s write lock on the original</source>
        <translation>正在等待另一个进程释放原库上的写锁</translation>
    </message>
    <message>
        <source>now copying one snapshot of it</source>
        <translation>现在复制它的一个快照</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: notes</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::CardMetrics</name>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>≈ 1 row</source>
        <translation>≈ 1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>≈ %1 rows</source>
        <translation>≈ %1 行</translation>
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
        <translation>表</translation>
    </message>
    <message>
        <source>table option</source>
        <translation>表选项</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>unique constraint</source>
        <translation>唯一约束</translation>
    </message>
    <message>
        <source>check constraint</source>
        <translation>CHECK 约束</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>generated as</source>
        <translation>生成为</translation>
    </message>
    <message>
        <source>key parts</source>
        <translation>键组成部分</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ConnectDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>连接到 PostgreSQL</translation>
    </message>
    <message>
        <source>Godwit reads the database in read-only transactions and never changes it. The password comes from ~/.pgpass, or Godwit asks for it; it is never saved.</source>
        <translation>Godwit 以只读事务读取数据库，从不修改它。密码来自 ~/.pgpass，或由 Godwit 询问；密码从不保存。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connection URI:</source>
        <translation>连接 URI：</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>连接到 PostgreSQL(&amp;P)…</translation>
    </message>
    <message>
        <source>Read a live PostgreSQL database (read-only)</source>
        <translation>读取在线 PostgreSQL 数据库（只读）</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL 密码</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DataWorkbench</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Browse Table</source>
        <translation>浏览表(&amp;B)</translation>
    </message>
    <message>
        <source>Show the rows of the selected table, read-only</source>
        <translation>以只读方式显示所选表的行</translation>
    </message>
    <message>
        <source>Run &amp;SQL…</source>
        <translation>运行 SQL(&amp;S)…</translation>
    </message>
    <message>
        <source>Run queries on the database (read-only) or on a working copy</source>
        <translation>在数据库（只读）或工作副本上运行查询</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>SQL: %1</source>
        <translation>SQL：%1</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DecisionWizard</name>
    <message>
        <source>Your answer</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Plan Migration</source>
        <translation>规划迁移</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>导出 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;Flyway…</source>
        <translation>导出 Flyway(&amp;F)…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing to plan: the schemas are the same.</source>
        <translation>无需规划：两个架构相同。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; %1%2</source>
        <translation>&lt;b&gt;回答：&lt;/b&gt;%1%2</translation>
    </message>
    <message>
        <source> &lt;i&gt;(your answer)&lt;/i&gt;</source>
        <translation> &lt;i&gt;（您的回答）&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not needed here:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;此处不需要：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1（%2）</translation>
    </message>
    <message>
        <source>Plan steps:
%1</source>
        <translation>计划步骤：
%1</translation>
    </message>
    <message>
        <source>Plan it as a rename (keeps the data)</source>
        <translation>按重命名规划（保留数据）</translation>
    </message>
    <message>
        <source>Keep the old shape as a view for readers that cannot move yet</source>
        <translation>将旧结构保留为视图，供尚不能迁移的读取方使用</translation>
    </message>
    <message>
        <source>Skip the dual-write</source>
        <translation>跳过双写</translation>
    </message>
    <message>
        <source>e.g. this table has no readers yet</source>
        <translation>例如：此表尚无读取方</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>old → new, by the old names (default: copy)</source>
        <translation>旧 → 新，按旧名称（默认：复制）</translation>
    </message>
    <message>
        <source>new → old, by the new names (default: copy)</source>
        <translation>新 → 旧，按新名称（默认：复制）</translation>
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
        <translation> 行/批</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>value for NULLs where the new shape is NOT NULL</source>
        <translation>新结构为 NOT NULL 时用于替换 NULL 的值</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Before the backfill</source>
        <translation>回填之前</translation>
    </message>
    <message>
        <source>After the backfill</source>
        <translation>回填之后</translation>
    </message>
    <message>
        <source>Build the index</source>
        <translation>创建索引</translation>
    </message>
    <message>
        <source>Export Plan as Markdown</source>
        <translation>将计划导出为 Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <source>Export Plan as Flyway Migrations</source>
        <translation>将计划导出为 Flyway 迁移</translation>
    </message>
    <message>
        <source>Cannot export the plan: %1</source>
        <translation>无法导出计划：%1</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DetailsPane</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Details of the selected table, column,
key or index appear here.</source>
        <translation>所选表、列、
键或索引的详细信息显示在这里。</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>SQL script, read into an in-memory database</source>
        <translation>SQL 脚本，读入内存数据库</translation>
    </message>
    <message>
        <source>SQLite database, opened read-only</source>
        <translation>SQLite 数据库，以只读方式打开</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 free)</source>
        <translation>%1 × %2（%3 空闲）</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>日志模式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>User version</source>
        <translation>用户版本</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>%1 tables, %2 views, %3 indexes, %4 triggers</source>
        <translation>%1 个表，%2 个视图，%3 个索引，%4 个触发器</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>虚拟</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Table · %1</source>
        <translation>表 · %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>≈ %1 (estimate)</source>
        <translation>≈ %1（估计）</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>rowid (implicit)</source>
        <translation>rowid（隐式）</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>References</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>被引用</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Column of %1</source>
        <translation>%1 的列</translation>
    </message>
    <message>
        <source>Declared type</source>
        <translation>声明类型</translation>
    </message>
    <message>
        <source>Affinity</source>
        <translation>亲和类型</translation>
    </message>
    <message>
        <source>Not null</source>
        <translation>非空</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Yes (part %1 of %2)</source>
        <translation>是（第 %1 部分，共 %2）</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>唯一</translation>
    </message>
    <message>
        <source>Collation</source>
        <translation>排序规则</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成列</translation>
    </message>
    <message>
        <source>Key of %1</source>
        <translation>%1 的键</translation>
    </message>
    <message>
        <source>rowid alias (no separate index)</source>
        <translation>rowid 别名（无单独索引）</translation>
    </message>
    <message>
        <source>Backed by</source>
        <translation>由此支持</translation>
    </message>
    <message>
        <source>Autoincrement</source>
        <translation>自增</translation>
    </message>
    <message>
        <source>Unique key of %1</source>
        <translation>%1 的唯一键</translation>
    </message>
    <message>
        <source>Constraint name</source>
        <translation>约束名称</translation>
    </message>
    <message>
        <source>Index on %1</source>
        <translation>%1 上的索引</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>部分索引</translation>
    </message>
    <message>
        <source>-- Created implicitly by SQLite for a constraint of %1.</source>
        <translation>-- 由 SQLite 为 %1 的约束隐式创建。</translation>
    </message>
    <message>
        <source>Foreign key of %1</source>
        <translation>%1 的外键</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>删除时</translation>
    </message>
    <message>
        <source>On update</source>
        <translation>更新时</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation>可延迟</translation>
    </message>
    <message>
        <source>Yes, initially deferred</source>
        <translation>是，初始延迟</translation>
    </message>
    <message>
        <source>Yes, initially immediate</source>
        <translation>是，初始立即</translation>
    </message>
    <message>
        <source>Trigger on %1</source>
        <translation>%1 上的触发器</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Column of view %1</source>
        <translation>视图 %1 的列</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message numerus="yes">
        <source>-- … and %n more table(s) and view(s): select one to see its definition.</source>
        <translation>
            <numerusform>-- … 以及另外 %n 个表和视图：选择其中一个以查看其定义。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramActions</name>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>与…比较(&amp;M)</translation>
    </message>
    <message>
        <source>Show the open schema next to another one: a database, SQL script or Mermaid file</source>
        <translation>将打开的架构与另一个并排显示：数据库、SQL 脚本或 Mermaid 文件</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare With Pending Mi&amp;grations…</source>
        <translation>与待执行迁移比较(&amp;G)…</translation>
    </message>
    <message>
        <source>Show the open database next to what a Flyway-style migrations folder will make of it</source>
        <translation>将打开的数据库与 Flyway 风格迁移文件夹将产生的结果并排显示</translation>
    </message>
    <message>
        <source>D&amp;iagram</source>
        <translation>图表(&amp;I)</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>概览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Before / After</source>
        <translation>前 / 后(&amp;B)</translation>
    </message>
    <message>
        <source>Zoom In Diagram</source>
        <translation>放大图表</translation>
    </message>
    <message>
        <source>Zoom Out Diagram</source>
        <translation>缩小图表</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram to Window</source>
        <translation>图表适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Re-&amp;layout Diagram</source>
        <translation>重新布局图表(&amp;L)</translation>
    </message>
    <message>
        <source>Forget moved cards and lay the diagram out again</source>
        <translation>忘记已移动的卡片并重新布局图表</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG, SVG, PDF, Mermaid or DOT</source>
        <translation>将图表保存为 PNG、SVG、PDF、Mermaid 或 DOT</translation>
    </message>
    <message>
        <source>Open a database, script or Mermaid file first</source>
        <translation>请先打开数据库、脚本或 Mermaid 文件</translation>
    </message>
    <message>
        <source>A comparison is running</source>
        <translation>正在进行比较</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramExporter</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed (dashed, struck through)</source>
        <translation>删除（虚线、删除线）</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Renamed (old → new)</source>
        <translation>重命名（旧 → 新）</translation>
    </message>
    <message>
        <source>only on the other side</source>
        <translation>仅在另一侧</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Mermaid erDiagram (*.mmd);;Graphviz DOT (*.dot)</source>
        <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg);;PDF 文档 (*.pdf);;Mermaid erDiagram (*.mmd);;Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <source>1× (screen size)</source>
        <translation>1×（屏幕尺寸）</translation>
    </message>
    <message>
        <source>2× (high-density screens, slides)</source>
        <translation>2×（高密度屏幕、幻灯片）</translation>
    </message>
    <message>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <source>4× (print)</source>
        <translation>4×（打印）</translation>
    </message>
    <message>
        <source>PNG Size</source>
        <translation>PNG 尺寸</translation>
    </message>
    <message>
        <source>Pixels per point:</source>
        <translation>每点像素：</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramLegend</name>
    <message>
        <source>Removed cards have a dashed border and removed columns are struck through; hatched rows exist only on the other side.</source>
        <translation>已删除的卡片带虚线边框，已删除的列带删除线；带阴影线的行仅存在于另一侧。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已重命名</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiagramWidget</name>
    <message>
        <source>Find a table…</source>
        <translation>查找表…</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>缩小（−，Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>放大（+，Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole diagram (Ctrl+0 on the canvas)</source>
        <translation>显示整个图表（在画布上按 Ctrl+0）</translation>
    </message>
    <message>
        <source>Ranked (dot)</source>
        <translation>分层（dot）</translation>
    </message>
    <message>
        <source>Spring (neato)</source>
        <translation>弹簧（neato）</translation>
    </message>
    <message>
        <source>Force (fdp)</source>
        <translation>力导向（fdp）</translation>
    </message>
    <message>
        <source>Graphviz layout engine</source>
        <translation>Graphviz 布局引擎</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>重新布局</translation>
    </message>
    <message>
        <source>Forget moved cards and lay the diagram out again</source>
        <translation>忘记已移动的卡片并重新布局图表</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG, SVG, PDF, Mermaid or DOT</source>
        <translation>将图表保存为 PNG、SVG、PDF、Mermaid 或 DOT</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n table(s)…</source>
        <translation>
            <numerusform>正在布局 %n 个表…</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagram could not be laid out.</source>
        <translation>无法布局图表。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>The diagram could not be exported.</source>
        <translation>无法导出图表。</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::DiffView</name>
    <message>
        <source>Changed tables and their neighbours only</source>
        <translation>仅显示已更改的表及其相邻表</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show both diagrams whole</source>
        <translation>完整显示两个图表</translation>
    </message>
    <message>
        <source>Both Sides…</source>
        <translation>两侧…</translation>
    </message>
    <message>
        <source>Before Only…</source>
        <translation>仅之前…</translation>
    </message>
    <message>
        <source>After Only…</source>
        <translation>仅之后…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save both sides or one as PNG, SVG, PDF, Mermaid or DOT</source>
        <translation>将两侧或其中一侧保存为 PNG、SVG、PDF、Mermaid 或 DOT</translation>
    </message>
    <message>
        <source>The comparison could not be laid out.</source>
        <translation>无法布局比较视图。</translation>
    </message>
    <message>
        <source>%1 + pending migrations</source>
        <translation>%1 + 待执行迁移</translation>
    </message>
    <message>
        <source>Godwit could not read “%1”.</source>
        <translation>Godwit 无法读取“%1”。</translation>
    </message>
    <message>
        <source>Before · %1</source>
        <translation>之前 · %1</translation>
    </message>
    <message>
        <source>After · %1</source>
        <translation>之后 · %1</translation>
    </message>
    <message>
        <source>The schemas are the same.</source>
        <translation>两个架构相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处变更</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 added</source>
        <translation>%1 %2 已新增</translation>
    </message>
    <message>
        <source>%1 %2 removed</source>
        <translation>%1 %2 已删除</translation>
    </message>
    <message>
        <source>%1 %2 → %3 renamed</source>
        <translation>%1 %2 → %3 已重命名</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 %2 changed</source>
        <translation>%1 %2 已更改</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>(proposed)</source>
        <translation>（建议）</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <source>The comparison could not be exported.</source>
        <translation>无法导出比较。</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::EditMenuActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find in SQL…</source>
        <translation>在 SQL 中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace in SQL…</source>
        <translation>在 SQL 中替换(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::GuidedExample</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>&amp;Learn Expand-Contract</source>
        <translation>学习扩展-收缩(&amp;L)</translation>
    </message>
    <message>
        <source>The orders example with 1,000,000 orders, step by step: compare, plan, rehearse, a staged mistake, review</source>
        <translation>包含 1,000,000 个订单的 orders 示例，逐步进行：比较、计划、演练、一次预设的错误、评审</translation>
    </message>
    <message>
        <source>Stage the Mistake</source>
        <translation>预设错误</translation>
    </message>
    <message>
        <source>Rehearse the same plan with its dual-write skipped</source>
        <translation>在跳过双写的情况下演练同一计划</translation>
    </message>
    <message>
        <source>Godwit could not make the folder for the example.</source>
        <translation>Godwit 无法为示例创建文件夹。</translation>
    </message>
    <message>
        <source>Learn Expand-Contract</source>
        <translation>学习扩展-收缩</translation>
    </message>
    <message>
        <source>Making the orders example: %L1 orders…</source>
        <translation>正在生成 orders 示例：%L1 个订单…</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 约剩 %1</translation>
    </message>
    <message>
        <source>Making the orders example: %L1 of %L2 orders%3</source>
        <translation>正在生成 orders 示例：%L1 / %L2 个订单%3</translation>
    </message>
    <message>
        <source>Godwit could not make the orders example.</source>
        <translation>Godwit 无法生成 orders 示例。</translation>
    </message>
    <message>
        <source>Godwit could not copy the example&apos;s migrations.</source>
        <translation>Godwit 无法复制示例的迁移。</translation>
    </message>
    <message>
        <source>Godwit could not save the example&apos;s project.</source>
        <translation>Godwit 无法保存示例的项目。</translation>
    </message>
    <message>
        <source>Learn expand-contract · 1 of 5 · The migrations V2–V4 retire orders.estimated_delivery for shipping_eta: on the left the database now, on the right what they make of it.</source>
        <translation>学习扩展-收缩 · 第 1 步，共 5 步 · 迁移 V2–V4 用 shipping_eta 替换 orders.estimated_delivery：左侧是数据库的当前状态，右侧是迁移后的结果。</translation>
    </message>
    <message>
        <source>Plan This Change</source>
        <translation>计划此变更</translation>
    </message>
    <message>
        <source>2 of 5 · The rename in five phases: expand adds shipping_eta, the dual-write keeps both columns equal, the backfill copies the old rows, the read switch moves the readers, the contract drops estimated_delivery. Close the wizard to go on.</source>
        <translation>第 2 步，共 5 步 · 分五个阶段完成重命名：扩展添加 shipping_eta，双写保持两列相等，回填复制旧行，读切换迁移读取方，收缩删除 estimated_delivery。关闭向导以继续。</translation>
    </message>
    <message>
        <source>Rehearse the Plan</source>
        <translation>演练计划</translation>
    </message>
    <message>
        <source>3 of 5 · The backfill copies %L1 orders while the simulated application keeps writing: drift must stay at 0.</source>
        <translation>第 3 步，共 5 步 · 回填复制 %L1 个订单，同时模拟应用程序持续写入：偏差必须保持为 0。</translation>
    </message>
    <message>
        <source>3 of 5 · Press Start: the plan runs on a copy of the %L1 orders at the Classroom pace, about a minute, while a simulated application keeps reading and writing.</source>
        <translation>第 3 步，共 5 步 · 按“开始”：计划以“课堂”速度在 %L1 个订单的副本上运行，约一分钟，同时模拟应用程序持续读写。</translation>
    </message>
    <message>
        <source>4 of 5 · The dual-write is skipped: orders the application writes during the backfill keep the old column only. Watch the drift.</source>
        <translation>第 4 步，共 5 步 · 双写被跳过：应用程序在回填期间写入的订单只保留旧列。请观察偏差。</translation>
    </message>
    <message>
        <source>4 of 5 · The plan held. Now a staged mistake: the same plan with its dual-write skipped.</source>
        <translation>第 4 步，共 5 步 · 计划经受住了考验。现在来一次预设的错误：同一计划，但跳过双写。</translation>
    </message>
    <message>
        <source>5 of 5 · Skipping the dual-write left rows behind: that is what the dual-write is for. The review document puts the change, the plan and the rehearsal on paper.</source>
        <translation>第 5 步，共 5 步 · 跳过双写导致有行被遗漏：这正是双写的用途。评审文档将变更、计划和演练记录成文。</translation>
    </message>
    <message>
        <source>Write the Review</source>
        <translation>撰写评审</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MainActions</name>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a SQLite database read-only</source>
        <translation>以只读方式打开 SQLite 数据库</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open &amp;SQL Script…</source>
        <translation>打开 SQL 脚本(&amp;S)…</translation>
    </message>
    <message>
        <source>Read the schema defined by an SQL script</source>
        <translation>读取 SQL 脚本定义的模式</translation>
    </message>
    <message>
        <source>Open SQL</source>
        <translation>打开 SQL</translation>
    </message>
    <message>
        <source>Open the Orders &amp;Example</source>
        <translation>打开订单示例(&amp;E)</translation>
    </message>
    <message>
        <source>Open the orders schema, the expand-contract example bundled with Godwit</source>
        <translation>打开 orders 模式，即 Godwit 附带的扩展-收缩示例</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Read the schema again from the file</source>
        <translation>从文件重新读取模式</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close the current file</source>
        <translation>关闭当前文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In Definition</source>
        <translation>放大定义(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out Definition</source>
        <translation>缩小定义(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter Schema…</source>
        <translation>筛选模式(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation>关于 Godwit(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Plan Migration…</source>
        <translation>规划迁移(&amp;P)…</translation>
    </message>
    <message>
        <source>Walk the changes through the expand-contract decision tree and build the phased plan</source>
        <translation>让各项变更依次走过扩展-收缩决策树，并生成分阶段计划</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Keep the open database, its target, your answers and rehearsals in a project file</source>
        <translation>将打开的数据库、其目标、你的答案和演练保存在项目文件中</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Open a Godwit project (.godwit)</source>
        <translation>打开 Godwit 项目 (.godwit)</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MainStatusBar</name>
    <message>
        <source>Open a database or an SQL script to begin.</source>
        <translation>打开数据库或 SQL 脚本以开始。</translation>
    </message>
    <message>
        <source>SQL script</source>
        <translation>SQL 脚本</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>仅架构</translation>
    </message>
    <message>
        <source>Page size %1</source>
        <translation>页大小 %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n table</source>
        <translation>
            <numerusform>%n 个表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n 个表</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MainWindow</name>
    <message>
        <source>Compare With Pending Migrations</source>
        <translation>与待执行迁移比较</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <source>Schemas (*.db *.sqlite *.sqlite3 *.db3 *.sql *.mmd *.md);;All files (*)</source>
        <translation>架构 (*.db *.sqlite *.sqlite3 *.db3 *.sql *.mmd *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>正在与 %1 比较…</translation>
    </message>
    <message>
        <source>Applying the pending migrations of %1 to a copy…</source>
        <translation>正在将 %1 的待执行迁移应用到副本…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation>迁移(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>&amp;Schema Browser</source>
        <translation>架构浏览器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>Orders example</source>
        <translation>订单示例</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>The orders example is missing from this build.</source>
        <translation>此构建中缺少订单示例。</translation>
    </message>
    <message>
        <source>Bundled with Godwit: samples/orders/%1</source>
        <translation>随 Godwit 附带：samples/orders/%1</translation>
    </message>
    <message>
        <source>Godwit could not open “%1”.</source>
        <translation>Godwit 无法打开“%1”。</translation>
    </message>
    <message>
        <source>It is not a SQLite database.</source>
        <translation>它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The SQL could not be read.</source>
        <translation>无法读取 SQL。</translation>
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
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite *.sqlite3 *.db3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open SQL Script</source>
        <translation>打开 SQL 脚本</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL 脚本 (*.sql);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Recent Pro&amp;ject</source>
        <translation>打开最近的项目(&amp;j)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>Open a database first</source>
        <translation>请先打开数据库</translation>
    </message>
    <message>
        <source>Compare the schema with its target first (File ▸ Compare With…): the plan is made from the changes</source>
        <translation>请先将模式与其目标进行比较（文件 ▸ 比较…）：计划根据变更生成</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>The open database: its tables, keys and indexes as a diagram, an overview and a tree</source>
        <translation>已打开的数据库：以关系图、概览和树形展示其表、键和索引</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>比较对象…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Before and after side by side, every change coloured and classified</source>
        <translation>变更前后并排显示，每项变更都着色并分类</translation>
    </message>
    <message>
        <source>Plan This Change</source>
        <translation>计划此变更</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Expand, dual-write, backfill, read switch, contract: each step with its SQL, rollback and check</source>
        <translation>扩展、双写、回填、读切换、收缩：每一步都附带 SQL、回滚和检查</translation>
    </message>
    <message>
        <source>Rehearse the Plan</source>
        <translation>演练计划</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>The plan run on a copy of the data while a simulated application keeps reading and writing</source>
        <translation>在数据副本上运行计划，同时模拟应用程序持续读写</translation>
    </message>
    <message>
        <source>Write the Review</source>
        <translation>撰写评审</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>The application&apos;s main queries, explained before and after the change</source>
        <translation>应用程序的主要查询，在变更前后分别进行解释</translation>
    </message>
    <message>
        <source>Load Queries…</source>
        <translation>加载查询…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>The document for the pre-migration review: the change, the plan, the risks, the rehearsal</source>
        <translation>迁移前评审文档：变更、计划、风险、演练</translation>
    </message>
    <message>
        <source>Compare the open schema with its target first (Compare With…)</source>
        <translation>请先将已打开的模式结构与其目标进行比较（比较对象…）</translation>
    </message>
    <message>
        <source>Rehearsal Running</source>
        <translation>演练进行中</translation>
    </message>
    <message>
        <source>A rehearsal is running on a copy of %1. Stop it and open another file?</source>
        <translation>正在 %1 的副本上进行演练。要停止演练并打开另一个文件吗？</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MigrationsModel</name>
    <message>
        <source>checksum mismatch</source>
        <translation>校验和不匹配</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>高于目标</translation>
    </message>
    <message>
        <source>ignored (out of order)</source>
        <translation>已忽略（顺序错乱）</translation>
    </message>
    <message>
        <source>below baseline</source>
        <translation>低于基线</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>future</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Checksum of the file: %1</source>
        <translation>文件校验和：%1</translation>
    </message>
    <message>
        <source>Applied on %1 by %2 in %3 ms</source>
        <translation>于 %1 由 %2 应用，耗时 %3 毫秒</translation>
    </message>
    <message>
        <source>Checksum when applied: %1</source>
        <translation>应用时的校验和：%1</translation>
    </message>
    <message>
        <source>The file changed after it was applied: validate fails until it is restored or repaired.</source>
        <translation>文件在应用后被修改：在恢复或修复之前，validate 将失败。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MigrationsPanel</name>
    <message>
        <source>No migrations folder</source>
        <translation>没有迁移文件夹</translation>
    </message>
    <message>
        <source>New Migration…</source>
        <translation>新建迁移…</translation>
    </message>
    <message>
        <source>Apply Pending to Working Copy</source>
        <translation>将待执行迁移应用到工作副本</translation>
    </message>
    <message>
        <source>Copies the database (it is never changed) and applies the pending migrations to the copy</source>
        <translation>复制数据库（原库从不修改），并将待执行迁移应用到副本</translation>
    </message>
    <message>
        <source>Apply the pending migrations to a working copy to see what they change.</source>
        <translation>将待执行迁移应用到工作副本，查看它们会改变什么。</translation>
    </message>
    <message>
        <source>Cannot create the working copy folder %1</source>
        <translation>无法创建工作副本文件夹 %1</translation>
    </message>
    <message>
        <source>Applying the pending migrations to %1…</source>
        <translation>正在将待执行迁移应用到 %1…</translation>
    </message>
    <message>
        <source>Working copy: %1
</source>
        <translation>工作副本：%1
</translation>
    </message>
    <message>
        <source>baselined at version %1
</source>
        <translation>已在版本 %1 建立基线
</translation>
    </message>
    <message>
        <source>applied %1 (%2 ms)
</source>
        <translation>已应用 %1（%2 毫秒）
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <source>FAILED: %1
The file&apos;s transaction had committed: its changes stay and the history records it as failed.
</source>
        <translation>失败：%1
该文件的事务已提交：其更改会保留，历史记录将其标记为失败。
</translation>
    </message>
    <message>
        <source>FAILED: %1
The copy is as it was before that file.
</source>
        <translation>失败：%1
副本保持为该文件执行之前的状态。
</translation>
    </message>
    <message>
        <source>Nothing to apply: no migration is pending.
</source>
        <translation>无需应用：没有待执行的迁移。
</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::MigrationsWorkbench</name>
    <message>
        <source>Migrations</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>SQL Editor</source>
        <translation>SQL 编辑器</translation>
    </message>
    <message>
        <source>Open &amp;Migrations Folder…</source>
        <translation>打开迁移文件夹(&amp;M)…</translation>
    </message>
    <message>
        <source>Show a folder of Flyway-style V…__….sql migrations beside the schema</source>
        <translation>在架构旁显示 Flyway 风格 V…__….sql 迁移文件夹</translation>
    </message>
    <message>
        <source>&amp;New Migration…</source>
        <translation>新建迁移(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Could not save the SQL file.</source>
        <translation>无法保存 SQL 文件。</translation>
    </message>
    <message>
        <source>SQL editor</source>
        <translation>SQL 编辑器</translation>
    </message>
    <message>
        <source>Open Migrations Folder</source>
        <translation>打开迁移文件夹</translation>
    </message>
    <message>
        <source>New Migration</source>
        <translation>新建迁移</translation>
    </message>
    <message>
        <source>What does it do? (becomes the file name, e.g. &quot;add shipping eta&quot;)</source>
        <translation>它做什么？（将成为文件名，例如 &quot;add shipping eta&quot;）</translation>
    </message>
    <message>
        <source>Could not create the migration.</source>
        <translation>无法创建迁移。</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ModeController</name>
    <message>
        <source>Modes</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::PlanPage</name>
    <message>
        <source>Decide…</source>
        <translation>决策…</translation>
    </message>
    <message>
        <source>Walk the decision tree: skip or keep the dual-write, batch sizes, fill values, renames</source>
        <translation>逐步完成决策树：跳过或保留双写、批大小、填充值、重命名</translation>
    </message>
    <message>
        <source>The two schemas are the same: there is nothing to plan.</source>
        <translation>两个模式结构相同：没有需要计划的内容。</translation>
    </message>
    <message>
        <source>No plan yet. Compare the open database with what it should become (Compare With… or Compare With Pending Migrations…): the plan of its changes appears here.</source>
        <translation>尚无计划。请将已打开的数据库与其目标状态进行比较（比较对象… 或 与待执行迁移比较…）：其变更计划将显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) of expand-contract</source>
        <translation>
            <numerusform>扩展-收缩的 %n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data check(s) stop the export until answered</source>
        <translation>
            <numerusform>%n 项数据检查在得到回答前会阻止导出</numerusform>
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
        <translation>回滚</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 个步骤</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 个步骤</translation>
    </message>
    <message>
        <source>Nothing to do: the schemas are the same.</source>
        <translation>无需操作：两个架构相同。</translation>
    </message>
    <message>
        <source>Select a step.</source>
        <translation>请选择一个步骤。</translation>
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
        <translation>&lt;li&gt;&lt;b&gt;警告：&lt;/b&gt;%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Runs outside a transaction: it turns foreign keys off and manages its own.&lt;/li&gt;</source>
        <translation>&lt;li&gt;在事务之外运行：它会关闭外键并自行管理事务。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Batches of %1 rows on %2.%3, until the remaining count is 0.&lt;/li&gt;</source>
        <translation>&lt;li&gt;在 %2.%3 上每批 %1 行，直到剩余数为 0。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before it runs&lt;/b&gt;&lt;ul style=&quot;margin-left:12px&quot;&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;运行之前&lt;/b&gt;&lt;ul style=&quot;margin-left:12px&quot;&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language takes effect when Godwit starts again.</source>
        <translation>新语言将在 Godwit 重新启动后生效。</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation> 次操作/秒</translation>
    </message>
    <message>
        <source>Operations per second of the simulated application when a rehearsal starts</source>
        <translation>演练开始时模拟应用每秒的操作数</translation>
    </message>
    <message>
        <source>As the plan suggests</source>
        <translation>按计划建议</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>Rows per backfill batch when a rehearsal starts</source>
        <translation>演练开始时每个回填批次的行数</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>All copies</source>
        <translation>所有副本</translation>
    </message>
    <message>
        <source> days old or more</source>
        <translation> 天或更久以前</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete these working copies; your databases are never touched</source>
        <translation>删除这些工作副本；您的数据库绝不会被触及</translation>
    </message>
    <message>
        <source>Remove copies:</source>
        <translation>删除副本：</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>New rehearsals</source>
        <translation>新的演练</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>负载(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>Working copies</source>
        <translation>工作副本</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, theme, rehearsal defaults and working copies</source>
        <translation>语言、主题、演练默认值和工作副本</translation>
    </message>
    <message numerus="yes">
        <source>%n working copies take %1 in %2.</source>
        <translation>
            <numerusform>%n 个工作副本在 %2 中占用 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Working Copies</source>
        <translation>工作副本</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Folder for Working Copies</source>
        <translation>工作副本文件夹</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ProjectController</name>
    <message>
        <source>Godwit projects (*.godwit)</source>
        <translation>Godwit 项目 (*.godwit)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Godwit could not open the project “%1”.</source>
        <translation>Godwit 无法打开项目“%1”。</translation>
    </message>
    <message>
        <source>Godwit could not save the project.</source>
        <translation>Godwit 无法保存项目。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project “%1” has changes that are not saved.</source>
        <translation>项目“%1”有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Add the query panel&apos;s indexes</source>
        <translation>添加查询面板的索引</translation>
    </message>
    <message>
        <source>Answer in the plan wizard</source>
        <translation>在计划向导中作答</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Open a database and compare it with its target first (File ▸ Compare With…)</source>
        <translation>请先打开数据库并将其与目标进行比较（文件 ▸ 比较…）</translation>
    </message>
    <message>
        <source>Nothing to save: no project is open</source>
        <translation>无可保存内容：没有打开的项目</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryDialog</name>
    <message>
        <source>Add Query</source>
        <translation>添加查询</translation>
    </message>
    <message>
        <source>e.g. orders by status</source>
        <translation>例如：按状态查订单</translation>
    </message>
    <message>
        <source> calls/min</source>
        <translation> 次调用/分钟</translation>
    </message>
    <message>
        <source>SELECT … WHERE customer_id = ?</source>
        <translation>SELECT … WHERE customer_id = ?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;SQL:</source>
        <translation>&amp;SQL：</translation>
    </message>
    <message numerus="yes">
        <source>One statement per query: this text has %n statement(s).</source>
        <translation>
            <numerusform>每个查询只能有一条语句：此文本包含 %n 条语句。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryListModel</name>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>退化</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>Does not prepare</source>
        <translation>无法预编译</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/分钟</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
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
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Proposed index</source>
        <translation>建议的索引</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Removes</source>
        <translation>消除</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Add to Plan</source>
        <translation>添加到计划</translation>
    </message>
    <message>
        <source>Add Covering Variant</source>
        <translation>添加覆盖索引变体</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Sample Queries</source>
        <translation>示例查询</translation>
    </message>
    <message>
        <source>Rehearsal Workload</source>
        <translation>演练负载</translation>
    </message>
    <message>
        <source>The statements the rehearsal&apos;s simulated application runs for this change</source>
        <translation>演练中模拟应用针对此变更执行的语句</translation>
    </message>
    <message>
        <source>Add Query…</source>
        <translation>添加查询…</translation>
    </message>
    <message>
        <source>Type a query of the application into the list (saved to the list&apos;s file)</source>
        <translation>在列表中输入应用的查询（保存到列表文件）</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <source>Explain the queries on the schema after a change too: a database, SQL script or Mermaid file</source>
        <translation>同时在变更后的架构上解释查询：数据库、SQL 脚本或 Mermaid 文件</translation>
    </message>
    <message>
        <source>No Comparison</source>
        <translation>不比较</translation>
    </message>
    <message>
        <source>Run every query %1 times on a copy of the database and measure each index&apos;s write cost</source>
        <translation>在数据库副本上将每个查询运行 %1 次，并测量每个索引的写入成本</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Add a CREATE INDEX step for this index to the migration plan</source>
        <translation>为此索引在迁移计划中添加 CREATE INDEX 步骤</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Index Advice</source>
        <translation>索引建议</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>The query list could not be read.</source>
        <translation>无法读取查询列表。</translation>
    </message>
    <message>
        <source>The query list could not be saved.</source>
        <translation>无法保存查询列表。</translation>
    </message>
    <message>
        <source>The sample query list is missing.</source>
        <translation>缺少示例查询列表。</translation>
    </message>
    <message>
        <source>The rehearsal workload needs a database and a schema to compare with.</source>
        <translation>演练负载需要一个数据库和一个用于比较的架构。</translation>
    </message>
    <message>
        <source>Open a database and choose Compare With… first.</source>
        <translation>请先打开数据库，再选择“与…比较”。</translation>
    </message>
    <message>
        <source>The rehearsal workload could not be derived.</source>
        <translation>无法推导演练负载。</translation>
    </message>
    <message>
        <source>The change moves no column, so the rehearsal simulates no application.</source>
        <translation>此变更不移动任何列，因此演练不模拟应用。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Could not explain the queries: %1</source>
        <translation>无法解释查询：%1</translation>
    </message>
    <message>
        <source>The queries could not be explained.</source>
        <translation>无法解释查询。</translation>
    </message>
    <message>
        <source>Covering: %1</source>
        <translation>覆盖：%1</translation>
    </message>
    <message>
        <source>No advice: every query finds an index, or none would help</source>
        <translation>无建议：每个查询都能找到索引，或者任何索引都无帮助</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>unused by the listed queries</source>
        <translation>未被所列查询使用</translation>
    </message>
    <message>
        <source>prefix of %1</source>
        <translation>%1 的前缀</translation>
    </message>
    <message>
        <source> (serves a foreign key)</source>
        <translation>（服务于外键）</translation>
    </message>
    <message>
        <source>Open a database to explain its queries.</source>
        <translation>打开数据库以解释其查询。</translation>
    </message>
    <message>
        <source>Load a query list (File ▸ Load Queries…) or the sample queries.</source>
        <translation>加载查询列表（文件 ▸ 加载查询…）或示例查询。</translation>
    </message>
    <message>
        <source>Explaining and measuring the queries…</source>
        <translation>正在解释并测量查询…</translation>
    </message>
    <message>
        <source>Explaining the queries…</source>
        <translation>正在解释查询…</translation>
    </message>
    <message numerus="yes">
        <source>%n query</source>
        <translation>
            <numerusform>%n 个查询</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queries</source>
        <translation>
            <numerusform>%n 个查询</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> — compared with %1</source>
        <translation> — 与 %1 比较</translation>
    </message>
    <message>
        <source>The orders sample&apos;s dominant queries (its access patterns)</source>
        <translation>orders 示例的主要查询（其访问模式）</translation>
    </message>
    <message>
        <source>Show the Rows</source>
        <translation>显示行</translation>
    </message>
    <message>
        <source>Run the query and show what it returns in a grid</source>
        <translation>运行查询并在表格中显示返回结果</translation>
    </message>
    <message>
        <source>The pending migrations could not be read.</source>
        <translation>无法读取待执行的迁移。</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryPlanView</name>
    <message>
        <source>could not run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms median of %n run(s); %2 rows, %3 VM steps, %4 full-scan steps, %5 sorts</source>
        <translation>
            <numerusform>%n 次运行的中位数 %1 毫秒；%2 行，%3 个 VM 步骤，%4 个全表扫描步骤，%5 次排序</numerusform>
        </translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Select a query to see how SQLite runs it.</source>
        <translation>选择一个查询，查看 SQLite 如何执行它。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Does not prepare: %1</source>
        <translation>无法预编译：%1</translation>
    </message>
    <message>
        <source>Reads no table</source>
        <translation>不读取任何表</translation>
    </message>
    <message>
        <source>Full scan: every row of %1 is read</source>
        <translation>全表扫描：读取 %1 的每一行</translation>
    </message>
    <message>
        <source>SQLite sorts the rows itself: no index delivers this order</source>
        <translation>SQLite 自行排序：没有索引提供此顺序</translation>
    </message>
    <message>
        <source>An index built for this statement alone, on every run</source>
        <translation>每次运行都仅为此语句临时构建索引</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>Measured before: %1</source>
        <translation>之前测量：%1</translation>
    </message>
    <message>
        <source>Measured after: %1</source>
        <translation>之后测量：%1</translation>
    </message>
    <message>
        <source>Index advice: %1</source>
        <translation>索引建议：%1</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::QueryWorkbench</name>
    <message>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Load &amp;Queries…</source>
        <translation>加载查询(&amp;Q)…</translation>
    </message>
    <message>
        <source>Read the application&apos;s dominant queries (one SQL statement each) and explain them</source>
        <translation>读取应用的主要查询（每个一条 SQL 语句）并解释</translation>
    </message>
    <message>
        <source>Already in the migration plan: %1</source>
        <translation>已在迁移计划中：%1</translation>
    </message>
    <message numerus="yes">
        <source>Added to the migration plan (%n index(es) requested): %1</source>
        <translation>
            <numerusform>已添加到迁移计划（请求 %n 个索引）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Queries</source>
        <translation>加载查询</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL 文件 (*.sql);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare Queries With</source>
        <translation>查询比较对象</translation>
    </message>
    <message>
        <source>Databases, SQL scripts and Mermaid diagrams (*.db *.sqlite *.sqlite3 *.sql *.mmd *.md);;All files (*)</source>
        <translation>数据库、SQL 脚本和 Mermaid 图表 (*.db *.sqlite *.sqlite3 *.sql *.mmd *.md);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RecentFiles</name>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近文件(&amp;C)</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalCharts</name>
    <message>
        <source>rows/s</source>
        <translation>行/秒</translation>
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
        <translation>行</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Backfill rows/s</source>
        <translation>回填 行/秒</translation>
    </message>
    <message>
        <source>Workload latency (ms)</source>
        <translation>负载延迟（毫秒）</translation>
    </message>
    <message>
        <source>Drift (rows)</source>
        <translation>漂移（行）</translation>
    </message>
    <message>
        <source>Write amplification (per row written)</source>
        <translation>写放大（每写入一行）</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalTimeline</name>
    <message>
        <source>Rehearsal phases</source>
        <translation>演练阶段</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3 s)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2，%3 秒）&lt;br&gt;%4</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalView</name>
    <message>
        <source>Crash mid-backfill</source>
        <translation>回填中途崩溃</translation>
    </message>
    <message>
        <source>Skip dual-write</source>
        <translation>跳过双写</translation>
    </message>
    <message>
        <source>Switch reads early</source>
        <translation>过早切换读取</translation>
    </message>
    <message>
        <source>Contract early</source>
        <translation>过早收缩</translation>
    </message>
    <message>
        <source>Long transaction</source>
        <translation>长事务</translation>
    </message>
    <message>
        <source>The backfill dies before a batch commits, then resumes from its checkpoint.</source>
        <translation>回填在某批提交前中断，然后从检查点恢复。</translation>
    </message>
    <message>
        <source>No dual-write triggers: old and new columns drift apart.</source>
        <translation>没有双写触发器：新旧列逐渐不一致。</translation>
    </message>
    <message>
        <source>Reads move before the backfill: new clients read NULLs.</source>
        <translation>读取在回填之前切换：新客户端读到 NULL。</translation>
    </message>
    <message>
        <source>The contract runs before the backfill: data held only in the old column is lost.</source>
        <translation>收缩在回填之前执行：仅存于旧列的数据丢失。</translation>
    </message>
    <message>
        <source>Another transaction holds the write lock and blocks the backfill.</source>
        <translation>另一个事务持有写锁，阻塞了回填。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>接着运行(&amp;N)</translation>
    </message>
    <message>
        <source>Continue the cancelled rehearsal in its working copy; the backfill resumes from its checkpoint</source>
        <translation>在工作副本中继续已取消的演练；回填从检查点恢复</translation>
    </message>
    <message>
        <source>Copy the database and run every phase under simulated load</source>
        <translation>复制数据库，并在模拟负载下运行每个阶段</translation>
    </message>
    <message>
        <source>Run one phase, then pause</source>
        <translation>运行一个阶段，然后暂停</translation>
    </message>
    <message>
        <source>Rows per backfill batch; takes effect at the next batch</source>
        <translation>每个回填批次的行数；下一批生效</translation>
    </message>
    <message>
        <source>Pause between backfill batches; takes effect at the next batch</source>
        <translation>回填批次之间的暂停；下一批生效</translation>
    </message>
    <message>
        <source>0 ms</source>
        <translation>0 毫秒</translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation> 次操作/秒</translation>
    </message>
    <message>
        <source>Operations per second of the simulated application</source>
        <translation>模拟应用每秒的操作数</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>负载：</translation>
    </message>
    <message>
        <source>Faults:</source>
        <translation>故障：</translation>
    </message>
    <message>
        <source>Contract even if verification fails</source>
        <translation>即使验证失败也执行收缩</translation>
    </message>
    <message>
        <source>No plan: compare the database with its target schema, then choose Migration ▸ Rehearse…</source>
        <translation>没有计划：请将数据库与目标架构比较，然后选择 迁移 ▸ 演练…</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>No incidents yet.
Stage a mistake above (skip the dual-write, switch reads early, …) to see what each phase protects against.</source>
        <translation>尚无事件。
在上方设置一个失误（跳过双写、过早切换读取…），看看每个阶段防范的是什么。</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>[%1] %2 · %3 (%4 s): %5</source>
        <translation>[%1] %2 · %3（%4 秒）：%5</translation>
    </message>
    <message>
        <source>%1.%2 → %3</source>
        <translation>%1.%2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Rehearse %n step(s) on a copy of %1</source>
        <translation>
            <numerusform>在 %1 的副本上演练 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source> — migrating %1</source>
        <translation> — 迁移 %1</translation>
    </message>
    <message>
        <source> (no backfill)</source>
        <translation>（无回填）</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>之前 / 之后</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Copying the database: %p% · waiting: another process is writing the original</source>
        <translation>正在复制数据库：%p% · 等待：另一个进程正在写入原库</translation>
    </message>
    <message numerus="yes">
        <source>Copying the database: %p% · restarted %n time(s): another process is writing the original</source>
        <translation>
            <numerusform>正在复制数据库：%p% · 已重新开始 %n 次：另一个进程正在写入原库</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the database: %p%</source>
        <translation>正在复制数据库：%p%</translation>
    </message>
    <message>
        <source>Backfill %1 / %2 rows (%p%) · ETA %3</source>
        <translation>回填 %1 / %2 行（%p%）· 预计剩余 %3</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation>未测量（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict: ok.&lt;/b&gt; Drift %1; the original is unchanged (SHA-256 %2…). Working copy: %3</source>
        <translation>&lt;b&gt;结论：通过。&lt;/b&gt;漂移 %1；原库未改变（SHA-256 %2…）。工作副本：%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict: cancelled&lt;/b&gt; during %1. Drift so far %2; original %3 (SHA-256 %4…). Working copy (resumable): %5</source>
        <translation>&lt;b&gt;结论：已取消&lt;/b&gt;（在 %1 期间）。目前漂移 %2；原库%3（SHA-256 %4…）。工作副本（可继续）：%5</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>开始阶段</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未改变</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>已改变</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict: failed.&lt;/b&gt; %1&lt;br&gt;Original %2 (SHA-256 %3…). Working copy: %4</source>
        <translation>&lt;b&gt;结论：失败。&lt;/b&gt;%1&lt;br&gt;原库%2（SHA-256 %3…）。工作副本：%4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; before the rehearsal began; no working copy was left behind.</source>
        <translation>&lt;b&gt;已取消&lt;/b&gt;：演练开始前取消，未留下工作副本。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rehearsal could not run:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;演练无法运行：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>课堂</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>Classroom: the backfill takes about a minute, with an ETA to watch. Realistic: the batch, delay and load as set. Fastest: no pauses, no throttling</source>
        <translation>课堂：回填约需一分钟，并显示预计剩余时间供观察。真实：按设置的批大小、延迟和负载运行。最快：无暂停，无限速</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the rows behind it, on the working copy</source>
        <translation>双击或按 Enter 键，在工作副本上显示其背后的行</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RehearsalWorkbench</name>
    <message>
        <source>&amp;Rehearse…</source>
        <translation>演练(&amp;R)…</translation>
    </message>
    <message>
        <source>Run the migration plan on a copy of the database while a simulated application reads and writes it</source>
        <translation>在数据库副本上运行迁移计划，同时由模拟应用进行读写</translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation>迁移(&amp;M)</translation>
    </message>
    <message>
        <source>Rehearsals run on a copy of a database: open one (not a script)</source>
        <translation>演练在数据库副本上运行：请打开一个数据库（而非脚本）</translation>
    </message>
    <message>
        <source>Compare the database with its target first: the rehearsal runs the plan</source>
        <translation>请先将数据库与其目标进行比较：演练会运行该计划</translation>
    </message>
    <message>
        <source>A rehearsal is running</source>
        <translation>正在进行演练</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::RenameChoices</name>
    <message>
        <source>Propose the Rename Again</source>
        <translation>重新建议重命名</translation>
    </message>
    <message>
        <source>Confirm the Rename (Keeps the Data)</source>
        <translation>确认重命名（保留数据）</translation>
    </message>
    <message>
        <source>Back to a Proposed Rename</source>
        <translation>恢复为建议的重命名</translation>
    </message>
    <message>
        <source>Not a Rename: Drop and Add (Loses the Data)</source>
        <translation>不是重命名：删除并添加（丢失数据）</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ResultsView</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>as TSV</source>
        <translation>为 TSV</translation>
    </message>
    <message>
        <source>as CSV</source>
        <translation>为 CSV</translation>
    </message>
    <message>
        <source>as Markdown</source>
        <translation>为 Markdown</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1：错误</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>结果 %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>%1 rows in %2 (the first %3 shown)</source>
        <translation>%1 行，用时 %2（显示前 %3 行）</translation>
    </message>
    <message>
        <source>%1 rows in %2</source>
        <translation>%1 行，用时 %2</translation>
    </message>
    <message>
        <source>%1 rows changed in %2</source>
        <translation>%1 行已更改，用时 %2</translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>导出行</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ReviewPresenter</name>
    <message>
        <source>Review: %1</source>
        <translation>评审：%1</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 — ← → to move, Esc to leave</source>
        <translation>%1 / %2 · %3 — ← → 翻页，Esc 退出</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ReviewView</name>
    <message>
        <source>Query list (.sql), optional</source>
        <translation>查询列表（.sql），可选</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Query List</source>
        <translation>查询列表</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL 文件 (*.sql);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Rehearse on a copy</source>
        <translation>在副本上演练</translation>
    </message>
    <message>
        <source>Run the plan on a copy of the database under simulated load (takes a while)</source>
        <translation>在模拟负载下于数据库副本上运行计划（需要一些时间）</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>生成(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, one section per page; arrow keys to move, Esc to leave</source>
        <translation>全屏，每页一个章节；方向键翻页，Esc 退出</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Building the review and rehearsing on a copy…</source>
        <translation>正在生成评审文档并在副本上演练…</translation>
    </message>
    <message>
        <source>Building the review…</source>
        <translation>正在生成评审文档…</translation>
    </message>
    <message>
        <source>Could not build the review: %1</source>
        <translation>无法生成评审文档：%1</translation>
    </message>
    <message>
        <source>%1 changes, %2 steps; pre-check failures %3, lint errors %4, rehearsal %5</source>
        <translation>%1 处变更，%2 个步骤；预检失败 %3，lint 错误 %4，演练 %5</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>导出评审文档</translation>
    </message>
    <message>
        <source>HTML document (*.html);;PDF document (*.pdf);;Markdown (*.md)</source>
        <translation>HTML 文档 (*.html);;PDF 文档 (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not export the review: %1</source>
        <translation>无法导出评审文档：%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::ReviewWorkbench</name>
    <message>
        <source>Re&amp;view Document…</source>
        <translation>评审文档(&amp;V)…</translation>
    </message>
    <message>
        <source>The document for the pre-migration review meeting: preview, export (HTML, PDF, Markdown) and present</source>
        <translation>迁移前评审会议文档：预览、导出（HTML、PDF、Markdown）和演示</translation>
    </message>
    <message>
        <source>&amp;Migration</source>
        <translation>迁移(&amp;M)</translation>
    </message>
    <message>
        <source>The review reads the open file: open a database or script (not the built-in example)</source>
        <translation>评审读取的是已打开的文件：请打开数据库或脚本（而非内置示例）</translation>
    </message>
    <message>
        <source>Compare the open file with its target first: the review documents that change</source>
        <translation>请先将已打开的文件与其目标进行比较：评审记录的正是该变更</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SchemaBrowser</name>
    <message>
        <source>Filter tables, columns, indexes…</source>
        <translation>筛选表、列、索引…</translation>
    </message>
    <message>
        <source>No schema loaded.
Open a database or an SQL script.</source>
        <translation>未加载架构。
请打开数据库或 SQL 脚本。</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SchemaOverview</name>
    <message>
        <source>%n table</source>
        <translation>%n 个表</translation>
    </message>
    <message>
        <source>%n tables</source>
        <translation>%n 个表</translation>
    </message>
    <message>
        <source>%n view</source>
        <translation>%n 个视图</translation>
    </message>
    <message>
        <source>%n views</source>
        <translation>%n 个视图</translation>
    </message>
    <message>
        <source>%n index</source>
        <translation>%n 个索引</translation>
    </message>
    <message>
        <source>%n indexes</source>
        <translation>%n 个索引</translation>
    </message>
    <message>
        <source>%n foreign key</source>
        <translation>%n 个外键</translation>
    </message>
    <message>
        <source>%n foreign keys</source>
        <translation>%n 个外键</translation>
    </message>
    <message>
        <source>%n trigger</source>
        <translation>%n 个触发器</translation>
    </message>
    <message>
        <source>%n triggers</source>
        <translation>%n 个触发器</translation>
    </message>
    <message>
        <source>schema only, from an SQL script</source>
        <translation>仅架构，来自 SQL 脚本</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SchemaTreeModel</name>
    <message>
        <source>%1%2 rows</source>
        <translation>%1%2 行</translation>
    </message>
    <message numerus="yes">
        <source>%n column</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>列 %1：%2</translation>
    </message>
    <message>
        <source>Index %1 %2</source>
        <translation>索引 %1 %2</translation>
    </message>
    <message>
        <source>Foreign key %1 %2</source>
        <translation>外键 %1 %2</translation>
    </message>
    <message>
        <source>Trigger %1 (%2)</source>
        <translation>触发器 %1（%2）</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>唯一</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SqlConsole</name>
    <message>
        <source>Original (read-only)</source>
        <translation>原始数据库（只读）</translation>
    </message>
    <message>
        <source>Working copy (writes allowed)</source>
        <translation>工作副本（允许写入）</translation>
    </message>
    <message>
        <source>The original is only read. A working copy is a backup of it that Godwit made; what you run there waits in a transaction for Commit or Roll Back.</source>
        <translation>原始数据库只会被读取。工作副本是 Godwit 为其创建的备份；在其中运行的内容会在事务中等待提交或回滚。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the selection, or all statements (Ctrl+Return)</source>
        <translation>运行所选内容或全部语句 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>On %1, read-only</source>
        <translation>在 %1 上，只读</translation>
    </message>
    <message>
        <source>On the working copy %1</source>
        <translation>在工作副本 %1 上</translation>
    </message>
    <message>
        <source>Uncommitted changes on the working copy: Commit or Roll Back</source>
        <translation>工作副本上有未提交的更改：请提交或回滚</translation>
    </message>
    <message>
        <source>Committed to the working copy</source>
        <translation>已提交到工作副本</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>正在复制数据库…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::SqlEditorPane</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>The SQL</source>
        <translation>该 SQL</translation>
    </message>
    <message>
        <source>deleted on disk</source>
        <translation>已在磁盘上删除</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上更改</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your edits?</source>
        <translation>%1 已被其他程序更改。是否重新加载并放弃您的编辑？</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::TableBrowser</name>
    <message>
        <source>Open in SQL Editor</source>
        <translation>在 SQL 编辑器中打开</translation>
    </message>
    <message>
        <source>The SELECT that lists these rows, filtered and sorted as shown</source>
        <translation>列出这些行的 SELECT 语句，按所示进行筛选和排序</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Text the value contains, or NULL, NOT NULL, =v, !=v, &lt;v, &gt;v, &lt;=v, &gt;=v</source>
        <translation>值包含的文本，或 NULL、NOT NULL、=v、!=v、&lt;v、&gt;v、&lt;=v、&gt;=v</translation>
    </message>
    <message>
        <source>%1 rows of %2</source>
        <translation>%1 行，共 %2 行</translation>
    </message>
    <message>
        <source>, filtered</source>
        <translation>，已筛选</translation>
    </message>
    <message>
        <source>, sorted by %1 (read from an index)</source>
        <translation>，按 %1 排序（从索引读取）</translation>
    </message>
    <message>
        <source>, sorted by %1: no index has this order, so SQLite scans and sorts the rows for every page</source>
        <translation>，按 %1 排序：没有索引具有此顺序，因此 SQLite 会为每一页扫描并排序这些行</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>BLOB of %1 bytes</source>
        <translation>%1 字节的 BLOB</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
</context>
<context>
    <name>godwit::widgets::TableCardModel</name>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>≈ %1 rows</source>
        <translation>≈ %1 行</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>外键</translation>
    </message>
    <message numerus="yes">
        <source>View %1: %n column</source>
        <translation>
            <numerusform>视图 %1：%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>View %1: %n columns</source>
        <translation>
            <numerusform>视图 %1：%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 rows</source>
        <translation>，%1 行</translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n column</source>
        <translation>
            <numerusform>表 %1：%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n columns</source>
        <translation>
            <numerusform>表 %1：%n 列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::widgets::TableModel</name>
    <message>
        <source>Double-click to see the whole value</source>
        <translation>双击查看完整值</translation>
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
        <translation>安全地演进 SQLite 架构。</translation>
    </message>
    <message>
        <source>Open a database to browse its tables, keys, indexes and triggers. Godwit opens your file read-only and never changes a byte of it. Then describe the schema you want, and Godwit classifies every change, plans the expand–contract migration step by step, and rehearses it on a copy of your data.</source>
        <translation>打开数据库，浏览其中的表、键、索引和触发器。Godwit 以只读方式打开您的文件，绝不修改其中任何一个字节。然后描述您想要的架构，Godwit 会对每处变更进行分类，逐步规划扩展-收缩迁移，并在您的数据副本上演练。</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>A SQLite file, opened read-only.</source>
        <translation>SQLite 文件，以只读方式打开。</translation>
    </message>
    <message>
        <source>Open SQL script…</source>
        <translation>打开 SQL 脚本…</translation>
    </message>
    <message>
        <source>CREATE statements, run into an in-memory database.</source>
        <translation>CREATE 语句，在内存数据库中执行。</translation>
    </message>
    <message>
        <source>Open the orders example</source>
        <translation>打开订单示例</translation>
    </message>
    <message>
        <source>Tip: drop a database or an .sql file anywhere on this window.</source>
        <translation>提示：可将数据库或 .sql 文件拖放到此窗口的任意位置。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近文件</translation>
    </message>
    <message>
        <source>Nothing yet — the files you open will be listed here.</source>
        <translation>暂无 — 您打开的文件将列在这里。</translation>
    </message>
    <message>
        <source>Orders, items and payments — the classic expand–contract example.</source>
        <translation>订单、商品和付款——经典的扩展-收缩示例。</translation>
    </message>
    <message>
        <source>Learn expand-contract</source>
        <translation>学习扩展-收缩</translation>
    </message>
    <message>
        <source>The example with 1,000,000 orders, step by step: compare, plan, rehearse, a staged mistake, review.</source>
        <translation>包含 1,000,000 个订单的示例，逐步进行：比较、计划、演练、一次预设的错误、评审。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for evolving SQLite schemas safely.</source>
        <translation>安全演进 SQLite 架构的工作台。</translation>
    </message>
    <message>
        <source>A SQLite database (opened read-only), an .sql script, or a .godwit project to open.</source>
        <translation>要打开的 SQLite 数据库（以只读方式打开）、.sql 脚本或 .godwit 项目。</translation>
    </message>
    <message>
        <source>The mode to show once FILE is open: schema, compare, plan, rehearse, queries or review.</source>
        <translation>FILE 打开后要显示的模式：schema、compare、plan、rehearse、queries 或 review。</translation>
    </message>
</context>
</TS>
