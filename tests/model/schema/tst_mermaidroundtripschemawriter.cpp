// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "resultmessage.h"
#include "sampleschema.h"
#include "schema/mermaidschemawriter.h"
#include "schema/schemareader.h"
#include "schema/schemawriter.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace godwit::schema;
using namespace Qt::StringLiterals;
using godwit::test::awkwardMermaidSchema;
using godwit::test::column;
using godwit::test::Dataset;
using godwit::test::foreignKey;
using godwit::test::table;
using godwit::test::textLines;

Q_DECLARE_METATYPE(godwit::schema::Schema)

using godwit::test::sampleSchema;

namespace {
// Every PostgreSQL-only key: namespaces, identity, constraint names, NOT VALID, a materialized
// view, an enum, a domain and a serial's sequence.
Schema postgresSchema()
{
    Schema s;
    s.dialect = Dialect::PostgreSQL;
    Table t
        = table(QStringLiteral("sales.orders"), { column(QStringLiteral("id"), QStringLiteral("integer"), true, 1) });
    t.schemaName = QStringLiteral("sales");
    t.columns[0].identity = Identity::ByDefault;
    t.foreignKeys = { foreignKey({ QStringLiteral("id") }, QStringLiteral("sales.orders"), { QStringLiteral("id") }) };
    t.foreignKeys[0].name = QStringLiteral("orders_self");
    t.foreignKeys[0].notValid = true;
    t.checks = { CheckConstraint { QStringLiteral("positive"), QStringLiteral("(id > 0)"), {}, true } };
    s.tables = { t };
    s.views = { View { QStringLiteral("sales.totals"), { QStringLiteral("id") }, QStringLiteral("SELECT 1"),
        QStringLiteral("sales"), true } };
    UserType mood;
    mood.schemaName = QStringLiteral("public");
    mood.name = QStringLiteral("mood");
    mood.labels = { QStringLiteral("sad"), QStringLiteral("ok") };
    UserType money;
    money.kind = UserType::Kind::Domain;
    money.schemaName = QStringLiteral("public");
    money.name = QStringLiteral("money2");
    money.baseType = QStringLiteral("numeric(12,2)");
    money.notNull = true;
    money.defaultValue = QStringLiteral("0");
    money.checks = { QStringLiteral("CHECK (VALUE >= 0)") };
    s.types = { mood, money };
    Sequence seq;
    seq.schemaName = QStringLiteral("public");
    seq.name = QStringLiteral("n_seq");
    seq.dataType = QStringLiteral("integer");
    seq.maxValue = 100;
    seq.cycle = true;
    seq.ownedBy = QStringLiteral("sales.orders.id");
    s.sequences = { seq };
    return s;
}

// ---- The `%% godwit:` lines read back: a small reader written from docs/mermaid-format.md ----

struct GodwitLine {
    QString kind;
    QStringList subject;
    QHash<QString, QStringList> values; // key -> items; a flag has no items
    QStringList keys; // in the order written
};

QString readJsonString(QStringView text, qsizetype* pos)
{
    qsizetype end = *pos + 1;
    while (end < text.size() && text[end] != QLatin1Char('"'))
        end += text[end] == QLatin1Char('\\') ? 2 : 1;
    const QString literal = text.mid(*pos, end + 1 - *pos).toString();
    *pos = end + 1;
    return QJsonDocument::fromJson((u"["_s + literal + u"]"_s).toUtf8()).array().at(0).toString();
}

std::optional<GodwitLine> parseGodwitLine(const QString& line)
{
    static const QLatin1StringView marker("%% godwit: ");
    const QStringView rest = QStringView(line).trimmed();
    if (!rest.startsWith(marker))
        return std::nullopt;
    const QStringView text = rest.mid(marker.size());
    GodwitLine out;
    qsizetype pos = text.indexOf(QLatin1Char(' '));
    if (pos < 0)
        pos = text.size();
    out.kind = text.left(pos).toString();
    auto readName = [&]() {
        if (text[pos] == QLatin1Char('"'))
            return readJsonString(text, &pos);
        const qsizetype start = pos;
        while (pos < text.size() && (text[pos].isLetterOrNumber() || text[pos] == QLatin1Char('_')))
            ++pos;
        return text.mid(start, pos - start).toString();
    };
    if (out.kind != QLatin1String("schema")) {
        ++pos; // the space before the subject
        out.subject.append(readName());
        while (pos < text.size() && text[pos] == QLatin1Char('.')) {
            ++pos;
            out.subject.append(readName());
        }
    }
    while (pos < text.size()) {
        if (text[pos] != QLatin1Char(' '))
            return std::nullopt;
        ++pos;
        const qsizetype start = pos;
        while (pos < text.size() && text[pos] != QLatin1Char('=') && text[pos] != QLatin1Char(' '))
            ++pos;
        const QString key = text.mid(start, pos - start).toString();
        QStringList items;
        if (pos < text.size() && text[pos] == QLatin1Char('=')) {
            do {
                ++pos;
                if (pos < text.size() && text[pos] == QLatin1Char('"')) {
                    items.append(readJsonString(text, &pos));
                } else {
                    const qsizetype s = pos;
                    while (pos < text.size() && text[pos] != QLatin1Char(' ') && text[pos] != QLatin1Char(','))
                        ++pos;
                    items.append(text.mid(s, pos - s).toString());
                }
            } while (pos < text.size() && text[pos] == QLatin1Char(','));
        }
        out.values.insert(key, items);
        out.keys.append(key);
    }
    return out;
}

// Rebuilds a Schema from the comment lines alone, plus the attribute name of every column.
Schema schemaFromGodwitLines(
    const QString& mermaid, QHash<QString, QString>* entityOf, QHash<QString, QStringList>* attributesOf)
{
    Schema s;
    auto one = [](const GodwitLine& l, const char* key) { return l.values.value(QString::fromLatin1(key)).value(0); };
    auto has = [](const GodwitLine& l, const char* key) { return l.values.contains(QString::fromLatin1(key)); };
    for (const QString& text : mermaid.split(QLatin1Char('\n'))) {
        const auto parsed = parseGodwitLine(text);
        if (!parsed)
            continue;
        const GodwitLine& l = *parsed;
        if (l.kind == QLatin1String("schema")) {
            s.source = one(l, "source");
        } else if (l.kind == QLatin1String("table")) {
            Table t;
            t.name = l.subject.value(0);
            t.strict = has(l, "strict");
            t.withoutRowid = has(l, "withoutrowid");
            t.isVirtual = has(l, "virtual");
            t.sql = one(l, "sql");
            if (has(l, "rows")) {
                QString rows = one(l, "rows");
                const bool estimate = rows.startsWith(QLatin1Char('~'));
                t.rowCount = RowCount { rows.remove(QLatin1Char('~')).toLongLong(), !estimate };
            }
            entityOf->insert(t.name, has(l, "entity") ? one(l, "entity") : t.name);
            s.tables.append(t);
        } else if (l.kind == QLatin1String("column")) {
            Column c;
            c.name = l.subject.value(1);
            c.declaredType = one(l, "type");
            c.affinity = affinityOf(c.declaredType);
            c.notNull = has(l, "notnull");
            c.hasDefault = has(l, "default");
            c.defaultValue = one(l, "default");
            c.primaryKeyPosition = one(l, "pk").toInt();
            c.autoIncrement = has(l, "autoincrement");
            c.collation = one(l, "collate");
            if (has(l, "generated")) {
                c.generated = one(l, "generated") == QLatin1String("stored") ? Generated::Stored : Generated::Virtual;
                c.generatedExpression = one(l, "expression");
            }
            c.hidden = has(l, "hidden");
            (*attributesOf)[l.subject.value(0)].append(has(l, "attribute") ? one(l, "attribute") : c.name);
            s.tables.back().columns.append(c);
        } else if (l.kind == QLatin1String("index")) {
            Index i;
            i.table = l.subject.value(0);
            i.name = l.subject.value(1);
            i.unique = has(l, "unique");
            const QString origin = one(l, "origin");
            i.origin = origin == QLatin1String("primarykey") ? IndexOrigin::PrimaryKey
                : origin == QLatin1String("unique")          ? IndexOrigin::Unique
                                                             : IndexOrigin::CreateIndex;
            i.where = one(l, "where");
            i.sql = one(l, "sql");
            s.tables.back().indexes.append(i);
        } else if (l.kind == QLatin1String("indexpart")) {
            IndexPart p { one(l, "column"), one(l, "expression"), has(l, "desc"), one(l, "collate") };
            s.tables.back().indexes.back().parts.append(p);
        } else if (l.kind == QLatin1String("fk")) {
            ForeignKey fk;
            fk.id = one(l, "id").toInt();
            fk.columns = l.values.value(u"columns"_s);
            fk.parentTable = one(l, "parent");
            fk.parentColumns = l.values.value(u"parentcolumns"_s);
            fk.onDelete = foreignKeyActionFromSql(one(l, "ondelete"));
            fk.onUpdate = foreignKeyActionFromSql(one(l, "onupdate"));
            fk.deferrable = has(l, "deferrable");
            fk.initiallyDeferred = has(l, "initiallydeferred");
            s.tables.back().foreignKeys.append(fk);
        } else if (l.kind == QLatin1String("check")) {
            s.tables.back().checks.append(CheckConstraint { one(l, "name"), one(l, "expression"), one(l, "column") });
        } else if (l.kind == QLatin1String("unique")) {
            s.tables.back().uniques.append(UniqueConstraint { one(l, "name"), l.values.value(u"columns"_s) });
        } else if (l.kind == QLatin1String("view")) {
            s.views.append(View { l.subject.value(0), l.values.value(u"columns"_s), one(l, "sql") });
        } else if (l.kind == QLatin1String("trigger")) {
            Trigger t;
            t.name = l.subject.value(0);
            t.table = one(l, "on");
            const QString timing = one(l, "timing");
            t.timing = timing == QLatin1String("AFTER") ? TriggerTiming::After
                : timing == QLatin1String("INSTEAD OF") ? TriggerTiming::InsteadOf
                                                        : TriggerTiming::Before;
            const QString event = one(l, "event");
            t.event = event == QLatin1String("UPDATE") ? TriggerEvent::Update
                : event == QLatin1String("DELETE")     ? TriggerEvent::Delete
                                                       : TriggerEvent::Insert;
            t.updateOf = l.values.value(u"updateof"_s);
            t.sql = one(l, "sql");
            s.triggers.append(t);
        }
    }
    return s;
}

// Entity id -> attribute names, in order, from the diagram itself.
QHash<QString, QStringList> diagramAttributes(const QString& mermaid)
{
    static const QRegularExpression start(u"^\\s*([A-Za-z0-9_]+)(\\[.*\\])?\\s*\\{$"_s);
    static const QRegularExpression attribute(u"^\\s*\\S+\\s+(\\S+)"_s);
    QHash<QString, QStringList> out;
    QString current;
    for (const QString& line : mermaid.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("%%")))
            continue;
        if (const auto m = start.match(line); m.hasMatch()) {
            current = m.captured(1);
            out.insert(current, {});
        } else if (line.trimmed() == QLatin1String("}")) {
            current.clear();
        } else if (!current.isEmpty()) {
            out[current].append(attribute.match(line).captured(1));
        }
    }
    return out;
}

