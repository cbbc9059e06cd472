// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresclassifier.h"

#include <algorithm>

#include <QLocale>
#include <QRegularExpression>

namespace godwit::diff {

using schema::Column;
using schema::Table;

namespace {

    // Lock modes, weakest to strongest (explicit-locking.html#LOCKING-TABLES).
    const QString kShareUpdateExclusive = QStringLiteral("SHARE UPDATE EXCLUSIVE");
    const QString kShare = QStringLiteral("SHARE");
    const QString kShareRowExclusive = QStringLiteral("SHARE ROW EXCLUSIVE");
    const QString kAccessExclusive = QStringLiteral("ACCESS EXCLUSIVE");

    const QString kAlterTable = QStringLiteral("sql-altertable.html");
    const QString kAlterTableNotes = QStringLiteral("sql-altertable.html#SQL-ALTERTABLE-NOTES");
    const QString kCreateIndex = QStringLiteral("sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY");

    struct Verdict {
        Impact impact = Impact::Additive;
        QString reason;
        QString lock;
        bool rewrite = false;
        bool scan = false;
        QString rule;
        QString manual;
    };

    Classification make(const Verdict& v)
    {
        Classification c;
        c.impact = v.impact;
        c.reason = v.reason;
        c.capability = v.rewrite ? Capability::Rebuild : Capability::InPlace;
        c.sqliteRule = v.rule;
        c.lock = v.lock;
        c.rewrite = v.rewrite;
        c.scan = v.scan;
        c.manual = v.manual;
        return c;
    }

    // format_type() text without its modifier: "character varying(20)" → "character varying".
    QString baseType(const QString& type)
    {
        const qsizetype paren = type.indexOf(QLatin1Char('('));
        QString base
            = (paren < 0 ? type : type.left(paren) + type.mid(type.indexOf(QLatin1Char(')'), paren) + 1)).trimmed();
        base = base.toLower();
        if (base == QLatin1String("varchar"))
            return QStringLiteral("character varying");
        if (base == QLatin1String("int") || base == QLatin1String("int4"))
            return QStringLiteral("integer");
        if (base == QLatin1String("decimal"))
            return QStringLiteral("numeric");
        return base;
    }

    QList<int> modifiers(const QString& type)
    {
        static const QRegularExpression re(QStringLiteral("\\(([0-9 ,]+)\\)"));
        QList<int> out;
        if (const auto m = re.match(type); m.hasMatch()) {
            for (const QString& n : m.captured(1).split(QLatin1Char(',')))
                out << n.trimmed().toInt();
        }
        return out;
    }

    // A validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its scan (PostgreSQL 12+).
    bool hasValidNotNullCheck(const Table* table, const QString& column)
    {
        if (!table)
            return false;
        const QRegularExpression proof(
            QStringLiteral("^\\(*\"?%1\"?\\s+IS\\s+NOT\\s+NULL\\)*$").arg(QRegularExpression::escape(column)),
            QRegularExpression::CaseInsensitiveOption);
        return std::ranges::any_of(table->checks, [&](const schema::CheckConstraint& c) {
            return !c.notValid && proof.match(c.expression.trimmed()).hasMatch();
        });
    }

    Verdict columnAdded(const Change& change, const Table* tableAfter)
    {
        const QString col = change.table + QLatin1Char('.') + change.name;
        const Column* c = tableAfter ? tableAfter->column(change.name) : nullptr;
        Verdict v { Impact::Additive,
            QStringLiteral("Adds column %1; old readers and writers are unaffected.").arg(col), kAccessExclusive, false,
            false,
            QStringLiteral("ADD COLUMN with no default or a non-volatile one only changes the catalog: the default is "
                           "stored once and read for existing rows (PostgreSQL 11+)"),
            kAlterTableNotes };
        if (!c)
            return v;
        if (c->volatileDefault || c->identity != schema::Identity::None || c->generated == schema::Generated::Stored) {
            v.rewrite = true;
            v.rule = QStringLiteral("ADD COLUMN with a volatile default (%1) rewrites the whole table and its indexes "
                                    "under ACCESS EXCLUSIVE: every existing row needs its own value")
                         .arg(c->identity != schema::Identity::None ? QStringLiteral("an identity")
                                 : c->isGenerated()                 ? QStringLiteral("a stored generated column")
                                                                    : c->defaultValue);
        }
        if (c->notNull && !c->hasDefault && !c->isGenerated() && c->identity == schema::Identity::None) {
            v.impact = Impact::BreaksWriters;
            v.reason
                = QStringLiteral("Adds required column %1 without a default: the statement fails on a table with rows, "
                                 "and old writers that do not set it fail.")
                      .arg(col);
        }
        return v;
    }

