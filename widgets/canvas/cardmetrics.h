// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/diagramcontent.h"
#include "layout/layoutgraph.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>

namespace godwit::widgets {

// Small badges after a column's type.
enum class RowBadge { NotNull, Unique, Indexed };

// Where the parts of a card go, horizontally, in card coordinates.
struct CardColumns {
    qreal width = 0;
    qreal nameX = 0;
    qreal typeRight = 0;
    qreal badgesX = 0; // left edge of the first badge slot
    QList<RowBadge> badges; // the slots this card uses, in order
    qreal markX = 0; // centre of the change glyph column; 0 when the card has no marked rows

    bool operator==(const CardColumns&) const = default;
};

// Fonts and measurements of a table card. The layout is given these sizes, and TableItem
// paints with the same numbers, so what Graphviz placed is exactly what is drawn.
class CardMetrics final {
    Q_DECLARE_TR_FUNCTIONS(godwit::widgets::CardMetrics)
public:
    // The family of `base` at Godwit's diagram sizes (pixel sizes, so the scene is the same on every screen).
    explicit CardMetrics(const QFont& base = QFont());

    static constexpr int Padding = 10;
    static constexpr int Gutter = 20; // the key / link glyph column
    static constexpr int MarkColumn = 16;
    static constexpr int MinWidth = 160;
    static constexpr int MaxWidth = 460;

    [[nodiscard]] const QFont& titleFont() const { return m_title; }
    [[nodiscard]] const QFont& metaFont() const { return m_meta; }
    [[nodiscard]] const QFont& nameFont() const { return m_name; }
    [[nodiscard]] const QFont& keyNameFont() const { return m_keyName; }
    [[nodiscard]] const QFont& typeFont() const { return m_type; }
    [[nodiscard]] const QFont& badgeFont() const { return m_badge; }
    [[nodiscard]] int headerHeight() const { return m_headerHeight; }
    [[nodiscard]] int rowHeight() const { return m_rowHeight; }
    [[nodiscard]] int bottom() const { return 6; }
    [[nodiscard]] qreal badgeWidth() const { return m_badgeWidth; }

    [[nodiscard]] layout::NodeShape shape(const layout::Card& card) const;
    // How wide a row's type is drawn in typeFont() (cached, like the names shape() measures).
    [[nodiscard]] qreal typeWidth(const QString& type) const { return advance(m_typeFm, m_typeWidths, type); }
    // The columns for a card drawn `width` wide (at least as wide as shape() asked for).
    [[nodiscard]] CardColumns columns(const layout::Card& card, qreal width) const;

    // What the header and rows say, shared by measuring and painting.
    [[nodiscard]] static QString title(const layout::Card& card);
    [[nodiscard]] static QString meta(const layout::Card& card);
    [[nodiscard]] static QString rowLabel(const layout::CardRow& row);
    [[nodiscard]] static QString badgeText(RowBadge badge);
    [[nodiscard]] static bool hasBadge(const layout::CardRow& row, RowBadge badge);
    // Whether a row gets its own change glyph and bar (not when the whole card is added or removed).
    [[nodiscard]] static bool showsRowMark(const layout::Card& card, const layout::CardRow& row);

private:
    [[nodiscard]] qreal headerWidth(const layout::Card& card) const;
    // horizontalAdvance through a cache: a schema repeats its column names and types thousands of
    // times (id, name, INTEGER), and shaping each one again kept the GUI thread for seconds when a
    // 5,000-table diagram was measured.
    [[nodiscard]] static qreal advance(const QFontMetricsF& fm, QHash<QString, qreal>& cache, const QString& text);

    QFont m_title;
    QFont m_meta;
    QFont m_name;
    QFont m_keyName;
    QFont m_type;
    QFont m_badge;
    QFontMetricsF m_titleFm;
    QFontMetricsF m_metaFm;
    QFontMetricsF m_nameFm;
    QFontMetricsF m_keyNameFm;
    QFontMetricsF m_typeFm;
    mutable QHash<QString, qreal> m_nameWidths;
    mutable QHash<QString, qreal> m_keyNameWidths;
    mutable QHash<QString, qreal> m_typeWidths;
    int m_headerHeight = 30;
    int m_rowHeight = 22;
    qreal m_badgeWidth = 20;
};

} // namespace godwit::widgets
