// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "resultmessage.h"
#include "sampleschema.h"
#include "schema/dotschemawriter.h"
#include "schema/schemareader.h"
#include "schema/schemawriter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace godwit::schema;
using namespace Qt::StringLiterals;
using godwit::test::column;
using godwit::test::Dataset;
using godwit::test::foreignKey;
using godwit::test::table;
using godwit::test::textLines;

Q_DECLARE_METATYPE(godwit::schema::Schema)

using godwit::test::sampleSchema;

namespace {

QStringList edgeLines(const QString& dot)
{
    QStringList out;
    for (const QString& line : dot.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String(" -> ")))
            out.append(line);
    }
    return out;
}

// Runs Graphviz on `dot`; empty when it exits 0 without complaint, else what it said.
QString runDot(const QString& dotBinary, const QString& dot)
{
    QProcess process;
    process.start(dotBinary, { u"-Tsvg"_s });
    if (!process.waitForStarted())
        return u"dot did not start"_s;
    process.write(dot.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return u"dot timed out"_s;
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !errors.isEmpty())
        return u"exit %1: "_s.arg(process.exitCode()) + errors;
    if (!process.readAllStandardOutput().contains("<svg"))
        return u"no SVG"_s;
    return {};
}

} // namespace

class TestDotSchemaWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void write()
    {
        const QString expected = textLines({
            u"digraph schema {"_s,
            u"    graph [rankdir=LR, fontname=\"Helvetica\", fontsize=10];"_s,
            u"    node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];"_s,
            u"    edge [dir=both, fontname=\"Helvetica\", fontsize=9];"_s,
            u""_s,
            u"    \"customers\" [label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">"_s,
            u"        <TR><TD COLSPAN=\"3\" BGCOLOR=\"#dde5f0\"><B>customers</B></TD></TR>"_s,
            u"        <TR><TD PORT=\"c_0\" ALIGN=\"LEFT\"><U>id</U></TD><TD ALIGN=\"RIGHT\">INTEGER</TD><TD PORT=\"c_0_r\" ALIGN=\"LEFT\">PK</TD></TR>"_s,
            u"        <TR><TD PORT=\"c_1\" ALIGN=\"LEFT\">email</TD><TD ALIGN=\"RIGHT\">TEXT</TD><TD PORT=\"c_1_r\" ALIGN=\"LEFT\">NN UQ</TD></TR>"_s,
            u"        <TR><TD PORT=\"c_2\" ALIGN=\"LEFT\">display name</TD><TD ALIGN=\"RIGHT\">VARCHAR(40)</TD><TD PORT=\"c_2_r\" ALIGN=\"LEFT\"></TD></TR>"_s,
            u"    </TABLE>>];"_s,
            u"    \"order items\" [label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">"_s,
            u"        <TR><TD COLSPAN=\"3\" BGCOLOR=\"#dde5f0\"><B>order items</B></TD></TR>"_s,
            u"        <TR><TD PORT=\"c_0\" ALIGN=\"LEFT\"><U>order_id</U></TD><TD ALIGN=\"RIGHT\">INTEGER</TD><TD PORT=\"c_0_r\" ALIGN=\"LEFT\">PK NN FK</TD></TR>"_s,
            u"        <TR><TD PORT=\"c_1\" ALIGN=\"LEFT\"><U>line</U></TD><TD ALIGN=\"RIGHT\">INTEGER</TD><TD PORT=\"c_1_r\" ALIGN=\"LEFT\">PK NN</TD></TR>"_s,
            u"        <TR><TD PORT=\"c_2\" ALIGN=\"LEFT\">qty</TD><TD ALIGN=\"RIGHT\">INTEGER</TD><TD PORT=\"c_2_r\" ALIGN=\"LEFT\">NN</TD></TR>"_s,
            u"        <TR><TD PORT=\"c_3\" ALIGN=\"LEFT\">amount</TD><TD ALIGN=\"RIGHT\">REAL</TD><TD PORT=\"c_3_r\" ALIGN=\"LEFT\"></TD></TR>"_s,
            u"    </TABLE>>];"_s,
            u"    \"orders\" [label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">"_s,
            u"        <TR><TD COLSPAN=\"3\" BGCOLOR=\"#dde5f0\"><B>orders</B></TD></TR>"_s,
            u"        <TR><TD PORT=\"c_0\" ALIGN=\"LEFT\"><U>order_id</U></TD><TD ALIGN=\"RIGHT\">INTEGER</TD><TD PORT=\"c_0_r\" ALIGN=\"LEFT\">PK</TD></TR>"_s,
            u"        <TR><TD PORT=\"c_1\" ALIGN=\"LEFT\">customer_id</TD><TD ALIGN=\"RIGHT\">INTEGER</TD><TD PORT=\"c_1_r\" ALIGN=\"LEFT\">NN FK</TD></TR>"_s,
            u"        <TR><TD PORT=\"c_2\" ALIGN=\"LEFT\">status</TD><TD ALIGN=\"RIGHT\">TEXT</TD><TD PORT=\"c_2_r\" ALIGN=\"LEFT\">NN</TD></TR>"_s,
            u"        <TR><TD PORT=\"c_3\" ALIGN=\"LEFT\">created_at</TD><TD ALIGN=\"RIGHT\">TEXT</TD><TD PORT=\"c_3_r\" ALIGN=\"LEFT\">NN</TD></TR>"_s,
            u"        <TR><TD PORT=\"c_4\" ALIGN=\"LEFT\">note</TD><TD ALIGN=\"RIGHT\"></TD><TD PORT=\"c_4_r\" ALIGN=\"LEFT\"></TD></TR>"_s,
            u"    </TABLE>>];"_s,
            u"    \"shipments\" [label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">"_s,
            u"        <TR><TD COLSPAN=\"3\" BGCOLOR=\"#dde5f0\"><B>shipments</B></TD></TR>"_s,
            u"        <TR><TD PORT=\"c_0\" ALIGN=\"LEFT\"><U>id</U></TD><TD ALIGN=\"RIGHT\">INTEGER</TD><TD PORT=\"c_0_r\" ALIGN=\"LEFT\">PK</TD></TR>"_s,
            u"        <TR><TD PORT=\"c_1\" ALIGN=\"LEFT\">order_id</TD><TD ALIGN=\"RIGHT\">INTEGER</TD><TD PORT=\"c_1_r\" ALIGN=\"LEFT\">UQ FK</TD></TR>"_s,
            u"    </TABLE>>];"_s,
            u""_s,
            u"    \"order_totals\" [shape=box, style=\"dashed,rounded\", margin=0, label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">"_s,
            u"        <TR><TD><I>order_totals</I></TD></TR>"_s,
            u"        <TR><TD PORT=\"c_0\" ALIGN=\"LEFT\">order_id</TD></TR>"_s,
            u"        <TR><TD PORT=\"c_1\" ALIGN=\"LEFT\">total</TD></TR>"_s,
            u"    </TABLE>>];"_s,
            u""_s,
            u"    \"order items\":c_0_r -> \"orders\":c_0 [arrowtail=crowodot, arrowhead=teetee];"_s,
            u"    \"orders\":c_1_r -> \"customers\":c_0 [arrowtail=crowodot, arrowhead=teetee, style=dashed];"_s,
            u"    \"shipments\":c_1_r -> \"orders\":c_0 [arrowtail=teeodot, arrowhead=teeodot, style=dashed];"_s,
            u"}"_s,
        });
        QCOMPARE(DotSchemaWriter::write(sampleSchema()), expected);
        QCOMPARE(SchemaWriter::write(sampleSchema(), SchemaFormat::Dot), expected);
    }

    void emptySchema()
    {
        QCOMPARE(DotSchemaWriter::write(Schema {}),
            textLines({
                u"digraph schema {"_s,
                u"    graph [rankdir=LR, fontname=\"Helvetica\", fontsize=10];"_s,
                u"    node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];"_s,
                u"    edge [dir=both, fontname=\"Helvetica\", fontsize=9];"_s,
                u"}"_s,
            }));
    }

    void edges_data()
    {
        QTest::addColumn<Schema>("schema");
        QTest::addColumn<QStringList>("expected");
        const Table parent
            = table(u"parent"_s, { column(u"code"_s, u"TEXT"_s), column(u"id"_s, u"INTEGER"_s, false, 1) });
        auto withChild = [&](Table child) { return Schema { {}, { child, parent }, {}, {} }; };

        Table child
            = table(u"child"_s, { column(u"id"_s, u"INTEGER"_s, false, 1), column(u"parent_id"_s, u"INTEGER"_s) });
        child.foreignKeys = { foreignKey({ u"parent_id"_s }, u"parent"_s, { u"id"_s }) };
        QTest::addRow("nullable, many, non-identifying")
            << withChild(child)
            << QStringList {
                   u"    \"child\":c_1_r -> \"parent\":c_1 [arrowtail=crowodot, arrowhead=teeodot, style=dashed];"_s
               };

        child.columns[1].notNull = true;
        QTest::addRow("NOT NULL")
            << withChild(child)
            << QStringList {
                   u"    \"child\":c_1_r -> \"parent\":c_1 [arrowtail=crowodot, arrowhead=teetee, style=dashed];"_s
               };

        Table extension = table(u"child"_s, { column(u"parent_id"_s, u"INTEGER"_s, false, 1) });
        extension.foreignKeys = { foreignKey({ u"parent_id"_s }, u"parent"_s, { QString() }) };
        QTest::addRow("one-to-one identifying, parent key implied")
            << withChild(extension)
            << QStringList { u"    \"child\":c_0_r -> \"parent\":c_1 [arrowtail=teeodot, arrowhead=teetee];"_s };

        Table composite = table(u"child"_s, { column(u"a"_s, u"INT"_s, true, 1), column(u"b"_s, u"TEXT"_s, true, 2) });
        composite.foreignKeys = { foreignKey({ u"b"_s, u"a"_s }, u"parent"_s, { u"code"_s, u"id"_s }) };
        QTest::addRow("two columns: first pair of ports, key is the FK")
            << withChild(composite)
            << QStringList { u"    \"child\":c_1_r -> \"parent\":c_0 [arrowtail=teeodot, arrowhead=teetee];"_s };

        Table unknownColumn = child;
        unknownColumn.foreignKeys = { foreignKey({ u"nope"_s }, u"parent"_s, { u"nope"_s }) };
        QTest::addRow("unknown columns: node to node")
            << withChild(unknownColumn)
            << QStringList { u"    \"child\" -> \"parent\" [arrowtail=crowodot, arrowhead=teeodot, style=dashed];"_s };

        Table orphan = child;
        orphan.foreignKeys = { foreignKey({ u"parent_id"_s }, u"gone"_s, { u"id"_s }) };
        QTest::addRow("missing parent: no edge") << Schema { {}, { orphan }, {}, {} } << QStringList {};

        Table self = table(u"Employee"_s, { column(u"id"_s, u"INTEGER"_s, false, 1), column(u"boss"_s, u"INTEGER"_s) });
        self.foreignKeys = { foreignKey({ u"boss"_s }, u"employee"_s, { u"ID"_s }) };
        QTest::addRow("self reference, names in another case")
            << Schema { {}, { self }, {}, {} }
            << QStringList {
                   u"    \"Employee\":c_1_r -> \"Employee\":c_0 [arrowtail=crowodot, arrowhead=teeodot, style=dashed];"_s
               };
    }

    void edges()
    {
        QFETCH(Schema, schema);
        QFETCH(QStringList, expected);
        QCOMPARE(edgeLines(DotSchemaWriter::write(schema)), expected);
    }

    void escaping_data()
    {
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<QStringList>("headers");
        QTest::addRow("HTML characters in a name") << QStringList { u"a<b>&c"_s } << QStringList { u"\"a<b>&c\""_s }
                                                   << QStringList { u"<B>a&lt;b&gt;&amp;c</B>"_s };
        QTest::addRow("quote and backslash kept out of the ID")
            << QStringList { u"say \"hi\"\\"_s } << QStringList { u"\"say _hi__\""_s }
            << QStringList { u"<B>say &quot;hi&quot;\\</B>"_s };
        QTest::addRow("IDs made unique") << QStringList { u"a\"b"_s, u"a_b"_s, u"A_B_2"_s }
                                         << QStringList { u"\"a_b\""_s, u"\"a_b_2\""_s, u"\"A_B_2_2\""_s }
                                         << QStringList { u"<B>a&quot;b</B>"_s, u"<B>a_b</B>"_s, u"<B>A_B_2</B>"_s };
        QTest::addRow("line break in a name") << QStringList { u"two\nlines"_s } << QStringList { u"\"two_lines\""_s }
                                              << QStringList { u"<B>two lines</B>"_s };
    }

    void escaping()
    {
        QFETCH(QStringList, tables);
        QFETCH(QStringList, nodes);
        QFETCH(QStringList, headers);
        Schema schema;
        for (const QString& name : tables)
            schema.tables.append(table(name, { column(u"x"_s, u"INT"_s) }));
        const QString dot = DotSchemaWriter::write(schema);
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QVERIFY2(dot.contains(u"\n    "_s + nodes[i] + u" [label=<"_s), qPrintable(nodes[i]));
            QVERIFY2(dot.contains(headers[i]), qPrintable(headers[i]));
        }
    }

    void viewsAreDashed()
    {
        Schema schema;
        schema.tables = { table(u"v"_s, { column(u"x"_s, u"INT"_s) }) };
        schema.views = { View { u"v"_s, { u"a"_s, u"b & c"_s }, {} } };
        const QString dot = DotSchemaWriter::write(schema);
        QVERIFY(dot.contains(u"    \"v_2\" [shape=box, style=\"dashed,rounded\", margin=0, label=<"_s));
        QVERIFY(dot.contains(u"<TR><TD PORT=\"c_1\" ALIGN=\"LEFT\">b &amp; c</TD></TR>"_s));
    }

    void graphvizAccepts_data() { godwit::test::addSchemaSourceRows(); }

    void graphvizAccepts()
    {
        QFETCH(QString, path);
        Schema schema = sampleSchema();
        if (!path.isEmpty()) {
            auto read = SchemaReader::readFile(path);
            QVERIFY2(read, godwit::test::why(read).constData());
            schema = *read;
        }
        const QString dot = DotSchemaWriter::write(schema);
        QCOMPARE(DotSchemaWriter::write(schema), dot); // deterministic

        // Structure: one node per table and view, one edge per FK whose parent exists.
        static const QRegularExpression node(u"(?m)^    \"[^\"]*\" \\[.*label=<"_s);
        QCOMPARE(dot.count(node), schema.tables.size() + schema.views.size());
        qsizetype edges = 0;
        for (const Table& t : schema.tables) {
            for (const ForeignKey& fk : t.foreignKeys)
                edges += schema.table(fk.parentTable) ? 1 : 0;
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                QVERIFY(dot.contains(u"PORT=\"c_%1\""_s.arg(c)));
        }
        QCOMPARE(edgeLines(dot).size(), edges);

        const QString dotBinary = QStandardPaths::findExecutable(u"dot"_s);
        if (dotBinary.isEmpty())
            QSKIP("Graphviz dot is not installed");
        const QString problem = runDot(dotBinary, dot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void graphvizAcceptsAwkwardNames()
    {
        const QString dotBinary = QStandardPaths::findExecutable(u"dot"_s);
        if (dotBinary.isEmpty())
            QSKIP("Graphviz dot is not installed");
        Schema schema;
        const QStringList names { u"a<b>&c"_s, u"say \"hi\"\\"_s, u"node"_s, u"edge"_s, u"graph"_s, u"-> x"_s,
            u"two\nlines"_s, u"]; x"_s, u"Größe"_s, QString() };
        for (const QString& name : names)
            schema.tables.append(table(name, { column(name, name), column(u"id"_s, u"INTEGER"_s, false, 1) }));
        for (qsizetype i = 1; i < schema.tables.size(); ++i)
            schema.tables[i].foreignKeys = { foreignKey({ names[i] }, names[i - 1], { QString() }) };
        schema.views = { View { u"node"_s, { u"<&>"_s }, {} } };
        const QString dot = DotSchemaWriter::write(schema);
        QCOMPARE(edgeLines(dot).size(), names.size() - 1);
        const QString problem = runDot(dotBinary, dot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u"\n"_s + dot));
    }
};

QTEST_GUILESS_MAIN(TestDotSchemaWriter)
#include "tst_dotschemawriter.moc"
