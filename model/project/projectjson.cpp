// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectjson.h"

#include "core/jsontext.h"
#include "core/textfile.h"
#include "plan/answersjson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace godwit::project {

namespace {

    const QStringList kRootKeys = { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("before"),
        QStringLiteral("after"), QStringLiteral("renames"), QStringLiteral("answers"), QStringLiteral("queries"),
        QStringLiteral("rehearsal"), QStringLiteral("lastRehearsal"), QStringLiteral("cards") };
    const QStringList kAfterKeys = { QStringLiteral("kind"), QStringLiteral("path") };
    const QStringList kRenameKeys
        = { QStringLiteral("policy"), QStringLiteral("accepted"), QStringLiteral("rejected") };
    const QStringList kRehearsalKeys = { QStringLiteral("pace"), QStringLiteral("rate"), QStringLiteral("batch"),
        QStringLiteral("delay"), QStringLiteral("budget"), QStringLiteral("faults") };
    const QStringList kCardKeys = { QStringLiteral("before"), QStringLiteral("after") };
    const QStringList kPolicies = { QStringLiteral("propose"), QStringLiteral("accept"), QStringLiteral("reject") };

    // Reads one file's text; every error carries the line and column of the key it is about
    // (the first place the key appears after its parent's), or 1:1 for the document itself.
    class Reader {
    public:
        Reader(const QByteArray& json, const QString& projectPath)
            : m_text(QString::fromUtf8(json))
            , m_path(projectPath)
            , m_dir(QFileInfo(projectPath).absoluteDir())
        {
        }

        Result<Project> read();

    private:
        std::unexpected<Error> error(const QString& message, const QString& key = {}, const QString& parent = {}) const
        {
            qsizetype offset = 0;
            if (!key.isEmpty()) {
                qsizetype from = 0;
                if (!parent.isEmpty())
                    from = std::max<qsizetype>(0, find(parent, 0));
                offset = std::max<qsizetype>(0, find(key, from));
            }
            const QStringView head = QStringView(m_text).left(offset);
            Error e;
            e.code = Error::Code::Parse;
            e.message = message;
            e.file = m_path;
            e.line = int(head.count(QLatin1Char('\n'))) + 1;
            e.column = int(offset - (head.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
            return std::unexpected(e);
        }

        qsizetype find(const QString& key, qsizetype from) const
        {
            const QRegularExpression re(QLatin1Char('"') + QRegularExpression::escape(key) + QStringLiteral("\"\\s*:"));
            const QRegularExpressionMatch m = re.match(m_text, from);
            return m.hasMatch() ? m.capturedStart() : -1;
        }

        std::optional<std::unexpected<Error>> unknownKeys(
            const QJsonObject& o, const QStringList& known, const QString& where) const
        {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!known.contains(it.key()))
                    return error(where.isEmpty() ? QStringLiteral("unknown key \"%1\"").arg(it.key())
                                                 : QStringLiteral("unknown key \"%1\" in \"%2\"").arg(it.key(), where),
                        it.key(), where);
            }
            return std::nullopt;
        }

        QString absolute(const QString& path) const
        {
            return path.isEmpty() ? QString() : QDir::cleanPath(m_dir.absoluteFilePath(path));
        }

        Result<void> readAfter(const QJsonValue& v, Project& p) const;
        Result<void> readRenames(const QJsonValue& v, Project& p) const;
        Result<void> readRehearsal(const QJsonValue& v, Project& p) const;
        Result<void> readCards(const QJsonValue& v, Project& p) const;

        QString m_text;
        QString m_path;
        QDir m_dir;
    };

