// SPDX-License-Identifier: GPL-3.0-or-later
#include "answersjson.h"

#include "core/jsontext.h"
#include "core/textfile.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace godwit::plan {

namespace {

    const QStringList kKeyOrder
        = { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("batchSize"), QStringLiteral("queries"),
              QStringLiteral("changes"), QStringLiteral("renameConfirmed"), QStringLiteral("skipDualWrite"),
              QStringLiteral("skipDualWriteReason"), QStringLiteral("backfillBatchSize"), QStringLiteral("indexTiming"),
              QStringLiteral("up"), QStringLiteral("down"), QStringLiteral("fill"), QStringLiteral("compatibilityView"),
              QStringLiteral("indexes"), QStringLiteral("sql"), QStringLiteral("reason") };

    const QStringList kChangeKeys = { QStringLiteral("renameConfirmed"), QStringLiteral("skipDualWrite"),
        QStringLiteral("skipDualWriteReason"), QStringLiteral("backfillBatchSize"), QStringLiteral("indexTiming"),
        QStringLiteral("up"), QStringLiteral("down"), QStringLiteral("fill"), QStringLiteral("compatibilityView") };

    Result<ChangeAnswers> readChange(const QString& id, const QJsonObject& o, const QString& fileName)
    {
        auto bad = [&](const QString& what) {
            return fail(Error::Code::Parse, QStringLiteral("answers for '%1': %2").arg(id, what), fileName);
        };
        ChangeAnswers a;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!kChangeKeys.contains(it.key()))
                return bad(QStringLiteral("unknown key '%1' (expected one of %2)")
                               .arg(it.key(), kChangeKeys.join(QStringLiteral(", "))));
        }
        auto boolean = [&](const char* key, std::optional<bool>* out) -> bool {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                return true;
            if (!v.isBool())
                return false;
            *out = v.toBool();
            return true;
        };
        auto text = [&](const char* key, QString* out) -> bool {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                return true;
            if (!v.isString())
                return false;
            *out = v.toString();
            return true;
        };
        if (!boolean("renameConfirmed", &a.renameConfirmed))
            return bad(QStringLiteral("'renameConfirmed' must be true or false"));
        if (!boolean("skipDualWrite", &a.skipDualWrite))
            return bad(QStringLiteral("'skipDualWrite' must be true or false"));
        if (!boolean("compatibilityView", &a.compatibilityView))
            return bad(QStringLiteral("'compatibilityView' must be true or false"));
        if (!text("skipDualWriteReason", &a.skipDualWriteReason) || !text("up", &a.up) || !text("down", &a.down)
            || !text("fill", &a.fill))
            return bad(QStringLiteral("'skipDualWriteReason', 'up', 'down' and 'fill' must be strings"));
        const QJsonValue batch = o.value(QLatin1String("backfillBatchSize"));
        if (!batch.isUndefined() && !batch.isNull()) {
            if (!batch.isDouble() || batch.toDouble() < 1 || batch.toDouble() != static_cast<double>(batch.toInt()))
                return bad(QStringLiteral("'backfillBatchSize' must be a positive integer"));
            a.backfillBatchSize = batch.toInt();
        }
        const QJsonValue timing = o.value(QLatin1String("indexTiming"));
        if (!timing.isUndefined() && !timing.isNull()) {
            const auto t = indexTimingFromName(timing.toString());
            if (!t)
                return bad(QStringLiteral("'indexTiming' must be auto, before-backfill or after-backfill"));
            a.indexTiming = *t;
        }
        return a;
    }

    // One entry of "indexes": a CREATE INDEX string, or {"sql", "queries", "reason"}.
    Result<RequestedIndex> readIndex(const QJsonValue& v, const QString& fileName)
    {
        const auto bad = [&](const QString& what) {
            return fail(Error::Code::Parse, QStringLiteral("answers: \"indexes\": %1").arg(what), fileName);
        };
        RequestedIndex index;
        if (v.isString()) {
            index.sql = v.toString();
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() != QLatin1String("sql") && it.key() != QLatin1String("queries")
                    && it.key() != QLatin1String("reason"))
                    return bad(QStringLiteral("unknown key '%1' (expected sql, queries, reason)").arg(it.key()));
            }
            index.sql = o.value(QLatin1String("sql")).toString();
            const QJsonValue reason = o.value(QLatin1String("reason"));
            if (!reason.isUndefined() && !reason.isString())
                return bad(QStringLiteral("'reason' must be a string"));
            index.reason = reason.toString();
            const QJsonValue queries = o.value(QLatin1String("queries"));
            if (!queries.isUndefined() && !queries.isArray())
                return bad(QStringLiteral("'queries' must be an array of strings"));
            for (const QJsonValue& q : queries.toArray()) {
                if (!q.isString())
                    return bad(QStringLiteral("'queries' must be an array of strings"));
                index.queries << q.toString();
            }
        } else {
            return bad(QStringLiteral("each entry must be a CREATE INDEX string or an object"));
        }
        if (index.sql.trimmed().isEmpty())
            return bad(QStringLiteral("each entry needs its CREATE INDEX in 'sql'"));
        return index;
    }

} // namespace

