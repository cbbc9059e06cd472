// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/connectdialog.h"

#include "core/error.h"
#include "postgres/connectionuri.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace godwit::widgets {

using postgres::ConnectionUri;

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_uri(new QLineEdit(this))
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    m_uri->setObjectName(QStringLiteral("uri"));
    m_uri->setPlaceholderText(QStringLiteral("postgresql://user@localhost:5432/database"));
    m_uri->setMinimumWidth(420);
    auto* hint = new QLabel(tr("Godwit reads the database in read-only transactions and never changes it. "
                               "The password comes from ~/.pgpass, or Godwit asks for it; it is never saved."),
        this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_uri, &QLineEdit::textChanged, this,
        [this](const QString& text) { m_connect->setEnabled(ConnectionUri::isUri(text.trimmed())); });
    auto* form = new QFormLayout;
    form->addRow(tr("Connection URI:"), m_uri);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

QString ConnectDialog::uri() const { return m_uri->text().trimmed(); }

void ConnectDialog::setUri(const QString& uri) { m_uri->setText(uri); }

QAction* ConnectDialog::createAction(QWidget* window, const std::function<void(const QString&)>& open)
{
    auto* action = new QAction(tr("Connect to &PostgreSQL…"), window);
    action->setObjectName(QStringLiteral("connectPostgresAction"));
    action->setStatusTip(tr("Read a live PostgreSQL database (read-only)"));
    connect(action, &QAction::triggered, window, [window, open] {
        ConnectDialog dialog(window);
        if (dialog.exec() == QDialog::Accepted)
            open(dialog.uri());
    });
    return action;
}

bool ConnectDialog::retryWithPassword(
    QWidget* window, const Error& error, const QString& uri, const std::function<void(const QString&)>& open)
{
    if (!ConnectionUri::isUri(uri) || error.code != Error::Code::PermissionDenied)
        return false;
    bool ok = false;
    const QString password = QInputDialog::getText(window, tr("PostgreSQL password"),
        tr("Password for %1:").arg(ConnectionUri::redacted(uri)), QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return false;
    open(withPassword(ConnectionUri::redacted(uri), password));
    return true;
}

QString ConnectDialog::withPassword(const QString& uri, const QString& password)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(password));
    return uri + (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + QStringLiteral("password=")
        + encoded;
}

} // namespace godwit::widgets