    Verdict typeChange(const AttributeChange& a, const QString& col)
    {
        if (PostgresClassifier::isBinaryCoercible(a.before, a.after))
            return { Impact::Additive, QStringLiteral("type %1 → %2 is binary coercible").arg(a.before, a.after),
                kAccessExclusive, false, false,
                QStringLiteral("ALTER COLUMN TYPE to a binary-coercible type (%1 → %2) changes only the catalog, no "
                               "table rewrite")
                    .arg(a.before, a.after),
                kAlterTableNotes };
        return { Impact::BreaksReaders,
            QStringLiteral("type of %1 changes %2 → %3: values are converted and readers see the new type")
                .arg(col, a.before, a.after),
            kAccessExclusive, true, false,
            QStringLiteral("ALTER COLUMN TYPE %1 → %2 is not binary coercible: the table and its indexes are rewritten "
                           "under ACCESS EXCLUSIVE, blocking reads and writes throughout")
                .arg(a.before, a.after),
            kAlterTableNotes };
    }

    Verdict columnModified(const Change& change, const Table* tableBefore)
    {
        const QString col = change.table + QLatin1Char('.') + change.name;
        Verdict worst { Impact::Additive, {}, kAccessExclusive, false, false, {}, kAlterTable };
        QStringList reasons;
        QStringList rules;
        auto merge = [&](const Verdict& v) {
            worst.impact = std::max(worst.impact, v.impact);
            worst.rewrite = worst.rewrite || v.rewrite;
            worst.scan = worst.scan || v.scan;
            if (v.rewrite || v.scan || rules.isEmpty())
                worst.manual = v.manual;
            reasons << v.reason;
            rules << v.rule;
        };
        for (const AttributeChange& a : change.attributes) {
            switch (a.attribute) {
            case Attribute::Type:
                merge(typeChange(a, col));
                break;
            case Attribute::NotNull:
                if (a.after.isEmpty()) {
                    merge({ Impact::Additive, QStringLiteral("NOT NULL is dropped"), kAccessExclusive, false, false,
                        QStringLiteral("DROP NOT NULL changes only the catalog"), kAlterTable });
                } else {
                    const bool proven = hasValidNotNullCheck(tableBefore, change.name);
                    merge({ Impact::BreaksWriters,
                        QStringLiteral("becomes NOT NULL: existing NULLs must be backfilled first and writers that "
                                       "store NULL fail"),
                        kAccessExclusive, false, !proven,
                        proven ? QStringLiteral(
                            "SET NOT NULL skips the table scan: a validated CHECK (%1 IS NOT NULL) proves it")
                                     .arg(change.name)
                               : QStringLiteral(
                                   "SET NOT NULL scans the whole table under ACCESS EXCLUSIVE; add CHECK (%1 IS "
                                   "NOT NULL) NOT VALID, VALIDATE it (SHARE UPDATE EXCLUSIVE), then SET NOT NULL")
                                     .arg(change.name),
                        kAlterTable });
                }
                break;
            case Attribute::Default:
                merge({ Impact::Additive, QStringLiteral("the default changes (new rows only)"), kAccessExclusive,
                    false, false,
                    QStringLiteral("SET/DROP DEFAULT changes only the catalog; existing rows keep their values"),
                    kAlterTable });
                break;
            case Attribute::Identity:
                merge({ Impact::Additive, QStringLiteral("identity changes (%1 → %2)").arg(a.before, a.after),
                    kAccessExclusive, false, false,
                    QStringLiteral("ADD/DROP IDENTITY changes only the catalog and its sequence"), kAlterTable });
                break;
            case Attribute::Collation:
                merge({ Impact::BreaksReaders,
                    QStringLiteral("collation %1 → %2 changes sort order and comparisons").arg(a.before, a.after),
                    kAccessExclusive, false, false,
                    QStringLiteral(
                        "a new collation on the same type needs no rewrite, but the column's indexes are rebuilt"),
                    kAlterTableNotes });
                break;
            default:
                merge({ Impact::BreaksReaders, QStringLiteral("%1 changes").arg(attributeName(a.attribute)),
                    kAccessExclusive, true, false,
                    QStringLiteral(
                        "changing a generated column's expression means dropping and re-adding it: a rewrite"),
                    kAlterTableNotes });
                break;
            }
        }
        worst.reason = QStringLiteral("Column %1: %2.").arg(col, reasons.join(QStringLiteral("; ")));
        rules.removeAll(QString());
        worst.rule = rules.join(QStringLiteral("; "));
        return worst;
    }

