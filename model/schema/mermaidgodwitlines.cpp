// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidgodwitlines.h"

#include "identifier.h"

#include <algorithm>

namespace godwit::schema {

namespace {

    struct Item {
        QString key;
        QString value; // scalar values; lists keep theirs in `list`
        QStringList list;
        bool hasValue = false;
        qsizetype offset = 0;
    };

    struct Line {
        QString kind;
        QStringList subject; // one name, or table and name for column/index/indexpart lines
        QList<Item> items;
        qsizetype subjectOffset = 0;

        [[nodiscard]] const Item* item(QStringView key) const
        {
            auto it = std::ranges::find_if(items, [&](const Item& i) { return i.key == key; });
            return it == items.end() ? nullptr : &*it;
        }
        [[nodiscard]] const Item* item(QLatin1StringView key) const
        {
            auto it = std::ranges::find_if(items, [&](const Item& i) { return i.key == key; });
            return it == items.end() ? nullptr : &*it;
        }
        [[nodiscard]] QString value(QLatin1StringView key) const
        {
            const Item* i = item(key);
            return i ? i->value : QString();
        }
        [[nodiscard]] QStringList list(QLatin1StringView key) const
        {
            const Item* i = item(key);
            return i ? i->list : QStringList();
        }
        [[nodiscard]] bool flag(QLatin1StringView key) const { return item(key) != nullptr; }
    };

    // Which keys each kind of line takes, as the writer emits them.
    struct Spec {
        QLatin1StringView kind;
        int subjectParts; // 0: none, 1: name, 2: table.name
        QList<QLatin1StringView> flags;
        QList<QLatin1StringView> values;
        QList<QLatin1StringView> lists;
    };

    const QList<Spec>& specs()
    {
        using L = QLatin1StringView;
        static const QList<Spec> all {
            { L("schema"), 0, {}, { L("version"), L("source"), L("dialect") }, {} },
            { L("table"), 1, { L("strict"), L("withoutrowid"), L("virtual") },
                { L("entity"), L("schema"), L("rows"), L("sql") }, {} },
            { L("column"), 2, { L("notnull"), L("autoincrement"), L("hidden") },
                { L("attribute"), L("type"), L("default"), L("pk"), L("collate"), L("generated"), L("expression"),
                    L("identity") },
                {} },
            { L("index"), 2, { L("unique") }, { L("origin"), L("where"), L("sql") }, {} },
            { L("indexpart"), 2, { L("desc") }, { L("column"), L("expression"), L("collate") }, {} },
            { L("fk"), 1, { L("deferrable"), L("initiallydeferred"), L("notvalid") },
                { L("id"), L("parent"), L("ondelete"), L("onupdate"), L("name") },
                { L("columns"), L("parentcolumns") } },
            { L("check"), 1, { L("notvalid") }, { L("name"), L("column"), L("expression") }, {} },
            { L("unique"), 1, {}, { L("name") }, { L("columns") } },
            { L("view"), 1, { L("materialized") }, { L("schema"), L("sql") }, { L("columns") } },
            { L("trigger"), 1, {}, { L("on"), L("timing"), L("event"), L("sql") }, { L("updateof") } },
            { L("type"), 1, { L("notnull") }, { L("schema"), L("kind"), L("base"), L("default") },
                { L("labels"), L("checks") } },
            { L("sequence"), 1, { L("cycle") },
                { L("schema"), L("type"), L("start"), L("increment"), L("min"), L("max"), L("ownedby") }, {} },
        };
        return all;
    }

    class LineReader {
    public:
        LineReader(const MermaidComment& comment, const QString& fileName)
            : m_comment(comment)
            , m_text(comment.text)
            , m_fileName(fileName)
        {
        }

        [[nodiscard]] Error error(qsizetype offset, const QString& message) const
        {
            Error e;
            e.code = Error::Code::Parse;
            e.file = m_fileName;
            e.line = m_comment.line;
            e.column = m_comment.column;
            for (qsizetype i = 0; i < offset && i < m_text.size(); ++i) {
                if (!m_text[i].isLowSurrogate())
                    ++e.column;
            }
            e.message = QStringLiteral("godwit line: ") + message;
            return e;
        }

