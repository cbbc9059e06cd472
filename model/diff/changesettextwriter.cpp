// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesettextwriter.h"

#include <QFileInfo>

namespace godwit::diff {

namespace {

    struct Style {
        bool on = false;
        [[nodiscard]] QString wrap(const QString& text, const char* code) const
        {
            return on ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text) : text;
        }
    };

    QString symbol(ChangeType type)
    {
        switch (type) {
        case ChangeType::Added:
            return QStringLiteral("+");
        case ChangeType::Removed:
            return QStringLiteral("-");
        case ChangeType::Renamed:
            return QStringLiteral("→");
        case ChangeType::Modified:
            return QStringLiteral("~");
        }
        return {};
    }

    const char* colourOf(ChangeType type)
    {
        switch (type) {
        case ChangeType::Added:
            return "32"; // green
        case ChangeType::Removed:
            return "31"; // red
        case ChangeType::Renamed:
            return "34"; // blue
        case ChangeType::Modified:
            return "33"; // amber
        }
        return "0";
    }

    QString impactWords(Impact impact)
    {
        QString name = impactName(impact);
        return name.replace(QLatin1Char('-'), QLatin1Char(' '));
    }

    QString orNone(const QString& text) { return text.isEmpty() ? QStringLiteral("—") : text; }

} // namespace

QString ChangeSetTextWriter::headline(const ChangeSet& set)
{
    if (set.isEmpty())
        return QStringLiteral("No differences.");
    int counts[4] = {};
    int rebuilds = 0;
    for (const Change& c : set.changes) {
        ++counts[static_cast<int>(c.classification.impact)];
        rebuilds += c.classification.capability == Capability::Rebuild ? 1 : 0;
    }
    QStringList parts;
    for (Impact impact : { Impact::Additive, Impact::BreaksReaders, Impact::BreaksWriters, Impact::Destructive }) {
        if (const int n = counts[static_cast<int>(impact)])
            parts << QStringLiteral("%1 %2").arg(n).arg(impactWords(impact));
    }
    QString line
        = QStringLiteral("%1 change%2 (%3)")
              .arg(set.changes.size())
              .arg(set.changes.size() == 1 ? QString() : QStringLiteral("s"), parts.join(QStringLiteral(", ")));
    if (rebuilds > 0)
        line += QStringLiteral("; %1 need%2 a table rebuild")
                    .arg(rebuilds)
                    .arg(rebuilds == 1 ? QStringLiteral("s") : QString());
    if (const auto n = set.proposals().size())
        line += QStringLiteral("; %1 rename%2 to confirm").arg(n).arg(n == 1 ? QString() : QStringLiteral("s"));
    return line + QLatin1Char('.');
}

QString ChangeSetTextWriter::write(const ChangeSet& set, bool colour)
{
    const Style style { colour };
    QString out;
    const QString before
        = set.before.source.isEmpty() ? QStringLiteral("before") : QFileInfo(set.before.source).fileName();
    const QString after = set.after.source.isEmpty() ? QStringLiteral("after") : QFileInfo(set.after.source).fileName();
    out += style.wrap(QStringLiteral("%1 → %2").arg(before, after), "1") + QLatin1Char('\n');
    out += headline(set) + QLatin1Char('\n');

    QString group;
    bool first = true;
    for (const Change& c : set.changes) {
        const QString heading = c.object == ObjectKind::View ? QStringLiteral("views")
            : c.object == ObjectKind::Type                   ? QStringLiteral("types")
                                                             : c.table;
        if (first || heading != group) {
            out += QLatin1Char('\n') + style.wrap(heading, "1") + QLatin1Char('\n');
            group = heading;
            first = false;
        }
        QString title = QStringLiteral("%1 %2 ").arg(symbol(c.type), objectKindName(c.object));
        title += c.type == ChangeType::Renamed ? QStringLiteral("%1 → %2").arg(c.oldName, c.name) : c.name;
        if (c.isProposal)
            title += QStringLiteral("  (rename proposed, %1% sure)").arg(qRound(c.confidence * 100));
        out += QStringLiteral("  ") + style.wrap(title, colourOf(c.type)) + QLatin1Char('\n');
        for (const AttributeChange& a : c.attributes) {
            if (a.attribute == Attribute::Definition)
                continue; // the whole definition is in the SQL, not a one-liner
            out += QStringLiteral("      %1: %2 → %3\n")
                       .arg(attributeName(a.attribute), orNone(a.before), orNone(a.after));
        }
        const Classification& k = c.classification;
        const char* riskColour = k.risk == Risk::High ? "31" : k.risk == Risk::Medium ? "33" : "32";
        const bool postgres = !k.manual.isEmpty(); // PostgresClassifier always names the manual's page
        const QString how = postgres
            ? QStringLiteral("%1 · %2").arg(
                k.lock.isEmpty() ? QStringLiteral("no lock on existing tables") : k.lock + QStringLiteral(" lock"),
                k.rewrite    ? QStringLiteral("table rewrite")
                    : k.scan ? QStringLiteral("full scan")
                             : QStringLiteral("catalog only"))
            : k.capability == Capability::InPlace ? QStringLiteral("in place")
                                                  : QStringLiteral("table rebuild");
        out += QStringLiteral("      %1 · %2 · %3\n")
                   .arg(impactWords(k.impact), how, style.wrap(QStringLiteral("risk ") + riskName(k.risk), riskColour));
        out += QStringLiteral("      why: ") + k.reason + QLatin1Char('\n');
        if (postgres)
            out += QStringLiteral("      PostgreSQL: %1 (%2)\n").arg(k.sqliteRule, k.manual);
        else if (!k.sqliteRule.isEmpty())
            out += QStringLiteral("      SQLite: ") + k.sqliteRule + QLatin1Char('\n');
        for (const Dependent& d : c.dependents) {
            out += QStringLiteral("      used by %1 %2%3 (%4)\n")
                       .arg(objectKindName(d.kind),
                           d.table.isEmpty() || d.kind == ObjectKind::Trigger ? QString() : d.table + QLatin1Char('.'),
                           d.name, d.detail);
        }
        for (const QString& f : k.riskFactors) {
            if (!f.startsWith(QLatin1String("used by ")))
                out += QStringLiteral("      risk: ") + f + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace godwit::diff
