// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcommand.h"

#include "parser.h"
#include "plan/answersjson.h"
#include "project/projectjson.h"
#include "queries/querylist.h"
#include "sqlite/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace godwit::cli {

namespace {

    QString orNone(const QStringList& list) { return list.isEmpty() ? QStringLiteral("none") : list.join(u", "); }

    void printProject(QTextStream& out, const QString& path, const project::Project& p)
    {
        using project::Pace;
        static const QStringList policies
            = { QStringLiteral("propose"), QStringLiteral("accept"), QStringLiteral("reject") };
        auto line = [&](const char* key, const QString& value) {
            out << QString::fromLatin1(key).leftJustified(16) << QDir::toNativeSeparators(value) << '\n';
        };
        line("project", QFileInfo(path).absoluteFilePath());
        line("before", p.before);
        line("after", QStringLiteral("%1 (%2)").arg(p.after, project::afterKindName(p.afterKind)));
        line("renames",
            QStringLiteral("%1; accepted: %2; rejected: %3")
                .arg(policies.at(int(p.renames.policy)), orNone(p.renames.accepted), orNone(p.renames.rejected)));
        QStringList answered = p.answers.changes.keys();
        answered.sort();
        line("answers",
            QStringLiteral("batch size %1; answered: %2; extra indexes: %3")
                .arg(p.answers.batchSize)
                .arg(orNone(answered))
                .arg(p.answers.indexes.size()));
        line("queries", p.queries.isEmpty() ? QStringLiteral("none") : p.queries);
        const project::RehearsalSettings& r = p.rehearsal;
        QStringList faults;
        for (rehearsal::Fault f : r.faults)
            faults << rehearsal::faultName(f);
        line("rehearsal",
            QStringLiteral("pace %1, rate %2/s, batch %3, delay %4 ms, budget %5 ms, faults: %6")
                .arg(project::paceName(r.pace))
                .arg(r.rate)
                .arg(r.batchSize > 0 ? QString::number(r.batchSize) : QStringLiteral("the plan's"))
                .arg(r.delayMs)
                .arg(r.budgetMs)
                .arg(orNone(faults)));
        line("last rehearsal",
            p.lastRehearsal.isEmpty() ? QStringLiteral("none")
                                      : QStringLiteral("verdict %1").arg(p.lastRehearsal.value(u"verdict").toString()));
        line(
            "cards", QStringLiteral("%1 placed before, %2 after").arg(p.cards.before.size()).arg(p.cards.after.size()));
        out.flush();
    }

} // namespace

QString ProjectCommand::summary() const
{
    return QStringLiteral("Write or show a Godwit project (database, target, answers, queries, rehearsal settings)");
}

int ProjectCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Parser parser(name(),
        QStringLiteral(
            "%1.\n\n"
            "  godwit project new P.godwit --db DB --to AFTER [--queries Q.sql] [--answers A.json]\n"
            "  godwit project show P.godwit [--format text|json]\n\n"
            "AFTER is a database, .sql script, Mermaid file or migrations folder. Paths are stored relative\n"
            "to the project file; the keys are described in docs/project.md.")
            .arg(summary()));
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("new: the database now (only ever read)."), QStringLiteral("DB"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("new: what it should become: a database, .sql, Mermaid file or migrations folder."),
        QStringLiteral("AFTER"));
    const QCommandLineOption queries(QStringLiteral("queries"),
        QStringLiteral("new: the application's query file (as for 'godwit queries')."), QStringLiteral("Q.sql"));
    const QCommandLineOption answers(QStringLiteral("answers"),
        QStringLiteral("new: a godwit.answers file, copied into the project."), QStringLiteral("A.json"));
    const QCommandLineOption renames(QStringLiteral("renames"),
        QStringLiteral("new: rename proposals: propose (default), accept or reject."), QStringLiteral("policy"),
        QStringLiteral("propose"));
    const QCommandLineOption pace(QStringLiteral("pace"),
        QStringLiteral("new: rehearsal pace: classroom, realistic (default) or fastest."), QStringLiteral("pace"),
        QStringLiteral("realistic"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("new: replace an existing project file."));
    const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") },
        QStringLiteral("show: text (default) or json (the document as Godwit saves it)."), QStringLiteral("format"),
        QStringLiteral("text"));
    parser.addOptions({ db, to, queries, answers, renames, pace, force, format });
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("new or show."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The project file, NAME.godwit."));
    if (auto done = parser.parse(arguments, out, err, 2, 2))
        return *done;
    const QString action = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);
    const QList<QCommandLineOption> newOptions = { db, to, queries, answers, renames, pace, force };

    if (action == QLatin1String("show")) {
        for (const QCommandLineOption& o : newOptions) {
            if (parser.isSet(o))
                return reportError(err, QStringLiteral("--%1 is for 'godwit project new'").arg(o.names().constLast()));
        }
        const QString fmt = parser.value(format);
        if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
            return reportError(err, QStringLiteral("unknown format '%1' (expected text or json)").arg(fmt));
        auto project = project::ProjectJson::readFile(path);
        if (!project)
            return reportError(err, project.error());
        if (fmt == QLatin1String("json")) {
            out << project::ProjectJson::write(*project, path);
            out.flush();
        } else {
            printProject(out, path, *project);
        }
        return ExitCode::Ok;
    }
    if (action != QLatin1String("new"))
        return reportError(err, QStringLiteral("unknown action '%1' (expected new or show)").arg(action));
    if (parser.isSet(format))
        return reportError(err, QStringLiteral("--format is for 'godwit project show'"));
    if (!parser.isSet(db) || !parser.isSet(to))
        return reportError(err, QStringLiteral("'godwit project new' needs --db DB and --to AFTER"));
    if (!path.endsWith(QLatin1String(".godwit")))
        return reportError(err, QStringLiteral("%1: a project file is named NAME.godwit").arg(path));
    if (QFileInfo::exists(path) && !parser.isSet(force))
        return reportError(err, QStringLiteral("%1: already exists (--force replaces it)").arg(path));

    project::Project p;
    p.before = QFileInfo(parser.value(db)).absoluteFilePath();
    // The database must be one: a project pointing at a script or a typo is caught now, not in CI.
    if (auto opened = sqlite::Database::openOriginal(p.before); !opened)
        return reportError(err, opened.error().inFile(parser.value(db)));
    p.after = QFileInfo(parser.value(to)).absoluteFilePath();
    if (!QFileInfo::exists(p.after)) {
        Error missing;
        missing.code = Error::Code::FileNotFound;
        missing.message = QStringLiteral("no such file or folder");
        missing.file = parser.value(to);
        return reportError(err, missing);
    }
    p.afterKind = project::afterKindOf(p.after);
    static const QStringList policies
        = { QStringLiteral("propose"), QStringLiteral("accept"), QStringLiteral("reject") };
    const qsizetype policy = policies.indexOf(parser.value(renames));
    if (policy < 0)
        return reportError(err,
            QStringLiteral("unknown --renames policy '%1' (expected propose, accept or reject)")
                .arg(parser.value(renames)));
    p.renames.policy = diff::RenamePolicy(policy);
    const auto paceValue = project::paceFromName(parser.value(pace));
    if (!paceValue)
        return reportError(err,
            QStringLiteral("unknown pace '%1' (expected classroom, realistic or fastest)").arg(parser.value(pace)));
    p.rehearsal.pace = *paceValue;
    if (parser.isSet(answers)) {
        auto read = plan::AnswersJson::readFile(parser.value(answers));
        if (!read)
            return reportError(err, read.error());
        p.answers = *read;
    }
    if (parser.isSet(queries)) {
        if (auto list = queries::QueryList::readFile(parser.value(queries)); !list)
            return reportError(err, list.error());
        p.queries = QFileInfo(parser.value(queries)).absoluteFilePath();
    }
    if (auto saved = project::ProjectJson::save(p, path); !saved)
        return reportError(err, saved.error());
    out << QStringLiteral("wrote %1\n").arg(path);
    out.flush();
    return ExitCode::Ok;
}

} // namespace godwit::cli