QList<QPair<QString, Schema>> realSchemas()
{
    QList<QPair<QString, Schema>> out;
    const QList<QPair<QString, QString>> files {
        { u"chinook"_s, godwit::test::datasetDatabase(Dataset::Chinook) },
        { u"northwind"_s, godwit::test::datasetDatabase(Dataset::Northwind) },
        { u"sakila"_s, godwit::test::datasetDatabase(Dataset::Sakila) },
        { u"orders v1"_s, godwit::test::ordersV1Database() },
    };
    for (const auto& [name, path] : files) {
        ReadOptions options;
        options.rowCounts = ReadOptions::RowCounts::Estimate;
        auto schema = SchemaReader::readFile(path, options);
        if (!schema) {
            qWarning() << schema.error().toString();
            return {};
        }
        out.append({ name, *schema });
    }
    return out;
}

QString readDocs()
{
    QFile f(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../docs/mermaid-format.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// kind -> documented keys in order: the `| `key` |` rows under each `#### kind` heading.
QHash<QString, QStringList> documentedKeys(const QString& docs)
{
    QHash<QString, QStringList> out;
    QString kind;
    for (const QString& line : docs.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("#### ")))
            kind = line.mid(5).trimmed();
        else if (line.startsWith(QLatin1String("#")))
            kind.clear();
        else if (!kind.isEmpty() && line.startsWith(QLatin1String("| `")))
            out[kind].append(line.section(QLatin1Char('`'), 1, 1));
    }
    return out;
}

} // namespace