        // `start` is just past "godwit:".
        [[nodiscard]] Result<Line> read(qsizetype start, const Spec** spec)
        {
            m_pos = start;
            skipSpaces();
            Line line;
            const qsizetype kindAt = m_pos;
            while (m_pos < m_text.size() && !m_text[m_pos].isSpace())
                ++m_pos;
            line.kind = m_text.mid(kindAt, m_pos - kindAt);
            auto found = std::ranges::find_if(specs(), [&](const Spec& s) { return s.kind == line.kind; });
            // Kinds and keys a later version of the format adds are skipped (docs/mermaid-format.md).
            if (found == specs().end())
                return line;
            *spec = &*found;
            skipSpaces();
            line.subjectOffset = m_pos;
            for (int part = 0; part < found->subjectParts; ++part) {
                if (part > 0) {
                    if (at(m_pos) != '.')
                        return std::unexpected(
                            error(m_pos, QStringLiteral("expected '.' in the %1 name").arg(line.kind)));
                    ++m_pos;
                }
                auto name = text(part + 1 < found->subjectParts ? u". " : u" ");
                if (!name)
                    return std::unexpected(name.error());
                if (name->isEmpty())
                    return std::unexpected(error(m_pos, QStringLiteral("expected a name after '%1'").arg(line.kind)));
                line.subject.append(*name);
            }
            for (skipSpaces(); m_pos < m_text.size(); skipSpaces()) {
                Item item;
                item.offset = m_pos;
                while (m_pos < m_text.size() && !m_text[m_pos].isSpace() && m_text[m_pos] != QLatin1Char('='))
                    ++m_pos;
                item.key = m_text.mid(item.offset, m_pos - item.offset);
                const bool known = hasKey(found->flags, item.key) || hasKey(found->values, item.key)
                    || hasKey(found->lists, item.key);
                const bool isList = !known || hasKey(found->lists, item.key);
                const bool isValue = isList || hasKey(found->values, item.key);
                if (at(m_pos) == '=') {
                    if (!isValue)
                        return std::unexpected(error(item.offset, QStringLiteral("'%1' takes no value").arg(item.key)));
                    ++m_pos;
                    item.hasValue = true;
                    do {
                        if (isList && !item.list.isEmpty())
                            ++m_pos; // the `,`
                        auto value = text(isList ? u", " : u" ");
                        if (!value)
                            return std::unexpected(value.error());
                        item.list.append(*value);
                    } while (isList && at(m_pos) == ',');
                    item.value = item.list.join(QLatin1Char(','));
                } else if (isValue && known) {
                    return std::unexpected(error(item.offset, QStringLiteral("'%1' needs a value").arg(item.key)));
                }
                if (!known)
                    continue;
                if (line.item(QStringView(item.key)))
                    return std::unexpected(error(item.offset, QStringLiteral("'%1' given twice").arg(item.key)));
                line.items.append(item);
            }
            return line;
        }

    private:
        [[nodiscard]] int at(qsizetype i) const { return i < m_text.size() ? m_text[i].unicode() : -1; }
        void skipSpaces()
        {
            while (m_pos < m_text.size() && m_text[m_pos].isSpace())
                ++m_pos;
        }
        static bool hasKey(const QList<QLatin1StringView>& keys, const QString& key)
        {
            return std::ranges::any_of(keys, [&](QLatin1StringView k) { return k == key; });
        }

        // A JSON string, or a bare word up to the first of `stops` (white space always stops it).
        [[nodiscard]] Result<QString> text(QStringView stops)
        {
            if (at(m_pos) != '"') {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && !m_text[m_pos].isSpace() && !stops.contains(m_text[m_pos]))
                    ++m_pos;
                return m_text.mid(start, m_pos - start);
            }
            const qsizetype start = m_pos++;
            QString out;
            while (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char('"')) {
                if (m_text[m_pos] != QLatin1Char('\\')) {
                    out += m_text[m_pos++];
                    continue;
                }
                const int escape = at(m_pos + 1);
                m_pos += 2;
                switch (escape) {
                case '"':
                case '\\':
                case '/':
                    out += QChar(escape);
                    break;
                case 'b':
                    out += QChar(u'\b');
                    break;
                case 'f':
                    out += QChar(u'\f');
                    break;
                case 'n':
                    out += QChar(u'\n');
                    break;
                case 'r':
                    out += QChar(u'\r');
                    break;
                case 't':
                    out += QChar(u'\t');
                    break;
                case 'u': {
                    bool ok = false;
                    const ushort code = QStringView(m_text).mid(m_pos, 4).toUShort(&ok, 16);
                    if (!ok || m_pos + 4 > m_text.size())
                        return std::unexpected(error(m_pos - 2, QStringLiteral("bad \\u escape in a string")));
                    out += QChar(code);
                    m_pos += 4;
                    break;
                }
                default:
                    return std::unexpected(error(m_pos - 2, QStringLiteral("bad escape in a string")));
                }
            }
            if (m_pos >= m_text.size())
                return std::unexpected(error(start, QStringLiteral("unterminated string")));
            ++m_pos;
            return out;
        }

