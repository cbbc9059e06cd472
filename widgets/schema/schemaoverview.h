// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schema.h"
#include "sqlite/databaseinfo.h"

#include <QWidget>

class QLabel;
class QListView;

namespace godwit::widgets {

class TableCardDelegate;
class TableCardModel;

// The central page once a schema is loaded: a header with the totals and a flowing grid
// of table cards. Clicking a card asks for that table to be selected.
class SchemaOverview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaOverview)
public:
    explicit SchemaOverview(QWidget* parent = nullptr);
    ~SchemaOverview() override;

    // `title` is what the user knows it by (file name, "Orders example"); `location` is
    // shown under it (the folder, or where an example comes from).
    void setSchema(const schema::Schema& schema, const sqlite::DatabaseInfo& info, const QString& title,
        const QString& location, bool isScript);
    void clear();
    // Marks a card as current without emitting tableActivated.
    void selectTable(const QString& name);

    [[nodiscard]] TableCardModel* model() const { return m_model; }
    [[nodiscard]] QListView* cardView() const { return m_cards; }
    [[nodiscard]] QString summaryText() const;

Q_SIGNALS:
    void tableActivated(const QString& name);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateGrid();

    TableCardModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_path = nullptr;
    QLabel* m_summary = nullptr;
    TableCardDelegate* m_delegate = nullptr;
    QListView* m_cards = nullptr;
};

} // namespace godwit::widgets
