// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QStringList>

namespace godwit::widgets {

// The box behind the cards of one PostgreSQL schema (namespace): a rounded, lightly tinted
// rectangle with the schema's name in its top band, under the cards and lines. Drawn only when a
// diagram has more than one schema (DiagramLayout::groups). It refers to its cards by key.
class SchemaGroupItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    SchemaGroupItem(const QString& name, const QStringList& cardKeys);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] const QStringList& cardKeys() const { return m_cardKeys; }
    // The box in scene coordinates.
    void setRect(const QRectF& sceneRect);
    [[nodiscard]] QRectF rect() const { return mapRectToScene(boundingRect()); }

private:
    QString m_name;
    QStringList m_cardKeys;
    QSizeF m_size;
};

} // namespace godwit::widgets
