// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/queries/querydialog.h"

#include "queries/querylist.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace godwit::widgets {

QueryDialog::QueryDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_weight(new QDoubleSpinBox(this))
    , m_sql(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Query"));
    m_name->setPlaceholderText(tr("e.g. orders by status"));
    m_weight->setRange(0.01, 1e9);
    m_weight->setDecimals(2);
    m_weight->setValue(1);
    m_weight->setSuffix(tr(" calls/min"));
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setPlaceholderText(tr("SELECT … WHERE customer_id = ?"));
    m_sql->setTabChangesFocus(true);
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(tr("&SQL:"), m_sql);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sql, &QPlainTextEdit::textChanged, this, &QueryDialog::validate);
    validate();
}

QueryDialog::~QueryDialog() = default;

queries::Query QueryDialog::query() const
{
    // The file format's own reader splits and trims the statement, so what is saved reads back the same.
    queries::Query q;
    auto parsed = queries::QueryList::parse(m_sql->toPlainText());
    q.sql = parsed && parsed->size() == 1 ? parsed->at(0).sql : m_sql->toPlainText().trimmed();
    q.name = m_name->text().trimmed();
    q.weight = m_weight->value();
    q.kind = queries::QueryList::kindOf(q.sql);
    return q;
}

bool QueryDialog::isAcceptable() const { return m_buttons->button(QDialogButtonBox::Ok)->isEnabled(); }

void QueryDialog::validate()
{
    const QString text = m_sql->toPlainText();
    auto parsed = queries::QueryList::parse(text);
    QString problem;
    if (!parsed)
        problem = parsed.error().message;
    else if (parsed->size() > 1)
        problem = tr("One statement per query: this text has %n statement(s).", nullptr, int(parsed->size()));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(parsed && parsed->size() == 1);
}

} // namespace godwit::widgets
