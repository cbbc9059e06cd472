// SPDX-License-Identifier: GPL-3.0-or-later
#include "planparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace godwit::queries {

namespace {

    // "a=? AND b>? AND b<?", "rowid=?", "ANY(a) AND b=?" (SQLite's explainIndexRange wording).
    QList<KeyTerm> parseKeys(QStringView text)
    {
        static const QRegularExpression any(QStringLiteral(R"(^ANY\((.*)\)$)"));
        static const QRegularExpression term(QStringLiteral(R"(^(.*?)(=|>|<|>=|<=)\?$)"));
        QList<KeyTerm> keys;
        for (const QStringView part : text.split(u" AND ")) {
            if (const auto m = any.match(part.toString()); m.hasMatch())
                keys << KeyTerm { m.captured(1), QStringLiteral("ANY") };
            else if (const auto t = term.match(part.toString()); t.hasMatch())
                keys << KeyTerm { t.captured(1), t.captured(2) };
            else
                keys << KeyTerm { part.toString(), QString() };
        }
        return keys;
    }

    // The text after "SCAN " or "SEARCH ": "t", "t USING INDEX i (a=?)", "o USING AUTOMATIC COVERING INDEX (x=?)".
    void parseAccess(PlanStep* step, QString rest)
    {
        for (const QLatin1String suffix : { QLatin1String(" LEFT-JOIN"), QLatin1String(" RIGHT-JOIN") }) {
            if (rest.endsWith(suffix))
                rest.chop(suffix.size());
        }
        if (rest.endsWith(QLatin1Char(')'))) {
            const qsizetype open = rest.lastIndexOf(QLatin1String(" ("));
            if (open > 0) {
                step->keys = parseKeys(QStringView(rest).mid(open + 2, rest.size() - open - 3));
                rest.truncate(open);
            }
        }
        const qsizetype virtualAt = rest.indexOf(QLatin1String(" VIRTUAL TABLE INDEX "));
        if (virtualAt > 0) {
            step->table = rest.left(virtualAt);
            step->access = Access::VirtualTable;
            return;
        }
        const qsizetype usingAt = rest.indexOf(QLatin1String(" USING "));
        if (usingAt < 0) {
            step->table = rest;
            return;
        }
        step->table = rest.left(usingAt);
        const QString how = rest.mid(usingAt + 7);
        struct Prefix {
            QLatin1String text;
            Access access;
        };
        static const Prefix prefixes[] = {
            { QLatin1String("INTEGER PRIMARY KEY"), Access::IntegerPrimaryKey },
            { QLatin1String("PRIMARY KEY"), Access::PrimaryKey },
            { QLatin1String("AUTOMATIC PARTIAL COVERING INDEX"), Access::AutomaticCoveringIndex },
            { QLatin1String("AUTOMATIC COVERING INDEX"), Access::AutomaticCoveringIndex },
            { QLatin1String("AUTOMATIC PARTIAL INDEX"), Access::AutomaticIndex },
            { QLatin1String("AUTOMATIC INDEX"), Access::AutomaticIndex },
            { QLatin1String("COVERING INDEX "), Access::CoveringIndex },
            { QLatin1String("INDEX "), Access::Index },
        };
        for (const Prefix& p : prefixes) {
            if (how.startsWith(p.text)) {
                step->access = p.access;
                if (p.access == Access::Index || p.access == Access::CoveringIndex)
                    step->index = how.mid(p.text.size());
                return;
            }
        }
    }

} // namespace

