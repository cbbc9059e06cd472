// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/aboutbox.h"

#include "sqlite/databaseinfo.h"

#include <QApplication>
#include <QMessageBox>

namespace godwit::widgets {

void AboutBox::show(QWidget* parent)
{
    const QString text = QApplication::translate("AboutBox",
        "<h2>Godwit %1</h2>"
        "<p>A workbench for evolving SQLite schemas safely: see every change, plan the "
        "expand–contract migration, and rehearse it on a copy of your data.</p>"
        "<p>Built with Qt %2 (running on %3) and SQLite %4.</p>"
        "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                             .arg(QApplication::applicationVersion().toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
                                 QString::fromLatin1(qVersion()), sqlite::libraryVersion().toHtmlEscaped());
    QMessageBox::about(parent, QApplication::translate("AboutBox", "About Godwit"), text);
}

} // namespace godwit::widgets
