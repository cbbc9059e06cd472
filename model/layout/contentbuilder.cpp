// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentbuilder.h"

#include "diff/changeset.h"
#include "schema/identifier.h"
#include "schema/schema.h"
#include "schema/schemawritersupport.h"

#include <algorithm>

#include <QHash>

namespace godwit::layout {

using diff::Change;
using diff::ChangeType;
using diff::ObjectKind;
using schema::Cardinality;
using schema::Column;
using schema::SchemaWriterSupport;
using schema::Table;

Mark markOf(ChangeType type)
{
    switch (type) {
    case ChangeType::Added:
        return Mark::Added;
    case ChangeType::Removed:
        return Mark::Removed;
    case ChangeType::Renamed:
        return Mark::Renamed;
    case ChangeType::Modified:
        return Mark::Changed;
    }
    return Mark::None;
}

namespace {

    CardRow columnRow(const Table& table, const Column& column, const QSet<QString>& indexed)
    {
        CardRow row;
        row.name = column.name;
        row.type = column.declaredType;
        row.primaryKey = column.isPrimaryKey();
        row.foreignKey = table.isForeignKeyColumn(column.name);
        row.notNull = column.notNull;
        const QStringList pk = table.primaryKey();
        const bool solePrimaryKey = pk.size() == 1 && schema::sameIdentifier(pk.front(), column.name);
        row.unique = !solePrimaryKey && table.isUniqueColumn(column.name);
        row.indexed = indexed.contains(schema::identifierKey(column.name));
        return row;
    }

    // Leading columns of explicit indexes: what a reviewer asks "is this looked up by?" about.
    QSet<QString> indexedColumns(const Table& table)
    {
        QSet<QString> out;
        for (const schema::Index& index : table.indexes) {
            if (index.origin == schema::IndexOrigin::CreateIndex && !index.parts.isEmpty()
                && !index.parts.front().isExpression())
                out.insert(schema::identifierKey(index.parts.front().column));
        }
        return out;
    }

    Card tableCard(const Table& table)
    {
        Card card;
        card.key = table.name;
        card.name = table.name;
        card.group = table.schemaName;
        if (table.rowCount) {
            card.rowCount = table.rowCount->value;
            card.rowCountExact = table.rowCount->exact;
        }
        card.indexCount
            = int(std::ranges::count(table.indexes, schema::IndexOrigin::CreateIndex, &schema::Index::origin));
        const QSet<QString> indexed = indexedColumns(table);
        for (const Column& column : table.columns)
            card.rows.append(columnRow(table, column, indexed));
        return card;
    }

    Card viewCard(const schema::View& view)
    {
        Card card;
        card.key = view.name;
        card.name = view.name;
        card.group = view.schemaName;
        card.isView = true;
        for (const QString& column : view.columns) {
            CardRow row;
            row.name = column;
            card.rows.append(row);
        }
        return card;
    }

    // Links of one schema; `keyOf` maps a table name to its card key (renames in a comparison).
    template <typename KeyOf>
    QList<Link> foreignKeyLinks(const schema::Schema& schema, const DiagramContent& content, KeyOf keyOf)
    {
        QHash<QString, qsizetype> cardIndex;
        for (qsizetype i = 0; i < content.cards.size(); ++i)
            cardIndex.insert(schema::identifierKey(content.cards[i].key), i);
        QList<Link> links;
        for (const Table& child : schema.tables) {
            const qsizetype childCard = cardIndex.value(schema::identifierKey(keyOf(child.name)), -1);
            if (childCard < 0)
                continue;
            for (const schema::ForeignKey& fk : child.foreignKeys) {
                const Table* parent = schema.table(fk.parentTable);
                const qsizetype parentCard
                    = parent ? cardIndex.value(schema::identifierKey(keyOf(parent->name)), -1) : -1;
                if (parentCard < 0 || fk.columns.isEmpty())
                    continue; // a foreign key to a missing table has nothing to point at
                Link link;
                link.child = content.cards[childCard].key;
                link.parent = content.cards[parentCard].key;
                link.childColumns = fk.columns;
                link.parentColumns = SchemaWriterSupport::parentColumns(schema, fk);
                link.childRow = int(content.cards[childCard].rowIndex(fk.columns.front()));
                if (!link.parentColumns.isEmpty())
                    link.parentRow = int(content.cards[parentCard].rowIndex(link.parentColumns.front()));
                const auto shape = SchemaWriterSupport::relationship(child, fk);
                link.parentEnd = shape.parentRequired ? Cardinality::ExactlyOne : Cardinality::ZeroOrOne;
                link.childEnd = shape.childUnique ? Cardinality::ZeroOrOne : Cardinality::ZeroOrMore;
                link.identifying = shape.identifying;
                links.append(link);
            }
        }
        for (const schema::Relationship& r : schema.relationships) {
            const qsizetype left = cardIndex.value(schema::identifierKey(keyOf(r.leftTable)), -1);
            const qsizetype right = cardIndex.value(schema::identifierKey(keyOf(r.rightTable)), -1);
            if (left < 0 || right < 0)
                continue;
            Link link;
            link.parent = content.cards[left].key;
            link.child = content.cards[right].key;
            link.parentEnd = r.leftCardinality;
            link.childEnd = r.rightCardinality;
            link.identifying = r.identifying;
            links.append(link);
        }
        return links;
    }