        const MermaidComment& m_comment;
        const QString& m_text;
        QString m_fileName;
        qsizetype m_pos = 0;
    };

    std::optional<int> toInt(const QString& text)
    {
        bool ok = false;
        const int value = text.toInt(&ok);
        return ok ? std::optional<int>(value) : std::nullopt;
    }

    class Builder {
    public:
        explicit Builder(MermaidGodwitLines::Facts& facts)
            : m_facts(facts)
        {
        }

        // Returns an error message for `line`, or an empty string.
        QString apply(const Line& line);

    private:
        // One function per kind of line; each returns an error message or an empty string.
        QString checkVersion(const Line& line);
        QString addType(const Line& line);
        QString addSequence(const Line& line);
        QString addTrigger(const Line& line);
        QString addTable(const Line& line);
        QString addColumn(Table& t, const Line& line);
        static QString addIndex(Table& t, const Line& line);
        static QString addIndexPart(Table& t, const Line& line);
        static QString addForeignKey(Table& t, const Line& line);

        Table* table(const QString& name)
        {
            auto it = std::ranges::find_if(m_facts.schema.tables, [&](const Table& t) { return t.name == name; });
            return it == m_facts.schema.tables.end() ? nullptr : &*it;
        }

        MermaidGodwitLines::Facts& m_facts;
    };

    QString Builder::apply(const Line& line)
    {
        const QString& kind = line.kind;
        if (kind == QLatin1String("schema"))
            return checkVersion(line);
        if (kind == QLatin1String("view")) {
            m_facts.schema.views.append(
                View { line.subject[0], line.list(QLatin1StringView("columns")), line.value(QLatin1StringView("sql")),
                    line.value(QLatin1StringView("schema")), line.flag(QLatin1StringView("materialized")) });
            return {};
        }
        if (kind == QLatin1String("type"))
            return addType(line);
        if (kind == QLatin1String("sequence"))
            return addSequence(line);
        if (kind == QLatin1String("trigger"))
            return addTrigger(line);
        if (kind == QLatin1String("table"))
            return addTable(line);

        Table* t = table(line.subject[0]);
        if (!t)
            return QStringLiteral("%1 line for table %2, which has no table line before it").arg(kind, line.subject[0]);
        if (kind == QLatin1String("column"))
            return addColumn(*t, line);
        if (kind == QLatin1String("index"))
            return addIndex(*t, line);
        if (kind == QLatin1String("indexpart"))
            return addIndexPart(*t, line);
        if (kind == QLatin1String("fk"))
            return addForeignKey(*t, line);
        if (kind == QLatin1String("check")) {
            t->checks.append(
                CheckConstraint { line.value(QLatin1StringView("name")), line.value(QLatin1StringView("expression")),
                    line.value(QLatin1StringView("column")), line.flag(QLatin1StringView("notvalid")) });
        } else if (kind == QLatin1String("unique")) {
            t->uniques.append(
                UniqueConstraint { line.value(QLatin1StringView("name")), line.list(QLatin1StringView("columns")) });
        }
        return {};
    }

    QString Builder::checkVersion(const Line& line)
    {
        const auto version = toInt(line.value(QLatin1StringView("version")));
        if (!version)
            return QStringLiteral("the schema line needs a version");
        if (*version > MermaidGodwitLines::version)
            return QStringLiteral("format version %1 is newer than this Godwit reads (%2)")
                .arg(*version)
                .arg(MermaidGodwitLines::version);
        const QString dialect = line.value(QLatin1StringView("dialect"));
        if (dialect == QLatin1String("postgresql"))
            m_facts.schema.dialect = Dialect::PostgreSQL;
        else if (!dialect.isEmpty())
            return QStringLiteral("dialect must be postgresql or absent (SQLite)");
        return {};
    }

    QString Builder::addType(const Line& line)
    {
        UserType type;
        type.name = line.subject[0];
        type.schemaName = line.value(QLatin1StringView("schema"));
        const QString typeKind = line.value(QLatin1StringView("kind"));
        if (typeKind == QLatin1String("domain"))
            type.kind = UserType::Kind::Domain;
        else if (typeKind != QLatin1String("enum"))
            return QStringLiteral("kind must be enum or domain");
        type.labels = line.list(QLatin1StringView("labels"));
        type.baseType = line.value(QLatin1StringView("base"));
        type.notNull = line.flag(QLatin1StringView("notnull"));
        type.defaultValue = line.value(QLatin1StringView("default"));
        type.checks = line.list(QLatin1StringView("checks"));
        m_facts.schema.types.append(type);
        return {};
    }

