// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/schema/schematreemodel.h"

#include "schema/identifier.h"
#include "widgets/common/icons.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace godwit::widgets {

using schema::Column;
using schema::Index;
using schema::IndexOrigin;
using schema::Table;

namespace {

    QString partsText(const QList<schema::IndexPart>& parts)
    {
        QStringList out;
        for (const schema::IndexPart& part : parts) {
            QString text = part.isExpression() ? part.expression : part.column;
            if (part.descending)
                text += QStringLiteral(" DESC");
            out.append(text);
        }
        return QStringLiteral("(%1)").arg(out.join(QStringLiteral(", ")));
    }

    QStringList partColumns(const Index& index)
    {
        QStringList out;
        for (const schema::IndexPart& part : index.parts)
            out.append(part.isExpression() ? part.expression : part.column);
        return out;
    }

    bool sameColumns(const QStringList& a, const QStringList& b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!schema::sameIdentifier(a[i], b[i]))
                return false;
        }
        return true;
    }

    QString columnDetail(const Table& table, const Column& column)
    {
        QStringList parts;
        parts.append(column.declaredType.isEmpty() ? QStringLiteral("—") : column.declaredType);
        if (column.isPrimaryKey())
            parts.append(QStringLiteral("PK"));
        if (column.notNull && !column.isPrimaryKey())
            parts.append(QStringLiteral("NN"));
        if (table.isForeignKeyColumn(column.name))
            parts.append(QStringLiteral("FK"));
        if (column.isGenerated())
            parts.append(QStringLiteral("GEN"));
        return parts.join(QStringLiteral(" · "));
    }

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    m_nodes.append(Node {});
}

SchemaTreeModel::~SchemaTreeModel() = default;

void SchemaTreeModel::setSchema(const schema::Schema& schema)
{
    beginResetModel();
    m_schema = schema;
    build();
    endResetModel();
}

void SchemaTreeModel::clear()
{
    beginResetModel();
    m_schema = {};
    m_nodes = { Node {} };
    endResetModel();
}

bool SchemaTreeModel::isGroup(Kind kind)
{
    switch (kind) {
    case Kind::TablesGroup:
    case Kind::ViewsGroup:
    case Kind::ColumnsGroup:
    case Kind::KeysGroup:
    case Kind::IndexesGroup:
    case Kind::ForeignKeysGroup:
    case Kind::TriggersGroup:
        return true;
    default:
        return false;
    }
}

int SchemaTreeModel::addNode(int parent, Kind kind, int owner, int item, QString name, QString detail)
{
    Node n;
    n.kind = kind;
    n.parent = parent;
    n.row = static_cast<int>(m_nodes[parent].children.size());
    n.owner = owner;
    n.item = item;
    n.name = std::move(name);
    n.detail = std::move(detail);
    const int id = static_cast<int>(m_nodes.size());
    m_nodes.append(std::move(n));
    m_nodes[parent].children.append(id);
    return id;
}

void SchemaTreeModel::build()
{
    m_nodes = { Node {} };
    const int tables = addNode(0, Kind::TablesGroup, -1, -1, {}, QString::number(m_schema.tables.size()));
    for (int i = 0; i < m_schema.tables.size(); ++i)
        addTable(tables, i);
    if (!m_schema.views.isEmpty()) {
        const int views = addNode(0, Kind::ViewsGroup, -1, -1, {}, QString::number(m_schema.views.size()));
        for (int i = 0; i < m_schema.views.size(); ++i)
            addView(views, i);
    }
}