    // Pairs of (before index, after index), -1 where a name exists on one side only. The
    // after order leads; a removed name follows the row of its nearest kept predecessor.
    QList<std::pair<int, int>> alignNames(const QStringList& before, const QStringList& after,
        const QHash<QString, QString>& renames /* lower before -> after */)
    {
        QHash<QString, int> afterIndex;
        for (int i = 0; i < after.size(); ++i)
            afterIndex.insert(schema::identifierKey(after[i]), i);
        QList<int> beforeOf(after.size(), -1);
        QList<int> removed;
        for (int i = 0; i < before.size(); ++i) {
            const QString target = renames.value(schema::identifierKey(before[i]), before[i]);
            const int a = afterIndex.value(schema::identifierKey(target), -1);
            if (a >= 0 && beforeOf[a] < 0)
                beforeOf[a] = i;
            else
                removed.append(i);
        }
        QList<std::pair<int, int>> rows;
        for (int a = 0; a < after.size(); ++a)
            rows.append({ beforeOf[a], a });
        for (int r : removed) {
            // After the row holding the closest earlier before-column (and the removed rows already there).
            qsizetype at = 0;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (rows[i].first >= 0 && rows[i].first < r)
                    at = i + 1;
            }
            while (at < rows.size() && rows[at].second < 0)
                ++at;
            rows.insert(at, { r, -1 });
        }
        return rows;
    }

    struct Lookup {
        const diff::ChangeSet& set;
        QHash<QString, const Change*> byId;
        QHash<QString, QString> tableRenames; // lower before name -> after name
        QHash<QString, QString> afterToBefore; // lower after name -> before name

        explicit Lookup(const diff::ChangeSet& changes)
            : set(changes)
        {
            for (const Change& c : set.changes) {
                byId.insert(c.id(), &c);
                if (c.object == ObjectKind::Table && c.type == ChangeType::Renamed) {
                    tableRenames.insert(schema::identifierKey(c.oldName), c.name);
                    afterToBefore.insert(schema::identifierKey(c.name), c.oldName);
                }
            }
        }
        [[nodiscard]] const Change* find(ObjectKind kind, const QString& table, const QString& name) const
        {
            Change probe;
            probe.object = kind;
            probe.table = table;
            probe.name = name;
            return byId.value(probe.id());
        }
        [[nodiscard]] QString keyOfBefore(const QString& beforeName) const
        {
            return tableRenames.value(schema::identifierKey(beforeName), beforeName);
        }
    };

    void applyTableMark(Card& card, const Lookup& lookup, const QString& tableName)
    {
        if (const Change* c = lookup.find(ObjectKind::Table, tableName, tableName)) {
            card.mark = markOf(c->type);
            card.changeId = c->id();
            if (c->type == ChangeType::Renamed)
                card.oldName = c->oldName;
            return;
        }
        const QList<const Change*> changes = lookup.set.forTable(tableName);
        if (!changes.isEmpty()) {
            card.mark = Mark::Changed;
            card.changeId = changes.front()->id();
        }
    }

