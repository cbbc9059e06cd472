// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjsonreader.h"

#include "core/textfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace godwit::rehearsal {

Result<plan::MigrationPlan> PlanJsonReader::read(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Error::Code::Parse,
            QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset), fileName);
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("godwit.plan"))
        return fail(
            Error::Code::Parse, QStringLiteral("not a Godwit plan (expected \"format\": \"godwit.plan\")"), fileName);
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(Error::Code::Unsupported,
            QStringLiteral("plan format version %1 is not supported (expected 1)")
                .arg(root.value(QStringLiteral("version")).toInt()),
            fileName);
    plan::MigrationPlan p;
    p.before = root.value(QStringLiteral("before")).toString();
    p.after = root.value(QStringLiteral("after")).toString();
    for (const QJsonValue& w : root.value(QStringLiteral("warnings")).toArray())
        p.warnings << w.toString();
    for (const QJsonValue& v : root.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        plan::PlanStep s;
        s.id = o.value(QStringLiteral("id")).toString();
        const QString phase = o.value(QStringLiteral("phase")).toString();
        bool known = false;
        for (plan::Phase candidate : plan::allPhases()) {
            if (plan::phaseName(candidate) == phase) {
                s.phase = candidate;
                known = true;
            }
        }
        if (!known || s.id.isEmpty())
            return fail(Error::Code::Parse,
                QStringLiteral("step %1 has no id or an unknown phase '%2'").arg(p.steps.size() + 1).arg(phase),
                fileName);
        s.title = o.value(QStringLiteral("title")).toString();
        s.walkId = o.value(QStringLiteral("walk")).toString();
        for (const QJsonValue& c : o.value(QStringLiteral("changes")).toArray())
            s.changeIds << c.toString();
        s.explanation = o.value(QStringLiteral("explanation")).toString();
        s.transactional = o.value(QStringLiteral("transactional")).toBool(true);
        for (const QJsonValue& pre : o.value(QStringLiteral("preconditions")).toArray()) {
            const QJsonObject po = pre.toObject();
            s.preconditions << plan::Precondition { po.value(QStringLiteral("text")).toString(),
                po.value(QStringLiteral("checkSql")).toString() };
        }
        s.sql = o.value(QStringLiteral("sql")).toString();
        s.rollbackSql = o.value(QStringLiteral("rollbackSql")).toString();
        s.verificationSql = o.value(QStringLiteral("verificationSql")).toString();
        if (o.value(QStringLiteral("backfill")).isObject()) {
            const QJsonObject b = o.value(QStringLiteral("backfill")).toObject();
            plan::BackfillSpec spec;
            spec.table = b.value(QStringLiteral("table")).toString();
            spec.keyColumn = b.value(QStringLiteral("keyColumn")).toString();
            spec.batchSize = b.value(QStringLiteral("batchSize")).toInt(spec.batchSize);
            spec.batchSql = b.value(QStringLiteral("batchSql")).toString();
            spec.firstKeySql = b.value(QStringLiteral("firstKeySql")).toString();
            spec.lastKeySql = b.value(QStringLiteral("lastKeySql")).toString();
            spec.remainingSql = b.value(QStringLiteral("remainingSql")).toString();
            spec.wholeSql = b.value(QStringLiteral("wholeSql")).toString();
            s.backfill = spec;
        }
        for (const QJsonValue& w : o.value(QStringLiteral("warnings")).toArray())
            s.warnings << w.toString();
        p.steps << s;
    }
    return p;
}

Result<plan::MigrationPlan> PlanJsonReader::readFile(const QString& path)
{
    auto text = TextFile::read(path, QStringLiteral("a plan file"));
    if (!text)
        return std::unexpected(text.error());
    return read(text->toUtf8(), path);
}

} // namespace godwit::rehearsal
