// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries/query.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace godwit::widgets {

// "Add Query…": one application query typed in, with its name and weight (calls per minute).
// OK is enabled once the SQL is a single statement the query file format can hold.
class QueryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryDialog)
public:
    explicit QueryDialog(QWidget* parent = nullptr);
    ~QueryDialog() override;

    // The query as typed: kind from its first keyword, no trailing semicolon.
    [[nodiscard]] queries::Query query() const;
    [[nodiscard]] bool isAcceptable() const;

    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QDoubleSpinBox* weightBox() const { return m_weight; }
    [[nodiscard]] QPlainTextEdit* sqlEdit() const { return m_sql; }
    [[nodiscard]] QLabel* problemLabel() const { return m_problem; }

private:
    void validate();

    QLineEdit* m_name = nullptr;
    QDoubleSpinBox* m_weight = nullptr;
    QPlainTextEdit* m_sql = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace godwit::widgets
