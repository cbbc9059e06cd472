// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schema.h"

#include <QAbstractItemModel>
#include <QList>

namespace godwit::widgets {

// The schema as a tree: Tables → table → Columns / Keys / Indexes / Foreign keys /
// Triggers, and Views → view → columns. Empty groups under a table are left out so the
// tree stays short; Columns is always there.
class SchemaTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaTreeModel)
public:
    enum Columns { NameColumn, DetailColumn, ColumnCount };
    enum Roles {
        KindRole = Qt::UserRole + 1, // Kind
        ObjectNameRole, // the object's own name (column, index, ...); empty for groups
        TableNameRole, // the table or view the node belongs to
        ItemIndexRole, // position in the owning list of the model value, -1 when none
        FilterRole, // text the browser's filter matches: names only, never group labels
    };

    enum class Kind {
        TablesGroup,
        ViewsGroup,
        Table,
        View,
        ColumnsGroup,
        KeysGroup,
        IndexesGroup,
        ForeignKeysGroup,
        TriggersGroup,
        Column,
        PrimaryKey,
        UniqueKey, // item = index into Table::uniques, or -1 for a UNIQUE index SQLite implied
        Index,
        ForeignKey,
        Trigger, // item = index into Schema::triggers
        ViewColumn,
    };
    Q_ENUM(Kind)

    // What a node stands for, by name, so it survives a reload of the same schema.
    struct ObjectRef {
        Kind kind = Kind::TablesGroup;
        QString table; // owning table or view; empty for the two top groups
        QString name; // the object's name; for groups, the owner's name
        int item = -1;

        [[nodiscard]] bool isValid() const { return !table.isEmpty() || !name.isEmpty(); }
        bool operator==(const ObjectRef&) const = default;
    };

    explicit SchemaTreeModel(QObject* parent = nullptr);
    ~SchemaTreeModel() override;

    void setSchema(const schema::Schema& schema);
    void clear();
    [[nodiscard]] const schema::Schema& schema() const { return m_schema; }

    [[nodiscard]] ObjectRef objectRef(const QModelIndex& index) const;
    // The node of a table or view by name; invalid when there is none.
    [[nodiscard]] QModelIndex indexOfTable(QStringView name) const;
    [[nodiscard]] QModelIndex indexOfObject(const ObjectRef& ref) const;

    [[nodiscard]] static bool isGroup(Kind kind);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        Kind kind = Kind::TablesGroup;
        int parent = -1; // node id; -1 for the invisible root
        int row = 0;
        int owner = -1; // index into tables or views
        int item = -1;
        QString name;
        QString detail;
        QList<int> children;
    };

    void build();
    int addNode(int parent, Kind kind, int owner, int item, QString name, QString detail = {});
    void addTable(int parent, int tableIndex);
    void addView(int parent, int viewIndex);
    [[nodiscard]] const Node* node(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOfNode(int id) const;
    [[nodiscard]] QString ownerName(const Node& node) const;
    [[nodiscard]] QString toolTip(const Node& node) const;
    [[nodiscard]] QIcon icon(const Node& node) const;

    schema::Schema m_schema;
    QList<Node> m_nodes; // m_nodes[0] is the invisible root
};

} // namespace godwit::widgets