    Verdict column(const Change& change, const Table* tableBefore, const Table* tableAfter)
    {
        const QString col = change.table + QLatin1Char('.') + change.name;
        switch (change.type) {
        case ChangeType::Added:
            return columnAdded(change, tableAfter);
        case ChangeType::Removed:
            return { Impact::Destructive,
                QStringLiteral("Drops column %1 and its data; readers and writers that still use it fail.").arg(col),
                kAccessExclusive, false, false,
                QStringLiteral("DROP COLUMN only hides the column (space is reclaimed as rows are rewritten); it fails "
                               "while a view uses the column unless CASCADE drops the view too"),
                kAlterTableNotes };
        case ChangeType::Renamed: {
            Verdict v { Impact::BreaksReaders,
                QStringLiteral(
                    "Renames %1.%2 to %3: readers and writers that name %2 fail until they move to the new name; "
                    "views follow the rename.")
                    .arg(change.table, change.oldName, change.name),
                kAccessExclusive, false, false, QStringLiteral("RENAME COLUMN changes only the catalog"), kAlterTable };
            if (!change.attributes.isEmpty()) {
                const Verdict m = columnModified(change, tableBefore);
                v.rewrite = m.rewrite;
                v.scan = m.scan;
                v.rule += QStringLiteral("; ") + m.rule;
                v.impact = std::max(v.impact, m.impact);
            }
            return v;
        }
        case ChangeType::Modified:
            break;
        }
        return columnModified(change, tableBefore);
    }

    Verdict table(const Change& change)
    {
        switch (change.type) {
        case ChangeType::Added:
            return { Impact::Additive, QStringLiteral("Adds table %1.").arg(change.name), {}, false, false,
                QStringLiteral("CREATE TABLE locks nothing that exists"), QStringLiteral("sql-createtable.html") };
        case ChangeType::Removed:
            return { Impact::Destructive, QStringLiteral("Drops table %1 and all its rows.").arg(change.name),
                kAccessExclusive, false, false,
                QStringLiteral("DROP TABLE fails while views or foreign keys depend on it, unless CASCADE"),
                QStringLiteral("sql-droptable.html") };
        case ChangeType::Renamed:
            return { Impact::BreaksReaders,
                QStringLiteral("Renames table %1 to %2: every query that names %1 fails.")
                    .arg(change.oldName, change.name),
                kAccessExclusive, false, false,
                QStringLiteral("RENAME changes only the catalog; views and foreign keys follow"), kAlterTable };
        case ChangeType::Modified:
            break;
        }
        return { Impact::BreaksReaders, QStringLiteral("Table %1 changes.").arg(change.name), kAccessExclusive, false,
            false, QStringLiteral("ALTER TABLE takes ACCESS EXCLUSIVE unless a form says otherwise"), kAlterTable };
    }

    // Whether the after-side constraint of an added or changed CHECK / FOREIGN KEY is NOT VALID.
    bool addedNotValid(const Change& change, const Table* tableAfter)
    {
        if (!tableAfter)
            return false;
        if (change.object == ObjectKind::Check) {
            return std::ranges::any_of(tableAfter->checks, [&](const schema::CheckConstraint& c) {
                return c.notValid
                    && (c.name == change.name || QStringLiteral("CHECK (%1)").arg(c.expression) == change.name);
            });
        }
        return std::ranges::any_of(tableAfter->foreignKeys, [&](const schema::ForeignKey& fk) {
            return fk.notValid
                && QStringLiteral("(%1) -> %2").arg(fk.columns.join(QStringLiteral(", ")), fk.parentTable)
                == change.name;
        });
    }