    Card pairedTableCard(const Table* before, const Table* after, Side side, const Lookup& lookup)
    {
        const Table& shown = side == Side::Before ? (before ? *before : *after) : (after ? *after : *before);
        Card card = tableCard(shown);
        card.key = after ? after->name : before->name;
        card.present = side == Side::Before ? before != nullptr : after != nullptr;
        if (!card.present) {
            card.rowCount.reset();
            card.indexCount = 0;
        }
        applyTableMark(card, lookup, card.key);
        if (side == Side::Before)
            card.oldName.clear();
        if (!before || !after) {
            for (CardRow& row : card.rows) {
                row.present = card.present;
                row.mark = card.mark;
            }
            return card;
        }

        QHash<QString, QString> columnRenames;
        for (const Change* c : lookup.set.forTable(after->name)) {
            if (c->object == ObjectKind::Column && c->type == ChangeType::Renamed)
                columnRenames.insert(schema::identifierKey(c->oldName), c->name);
        }
        QStringList beforeNames, afterNames;
        for (const Column& c : before->columns)
            beforeNames.append(c.name);
        for (const Column& c : after->columns)
            afterNames.append(c.name);
        const QSet<QString> beforeIndexed = indexedColumns(*before);
        const QSet<QString> afterIndexed = indexedColumns(*after);
        card.rows.clear();
        for (const auto& [b, a] : alignNames(beforeNames, afterNames, columnRenames)) {
            const bool here = side == Side::Before ? b >= 0 : a >= 0;
            CardRow row = here ? (side == Side::Before ? columnRow(*before, before->columns[b], beforeIndexed)
                                                       : columnRow(*after, after->columns[a], afterIndexed))
                               : CardRow {};
            row.present = here;
            const QString afterName = a >= 0 ? after->columns[a].name : QString();
            if (b < 0) {
                row.mark = Mark::Added;
                if (const Change* c = lookup.find(ObjectKind::Column, after->name, afterName))
                    row.changeId = c->id();
            } else if (a < 0) {
                row.mark = Mark::Removed;
                if (const Change* c = lookup.find(ObjectKind::Column, after->name, before->columns[b].name))
                    row.changeId = c->id();
            } else if (const Change* c = lookup.find(ObjectKind::Column, after->name, afterName)) {
                row.mark = markOf(c->type);
                row.changeId = c->id();
                if (c->type == ChangeType::Renamed && side == Side::After)
                    row.oldName = c->oldName;
            }
            card.rows.append(row);
        }
        return card;
    }

    Card pairedViewCard(const schema::View* before, const schema::View* after, Side side, const Lookup& lookup)
    {
        const schema::View& shown = side == Side::Before ? (before ? *before : *after) : (after ? *after : *before);
        Card card = viewCard(shown);
        card.present = side == Side::Before ? before != nullptr : after != nullptr;
        if (const Change* c = lookup.find(ObjectKind::View, {}, shown.name)) {
            card.mark = markOf(c->type);
            card.changeId = c->id();
        }
        if (!before || !after) {
            for (CardRow& row : card.rows) {
                row.present = card.present;
                row.mark = card.mark;
            }
            return card;
        }
        card.rows.clear();
        for (const auto& [b, a] : alignNames(before->columns, after->columns, {})) {
            CardRow row;
            row.present = side == Side::Before ? b >= 0 : a >= 0;
            if (row.present)
                row.name = side == Side::Before ? before->columns[b] : after->columns[a];
            row.mark = b < 0 ? Mark::Added : a < 0 ? Mark::Removed : Mark::None;
            card.rows.append(row);
        }
        return card;
    }

    void sortCards(QList<Card>& cards)
    {
        std::ranges::stable_sort(cards, [](const Card& x, const Card& y) {
            if (x.isView != y.isView)
                return y.isView;
            return schema::compareIdentifiers(x.key, y.key) < 0;
        });
    }

} // namespace

