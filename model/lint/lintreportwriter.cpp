// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintreportwriter.h"

#include "core/jsontext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace godwit::lint {

QString LintReportWriter::text(const LintReport& report, bool explain)
{
    QString out;
    for (const LintFinding& f : report.findings) {
        out += f.toString() + QLatin1Char('\n');
        if (f.count >= 0) {
            for (const QString& s : f.samples)
                out += QStringLiteral("    sample: %1\n").arg(s);
            if (!f.rowsSql.isEmpty())
                out += QStringLiteral("    rows: %1\n").arg(f.rowsSql);
        }
        const LintRule* rule = LintRule::find(f.code);
        if (explain && rule) {
            out += QStringLiteral("    why: %1\n").arg(rule->why);
            out += QStringLiteral("    fix: %1\n").arg(rule->fix);
        }
    }
    int errors = 0;
    for (const LintFinding& f : report.findings)
        errors += f.severity == Severity::Error ? 1 : 0;
    out += QStringLiteral("%1 file(s), %2 finding(s) (%3 error(s))")
               .arg(report.files.size())
               .arg(report.findings.size())
               .arg(errors);
    if (!report.suppressed.isEmpty())
        out += QStringLiteral(", %1 suppressed").arg(report.suppressed.size());
    return out + QStringLiteral(".\n");
}

QString LintReportWriter::json(const LintReport& report)
{
    auto findings = [](const QList<LintFinding>& list) {
        QJsonArray array;
        for (const LintFinding& f : list) {
            QJsonObject o;
            const LintRule* rule = LintRule::find(f.code);
            o.insert(QStringLiteral("code"), f.code);
            o.insert(QStringLiteral("name"), rule ? rule->name : QString());
            o.insert(QStringLiteral("severity"), severityName(f.severity));
            o.insert(QStringLiteral("message"), f.message);
            o.insert(QStringLiteral("file"), f.file);
            o.insert(QStringLiteral("line"), f.line);
            o.insert(QStringLiteral("column"), f.column);
            o.insert(
                QStringLiteral("change"), f.changeId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.changeId));
            o.insert(QStringLiteral("count"),
                f.count < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(static_cast<double>(f.count)));
            o.insert(QStringLiteral("samples"), QJsonArray::fromStringList(f.samples));
            o.insert(
                QStringLiteral("rowsSql"), f.rowsSql.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.rowsSql));
            o.insert(QStringLiteral("why"), rule ? rule->why : QString());
            o.insert(QStringLiteral("fix"), rule ? rule->fix : QString());
            array.append(o);
        }
        return array;
    };
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("godwit.lint"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("files"), QJsonArray::fromStringList(report.files));
    root.insert(QStringLiteral("findings"), findings(report.findings));
    root.insert(QStringLiteral("suppressed"), findings(report.suppressed));
    return JsonText::write(root,
        { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("files"), QStringLiteral("findings"),
            QStringLiteral("suppressed"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("severity"),
            QStringLiteral("message"), QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
            QStringLiteral("change"), QStringLiteral("count"), QStringLiteral("samples"), QStringLiteral("rowsSql"),
            QStringLiteral("why"), QStringLiteral("fix") });
}

} // namespace godwit::lint