    Result<Project> Reader::read()
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_text.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const QByteArray head = m_text.toUtf8().left(parseError.offset);
            Error e;
            e.code = Error::Code::Parse;
            e.message = parseError.errorString();
            e.file = m_path;
            e.line = int(head.count('\n')) + 1;
            e.column = int(QString::fromUtf8(head.mid(head.lastIndexOf('\n') + 1)).size()) + 1;
            return std::unexpected(e);
        }
        if (!doc.isObject())
            return error(QStringLiteral("expected a JSON object (a godwit.project file)"));
        const QJsonObject root = doc.object();
        if (root.value(QLatin1String("format")).toString() != QLatin1String("godwit.project"))
            return error(QStringLiteral("\"format\" must be \"godwit.project\""), QStringLiteral("format"));
        const QJsonValue version = root.value(QLatin1String("version"));
        if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
            return error(QStringLiteral("\"version\" must be a whole number"), QStringLiteral("version"));
        if (version.toInt() > ProjectJson::Version) {
            Error e = error(QStringLiteral("version %1 is newer than this Godwit reads (%2); update Godwit")
                                .arg(version.toInt())
                                .arg(ProjectJson::Version),
                QStringLiteral("version"))
                          .error();
            e.code = Error::Code::Unsupported;
            return std::unexpected(e);
        }
        if (auto bad = unknownKeys(root, kRootKeys, {}))
            return *bad;

        Project p;
        const QJsonValue before = root.value(QLatin1String("before"));
        if (!before.isString() || before.toString().isEmpty())
            return error(QStringLiteral("\"before\" must name the database (a path)"), QStringLiteral("before"));
        p.before = absolute(before.toString());
        if (auto r = readAfter(root.value(QLatin1String("after")), p); !r)
            return std::unexpected(r.error());
        if (auto r = readRenames(root.value(QLatin1String("renames")), p); !r)
            return std::unexpected(r.error());
        const QJsonValue answers = root.value(QLatin1String("answers"));
        if (!answers.isUndefined()) {
            if (!answers.isObject())
                return error(QStringLiteral("\"answers\" must be a godwit.answers object"), QStringLiteral("answers"));
            auto a = plan::AnswersJson::read(QJsonDocument(answers.toObject()).toJson(), m_path);
            if (!a)
                return error(a.error().message, QStringLiteral("answers"));
            p.answers = *a;
        }
        const QJsonValue queries = root.value(QLatin1String("queries"));
        if (!queries.isUndefined() && !queries.isNull()) {
            if (!queries.isString())
                return error(QStringLiteral("\"queries\" must be a path"), QStringLiteral("queries"));
            p.queries = absolute(queries.toString());
        }
        if (auto r = readRehearsal(root.value(QLatin1String("rehearsal")), p); !r)
            return std::unexpected(r.error());
        const QJsonValue last = root.value(QLatin1String("lastRehearsal"));
        if (!last.isUndefined() && !last.isNull()) {
            if (!last.isObject())
                return error(QStringLiteral("\"lastRehearsal\" must be a rehearsal record (an object)"),
                    QStringLiteral("lastRehearsal"));
            p.lastRehearsal = last.toObject();
        }
        if (auto r = readCards(root.value(QLatin1String("cards")), p); !r)
            return std::unexpected(r.error());
        return p;
    }

    Result<void> Reader::readAfter(const QJsonValue& v, Project& p) const
    {
        const QString key = QStringLiteral("after");
        if (!v.isObject())
            return error(QStringLiteral("\"after\" must be an object with \"kind\" and \"path\""), key);
        const QJsonObject o = v.toObject();
        if (auto bad = unknownKeys(o, kAfterKeys, key))
            return *bad;
        const auto kind = afterKindFromName(o.value(QLatin1String("kind")).toString());
        if (!kind)
            return error(QStringLiteral("\"after\": \"kind\" must be database, sql, mermaid or migrations"),
                QStringLiteral("kind"), key);
        const QJsonValue path = o.value(QLatin1String("path"));
        if (!path.isString() || path.toString().isEmpty())
            return error(QStringLiteral("\"after\": \"path\" must name the target"), QStringLiteral("path"), key);
        p.afterKind = *kind;
        p.after = absolute(path.toString());
        return {};
    }

    Result<void> Reader::readRenames(const QJsonValue& v, Project& p) const
    {
        const QString key = QStringLiteral("renames");
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            return error(QStringLiteral("\"renames\" must be an object"), key);
        const QJsonObject o = v.toObject();
        if (auto bad = unknownKeys(o, kRenameKeys, key))
            return *bad;
        const QJsonValue policy = o.value(QLatin1String("policy"));
        if (!policy.isUndefined()) {
            const qsizetype i = kPolicies.indexOf(policy.toString());
            if (i < 0)
                return error(QStringLiteral("\"renames\": \"policy\" must be propose, accept or reject"),
                    QStringLiteral("policy"), key);
            p.renames.policy = diff::RenamePolicy(i);
        }
        for (const QString& list : { QStringLiteral("accepted"), QStringLiteral("rejected") }) {
            const QJsonValue ids = o.value(list);
            if (ids.isUndefined())
                continue;
            QStringList out;
            for (const QJsonValue& id : ids.toArray()) {
                if (!id.isString())
                    return error(
                        QStringLiteral("\"renames\": \"%1\" must be an array of change ids").arg(list), list, key);
                out << id.toString();
            }
            if (!ids.isArray())
                return error(QStringLiteral("\"renames\": \"%1\" must be an array of change ids").arg(list), list, key);
            (list == QLatin1String("accepted") ? p.renames.accepted : p.renames.rejected) = out;
        }
        return {};
    }

    Result<void> Reader::readRehearsal(const QJsonValue& v, Project& p) const
    {
        const QString key = QStringLiteral("rehearsal");
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            return error(QStringLiteral("\"rehearsal\" must be an object"), key);
        const QJsonObject o = v.toObject();
        if (auto bad = unknownKeys(o, kRehearsalKeys, key))
            return *bad;
        RehearsalSettings& s = p.rehearsal;
        const QJsonValue pace = o.value(QLatin1String("pace"));
        if (!pace.isUndefined()) {
            const auto value = paceFromName(pace.toString());
            if (!value)
                return error(QStringLiteral("\"rehearsal\": \"pace\" must be classroom, realistic or fastest"),
                    QStringLiteral("pace"), key);
            s.pace = *value;
        }
        // Numbers: each must be one and at least its minimum; whole where the CLI takes whole numbers.
        auto number = [&](const char* name, double minimum, bool whole, double* out) -> Result<void> {
            const QJsonValue n = o.value(QLatin1String(name));
            if (n.isUndefined())
                return {};
            if (!n.isDouble() || n.toDouble() < minimum || (whole && n.toDouble() != double(qint64(n.toDouble()))))
                return error(QStringLiteral("\"rehearsal\": \"%1\" must be %2 number of at least %3")
                                 .arg(QLatin1String(name), whole ? QStringLiteral("a whole") : QStringLiteral("a"))
                                 .arg(minimum),
                    QLatin1String(name), key);
            *out = n.toDouble();
            return {};
        };
        double batch = s.batchSize;
        double delay = s.delayMs;
        for (auto r : { number("rate", 0, false, &s.rate), number("batch", 0, true, &batch),
                 number("delay", 0, true, &delay), number("budget", 0.1, false, &s.budgetMs) }) {
            if (!r)
                return r;
        }
        s.batchSize = int(batch);
        s.delayMs = int(delay);
        const QJsonValue faults = o.value(QLatin1String("faults"));
        if (!faults.isUndefined()) {
            if (!faults.isArray())
                return error(QStringLiteral("\"rehearsal\": \"faults\" must be an array of fault names"),
                    QStringLiteral("faults"), key);
            for (const QJsonValue& f : faults.toArray()) {
                const auto fault = rehearsal::faultFromName(f.toString());
                if (!fault)
                    return error(QStringLiteral("\"rehearsal\": unknown fault \"%1\" (expected one of %2)")
                                     .arg(f.toString(), rehearsal::faultNames().join(QStringLiteral(", "))),
                        QStringLiteral("faults"), key);
                s.faults << *fault;
            }
        }
        return {};
    }

    Result<void> Reader::readCards(const QJsonValue& v, Project& p) const
    {
        const QString key = QStringLiteral("cards");
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            return error(QStringLiteral("\"cards\" must be an object with \"before\" and \"after\""), key);
        const QJsonObject o = v.toObject();
        if (auto bad = unknownKeys(o, kCardKeys, key))
            return *bad;
        for (const QString& side : kCardKeys) {
            const QJsonValue positions = o.value(side);
            if (positions.isUndefined())
                continue;
            if (!positions.isObject())
                return error(QStringLiteral("\"cards\": \"%1\" must map table names to [x, y]").arg(side), side, key);
            QMap<QString, QPointF>& out = side == QLatin1String("before") ? p.cards.before : p.cards.after;
            const QJsonObject tables = positions.toObject();
            for (auto it = tables.begin(); it != tables.end(); ++it) {
                const QJsonArray xy = it.value().toArray();
                if (!it.value().isArray() || xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
                    return error(QStringLiteral("\"cards\": \"%1\" must be [x, y]").arg(it.key()), it.key(), key);
                out.insert(it.key(), QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
            }
        }
        return {};
    }

    QJsonObject cardsObject(const QMap<QString, QPointF>& cards)
    {
        QJsonObject o;
        for (auto it = cards.begin(); it != cards.end(); ++it)
            o.insert(it.key(), QJsonArray { it->x(), it->y() });
        return o;
    }

} // namespace

Result<Project> ProjectJson::read(const QByteArray& json, const QString& projectPath)
{
    return Reader(json, projectPath).read();
}

Result<Project> ProjectJson::readFile(const QString& projectPath)
{
    auto bytes = TextFile::readBytes(projectPath, QStringLiteral("a Godwit project"));
    if (!bytes)
        return std::unexpected(bytes.error());
    auto text = TextFile::decode(*bytes, projectPath);
    if (!text)
        return std::unexpected(text.error());
    return read(text->toUtf8(), projectPath);
}

QString ProjectJson::write(const Project& project, const QString& projectPath)
{
    const QDir dir = QFileInfo(projectPath).absoluteDir();
    // Forward slashes on every system, so the file is the same wherever it was saved.
    auto relative = [&](const QString& path) { return QDir::fromNativeSeparators(dir.relativeFilePath(path)); };
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("godwit.project"));
    root.insert(QStringLiteral("version"), Version);
    root.insert(QStringLiteral("before"), relative(project.before));
    root.insert(QStringLiteral("after"),
        QJsonObject { { QStringLiteral("kind"), afterKindName(project.afterKind) },
            { QStringLiteral("path"), relative(project.after) } });
    root.insert(QStringLiteral("renames"),
        QJsonObject { { QStringLiteral("policy"), kPolicies.at(int(project.renames.policy)) },
            { QStringLiteral("accepted"), QJsonArray::fromStringList(project.renames.accepted) },
            { QStringLiteral("rejected"), QJsonArray::fromStringList(project.renames.rejected) } });
    root.insert(QStringLiteral("answers"),
        QJsonDocument::fromJson(plan::AnswersJson::write(project.answers).toUtf8()).object());
    root.insert(QStringLiteral("queries"), project.queries.isEmpty() ? QJsonValue() : relative(project.queries));
    const RehearsalSettings& s = project.rehearsal;
    QJsonArray faults;
    for (rehearsal::Fault f : s.faults)
        faults.append(rehearsal::faultName(f));
    root.insert(QStringLiteral("rehearsal"),
        QJsonObject { { QStringLiteral("pace"), paceName(s.pace) }, { QStringLiteral("rate"), s.rate },
            { QStringLiteral("batch"), s.batchSize }, { QStringLiteral("delay"), s.delayMs },
            { QStringLiteral("budget"), s.budgetMs }, { QStringLiteral("faults"), faults } });
    root.insert(QStringLiteral("lastRehearsal"),
        project.lastRehearsal.isEmpty() ? QJsonValue() : QJsonValue(project.lastRehearsal));
    root.insert(QStringLiteral("cards"),
        QJsonObject { { QStringLiteral("before"), cardsObject(project.cards.before) },
            { QStringLiteral("after"), cardsObject(project.cards.after) } });
    // The answers keep their own file's order (format and version first, then the batch size and changes).
    return JsonText::write(root,
        kRootKeys + kAfterKeys + kRenameKeys + kRehearsalKeys
            + QStringList { QStringLiteral("batchSize"), QStringLiteral("changes"), QStringLiteral("indexes") });
}

Result<void> ProjectJson::save(const Project& project, const QString& projectPath)
{
    QSaveFile file(projectPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(project, projectPath).toUtf8()) < 0 || !file.commit())
        return fail(
            Error::Code::Io, QStringLiteral("cannot write the project: %1").arg(file.errorString()), projectPath);
    return {};
}

} // namespace godwit::project
