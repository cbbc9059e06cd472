// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintciwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace godwit::lint {

namespace {

    QJsonObject text(const QString& s) { return QJsonObject { { QStringLiteral("text"), s } }; }

    QJsonObject result(const LintFinding& f, int ruleIndex, bool suppressed)
    {
        QJsonObject o;
        o.insert(QStringLiteral("ruleId"), f.code);
        if (ruleIndex >= 0)
            o.insert(QStringLiteral("ruleIndex"), ruleIndex);
        o.insert(QStringLiteral("level"), LintCiWriter::sarifLevel(f.severity));
        QString message = f.message;
        if (f.count >= 0)
            message += QStringLiteral(" (%1 rows)").arg(f.count);
        o.insert(QStringLiteral("message"), text(message));
        QJsonObject physical;
        physical.insert(QStringLiteral("artifactLocation"),
            QJsonObject { { QStringLiteral("uri"), QString::fromLatin1(QUrl::toPercentEncoding(f.file, "/")) } });
        if (f.line > 0) {
            QJsonObject region { { QStringLiteral("startLine"), f.line } };
            if (f.column > 0)
                region.insert(QStringLiteral("startColumn"), f.column);
            physical.insert(QStringLiteral("region"), region);
        }
        o.insert(QStringLiteral("locations"),
            QJsonArray { QJsonObject { { QStringLiteral("physicalLocation"), physical } } });
        if (!f.changeId.isEmpty())
            o.insert(QStringLiteral("properties"), QJsonObject { { QStringLiteral("change"), f.changeId } });
        if (suppressed)
            o.insert(QStringLiteral("suppressions"),
                QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("inSource") } } });
        return o;
    }

    // Workflow commands end a value at a newline, and a property at ':' or ','.
    QString escapeData(QString s)
    {
        return s.replace(QLatin1Char('%'), QStringLiteral("%25"))
            .replace(QLatin1Char('\r'), QStringLiteral("%0D"))
            .replace(QLatin1Char('\n'), QStringLiteral("%0A"));
    }

    QString escapeProperty(const QString& s)
    {
        return escapeData(s)
            .replace(QLatin1Char(':'), QStringLiteral("%3A"))
            .replace(QLatin1Char(','), QStringLiteral("%2C"));
    }

} // namespace

QString LintCiWriter::sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

QString LintCiWriter::sarif(const LintReport& report, const QString& toolVersion)
{
    QJsonArray rules;
    const QList<LintRule>& catalogue = LintRule::all();
    for (const LintRule& r : catalogue) {
        QJsonObject rule;
        rule.insert(QStringLiteral("id"), r.code);
        rule.insert(QStringLiteral("name"), r.name);
        rule.insert(QStringLiteral("shortDescription"), text(r.summary));
        rule.insert(QStringLiteral("fullDescription"), text(r.why));
        rule.insert(QStringLiteral("help"),
            QJsonObject { { QStringLiteral("text"), QStringLiteral("%1 Fix: %2").arg(r.why, r.fix) },
                { QStringLiteral("markdown"), QStringLiteral("%1\n\n**Fix:** %2").arg(r.why, r.fix) } });
        rule.insert(QStringLiteral("defaultConfiguration"),
            QJsonObject { { QStringLiteral("level"), sarifLevel(r.severity) } });
        rule.insert(QStringLiteral("properties"), QJsonObject { { QStringLiteral("needsData"), r.needsData } });
        rules.append(rule);
    }
    auto indexOf = [&](const QString& code) {
        for (qsizetype i = 0; i < catalogue.size(); ++i) {
            if (catalogue[i].code == code)
                return int(i);
        }
        return -1;
    };
    QJsonArray results;
    for (const LintFinding& f : report.findings)
        results.append(result(f, indexOf(f.code), false));
    for (const LintFinding& f : report.suppressed)
        results.append(result(f, indexOf(f.code), true));
    QJsonArray artifacts;
    for (const QString& file : report.files)
        artifacts.append(QJsonObject { { QStringLiteral("location"),
            QJsonObject { { QStringLiteral("uri"), QString::fromLatin1(QUrl::toPercentEncoding(file, "/")) } } } });
    QJsonObject driver;
    driver.insert(QStringLiteral("name"), QStringLiteral("Godwit"));
    driver.insert(QStringLiteral("version"), toolVersion);
    driver.insert(QStringLiteral("rules"), rules);
    QJsonObject run;
    run.insert(QStringLiteral("tool"), QJsonObject { { QStringLiteral("driver"), driver } });
    run.insert(QStringLiteral("artifacts"), artifacts);
    run.insert(QStringLiteral("results"), results);
    QJsonObject root;
    root.insert(QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json"));
    root.insert(QStringLiteral("version"), QStringLiteral("2.1.0"));
    root.insert(QStringLiteral("runs"), QJsonArray { run });
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString LintCiWriter::github(const LintReport& report)
{
    QString out;
    for (const LintFinding& f : report.findings) {
        const QString command = f.severity == Severity::Error ? QStringLiteral("error")
            : f.severity == Severity::Warning                 ? QStringLiteral("warning")
                                                              : QStringLiteral("notice");
        const LintRule* rule = LintRule::find(f.code);
        QStringList properties { QStringLiteral("file=%1").arg(escapeProperty(f.file)) };
        if (f.line > 0)
            properties << QStringLiteral("line=%1").arg(f.line);
        if (f.column > 0)
            properties << QStringLiteral("col=%1").arg(f.column);
        properties << QStringLiteral("title=%1").arg(escapeProperty(f.code));
        QString message = f.message;
        if (rule)
            message += QStringLiteral("\nFix: %1").arg(rule->fix);
        out += QStringLiteral("::%1 %2::%3\n").arg(command, properties.join(QLatin1Char(',')), escapeData(message));
    }
    return out;
}

} // namespace godwit::lint
