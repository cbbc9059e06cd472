// SPDX-License-Identifier: GPL-3.0-or-later
#include "renamedetector.h"

#include "schema/identifier.h"
#include "schema/sqltokenizer.h"

#include <algorithm>

#include <QSet>

namespace godwit::diff {

double RenameDetector::nameSimilarity(const QString& a, const QString& b)
{
    auto bigrams = [](const QString& s) {
        QList<QString> out;
        const QString l = s.toLower();
        for (qsizetype i = 0; i + 1 < l.size(); ++i)
            out << l.mid(i, 2);
        return out;
    };
    QList<QString> x = bigrams(a);
    const QList<QString> y = bigrams(b);
    if (x.isEmpty() || y.isEmpty())
        return schema::sameIdentifier(a, b) ? 1.0 : 0.0;
    int common = 0;
    for (const QString& g : y) {
        if (const qsizetype at = x.indexOf(g); at >= 0) {
            ++common;
            x.removeAt(at);
        }
    }
    return 2.0 * common / double(bigrams(a).size() + y.size());
}

double RenameDetector::columnScore(const schema::Column& removed, qsizetype removedPosition,
    const schema::Column& added, qsizetype addedPosition, bool onlyCandidates)
{
    // Different affinity means the data would be read differently: not the same column.
    if (removed.affinity != added.affinity || removed.isGenerated() != added.isGenerated())
        return 0;
    double score = 0.40;
    if (removed.declaredType.simplified().compare(added.declaredType.simplified(), Qt::CaseInsensitive) == 0)
        score += 0.15;
    if (removed.notNull == added.notNull)
        score += 0.10;
    if (removed.hasDefault == added.hasDefault
        && schema::SqlTokenizer::normalized(removed.defaultValue)
            == schema::SqlTokenizer::normalized(added.defaultValue))
        score += 0.05;
    if (removed.isPrimaryKey() == added.isPrimaryKey())
        score += 0.05;
    if (removedPosition == addedPosition)
        score += 0.10;
    score += 0.10 * nameSimilarity(removed.name, added.name);
    if (onlyCandidates)
        score += 0.05;
    return std::min(score, 1.0);
}

double RenameDetector::tableScore(const schema::Table& removed, const schema::Table& added)
{
    QSet<QString> before;
    QSet<QString> after;
    for (const auto& c : removed.columns)
        before.insert(schema::identifierKey(c.name) + QLatin1Char(':') + schema::affinityName(c.affinity));
    for (const auto& c : added.columns)
        after.insert(schema::identifierKey(c.name) + QLatin1Char(':') + schema::affinityName(c.affinity));
    const auto unionSize = (before | after).size();
    if (unionSize == 0)
        return 0;
    const double jaccard = double((before & after).size()) / double(unionSize);
    return std::min(1.0, 0.9 * jaccard + 0.1 * nameSimilarity(removed.name, added.name));
}

QList<RenameDetector::Pair> RenameDetector::match(const QList<QList<double>>& scores, double threshold)
{
    QList<Pair> candidates;
    for (qsizetype r = 0; r < scores.size(); ++r) {
        for (qsizetype a = 0; a < scores[r].size(); ++a) {
            if (scores[r][a] >= threshold)
                candidates.append({ r, a, scores[r][a] });
        }
    }
    std::ranges::stable_sort(candidates, std::greater<> {}, &Pair::confidence);
    QList<Pair> chosen;
    QSet<qsizetype> usedRemoved;
    QSet<qsizetype> usedAdded;
    for (const Pair& p : candidates) {
        if (usedRemoved.contains(p.removed) || usedAdded.contains(p.added))
            continue;
        usedRemoved.insert(p.removed);
        usedAdded.insert(p.added);
        chosen.append(p);
    }
    return chosen;
}

} // namespace godwit::diff
