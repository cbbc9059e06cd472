// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>

class QAction;
class QLineEdit;
class QPushButton;

namespace godwit {
struct Error;
}

namespace godwit::widgets {

// File ▸ Connect to PostgreSQL…: asks for a libpq URI (postgresql://user@host:5432/db). The
// password comes from ~/.pgpass, or from a prompt when the server asks for one; it is added to
// the URI for that connection only and never reaches settings or the recent-files list.
class ConnectDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    [[nodiscard]] QString uri() const;
    void setUri(const QString& uri);

    // The menu action: runs the dialog and hands an accepted URI to `open`.
    [[nodiscard]] static QAction* createAction(QWidget* window, const std::function<void(const QString&)>& open);
    // When `error` says the server wants a password for `uri`, asks for it and hands `open` the
    // URI with the password; true when it did (the failure is then not reported).
    static bool retryWithPassword(
        QWidget* window, const Error& error, const QString& uri, const std::function<void(const QString&)>& open);
    // `uri` with `password` as its password= parameter (percent-encoded).
    [[nodiscard]] static QString withPassword(const QString& uri, const QString& password);

private:
    QLineEdit* m_uri = nullptr;
    QPushButton* m_connect = nullptr;
};

} // namespace godwit::widgets