    QString Builder::addSequence(const Line& line)
    {
        Sequence sequence;
        sequence.name = line.subject[0];
        sequence.schemaName = line.value(QLatin1StringView("schema"));
        sequence.dataType = line.value(QLatin1StringView("type"));
        const std::initializer_list<std::pair<QLatin1StringView, qint64*>> numbers
            = { { QLatin1StringView("start"), &sequence.start },
                  { QLatin1StringView("increment"), &sequence.increment },
                  { QLatin1StringView("min"), &sequence.minValue }, { QLatin1StringView("max"), &sequence.maxValue } };
        for (const auto& [name, value] : numbers) {
            bool ok = false;
            *value = line.value(name).toLongLong(&ok);
            if (!ok)
                return QStringLiteral("sequence %1 needs a numeric %2").arg(sequence.name, name);
        }
        sequence.cycle = line.flag(QLatin1StringView("cycle"));
        sequence.ownedBy = line.value(QLatin1StringView("ownedby"));
        m_facts.schema.sequences.append(sequence);
        return {};
    }

    QString Builder::addTrigger(const Line& line)
    {
        Trigger trigger;
        trigger.name = line.subject[0];
        trigger.table = line.value(QLatin1StringView("on"));
        const QString timing = line.value(QLatin1StringView("timing"));
        const QString event = line.value(QLatin1StringView("event"));
        bool timingOk = false;
        bool eventOk = false;
        for (TriggerTiming t : { TriggerTiming::Before, TriggerTiming::After, TriggerTiming::InsteadOf }) {
            if (triggerTimingSql(t) == timing) {
                trigger.timing = t;
                timingOk = true;
            }
        }
        for (TriggerEvent e : { TriggerEvent::Insert, TriggerEvent::Update, TriggerEvent::Delete }) {
            if (triggerEventSql(e) == event) {
                trigger.event = e;
                eventOk = true;
            }
        }
        if (!timingOk || !eventOk)
            return QStringLiteral("trigger %1 needs a timing and an event").arg(trigger.name);
        trigger.updateOf = line.list(QLatin1StringView("updateof"));
        trigger.sql = line.value(QLatin1StringView("sql"));
        m_facts.schema.triggers.append(trigger);
        return {};
    }

    QString Builder::addTable(const Line& line)
    {
        if (table(line.subject[0]))
            return QStringLiteral("table %1 is described twice").arg(line.subject[0]);
        Table t;
        t.name = line.subject[0];
        t.strict = line.flag(QLatin1StringView("strict"));
        t.withoutRowid = line.flag(QLatin1StringView("withoutrowid"));
        t.isVirtual = line.flag(QLatin1StringView("virtual"));
        t.schemaName = line.value(QLatin1StringView("schema"));
        if (const Item* rows = line.item(QLatin1StringView("rows"))) {
            const bool exact = !rows->value.startsWith(QLatin1Char('~'));
            bool ok = false;
            const qint64 value = QStringView(rows->value).mid(exact ? 0 : 1).toLongLong(&ok);
            if (!ok)
                return QStringLiteral("rows must be a number, optionally after '~'");
            t.rowCount = RowCount { value, exact };
        }
        t.sql = line.value(QLatin1StringView("sql"));
        const Item* entity = line.item(QLatin1StringView("entity"));
        m_facts.schema.tables.append(t);
        m_facts.entities.append(entity ? entity->value : t.name);
        m_facts.attributes.append(QStringList());
        return {};
    }