    Verdict constraint(const Change& change, const Table* tableAfter)
    {
        const QString what
            = QStringLiteral("%1 %2 on %3").arg(objectKindName(change.object), change.name, change.table);
        const bool fk = change.object == ObjectKind::ForeignKey;
        const QString lock = fk ? kShareRowExclusive : kAccessExclusive;
        if (change.type == ChangeType::Removed)
            return { Impact::Additive, QStringLiteral("Removes %1: the database stops enforcing it.").arg(what), lock,
                false, false, QStringLiteral("DROP CONSTRAINT changes only the catalog"), kAlterTable };
        if (change.object == ObjectKind::PrimaryKey || change.object == ObjectKind::Unique)
            return { Impact::BreaksWriters,
                QStringLiteral("%1 %2: existing rows must satisfy it and writes that violate it fail.")
                    .arg(change.type == ChangeType::Added ? QStringLiteral("Adds") : QStringLiteral("Changes"), what),
                kAccessExclusive, false, true,
                QStringLiteral(
                    "ADD %1 builds its index while holding ACCESS EXCLUSIVE; build it first with CREATE UNIQUE "
                    "INDEX CONCURRENTLY, then ADD CONSTRAINT … USING INDEX")
                    .arg(change.object == ObjectKind::PrimaryKey ? QStringLiteral("PRIMARY KEY")
                                                                 : QStringLiteral("UNIQUE")),
                kAlterTable };
        if (change.has(Attribute::Validated) && change.attributes.size() == 1) {
            const bool validating = change.attribute(Attribute::Validated)->after.isEmpty();
            return { Impact::BreaksWriters,
                QStringLiteral("%1 %2: existing rows are checked.")
                    .arg(validating ? QStringLiteral("Validates") : QStringLiteral("Marks NOT VALID"), what),
                kShareUpdateExclusive, false, validating,
                QStringLiteral("VALIDATE CONSTRAINT scans the table under SHARE UPDATE EXCLUSIVE, which lets reads and "
                               "writes go on"),
                kAlterTable };
        }
        const bool notValid = addedNotValid(change, tableAfter);
        Verdict v { Impact::BreaksWriters,
            QStringLiteral("%1 %2: existing rows must satisfy it and writes that violate it fail.")
                .arg(change.type == ChangeType::Added ? QStringLiteral("Adds") : QStringLiteral("Changes"), what),
            lock, false, !notValid, {}, kAlterTable };
        v.rule = notValid
            ? QStringLiteral(
                "ADD CONSTRAINT … NOT VALID skips the scan of existing rows; VALIDATE CONSTRAINT later takes only "
                "SHARE UPDATE EXCLUSIVE")
            : QStringLiteral(
                "ADD %1 without NOT VALID scans the whole table while holding %2%3; add it NOT VALID, then "
                "VALIDATE CONSTRAINT")
                  .arg(fk ? QStringLiteral("FOREIGN KEY") : QStringLiteral("CHECK"), lock,
                      fk ? QStringLiteral(" on both tables") : QString());
        return v;
    }

    Verdict index(const Change& change, const Table* tableBefore, const Table* tableAfter)
    {
        const QString what = QStringLiteral("index %1 on %2").arg(change.name, change.table);
        if (change.type == ChangeType::Removed)
            return { Impact::Additive, QStringLiteral("Drops %1; queries that used it get slower.").arg(what),
                kAccessExclusive, false, false,
                QStringLiteral(
                    "DROP INDEX takes ACCESS EXCLUSIVE; DROP INDEX CONCURRENTLY only SHARE UPDATE EXCLUSIVE"),
                QStringLiteral("sql-dropindex.html") };
        if (change.type == ChangeType::Renamed)
            return { Impact::Additive, QStringLiteral("Renames %1 (was %2).").arg(what, change.oldName),
                kShareUpdateExclusive, false, false,
                QStringLiteral("ALTER INDEX RENAME takes SHARE UPDATE EXCLUSIVE (PostgreSQL 12+)"),
                QStringLiteral("sql-alterindex.html") };
        if (!tableBefore)
            return { Impact::Additive, QStringLiteral("Creates %1 on a new table.").arg(what), {}, false, false,
                QStringLiteral("an index on a table created in the same change blocks no one"), kCreateIndex };
        Verdict v { Impact::Additive, QStringLiteral("Creates %1.").arg(what), kShare, false, true,
            QStringLiteral(
                "CREATE INDEX takes SHARE, blocking writes while it reads the whole table; CREATE INDEX "
                "CONCURRENTLY takes SHARE UPDATE EXCLUSIVE and lets writes go on (outside a transaction block)"),
            kCreateIndex };
        const schema::Index* after = tableAfter ? tableAfter->index(change.name) : nullptr;
        if (after && after->unique)
            v.impact = Impact::BreaksWriters;
        if (after && !after->valid)
            v.reason += QStringLiteral(" The index is INVALID: a CONCURRENTLY build failed; drop it and build again.");
        return v;
    }

