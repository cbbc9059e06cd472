// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/gettingstarted.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace godwit::widgets {

namespace {

    // Written out with its context so that lupdate finds the text.
    QString guideText()
    {
        return QCoreApplication::translate("GettingStarted",
            "<h2>Change a schema without stopping the application</h2>"
            "<p>Godwit plans a schema change as <b>expand-contract</b>: add the new shape beside the old one, keep "
            "both written (the dual-write), copy the old data over in small batches (the backfill), move the "
            "readers, and only then remove the old shape. Every step is one you can stop after.</p>"
            "<p>The mode bar on the left holds the steps, in order: <b>Schema</b>, <b>Compare</b>, <b>Plan</b>, "
            "<b>Rehearse</b>, <b>Queries</b> and <b>Review</b> (Ctrl+1 to Ctrl+6). The strip above each page "
            "names the step and offers the next one as one button; a step that cannot start yet says why.</p>"
            "<ol>"
            "<li><b>Schema</b>: open the database (File ▸ Open Database…). It is only ever read; everything that "
            "writes works on a copy made with SQLite's backup API.</li>"
            "<li><b>Compare</b> it with what it should become: a second database, a target <code>.sql</code> "
            "script, a Mermaid <code>erDiagram</code>, or a Flyway-style migrations folder (File ▸ Compare "
            "With… or Compare With Pending Migrations…). Before and after are drawn side by side, each change "
            "classified. Right-click a proposed rename in the change list to confirm it or to plan it as a drop "
            "and an add; drag cards to tidy the diagrams. Edit ▸ Undo takes either back.</li>"
            "<li><b>Plan</b> the change: the decision wizard (Decide…) walks every change through the decision "
            "tree, pre-filled from the classification. Override what you know better: a table with no readers "
            "needs no dual-write, a batch size, a fill value for NULLs. Edit ▸ Undo takes an answer back.</li>"
            "<li><b>Rehearse</b> the plan on a copy while a simulated application reads and writes it, at "
            "Classroom, Realistic or Fastest pace. Stage a mistake, such as skipping the dual-write, to see the "
            "drift it causes before it happens in production.</li>"
            "<li><b>Queries</b>: load the application's queries to see which of them each step breaks or "
            "slows.</li>"
            "<li><b>Review</b>: the diagram, the plan by phase, the pre-checks, the rehearsal and a sign-off "
            "table, as HTML, PDF or Markdown, for the pre-migration meeting.</li>"
            "</ol>"
            "<h3>Keep it: the project</h3>"
            "<p>File ▸ New Project… writes the database, its target, your answers and rename decisions, the "
            "card positions, the query file, the rehearsal settings and the last rehearsal into a "
            "<code>NAME.godwit</code> file (paths relative to it). Open it again later, or give it to a "
            "colleague or CI: <code>godwit plan --project NAME.godwit</code>, <code>godwit rehearse --project "
            "NAME.godwit</code>.</p>"
            "<h3>Try it on the bundled example</h3>"
            "<p>Help ▸ Learn Expand-Contract makes the orders sample (1,000,000 orders) as a project and leads "
            "you through every mode, one step at a time, with a staged mistake on the way. From a shell, "
            "<code>godwit --mode compare orders.godwit</code> opens a project straight in a mode.</p>");
    }

} // namespace

void GettingStarted::show(QWidget* parent)
{
    // One window, reused: a second click brings it forward instead of stacking copies.
    if (auto* open = parent->findChild<QDialog*>(QStringLiteral("gettingStartedDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("gettingStartedDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("GettingStarted", "Getting Started with Godwit"));
    auto* text = new QTextBrowser(dialog);
    text->setOpenExternalLinks(false);
    text->setHtml(guideText());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    dialog->show();
}

} // namespace godwit::widgets