void SchemaTreeModel::addTable(int parent, int ti)
{
    const Table& t = m_schema.tables[ti];
    QString detail;
    if (t.rowCount) {
        detail = tr("%1%2 rows")
                     .arg(t.rowCount->exact ? QString() : QStringLiteral("≈ "), QLocale().toString(t.rowCount->value));
    }
    const int table = addNode(parent, Kind::Table, ti, -1, t.name, detail);

    const int columns = addNode(table, Kind::ColumnsGroup, ti, -1, {}, QString::number(t.columns.size()));
    for (int i = 0; i < t.columns.size(); ++i)
        addNode(columns, Kind::Column, ti, i, t.columns[i].name, columnDetail(t, t.columns[i]));

    // Keys: the primary key, UNIQUE constraints, and UNIQUE indexes SQLite implied from
    // column constraints that the reader did not list as table constraints.
    struct Key {
        Kind kind;
        int item;
        QString name;
        QStringList columns;
    };
    QList<Key> keys;
    if (const QStringList pk = t.primaryKey(); !pk.isEmpty())
        keys.append({ Kind::PrimaryKey, -1, {}, pk });
    for (int i = 0; i < t.uniques.size(); ++i)
        keys.append({ Kind::UniqueKey, i, t.uniques[i].name, t.uniques[i].columns });
    for (const Index& index : t.indexes) {
        if (index.origin != IndexOrigin::Unique)
            continue;
        const QStringList cols = partColumns(index);
        const bool listed = std::ranges::any_of(t.uniques, [&](const auto& u) { return sameColumns(u.columns, cols); });
        if (!listed)
            keys.append({ Kind::UniqueKey, -1, index.name, cols });
    }
    if (!keys.isEmpty()) {
        const int group = addNode(table, Kind::KeysGroup, ti, -1, {}, QString::number(keys.size()));
        for (const Key& key : keys)
            addNode(group, key.kind, ti, key.item, key.name,
                QStringLiteral("(%1)").arg(key.columns.join(QStringLiteral(", "))));
    }

    QList<int> explicitIndexes;
    for (int i = 0; i < t.indexes.size(); ++i) {
        if (t.indexes[i].origin == IndexOrigin::CreateIndex)
            explicitIndexes.append(i);
    }
    if (!explicitIndexes.isEmpty()) {
        const int group = addNode(table, Kind::IndexesGroup, ti, -1, {}, QString::number(explicitIndexes.size()));
        for (int i : explicitIndexes) {
            const Index& index = t.indexes[i];
            QString detail = partsText(index.parts);
            if (index.unique)
                detail = QStringLiteral("UNIQUE ") + detail;
            if (index.isPartial())
                detail += QStringLiteral(" WHERE …");
            addNode(group, Kind::Index, ti, i, index.name, detail);
        }
    }

    if (!t.foreignKeys.isEmpty()) {
        const int group = addNode(table, Kind::ForeignKeysGroup, ti, -1, {}, QString::number(t.foreignKeys.size()));
        for (int i = 0; i < t.foreignKeys.size(); ++i) {
            const schema::ForeignKey& fk = t.foreignKeys[i];
            QStringList parentCols;
            for (const QString& c : fk.parentColumns)
                parentCols.append(c.isEmpty() ? QStringLiteral("PK") : c);
            addNode(group, Kind::ForeignKey, ti, i, fk.columns.join(QStringLiteral(", ")),
                QStringLiteral("→ %1 (%2)").arg(fk.parentTable, parentCols.join(QStringLiteral(", "))));
        }
    }

    QList<int> triggers;
    for (int i = 0; i < m_schema.triggers.size(); ++i) {
        if (schema::sameIdentifier(m_schema.triggers[i].table, t.name))
            triggers.append(i);
    }
    if (!triggers.isEmpty()) {
        const int group = addNode(table, Kind::TriggersGroup, ti, -1, {}, QString::number(triggers.size()));
        for (int i : triggers) {
            const schema::Trigger& tr = m_schema.triggers[i];
            addNode(group, Kind::Trigger, ti, i, tr.name,
                QStringLiteral("%1 %2").arg(schema::triggerTimingSql(tr.timing), schema::triggerEventSql(tr.event)));
        }
    }
}

void SchemaTreeModel::addView(int parent, int vi)
{
    const schema::View& v = m_schema.views[vi];
    const int view = addNode(parent, Kind::View, vi, -1, v.name,
        (int(v.columns.size()) == 1 ? tr("%n column", nullptr, int(v.columns.size()))
                                    : tr("%n columns", nullptr, int(v.columns.size()))));
    for (int i = 0; i < v.columns.size(); ++i)
        addNode(view, Kind::ViewColumn, vi, i, v.columns[i]);
    // INSTEAD OF triggers make a view writable; they belong with it.
    for (int i = 0; i < m_schema.triggers.size(); ++i) {
        const schema::Trigger& tr = m_schema.triggers[i];
        if (schema::sameIdentifier(tr.table, v.name)) {
            addNode(view, Kind::Trigger, vi, i, tr.name,
                QStringLiteral("%1 %2").arg(schema::triggerTimingSql(tr.timing), schema::triggerEventSql(tr.event)));
        }
    }
}

const SchemaTreeModel::Node* SchemaTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid())
        return &m_nodes[0];
    const auto id = static_cast<qsizetype>(index.internalId());
    return id > 0 && id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

QModelIndex SchemaTreeModel::indexOfNode(int id) const
{
    if (id <= 0 || id >= m_nodes.size())
        return {};
    return createIndex(m_nodes[id].row, NameColumn, quintptr(id));
}

QString SchemaTreeModel::ownerName(const Node& n) const
{
    if (n.owner < 0)
        return {};
    // View nodes and their children index into views; everything else into tables.
    int id = static_cast<int>(&n - m_nodes.constData());
    while (id > 0 && m_nodes[id].kind != Kind::Table && m_nodes[id].kind != Kind::View)
        id = m_nodes[id].parent;
    if (id > 0 && m_nodes[id].kind == Kind::View)
        return m_schema.views.value(n.owner).name;
    return m_schema.tables.value(n.owner).name;
}