// The documented format: the exact text, and the `%% godwit:` lines read back against
// docs/mermaid-format.md. The diagram rules themselves are in tst_mermaidschemawriter.
class TestMermaidRoundTripSchemaWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void write()
    {
        const QString expected = textLines({
            u"erDiagram"_s,
            u"    %% godwit: schema version=1 source=shop.db"_s,
            u""_s,
            u"    %% godwit: table customers sql=\"CREATE TABLE customers (\\n    id INTEGER PRIMARY KEY AUTOINCREMENT,\\n    email TEXT NOT NULL COLLATE NOCASE,\\n    \\\"display name\\\" VARCHAR(40) DEFAULT 'anon'\\n)\""_s,
            u"    %% godwit: column customers.id type=INTEGER pk=1 autoincrement"_s,
            u"    %% godwit: column customers.email type=TEXT notnull collate=NOCASE"_s,
            u"    %% godwit: column customers.\"display name\" attribute=display_name type=VARCHAR(40) default='anon'"_s,
            u"    %% godwit: index customers.customers_email unique sql=\"CREATE UNIQUE INDEX customers_email ON customers (email)\""_s,
            u"    %% godwit: indexpart customers.customers_email column=email"_s,
            u"    customers {"_s,
            u"        INTEGER id PK"_s,
            u"        TEXT email UK \"NOT NULL\""_s,
            u"        VARCHAR_40 display_name \"display name, DEFAULT 'anon'\""_s,
            u"    }"_s,
            u""_s,
            u"    %% godwit: table \"order items\" entity=order_items strict withoutrowid rows=3 sql=\"CREATE TABLE \\\"order items\\\" (...) STRICT, WITHOUT ROWID\""_s,
            u"    %% godwit: column \"order items\".order_id type=INTEGER notnull pk=1"_s,
            u"    %% godwit: column \"order items\".line type=INTEGER notnull pk=2"_s,
            u"    %% godwit: column \"order items\".qty type=INTEGER notnull"_s,
            u"    %% godwit: column \"order items\".amount type=REAL generated=stored expression=\"qty * 2.5\""_s,
            u"    %% godwit: index \"order items\".\"sqlite_autoindex_order items_1\" unique origin=primarykey"_s,
            u"    %% godwit: indexpart \"order items\".\"sqlite_autoindex_order items_1\" column=order_id"_s,
            u"    %% godwit: indexpart \"order items\".\"sqlite_autoindex_order items_1\" column=line"_s,
            u"    %% godwit: fk \"order items\" id=0 columns=order_id parent=orders parentcolumns=order_id ondelete=CASCADE"_s,
            u"    %% godwit: check \"order items\" column=qty expression=\"qty > 0\""_s,
            u"    order_items[\"order items\"] {"_s,
            u"        INTEGER order_id PK, FK \"NOT NULL\""_s,
            u"        INTEGER line PK \"NOT NULL\""_s,
            u"        INTEGER qty \"NOT NULL\""_s,
            u"        REAL amount \"GENERATED\""_s,
            u"    }"_s,
            u""_s,
            u"    %% godwit: table orders rows=~1200 sql=\"CREATE TABLE orders (...)\""_s,
            u"    %% godwit: column orders.order_id type=INTEGER pk=1"_s,
            u"    %% godwit: column orders.customer_id type=INTEGER notnull"_s,
            u"    %% godwit: column orders.status type=TEXT notnull default='pending'"_s,
            u"    %% godwit: column orders.created_at type=TEXT notnull"_s,
            u"    %% godwit: column orders.note"_s,
            u"    %% godwit: index orders.orders_customer_created sql=\"CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC)\""_s,
            u"    %% godwit: indexpart orders.orders_customer_created column=customer_id"_s,
            u"    %% godwit: indexpart orders.orders_customer_created column=created_at desc"_s,
            u"    %% godwit: index orders.orders_open where=\"status <> 'delivered'\" sql=\"CREATE INDEX orders_open ON orders (lower(status) COLLATE NOCASE) WHERE status <> 'delivered'\""_s,
            u"    %% godwit: indexpart orders.orders_open expression=lower(status) collate=NOCASE"_s,
            u"    %% godwit: fk orders id=0 columns=customer_id parent=customers parentcolumns=\"\" ondelete=RESTRICT"_s,
            u"    %% godwit: check orders name=status_known expression=\"status IN ('pending', 'paid')\""_s,
            u"    orders {"_s,
            u"        INTEGER order_id PK"_s,
            u"        INTEGER customer_id FK \"NOT NULL\""_s,
            u"        TEXT status \"NOT NULL, DEFAULT 'pending'\""_s,
            u"        TEXT created_at \"NOT NULL\""_s,
            u"        ANY note"_s,
            u"    }"_s,
            u""_s,
            u"    %% godwit: table shipments sql=\"CREATE TABLE shipments (id INTEGER PRIMARY KEY, order_id INTEGER UNIQUE REFERENCES orders (order_id) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED)\""_s,
            u"    %% godwit: column shipments.id type=INTEGER pk=1"_s,
            u"    %% godwit: column shipments.order_id type=INTEGER"_s,
            u"    %% godwit: index shipments.sqlite_autoindex_shipments_1 unique origin=unique"_s,
            u"    %% godwit: indexpart shipments.sqlite_autoindex_shipments_1 column=order_id"_s,
            u"    %% godwit: fk shipments id=0 columns=order_id parent=orders parentcolumns=order_id onupdate=CASCADE deferrable initiallydeferred"_s,
            u"    %% godwit: unique shipments columns=order_id"_s,
            u"    shipments {"_s,
            u"        INTEGER id PK"_s,
            u"        INTEGER order_id FK, UK"_s,
            u"    }"_s,
            u""_s,
            u"    orders ||--o{ order_items : \"order_id\""_s,
            u"    customers ||..o{ orders : \"customer_id\""_s,
            u"    orders |o..o| shipments : \"order_id\""_s,
            u""_s,
            u"    %% godwit: view order_totals columns=order_id,total sql=\"CREATE VIEW order_totals AS SELECT order_id, sum(amount) AS total FROM \\\"order items\\\" GROUP BY order_id\""_s,
            u"    %% godwit: trigger orders_touch on=orders timing=AFTER event=UPDATE updateof=status sql=\"CREATE TRIGGER orders_touch AFTER UPDATE OF status ON orders BEGIN SELECT 1; END\""_s,
        });
        QCOMPARE(MermaidSchemaWriter::write(sampleSchema()), expected);
        QCOMPARE(SchemaWriter::write(sampleSchema(), SchemaFormat::Mermaid), expected);
    }

    // docs/mermaid-format.md shows the orders sample; it must be exactly what the writer produces.
    void documentedExampleIsCurrent()
    {
        const QString docs = readDocs();
        const qsizetype start = docs.indexOf(QLatin1String("```mermaid\n"));
        QVERIFY(start >= 0);
        const qsizetype end = docs.indexOf(QLatin1String("```"), start + 11);
        QVERIFY(end > start);
        auto schema = SchemaReader::readFile(godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql"));
        QVERIFY2(schema, godwit::test::why(schema).constData());
        schema->source = QStringLiteral("V1__orders.sql");
        QCOMPARE(docs.mid(start + 11, end - start - 11), MermaidSchemaWriter::write(*schema));
    }

    // Every key the writer emits is documented for its kind, and comes in the documented order.
    void keysAsDocumented()
    {
        const QHash<QString, QStringList> documented = documentedKeys(readDocs());
        QCOMPARE(documented.size(), 12);
        QList<Schema> schemas { sampleSchema(), awkwardMermaidSchema(), postgresSchema() };
        for (const auto& [name, schema] : realSchemas())
            schemas.append(schema);
        QSet<QString> kindsSeen;
        for (const Schema& schema : schemas) {
            for (const QString& line : MermaidSchemaWriter::write(schema).split(QLatin1Char('\n'))) {
                if (!line.contains(QLatin1String("%% godwit: ")))
                    continue;
                const auto parsed = parseGodwitLine(line);
                QVERIFY2(parsed, qPrintable(line));
                QVERIFY2(documented.contains(parsed->kind), qPrintable(line));
                kindsSeen.insert(parsed->kind);
                const QStringList order = documented.value(parsed->kind);
                qsizetype last = -1;
                for (const QString& key : parsed->keys) {
                    const qsizetype at = order.indexOf(key);
                    QVERIFY2(at > last, qPrintable(key + u" in "_s + line));
                    last = at;
                }
            }
        }
        QCOMPARE(kindsSeen.size(), documented.size());
    }

    // Everything Mermaid cannot say travels in `%% godwit:` lines: reading only those lines
    // gives back the whole Schema, and they name the entity and attributes the diagram uses.
    void godwitLinesAreLossless_data()
    {
        QTest::addColumn<Schema>("schema");
        QTest::addRow("sample") << sampleSchema();
        QTest::addRow("awkward names") << awkwardMermaidSchema();
        for (const auto& [name, schema] : realSchemas())
            QTest::addRow("%s", qPrintable(name)) << schema;
    }

    void godwitLinesAreLossless()
    {
        QFETCH(Schema, schema);
        const QString text = MermaidSchemaWriter::write(schema);
        QHash<QString, QString> entityOf;
        QHash<QString, QStringList> attributesOf;
        const Schema back = schemaFromGodwitLines(text, &entityOf, &attributesOf);
        QCOMPARE(back.tables.size(), schema.tables.size());
        for (qsizetype i = 0; i < schema.tables.size(); ++i)
            QCOMPARE(back.tables[i], schema.tables[i]); // table by table, for a readable failure
        QCOMPARE(back, schema);

        const QHash<QString, QStringList> diagram = diagramAttributes(text);
        QCOMPARE(diagram.size(), schema.tables.size());
        for (const Table& t : schema.tables) {
            QVERIFY2(diagram.contains(entityOf.value(t.name)), qPrintable(t.name));
            QCOMPARE(diagram.value(entityOf.value(t.name)), attributesOf.value(t.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestMermaidRoundTripSchemaWriter)
#include "tst_mermaidroundtripschemawriter.moc"
