// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schema.h"
#include "sqlite/databaseinfo.h"
#include "widgets/schema/schematreemodel.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace godwit::widgets {

class SqlView;

// The right dock: what the selected object is (a small properties form) and its DDL.
class DetailsPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)
public:
    explicit DetailsPane(QWidget* parent = nullptr);
    ~DetailsPane() override;

    // `title` names the file as the user knows it; with nothing selected the pane shows
    // the database itself: file facts and the whole schema's DDL.
    void setSchema(const schema::Schema& schema, const sqlite::DatabaseInfo& info, const QString& title, bool isScript);
    void clear();
    void showObject(const SchemaTreeModel::ObjectRef& ref);

    [[nodiscard]] SqlView* sqlView() const { return m_sql; }
    [[nodiscard]] QString title() const;
    // The form as shown, label → value, for tests and accessibility checks.
    [[nodiscard]] QList<QPair<QString, QString>> properties() const { return m_properties; }

private:
    void showEmpty();
    void showDatabase();
    void setHeader(const QString& icon, const QString& title, const QString& subtitle);
    void addProperty(const QString& label, const QString& value);
    void resetProperties();
    void showTable(const schema::Table& table);
    void showColumn(const schema::Table& table, const schema::Column& column);
    void showPrimaryKey(const schema::Table& table);
    void showUniqueKey(const schema::Table& table, const SchemaTreeModel::ObjectRef& ref);
    void showIndex(const schema::Table& table, const schema::Index& index);
    void showForeignKey(const schema::Table& table, const schema::ForeignKey& fk);
    void showTrigger(const schema::Trigger& trigger);
    void showView(const schema::View& view, const QString& column);
    [[nodiscard]] QString tableDdl(const schema::Table& table) const;

    schema::Schema m_schema;
    sqlite::DatabaseInfo m_info;
    QString m_databaseTitle;
    bool m_isScript = false;
    bool m_hasSchema = false;
    QList<QPair<QString, QString>> m_properties;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QFormLayout* m_form = nullptr;
    SqlView* m_sql = nullptr;
};

} // namespace godwit::widgets