SchemaTreeModel::ObjectRef SchemaTreeModel::objectRef(const QModelIndex& index) const
{
    const Node* n = index.isValid() ? node(index) : nullptr;
    if (!n)
        return {};
    ObjectRef ref;
    ref.kind = n->kind;
    ref.table = ownerName(*n);
    ref.item = n->item;
    switch (n->kind) {
    case Kind::TablesGroup:
    case Kind::ViewsGroup:
        break;
    case Kind::Table:
    case Kind::View:
    case Kind::ColumnsGroup:
    case Kind::KeysGroup:
    case Kind::IndexesGroup:
    case Kind::ForeignKeysGroup:
    case Kind::TriggersGroup:
        ref.name = ref.table;
        break;
    default:
        ref.name = n->name;
        break;
    }
    return ref;
}

QModelIndex SchemaTreeModel::indexOfTable(QStringView name) const
{
    for (int id = 1; id < m_nodes.size(); ++id) {
        const Node& n = m_nodes[id];
        if ((n.kind == Kind::Table || n.kind == Kind::View) && schema::sameIdentifier(n.name, name))
            return indexOfNode(id);
    }
    return {};
}

QModelIndex SchemaTreeModel::indexOfObject(const ObjectRef& ref) const
{
    for (int id = 1; id < m_nodes.size(); ++id) {
        if (m_nodes[id].kind == ref.kind && objectRef(indexOfNode(id)) == ref)
            return indexOfNode(id);
    }
    return {};
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != NameColumn))
        return {};
    const Node* p = node(parent);
    if (!p || row >= p->children.size())
        return {};
    return createIndex(row, column, quintptr(p->children[row]));
}

QModelIndex SchemaTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = child.isValid() ? node(child) : nullptr;
    if (!n || n->parent <= 0)
        return {};
    return indexOfNode(n->parent);
}

int SchemaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    const Node* n = node(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int SchemaTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

QIcon SchemaTreeModel::icon(const Node& n) const
{
    switch (n.kind) {
    case Kind::TablesGroup:
    case Kind::ViewsGroup:
    case Kind::ColumnsGroup:
    case Kind::KeysGroup:
    case Kind::IndexesGroup:
    case Kind::ForeignKeysGroup:
    case Kind::TriggersGroup:
        return Icons::icon(QStringLiteral("folder"));
    case Kind::Table:
        return Icons::icon(QStringLiteral("table"));
    case Kind::View:
        return Icons::icon(QStringLiteral("view"));
    case Kind::Column: {
        const Column& c = m_schema.tables[n.owner].columns[n.item];
        if (c.isPrimaryKey())
            return Icons::icon(QStringLiteral("column-pk"));
        if (m_schema.tables[n.owner].isForeignKeyColumn(c.name))
            return Icons::icon(QStringLiteral("column-fk"));
        return Icons::icon(QStringLiteral("column"));
    }
    case Kind::ViewColumn:
        return Icons::icon(QStringLiteral("column"));
    case Kind::PrimaryKey:
        return Icons::icon(QStringLiteral("key"));
    case Kind::UniqueKey:
        return Icons::icon(QStringLiteral("unique"));
    case Kind::Index:
        return Icons::icon(QStringLiteral("index"));
    case Kind::ForeignKey:
        return Icons::icon(QStringLiteral("foreign-key"));
    case Kind::Trigger:
        return Icons::icon(QStringLiteral("trigger"));
    }
    return {};
}

QString SchemaTreeModel::toolTip(const Node& n) const
{
    switch (n.kind) {
    case Kind::Table:
        return tr("Table %1").arg(n.name);
    case Kind::View:
        return tr("View %1").arg(n.name);
    case Kind::Column:
        return tr("Column %1: %2").arg(n.name, n.detail);
    case Kind::Index:
        return tr("Index %1 %2").arg(n.name, n.detail);
    case Kind::ForeignKey:
        return tr("Foreign key %1 %2").arg(n.name, n.detail);
    case Kind::Trigger:
        return tr("Trigger %1 (%2)").arg(n.name, n.detail);
    default:
        return {};
    }
}

QVariant SchemaTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* n = index.isValid() ? node(index) : nullptr;
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DetailColumn)
            return n->detail;
        switch (n->kind) {
        case Kind::TablesGroup:
            return tr("Tables");
        case Kind::ViewsGroup:
            return tr("Views");
        case Kind::ColumnsGroup:
            return tr("Columns");
        case Kind::KeysGroup:
            return tr("Keys");
        case Kind::IndexesGroup:
            return tr("Indexes");
        case Kind::ForeignKeysGroup:
            return tr("Foreign keys");
        case Kind::TriggersGroup:
            return tr("Triggers");
        case Kind::PrimaryKey:
            return tr("Primary key");
        case Kind::UniqueKey:
            return n->item < 0 || n->name.isEmpty() ? tr("Unique") : n->name;
        default:
            return n->name;
        }
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return icon(*n);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DetailColumn)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        return toolTip(*n);
    case KindRole:
        return QVariant::fromValue(n->kind);
    case ObjectNameRole:
        return isGroup(n->kind) ? QString() : n->name;
    case TableNameRole:
        return ownerName(*n);
    case ItemIndexRole:
        return n->item;
    case FilterRole:
        return isGroup(n->kind) ? QString() : n->name;
    default:
        return {};
    }
}

} // namespace godwit::widgets
