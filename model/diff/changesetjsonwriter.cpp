// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesetjsonwriter.h"

#include "core/jsontext.h"

#include <QJsonArray>

namespace godwit::diff {

namespace {

    constexpr int formatVersion = 1;

    QJsonValue optionalText(const QString& text)
    {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }

    QJsonObject changeJson(const Change& c)
    {
        QJsonArray attributes;
        for (const AttributeChange& a : c.attributes) {
            attributes.append(QJsonObject { { QLatin1String("attribute"), attributeName(a.attribute) },
                { QLatin1String("before"), optionalText(a.before) },
                { QLatin1String("after"), optionalText(a.after) } });
        }
        QJsonArray dependents;
        for (const Dependent& d : c.dependents) {
            dependents.append(QJsonObject { { QLatin1String("kind"), objectKindName(d.kind) },
                { QLatin1String("table"), optionalText(d.table) }, { QLatin1String("name"), d.name },
                { QLatin1String("detail"), d.detail } });
        }
        const Classification& k = c.classification;
        QJsonArray factors;
        for (const QString& f : k.riskFactors)
            factors.append(f);
        const bool postgres = !k.manual.isEmpty(); // PostgresClassifier always names the manual's page
        QJsonObject out {
            { QLatin1String("id"), c.id() },
            { QLatin1String("change"), changeTypeName(c.type) },
            { QLatin1String("object"), objectKindName(c.object) },
            { QLatin1String("table"), optionalText(c.table) },
            { QLatin1String("name"), c.name },
            { QLatin1String("oldName"), optionalText(c.oldName) },
            { QLatin1String("proposal"), c.isProposal },
            { QLatin1String("confidence"), qRound(c.confidence * 100) / 100.0 },
            { QLatin1String("attributes"), attributes },
            { QLatin1String("impact"), impactName(k.impact) },
            { QLatin1String("reason"), k.reason },
            { QLatin1String("capability"), capabilityName(k.capability) },
            { QLatin1String("sqliteRule"), postgres ? QJsonValue() : optionalText(k.sqliteRule) },
            { QLatin1String("risk"), riskName(k.risk) },
            { QLatin1String("riskFactors"), factors },
            { QLatin1String("dependents"), dependents },
            { QLatin1String("beforeSql"), optionalText(c.beforeSql) },
            { QLatin1String("afterSql"), optionalText(c.afterSql) },
        };
        if (postgres) {
            out.insert(QLatin1String("postgres"),
                QJsonObject { { QLatin1String("lock"), optionalText(k.lock) }, { QLatin1String("rewrite"), k.rewrite },
                    { QLatin1String("scan"), k.scan }, { QLatin1String("rule"), k.sqliteRule },
                    { QLatin1String("manual"), QStringLiteral("https://www.postgresql.org/docs/15/") + k.manual } });
        }
        return out;
    }

} // namespace

const QStringList& ChangeSetJsonWriter::keyOrder()
{
    static const QStringList order {
        // One order for all objects: "attribute" precedes before/after, which the root also uses.
        QStringLiteral("format"),
        QStringLiteral("version"),
        QStringLiteral("attribute"),
        QStringLiteral("before"),
        QStringLiteral("after"),
        QStringLiteral("summary"),
        QStringLiteral("changes"),
        QStringLiteral("total"),
        QStringLiteral("proposals"),
        QStringLiteral("rebuilds"),
        QStringLiteral("byImpact"),
        QStringLiteral("additive"),
        QStringLiteral("breaking-for-readers"),
        QStringLiteral("breaking-for-writers"),
        QStringLiteral("destructive"),
        QStringLiteral("id"),
        QStringLiteral("change"),
        QStringLiteral("object"),
        QStringLiteral("table"),
        QStringLiteral("name"),
        QStringLiteral("oldName"),
        QStringLiteral("proposal"),
        QStringLiteral("confidence"),
        QStringLiteral("attributes"),
        QStringLiteral("impact"),
        QStringLiteral("reason"),
        QStringLiteral("capability"),
        QStringLiteral("sqliteRule"),
        QStringLiteral("risk"),
        QStringLiteral("riskFactors"),
        QStringLiteral("postgres"),
        QStringLiteral("lock"),
        QStringLiteral("rewrite"),
        QStringLiteral("scan"),
        QStringLiteral("rule"),
        QStringLiteral("manual"),
        QStringLiteral("dependents"),
        QStringLiteral("kind"),
        QStringLiteral("detail"),
        QStringLiteral("beforeSql"),
        QStringLiteral("afterSql"),
    };
    return order;
}

QJsonObject ChangeSetJsonWriter::toJson(const ChangeSet& set)
{
    QJsonArray changes;
    QJsonObject byImpact { { impactName(Impact::Additive), 0 }, { impactName(Impact::BreaksReaders), 0 },
        { impactName(Impact::BreaksWriters), 0 }, { impactName(Impact::Destructive), 0 } };
    int rebuilds = 0;
    for (const Change& c : set.changes) {
        changes.append(changeJson(c));
        const QString impact = impactName(c.classification.impact);
        byImpact.insert(impact, byImpact.value(impact).toInt() + 1);
        rebuilds += c.classification.capability == Capability::Rebuild ? 1 : 0;
    }
    const QJsonObject summary { { QLatin1String("total"), changes.size() },
        { QLatin1String("proposals"), set.proposals().size() }, { QLatin1String("rebuilds"), rebuilds },
        { QLatin1String("byImpact"), byImpact } };
    return {
        { QLatin1String("format"), QStringLiteral("godwit.diff") },
        { QLatin1String("version"), formatVersion },
        { QLatin1String("before"), set.before.source },
        { QLatin1String("after"), set.after.source },
        { QLatin1String("summary"), summary },
        { QLatin1String("changes"), changes },
    };
}

QString ChangeSetJsonWriter::write(const ChangeSet& set) { return JsonText::write(toJson(set), keyOrder()); }

} // namespace godwit::diff