DiagramContent ContentBuilder::fromSchema(const schema::Schema& schema)
{
    DiagramContent content;
    content.cards.reserve(schema.tables.size() + schema.views.size());
    for (const Table& table : schema.tables)
        content.cards.append(tableCard(table));
    for (const schema::View& view : schema.views)
        content.cards.append(viewCard(view));
    content.links = foreignKeyLinks(schema, content, [](const QString& name) { return name; });
    return content;
}

DiagramContent ContentBuilder::fromChangeSet(const diff::ChangeSet& changes, Side side)
{
    const Lookup lookup(changes);
    DiagramContent content;
    for (const Table& after : changes.after.tables) {
        const Table* before
            = changes.before.table(lookup.afterToBefore.value(schema::identifierKey(after.name), after.name));
        content.cards.append(pairedTableCard(before, &after, side, lookup));
    }
    for (const Table& before : changes.before.tables) {
        if (!changes.after.table(lookup.keyOfBefore(before.name)))
            content.cards.append(pairedTableCard(&before, nullptr, side, lookup));
    }
    for (const schema::View& after : changes.after.views)
        content.cards.append(pairedViewCard(changes.before.view(after.name), &after, side, lookup));
    for (const schema::View& before : changes.before.views) {
        if (!changes.after.view(before.name))
            content.cards.append(pairedViewCard(&before, nullptr, side, lookup));
    }
    sortCards(content.cards);

    const schema::Schema& schema = side == Side::Before ? changes.before : changes.after;
    if (side == Side::Before)
        content.links = foreignKeyLinks(schema, content, [&](const QString& name) { return lookup.keyOfBefore(name); });
    else
        content.links = foreignKeyLinks(schema, content, [](const QString& name) { return name; });
    for (Link& link : content.links) {
        // The diff names a foreign key by its child's after-name and the columns as that side writes them.
        const schema::Table* child = schema.table(side == Side::Before
                ? lookup.afterToBefore.value(schema::identifierKey(link.child), link.child)
                : link.child);
        if (!child)
            continue;
        for (const schema::ForeignKey& fk : child->foreignKeys) {
            if (fk.columns != link.childColumns)
                continue;
            const QString name
                = QStringLiteral("(%1) -> %2").arg(fk.columns.join(QStringLiteral(", ")), fk.parentTable);
            if (const Change* c = lookup.find(ObjectKind::ForeignKey, link.child, name)) {
                link.mark = markOf(c->type);
                link.changeId = c->id();
            }
            break;
        }
    }
    // A line to or from a table that is added or removed as a whole goes with it.
    for (Link& link : content.links) {
        if (link.mark != Mark::None)
            continue;
        for (const QString& key : { link.child, link.parent }) {
            const Card* card = content.card(key);
            if (card && (card->mark == Mark::Added || card->mark == Mark::Removed)) {
                link.mark = card->mark;
                link.changeId = card->changeId;
                break;
            }
        }
    }
    return content;
}

DiagramContent ContentBuilder::filtered(const DiagramContent& content, const QSet<QString>& keys)
{
    DiagramContent out;
    for (const Card& card : content.cards) {
        if (keys.contains(card.key))
            out.cards.append(card);
    }
    for (const Link& link : content.links) {
        if (keys.contains(link.parent) && keys.contains(link.child))
            out.links.append(link);
    }
    return out;
}

QSet<QString> ContentBuilder::changedWithNeighbours(const DiagramContent& before, const DiagramContent& after)
{
    QSet<QString> changed;
    for (const DiagramContent* side : { &before, &after }) {
        for (const Card& card : side->cards) {
            const bool rowChanged
                = std::ranges::any_of(card.rows, [](const CardRow& r) { return r.mark != Mark::None; });
            if (card.mark != Mark::None || rowChanged)
                changed.insert(card.key);
        }
        for (const Link& link : side->links) {
            if (link.mark != Mark::None) {
                changed.insert(link.parent);
                changed.insert(link.child);
            }
        }
    }
    QSet<QString> out = changed;
    for (const DiagramContent* side : { &before, &after }) {
        for (const Link& link : side->links) {
            if (changed.contains(link.parent))
                out.insert(link.child);
            if (changed.contains(link.child))
                out.insert(link.parent);
        }
    }
    return out;
}

} // namespace godwit::layout
