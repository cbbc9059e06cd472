// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/cardmetrics.h"

#include <algorithm>
#include <cmath>

#include <QLocale>

namespace godwit::widgets {

using layout::Card;
using layout::CardRow;
using layout::Mark;

namespace {

    QFont sized(const QFont& base, int pixels, QFont::Weight weight = QFont::Normal)
    {
        QFont f(base.family());
        f.setPixelSize(pixels);
        f.setWeight(weight);
        // Unhinted advances scale linearly, so text measured here fits at every zoom and in exports.
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    // Room for the small differences between measured and painted text at other scales.
    constexpr qreal Slack = 4;

} // namespace

CardMetrics::CardMetrics(const QFont& base)
    : m_title(sized(base, 13, QFont::DemiBold))
    , m_meta(sized(base, 11))
    , m_name(sized(base, 12))
    , m_keyName(sized(base, 12, QFont::DemiBold))
    , m_type(sized(base, 11))
    , m_badge(sized(base, 9, QFont::Bold))
    , m_titleFm(m_title)
    , m_metaFm(m_meta)
    , m_nameFm(m_name)
    , m_keyNameFm(m_keyName)
    , m_typeFm(m_type)
{
    m_headerHeight = int(std::ceil(m_titleFm.height())) + 14;
    m_rowHeight = int(std::ceil(std::max(m_nameFm.height(), m_typeFm.height()))) + 8;
    const QFontMetricsF badgeFm(m_badge);
    m_badgeWidth = std::ceil(std::max({ badgeFm.horizontalAdvance(badgeText(RowBadge::NotNull)),
                                 badgeFm.horizontalAdvance(badgeText(RowBadge::Unique)),
                                 badgeFm.horizontalAdvance(badgeText(RowBadge::Indexed)) })
        + 8);
}

QString CardMetrics::title(const Card& card)
{
    if (!card.oldName.isEmpty())
        return card.oldName + QStringLiteral(" → ") + card.name;
    return card.name;
}

QString CardMetrics::meta(const Card& card)
{
    if (card.isView)
        return tr("view");
    if (!card.rowCount)
        return {};
    if (*card.rowCount == 0)
        return tr("empty");
    const QString n = QLocale().toString(*card.rowCount);
    if (*card.rowCount == 1)
        return card.rowCountExact ? tr("1 row") : tr("≈ 1 row");
    return card.rowCountExact ? tr("%1 rows").arg(n) : tr("≈ %1 rows").arg(n);
}

QString CardMetrics::rowLabel(const CardRow& row)
{
    if (!row.oldName.isEmpty())
        return row.oldName + QStringLiteral(" → ") + row.name;
    return row.name;
}

QString CardMetrics::badgeText(RowBadge badge)
{
    switch (badge) {
    case RowBadge::NotNull:
        return QStringLiteral("NN");
    case RowBadge::Unique:
        return QStringLiteral("UQ");
    case RowBadge::Indexed:
        return QStringLiteral("IX");
    }
    return {};
}

bool CardMetrics::hasBadge(const CardRow& row, RowBadge badge)
{
    switch (badge) {
    case RowBadge::NotNull:
        return row.notNull && !row.primaryKey; // a key is never null: no need to say so
    case RowBadge::Unique:
        return row.unique;
    case RowBadge::Indexed:
        return row.indexed;
    }
    return false;
}

bool CardMetrics::showsRowMark(const Card& card, const CardRow& row)
{
    // A card added or removed as a whole says so once, in its header and border.
    const bool wholeCard = card.mark == Mark::Added || card.mark == Mark::Removed;
    return row.mark != Mark::None && !(wholeCard && row.mark == card.mark);
}

qreal CardMetrics::advance(const QFontMetricsF& fm, QHash<QString, qreal>& cache, const QString& text)
{
    auto it = cache.constFind(text);
    if (it == cache.constEnd())
        it = cache.insert(text, fm.horizontalAdvance(text));
    return *it;
}

qreal CardMetrics::headerWidth(const Card& card) const
{
    qreal width = Padding + 22 + m_titleFm.horizontalAdvance(title(card)) + Padding;
    if (const QString m = meta(card); !m.isEmpty())
        width += 14 + m_metaFm.horizontalAdvance(m);
    if (card.mark != Mark::None)
        width += 22;
    return width;
}

CardColumns CardMetrics::columns(const Card& card, qreal width) const
{
    CardColumns c;
    c.width = width;
    c.nameX = Padding + Gutter;
    for (RowBadge badge : { RowBadge::NotNull, RowBadge::Unique, RowBadge::Indexed }) {
        if (std::ranges::any_of(card.rows, [&](const CardRow& r) { return r.present && hasBadge(r, badge); }))
            c.badges.append(badge);
    }
    const bool marks = std::ranges::any_of(card.rows, [&](const CardRow& r) { return showsRowMark(card, r); });
    qreal right = width - Padding;
    if (marks) {
        c.markX = right - MarkColumn / 2.0;
        right -= MarkColumn + 2;
    }
    c.badgesX = right - c.badges.size() * (m_badgeWidth + 3) + 3;
    c.typeRight = c.badges.isEmpty() ? right : c.badgesX - 8;
    return c;
}

layout::NodeShape CardMetrics::shape(const Card& card) const
{
    qreal names = 0;
    qreal types = 0;
    for (const CardRow& row : card.rows) {
        names = std::max(names,
            row.primaryKey ? advance(m_keyNameFm, m_keyNameWidths, rowLabel(row))
                           : advance(m_nameFm, m_nameWidths, rowLabel(row)));
        types = std::max(types, typeWidth(row.type));
    }
    const CardColumns c = columns(card, 0);
    // columns(card, 0) measures the right-hand parts as negative offsets from the right edge.
    const qreal rightParts = -c.typeRight;
    qreal rows = Padding + Gutter + names + Slack + (types > 0 ? 18 + types : 0) + rightParts;
    const qreal width = std::clamp(std::max(rows, headerWidth(card) + Slack), qreal(MinWidth), qreal(MaxWidth));
    return layout::NodeShape { int(std::ceil(width)), m_headerHeight, m_rowHeight, int(card.rows.size()), bottom() };
}

} // namespace godwit::widgets