PlanStep PlanParser::parseDetail(const QString& detail)
{
    PlanStep step;
    step.detail = detail;
    static const QRegularExpression subquery(QStringLiteral(R"(^(CORRELATED )?(SCALAR|LIST) SUBQUERY( \d+)?$)"));
    static const QRegularExpression orderPart(QStringLiteral(R"(^(RIGHT PART|LAST (\d+ )?TERMS?) OF ORDER BY$)"));
    if (detail.startsWith(QLatin1String("SEARCH "))) {
        step.kind = StepKind::Search;
        parseAccess(&step, detail.mid(7));
    } else if (detail.startsWith(QLatin1String("SCAN "))) {
        step.kind = StepKind::Scan;
        parseAccess(&step, detail.mid(5));
        // "SCAN CONSTANT ROW" and "SCAN n CONSTANT ROWS" read no table.
        if (step.table.contains(QLatin1String("CONSTANT ROW"))) {
            step.kind = StepKind::Other;
            step.table.clear();
        }
    } else if (detail.startsWith(QLatin1String("USE TEMP B-TREE FOR "))) {
        step.kind = StepKind::TempBTree;
        const QString what = detail.mid(20);
        if (what == QLatin1String("ORDER BY"))
            step.tempBTree = TempBTreeUse::OrderBy;
        else if (what == QLatin1String("GROUP BY"))
            step.tempBTree = TempBTreeUse::GroupBy;
        else if (what == QLatin1String("DISTINCT"))
            step.tempBTree = TempBTreeUse::Distinct;
        else if (orderPart.match(what).hasMatch())
            step.tempBTree = TempBTreeUse::PartOfOrderBy;
        else
            step.kind = StepKind::Other;
    } else if (const auto m = subquery.match(detail); m.hasMatch()) {
        step.kind = StepKind::Subquery;
        step.correlated = !m.captured(1).isEmpty();
    } else if (detail == QLatin1String("MULTI-INDEX OR")) {
        step.kind = StepKind::MultiIndexOr;
    } else if (detail == QLatin1String("COMPOUND QUERY")) {
        step.kind = StepKind::Compound;
    } else if (detail == QLatin1String("LEFT-MOST SUBQUERY") || detail.startsWith(QLatin1String("UNION "))
        || detail.startsWith(QLatin1String("EXCEPT ")) || detail.startsWith(QLatin1String("INTERSECT "))
        || detail.startsWith(QLatin1String("MERGE ("))) {
        step.kind = StepKind::CompoundPart;
    } else if (detail.startsWith(QLatin1String("CO-ROUTINE "))) {
        step.kind = StepKind::CoRoutine;
        step.table = detail.mid(11);
    } else if (detail.startsWith(QLatin1String("MATERIALIZE "))) {
        step.kind = StepKind::Materialize;
        step.table = detail.mid(12);
    } else if (detail.startsWith(QLatin1String("BLOOM FILTER ON "))) {
        step.kind = StepKind::BloomFilter;
        parseAccess(&step, detail.mid(16));
    }
    return step;
}

QueryPlan PlanParser::fromRows(const QList<Row>& rows)
{
    QueryPlan plan;
    QHash<int, int> depthOf; // id -> depth
    for (const Row& row : rows) {
        PlanStep step = parseDetail(row.detail);
        step.id = row.id;
        step.parent = row.parent;
        step.depth = row.parent == 0 ? 0 : depthOf.value(row.parent, -1) + 1;
        depthOf.insert(row.id, step.depth);
        plan.steps << step;
    }
    return plan;
}

QueryPlan PlanParser::fromShellText(const QString& text)
{
    QList<Row> rows;
    QList<int> idAtDepth; // the last id seen at each depth
    int nextId = 1;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed() == QLatin1String("QUERY PLAN"))
            continue;
        // Each level is three characters: "|  " or "   " before the "|--" / "`--" marker.
        qsizetype i = 0;
        int depth = 0;
        while (line.mid(i, 3) == QLatin1String("|  ") || line.mid(i, 3) == QLatin1String("   ")) {
            i += 3;
            ++depth;
        }
        if (line.mid(i, 3) == QLatin1String("|--") || line.mid(i, 3) == QLatin1String("`--"))
            i += 3;
        const int id = nextId++;
        idAtDepth.resize(depth + 1);
        idAtDepth[depth] = id;
        rows << Row { id, depth == 0 ? 0 : idAtDepth.value(depth - 1), line.mid(i) };
    }
    return fromRows(rows);
}

std::pair<MissingKind, QString> PlanParser::missingObject(const QString& message)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:no such (column|table|index|function|collation sequence|view)|(ambiguous) column name): (.+)$)"));
    // What INSERT says when its column list names a column the table lacks.
    static const QRegularExpression insertColumn(QStringLiteral(R"(^table .+ has no column named (.+)$)"));
    if (const auto c = insertColumn.match(message); c.hasMatch())
        return { MissingKind::Column, c.captured(1).trimmed() };
    const auto m = pattern.match(message);
    if (!m.hasMatch())
        return { MissingKind::Other, QString() };
    QString name = m.captured(3).trimmed();
    const QString what = m.captured(1);
    if (!m.captured(2).isEmpty())
        return { MissingKind::AmbiguousColumn, name };
    if (what == QLatin1String("table") || what == QLatin1String("view")) {
        if (name.startsWith(QLatin1String("main.")))
            name = name.mid(5);
        return { MissingKind::Table, name };
    }
    if (what == QLatin1String("column"))
        return { MissingKind::Column, name };
    if (what == QLatin1String("index"))
        return { MissingKind::Index, name };
    if (what == QLatin1String("function"))
        return { MissingKind::Function, name };
    return { MissingKind::Collation, name };
}

} // namespace godwit::queries