    Verdict viewOrTrigger(const Change& change)
    {
        const bool view = change.object == ObjectKind::View;
        const QString what = QStringLiteral("%1 %2").arg(objectKindName(change.object), change.name);
        if (view) {
            if (change.type == ChangeType::Added)
                return { Impact::Additive, QStringLiteral("Adds %1.").arg(what), {}, false, false,
                    QStringLiteral("CREATE VIEW locks nothing that exists"), QStringLiteral("sql-createview.html") };
            return { Impact::BreaksReaders,
                QStringLiteral("%1 %2: queries that read it see a different result or fail.")
                    .arg(change.type == ChangeType::Removed ? QStringLiteral("Drops") : QStringLiteral("Redefines"),
                        what),
                kAccessExclusive, false, false,
                QStringLiteral("CREATE OR REPLACE VIEW and DROP VIEW take ACCESS EXCLUSIVE on the view"),
                QStringLiteral("sql-createview.html") };
        }
        return { change.type == ChangeType::Removed ? Impact::Additive : Impact::BreaksWriters,
            QStringLiteral("%1 %2 on %3: writes to the table behave differently.")
                .arg(change.type == ChangeType::Added        ? QStringLiteral("Adds")
                        : change.type == ChangeType::Removed ? QStringLiteral("Drops")
                                                             : QStringLiteral("Redefines"),
                    what, change.table),
            change.type == ChangeType::Removed ? kAccessExclusive : kShareRowExclusive, false, false,
            QStringLiteral("CREATE TRIGGER takes SHARE ROW EXCLUSIVE on the table; DROP TRIGGER ACCESS EXCLUSIVE"),
            QStringLiteral("sql-createtrigger.html") };
    }