Result<Answers> AnswersJson::read(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report the position as line:column, like every other parse error Godwit prints.
        const QByteArray head = json.left(parseError.offset);
        Error e;
        e.code = Error::Code::Parse;
        e.message = parseError.errorString();
        e.file = fileName;
        e.line = static_cast<int>(head.count('\n')) + 1;
        e.column = static_cast<int>(parseError.offset - (head.lastIndexOf('\n') + 1)) + 1;
        return std::unexpected(e);
    }
    if (!doc.isObject())
        return fail(Error::Code::Parse, QStringLiteral("answers: expected a JSON object"), fileName);
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("godwit.answers"))
        return fail(Error::Code::Parse, QStringLiteral("answers: \"format\" must be \"godwit.answers\""), fileName);
    if (root.value(QLatin1String("version")).toInt() != 1)
        return fail(Error::Code::Unsupported, QStringLiteral("answers: only version 1 is supported"), fileName);
    Answers answers;
    const QJsonValue batch = root.value(QLatin1String("batchSize"));
    if (!batch.isUndefined()) {
        if (!batch.isDouble() || batch.toDouble() < 1 || batch.toDouble() != static_cast<double>(batch.toInt()))
            return fail(
                Error::Code::Parse, QStringLiteral("answers: \"batchSize\" must be a positive integer"), fileName);
        answers.batchSize = batch.toInt();
    }
    const QJsonValue queries = root.value(QLatin1String("queries"));
    if (!queries.isUndefined()) {
        if (!queries.isArray())
            return fail(
                Error::Code::Parse, QStringLiteral("answers: \"queries\" must be an array of strings"), fileName);
        for (const QJsonValue& q : queries.toArray()) {
            if (!q.isString())
                return fail(
                    Error::Code::Parse, QStringLiteral("answers: \"queries\" must be an array of strings"), fileName);
            answers.queries << q.toString();
        }
    }
    const QJsonValue indexes = root.value(QLatin1String("indexes"));
    if (!indexes.isUndefined()) {
        if (!indexes.isArray())
            return fail(Error::Code::Parse, QStringLiteral("answers: \"indexes\" must be an array"), fileName);
        for (const QJsonValue& v : indexes.toArray()) {
            auto index = readIndex(v, fileName);
            if (!index)
                return std::unexpected(index.error());
            answers.indexes << *index;
        }
    }
    const QJsonValue changes = root.value(QLatin1String("changes"));
    if (!changes.isUndefined()) {
        if (!changes.isObject())
            return fail(Error::Code::Parse, QStringLiteral("answers: \"changes\" must be an object keyed by change id"),
                fileName);
        const QJsonObject o = changes.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isObject())
                return fail(
                    Error::Code::Parse, QStringLiteral("answers for '%1': expected an object").arg(it.key()), fileName);
            auto a = readChange(it.key(), it.value().toObject(), fileName);
            if (!a)
                return std::unexpected(a.error());
            answers.changes.insert(it.key(), *a);
        }
    }
    return answers;
}

Result<Answers> AnswersJson::readFile(const QString& path)
{
    auto text = TextFile::read(path, QStringLiteral("an answers file"));
    if (!text)
        return std::unexpected(text.error());
    return read(text->toUtf8(), path);
}

QString AnswersJson::write(const Answers& answers)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("godwit.answers"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("batchSize"), answers.batchSize);
    root.insert(QStringLiteral("queries"), QJsonArray::fromStringList(answers.queries));
    QJsonObject changes;
    for (auto it = answers.changes.constBegin(); it != answers.changes.constEnd(); ++it) {
        const ChangeAnswers& a = *it;
        QJsonObject o;
        if (a.renameConfirmed)
            o.insert(QStringLiteral("renameConfirmed"), *a.renameConfirmed);
        if (a.skipDualWrite)
            o.insert(QStringLiteral("skipDualWrite"), *a.skipDualWrite);
        if (!a.skipDualWriteReason.isEmpty())
            o.insert(QStringLiteral("skipDualWriteReason"), a.skipDualWriteReason);
        if (a.backfillBatchSize)
            o.insert(QStringLiteral("backfillBatchSize"), *a.backfillBatchSize);
        if (a.indexTiming != IndexTiming::Auto)
            o.insert(QStringLiteral("indexTiming"), indexTimingName(a.indexTiming));
        if (!a.up.isEmpty())
            o.insert(QStringLiteral("up"), a.up);
        if (!a.down.isEmpty())
            o.insert(QStringLiteral("down"), a.down);
        if (!a.fill.isEmpty())
            o.insert(QStringLiteral("fill"), a.fill);
        if (a.compatibilityView)
            o.insert(QStringLiteral("compatibilityView"), *a.compatibilityView);
        changes.insert(it.key(), o);
    }
    root.insert(QStringLiteral("changes"), changes);
    if (!answers.indexes.isEmpty()) {
        QJsonArray indexes;
        for (const RequestedIndex& index : answers.indexes) {
            QJsonObject o;
            o.insert(QStringLiteral("sql"), index.sql);
            o.insert(QStringLiteral("queries"), QJsonArray::fromStringList(index.queries));
            o.insert(QStringLiteral("reason"), index.reason);
            indexes.append(o);
        }
        root.insert(QStringLiteral("indexes"), indexes);
    }
    return JsonText::write(root, kKeyOrder);
}

} // namespace godwit::plan
