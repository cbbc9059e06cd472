// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsontext.h"
#include "datasets.h"
#include "diff/changesetjsonwriter.h"
#include "diff/schemadiff.h"
#include "schema/schemareader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace godwit::diff;
using godwit::schema::SchemaReader;

namespace {

// The `| `key` |` rows under each "## Heading" of docs/json-diff.md, in order.
QMap<QString, QStringList> documentedKeys()
{
    QFile f(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../docs/json-diff.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QMap<QString, QStringList> keys;
    QString heading;
    static const QRegularExpression row(QStringLiteral("^\\| `([A-Za-z]+)` \\|"));
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")) || line.startsWith(QLatin1String("### ")))
            heading = line.section(QLatin1Char(' '), 1).trimmed();
        else if (const auto m = row.match(line); m.hasMatch())
            keys[heading] << m.captured(1)
                    + (line.contains(QLatin1String("**only when")) ? QStringLiteral("?") : QString());
    }
    return keys;
}

// Keys of a JSON object in the order the writer puts them in text.
QStringList keysInTextOrder(const QJsonObject& object)
{
    const QString text = godwit::JsonText::write(object, ChangeSetJsonWriter::keyOrder());
    QList<std::pair<qsizetype, QString>> found;
    for (const QString& key : object.keys())
        found.append({ text.indexOf(QStringLiteral("\n  \"%1\":").arg(key)), key });
    std::ranges::sort(found);
    QStringList out;
    for (const auto& [pos, key] : found)
        out << key;
    return out;
}

ChangeSet seedChanges()
{
    QString after;
    for (const char* f : { "V1__orders.sql", "V2__add_shipping_eta.sql", "V3__backfill_shipping_eta.sql",
             "V4__contract_estimated_delivery.sql" }) {
        QFile file(godwit::test::sampleDir() + QLatin1Char('/') + QLatin1String(f));
        if (file.open(QIODevice::ReadOnly))
            after += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
    }
    after += QStringLiteral("CREATE INDEX orders_status ON orders (status);");
    auto b = SchemaReader::readFile(godwit::test::sampleDir() + QStringLiteral("/V1__orders.sql"));
    auto a = SchemaReader::readScript(after, QStringLiteral("v4.sql"));
    return SchemaDiff::compare(*b, *a);
}

} // namespace

class TestChangeSetJsonWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void documentedKeysInDocumentedOrder_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addRow("root") << "Root object";
        QTest::addRow("summary") << "Summary";
        QTest::addRow("change") << "Change";
        QTest::addRow("attribute") << "Attribute";
    }
    void documentedKeysInDocumentedOrder()
    {
        QFETCH(QString, heading);
        const QString text = ChangeSetJsonWriter::write(seedChanges());
        const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
        QJsonObject object = root;
        if (heading == QLatin1String("Summary"))
            object = root.value(QStringLiteral("summary")).toObject();
        else if (heading == QLatin1String("Change"))
            object = root.value(QStringLiteral("changes")).toArray().first().toObject();
        else if (heading == QLatin1String("Attribute"))
            object = root.value(QStringLiteral("changes"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("attributes"))
                         .toArray()
                         .first()
                         .toObject();
        QVERIFY(!object.isEmpty());
        // Keys documented as "only when …" (marked '?') are left out where the object has none.
        QStringList documented;
        for (const QString& key : documentedKeys().value(heading)) {
            if (!key.endsWith(QLatin1Char('?')))
                documented << key;
            else if (object.contains(key.chopped(1)))
                documented << key.chopped(1);
        }
        QVERIFY2(!documented.isEmpty(), qPrintable(heading));
        QCOMPARE(keysInTextOrder(object), documented);
    }

    void dependentsAreDocumented()
    {
        QString after
            = QStringLiteral("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT); CREATE VIEW v AS SELECT a FROM t;");
        auto before
            = SchemaReader::readScript(QStringLiteral("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT, c TEXT); CREATE "
                                                      "INDEX t_c ON t(c); CREATE VIEW v AS SELECT a FROM t;"));
        DiffOptions options;
        options.renames = RenamePolicy::Reject;
        const ChangeSet set = SchemaDiff::compare(*before, *SchemaReader::readScript(after), options);
        const QJsonObject change
            = ChangeSetJsonWriter::toJson(set).value(QStringLiteral("changes")).toArray().first().toObject();
        const QJsonObject dependent = change.value(QStringLiteral("dependents")).toArray().first().toObject();
        QCOMPARE(QStringList(dependent.keys()).size(), documentedKeys().value(QStringLiteral("Dependent")).size());
        QCOMPARE(dependent.value(QStringLiteral("kind")).toString(), QStringLiteral("index"));
        QCOMPARE(dependent.value(QStringLiteral("detail")).toString(), QStringLiteral("indexed column"));
    }

    void summaryCounts()
    {
        const QJsonObject summary
            = ChangeSetJsonWriter::toJson(seedChanges()).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("proposals")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("rebuilds")).toInt(), 1);
        const QJsonObject byImpact = summary.value(QStringLiteral("byImpact")).toObject();
        QCOMPARE(byImpact.value(QStringLiteral("additive")).toInt(), 1);
        QCOMPARE(byImpact.value(QStringLiteral("breaking-for-readers")).toInt(), 1);
        QCOMPARE(byImpact.value(QStringLiteral("destructive")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangeSetJsonWriter)
#include "tst_changesetjsonwriter.moc"