    QString Builder::addColumn(Table& t, const Line& line)
    {
        Column c;
        c.name = line.subject[1];
        c.declaredType = line.value(QLatin1StringView("type"));
        // ANY in a STRICT table stores values unchanged, which is BLOB affinity (stricttables.html §3).
        c.affinity = t.strict && c.declaredType.compare(QLatin1String("ANY"), Qt::CaseInsensitive) == 0
            ? Affinity::Blob
            : affinityOf(c.declaredType);
        c.notNull = line.flag(QLatin1StringView("notnull"));
        if (const Item* d = line.item(QLatin1StringView("default"))) {
            c.hasDefault = true;
            c.defaultValue = d->value;
        }
        if (const Item* pk = line.item(QLatin1StringView("pk"))) {
            const auto position = toInt(pk->value);
            if (!position || *position < 1)
                return QStringLiteral("pk must be a position from 1");
            c.primaryKeyPosition = *position;
        }
        c.autoIncrement = line.flag(QLatin1StringView("autoincrement"));
        c.collation = line.value(QLatin1StringView("collate"));
        if (const Item* g = line.item(QLatin1StringView("generated"))) {
            if (g->value == QLatin1String("stored"))
                c.generated = Generated::Stored;
            else if (g->value == QLatin1String("virtual"))
                c.generated = Generated::Virtual;
            else
                return QStringLiteral("generated must be stored or virtual");
            c.generatedExpression = line.value(QLatin1StringView("expression"));
        }
        c.hidden = line.flag(QLatin1StringView("hidden"));
        if (const Item* identity = line.item(QLatin1StringView("identity"))) {
            if (identity->value == QLatin1String("always"))
                c.identity = Identity::Always;
            else if (identity->value == QLatin1String("bydefault"))
                c.identity = Identity::ByDefault;
            else
                return QStringLiteral("identity must be always or bydefault");
        }
        const qsizetype index = &t - m_facts.schema.tables.data();
        const Item* attribute = line.item(QLatin1StringView("attribute"));
        t.columns.append(c);
        m_facts.attributes[index].append(attribute ? attribute->value : c.name);
        return {};
    }

    QString Builder::addIndex(Table& t, const Line& line)
    {
        Index index;
        index.name = line.subject[1];
        index.table = t.name;
        index.unique = line.flag(QLatin1StringView("unique"));
        const QString origin = line.value(QLatin1StringView("origin"));
        if (origin == QLatin1String("primarykey"))
            index.origin = IndexOrigin::PrimaryKey;
        else if (origin == QLatin1String("unique"))
            index.origin = IndexOrigin::Unique;
        else if (!origin.isEmpty())
            return QStringLiteral("origin must be primarykey or unique");
        index.where = line.value(QLatin1StringView("where"));
        index.sql = line.value(QLatin1StringView("sql"));
        t.indexes.append(index);
        return {};
    }

    QString Builder::addIndexPart(Table& t, const Line& line)
    {
        auto it = std::ranges::find_if(t.indexes, [&](const Index& i) { return i.name == line.subject[1]; });
        if (it == t.indexes.end())
            return QStringLiteral("indexpart line for index %1, which has no index line before it")
                .arg(line.subject[1]);
        IndexPart part;
        part.column = line.value(QLatin1StringView("column"));
        part.expression = line.value(QLatin1StringView("expression"));
        part.descending = line.flag(QLatin1StringView("desc"));
        part.collation = line.value(QLatin1StringView("collate"));
        it->parts.append(part);
        return {};
    }

    QString Builder::addForeignKey(Table& t, const Line& line)
    {
        ForeignKey fk;
        const auto id = toInt(line.value(QLatin1StringView("id")));
        if (!id)
            return QStringLiteral("fk needs a numeric id");
        fk.id = *id;
        fk.columns = line.list(QLatin1StringView("columns"));
        fk.parentTable = line.value(QLatin1StringView("parent"));
        fk.parentColumns = line.list(QLatin1StringView("parentcolumns"));
        fk.onDelete = foreignKeyActionFromSql(line.value(QLatin1StringView("ondelete")));
        fk.onUpdate = foreignKeyActionFromSql(line.value(QLatin1StringView("onupdate")));
        fk.deferrable = line.flag(QLatin1StringView("deferrable"));
        fk.initiallyDeferred = line.flag(QLatin1StringView("initiallydeferred"));
        fk.name = line.value(QLatin1StringView("name"));
        fk.notValid = line.flag(QLatin1StringView("notvalid"));
        if (fk.columns.isEmpty() || fk.parentTable.isEmpty())
            return QStringLiteral("fk needs columns and a parent");
        t.foreignKeys.append(fk);
        return {};
    }

} // namespace

Result<MermaidGodwitLines::Facts> MermaidGodwitLines::read(
    const QList<MermaidComment>& comments, const QString& fileName)
{
    Facts facts;
    Builder builder(facts);
    for (const MermaidComment& comment : comments) {
        qsizetype start = 0;
        while (start < comment.text.size() && comment.text[start].isSpace())
            ++start;
        if (!QStringView(comment.text).mid(start).startsWith(QLatin1String("godwit:")))
            continue;
        facts.present = true;
        LineReader reader(comment, fileName);
        const Spec* spec = nullptr;
        auto line = reader.read(start + 7, &spec);
        if (!line)
            return std::unexpected(line.error());
        if (!spec)
            continue;
        if (const QString problem = builder.apply(*line); !problem.isEmpty())
            return std::unexpected(reader.error(line->subjectOffset, problem));
    }
    return facts;
}

} // namespace godwit::schema