    Verdict userType(const Change& change)
    {
        const QString what = QStringLiteral("type %1").arg(change.name);
        switch (change.type) {
        case ChangeType::Added:
            return { Impact::Additive, QStringLiteral("Adds %1.").arg(what), {}, false, false,
                QStringLiteral("CREATE TYPE locks no table"), QStringLiteral("sql-createtype.html") };
        case ChangeType::Removed:
        case ChangeType::Renamed:
            return { Impact::Destructive,
                QStringLiteral("Drops %1; columns that use it must change type first.").arg(what), kAccessExclusive,
                false, false, QStringLiteral("DROP TYPE fails while a column uses it"),
                QStringLiteral("sql-droptype.html") };
        case ChangeType::Modified:
            break;
        }
        const AttributeChange* labels = change.attribute(Attribute::Labels);
        if (!labels)
            return { Impact::BreaksWriters,
                QStringLiteral("Domain %1 changes: values must satisfy the new definition.").arg(change.name),
                kShareUpdateExclusive, false, true,
                QStringLiteral("ALTER DOMAIN ADD CONSTRAINT checks every column of the domain unless NOT VALID"),
                QStringLiteral("sql-alterdomain.html") };
        const QStringList before = labels->before.split(QStringLiteral(", "));
        const QStringList after = labels->after.split(QStringLiteral(", "));
        const bool onlyAdded = std::ranges::all_of(before, [&](const QString& l) { return after.contains(l); });
        if (onlyAdded)
            return { Impact::Additive,
                QStringLiteral("Enum %1 gains labels (%2 → %3).").arg(change.name, labels->before, labels->after), {},
                false, false,
                QStringLiteral(
                    "ALTER TYPE … ADD VALUE changes only the catalog; the new label cannot be used in the same "
                    "transaction"),
                QStringLiteral("sql-altertype.html") };
        QStringList removed;
        for (const QString& l : before) {
            if (!after.contains(l))
                removed << l;
        }
        return { Impact::Destructive,
            QStringLiteral("Enum %1 loses label(s) %2: rows holding them cannot be kept.")
                .arg(change.name, removed.join(QStringLiteral(", "))),
            kAccessExclusive, true, false,
            QStringLiteral(
                "PostgreSQL cannot remove an enum label: create a new type, ALTER COLUMN TYPE every column to it "
                "(a rewrite under ACCESS EXCLUSIVE), then drop the old type"),
            QStringLiteral("datatype-enum.html") };
    }

} // namespace

bool PostgresClassifier::isBinaryCoercible(const QString& before, const QString& after)
{
    const QString from = baseType(before);
    const QString to = baseType(after);
    const QList<int> fromMods = modifiers(before);
    const QList<int> toMods = modifiers(after);
    const bool array = from.endsWith(QLatin1String("[]")) || to.endsWith(QLatin1String("[]"));
    if (array)
        return false;
    static const QStringList strings = { QStringLiteral("character varying"), QStringLiteral("text") };
    if (strings.contains(from) && to == QLatin1String("text"))
        return true; // varchar(n) → text, text → text
    if (strings.contains(from) && to == QLatin1String("character varying"))
        return toMods.isEmpty()
            || (from == QLatin1String("character varying") && !fromMods.isEmpty()
                && toMods.front() >= fromMods.front());
    if (from == QLatin1String("numeric") && to == QLatin1String("numeric")) {
        if (toMods.isEmpty())
            return true; // numeric(p,s) → numeric
        if (fromMods.isEmpty())
            return false;
        const int fromScale = fromMods.value(1, 0);
        const int toScale = toMods.value(1, 0);
        return fromScale == toScale && toMods.front() >= fromMods.front();
    }
    if (from == QLatin1String("bit varying") && to == QLatin1String("bit varying"))
        return toMods.isEmpty() || (!fromMods.isEmpty() && toMods.front() >= fromMods.front());
    if (from == QLatin1String("cidr") && to == QLatin1String("inet"))
        return true;
    return from == to && fromMods == toMods;
}

Classification PostgresClassifier::classify(
    const Change& change, const schema::Schema& before, const schema::Schema& after, const QString& beforeTable)
{
    const Table* tableBefore = before.table(beforeTable);
    const Table* tableAfter = after.table(change.table);
    Verdict v;
    switch (change.object) {
    case ObjectKind::Column:
        v = column(change, tableBefore, tableAfter);
        break;
    case ObjectKind::Table:
        v = table(change);
        break;
    case ObjectKind::Index:
        v = index(change, tableBefore, tableAfter);
        break;
    case ObjectKind::View:
    case ObjectKind::Trigger:
        v = viewOrTrigger(change);
        break;
    case ObjectKind::Type:
        v = userType(change);
        break;
    default:
        v = constraint(change, tableAfter);
        break;
    }
    Classification c = make(v);

    // Risk: what the statement blocks, for how long (a rewrite or scan lasts as long as the table
    // is big), and who it breaks.
    const bool blocksReads = c.lock == kAccessExclusive;
    const bool longLock = (c.rewrite || c.scan) && c.lock != kShareUpdateExclusive;
    c.risk = c.impact == Impact::Destructive ? Risk::High
        : longLock                           ? Risk::Medium
        : c.impact == Impact::Additive       ? Risk::Low
                                             : Risk::Medium;
    const Table* t = tableBefore ? tableBefore : tableAfter;
    if (t && t->rowCount && longLock && t->rowCount->value > 0) {
        c.riskFactors << QStringLiteral("%1%2 rows are %3 while %4 is held")
                             .arg(t->rowCount->exact ? QString() : QStringLiteral("~"),
                                 QLocale::c().toString(t->rowCount->value),
                                 c.rewrite ? QStringLiteral("rewritten") : QStringLiteral("scanned"), c.lock);
        if (t->rowCount->value > 1000000 || (blocksReads && t->rowCount->value > 100000))
            c.risk = Risk::High;
    }
    if (blocksReads && tableBefore)
        c.riskFactors << QStringLiteral(
            "ACCESS EXCLUSIVE queues behind every running query on %1 and blocks all that come "
            "after: SET lock_timeout first")
                             .arg(tableBefore->name);
    if (!change.dependents.isEmpty()) {
        QStringList parts;
        for (const Dependent& d : change.dependents)
            parts << QStringLiteral("%1 %2").arg(objectKindName(d.kind), d.name);
        c.riskFactors << QStringLiteral("used by %1").arg(parts.join(QStringLiteral(", ")));
        if (c.impact != Impact::Additive && c.risk == Risk::Low)
            c.risk = Risk::Medium;
        else if (c.impact != Impact::Additive)
            c.risk = Risk::High;
    }
    if (change.isProposal)
        c.riskFactors << QStringLiteral("rename detected with %1% confidence: confirm it is not a drop and an add")
                             .arg(qRound(change.confidence * 100));
    return c;
}

} // namespace godwit::diff
