// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreviewwriter.h"

#include "reviewsections.h"

#include <QRegularExpression>

namespace godwit::report {

namespace {

    const char* const Css = R"(
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --good: #1a7f37; --bad: #cf222e; --warn: #9a6700; }
body { font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
       max-width: 1100px; margin: 24px auto; padding: 0 20px; }
h1 { font-size: 26px; margin: 0 0 12px; }
h2 { font-size: 21px; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-top: 36px; }
h3 { font-size: 17px; margin: 22px 0 6px; }
h4 { font-size: 15px; margin: 16px 0 4px; }
.id { color: var(--muted); font-weight: normal; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
table.grid { border-collapse: collapse; width: 100%; margin: 8px 0 12px; }
table.grid th, table.grid td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
table.grid th { background: #f6f8fa; }
table.summary td:last-child, table.phases td:not(:first-child) { font-variant-numeric: tabular-nums; }
table.signoff td { height: 34px; }
table.notes { border-collapse: collapse; width: 100%; }
table.notes td { border-bottom: 1px solid var(--line); height: 30px; }
pre { background: #f6f8fa; border: 1px solid var(--line); padding: 8px; white-space: pre-wrap; word-break: break-word;
      font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
p.good { color: var(--good); font-weight: 600; }
p.bad { color: var(--bad); font-weight: 600; }
p.warn { color: var(--warn); }
p.note { color: var(--muted); font-style: italic; }
figure { margin: 10px 0 18px; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: 12px; }
nav ol { columns: 2; }
@page { margin: 14mm 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  nav, section { break-before: page; page-break-before: always; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  figure, tr { break-inside: avoid; page-break-inside: avoid; }
  table.grid { font-size: 9pt; }
  pre { font-size: 8.5pt; }
}
)";

    QString esc(const QString& s) { return s.toHtmlEscaped(); }

} // namespace

QString HtmlReviewWriter::inlineSvg(const QByteArray& svg)
{
    static const QRegularExpression prolog(QStringLiteral(R"(<\?xml[^>]*\?>)"));
    static const QRegularExpression doctype(QStringLiteral(R"(<!DOCTYPE[^>]*>)"));
    static const QRegularExpression comment(
        QStringLiteral(R"(<!--.*?-->)"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression xmlns(QStringLiteral(R"(\s+xmlns(:\w+)?\s*=\s*"[^"]*")"));
    QString text = QString::fromUtf8(svg);
    text.remove(prolog).remove(doctype).remove(comment).remove(xmlns);
    return text.trimmed();
}

QString HtmlReviewWriter::write(const ReviewReport& report)
{
    const QList<ReviewSection> sections = ReviewSections::build(report);
    const QString title = ReviewSections::title(report);
    QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<meta name=\"generator\" content=\"Godwit %1\">\n<title>%2</title>\n<style>%3</style>\n"
                         "</head>\n<body>\n<header>\n<h1>%2</h1>\n")
              .arg(esc(report.header.godwitVersion), esc(title), QString::fromUtf8(Css));
    html += ReviewSections::headerHtml(report) + QStringLiteral("</header>\n");
    html += QStringLiteral("<nav>\n<h2>Contents</h2>\n<ol>\n");
    for (const ReviewSection& s : sections)
        html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(s.anchor, esc(s.title));
    html += QStringLiteral("</ol>\n</nav>\n");
    for (const ReviewSection& s : sections) {
        html += QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n").arg(s.anchor, esc(s.title));
        for (const ReviewBlock& b : s.blocks) {
            if (b.isPicture())
                html += QStringLiteral(
                    "<figure role=\"img\" aria-label=\"%1\">\n%2\n<figcaption>%1</figcaption>\n</figure>\n")
                            .arg(esc(b.caption), inlineSvg(b.svg));
            else
                html += b.html;
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("<footer><p class=\"note\">Written by Godwit %1 on %2.</p></footer>\n</body>\n</html>\n")
                .arg(esc(report.header.godwitVersion), esc(report.header.generated.toString(Qt::ISODate)));
    return html;
}

} // namespace godwit::report
