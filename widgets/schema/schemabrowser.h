// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/schema/schematreemodel.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace godwit::widgets {

// The left dock: a filter box over the schema tree. Filtering is recursive, so typing a
// column name keeps the tables that have it; a matching table keeps all its children.
class SchemaBrowser final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaBrowser)
public:
    explicit SchemaBrowser(QWidget* parent = nullptr);
    ~SchemaBrowser() override;

    void setSchema(const schema::Schema& schema);
    void clear();

    [[nodiscard]] SchemaTreeModel* model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    [[nodiscard]] QTreeView* treeView() const { return m_tree; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }

    [[nodiscard]] SchemaTreeModel::ObjectRef currentObject() const;
    // Selects (and reveals) a table or view; false when the schema has no such name.
    bool selectTable(const QString& name);
    bool selectObject(const SchemaTreeModel::ObjectRef& ref);
    void setFilterText(const QString& text);

Q_SIGNALS:
    void currentObjectChanged(const godwit::widgets::SchemaTreeModel::ObjectRef& ref);

private:
    void applyFilter(const QString& text);
    void expandDefault();
    bool selectSource(const QModelIndex& sourceIndex);

    SchemaTreeModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QTreeView* m_tree = nullptr;
    QStackedWidget* m_stack = nullptr;
};

} // namespace godwit::widgets
