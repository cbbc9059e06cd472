// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sql/sqleditorpane.h"

#include "core/textfile.h"
#include "widgets/sql/sqleditor.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace godwit::widgets {

SqlEditorPane::SqlEditorPane(QWidget* parent)
    : QWidget(parent)
    , m_editor(new SqlEditor(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(6, 3, 6, 3);
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    layout->addLayout(header);
    layout->addWidget(m_editor, 1);

    m_findBar = new QWidget(this);
    auto* bar = new QVBoxLayout(m_findBar);
    bar->setContentsMargins(6, 3, 6, 3);
    auto* findRow = new QHBoxLayout;
    m_findField = new QLineEdit(m_findBar);
    m_findField->setPlaceholderText(tr("Find"));
    m_findField->setClearButtonEnabled(true);
    auto* previous = new QPushButton(tr("Previous"), m_findBar);
    auto* next = new QPushButton(tr("Next"), m_findBar);
    m_caseBox = new QCheckBox(tr("Match case"), m_findBar);
    m_wordBox = new QCheckBox(tr("Whole words"), m_findBar);
    m_regexBox = new QCheckBox(tr("Regular expression"), m_findBar);
    auto* close = new QToolButton(m_findBar);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    findRow->addWidget(m_findField, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_caseBox);
    findRow->addWidget(m_wordBox);
    findRow->addWidget(m_regexBox);
    findRow->addWidget(close);
    bar->addLayout(findRow);
    m_replaceRow = new QWidget(m_findBar);
    auto* replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    m_replaceField = new QLineEdit(m_replaceRow);
    m_replaceField->setPlaceholderText(tr("Replace with"));
    auto* replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    auto* replaceAll = new QPushButton(tr("Replace All"), m_replaceRow);
    replaceRow->addWidget(m_replaceField, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceAll);
    replaceRow->addStretch();
    bar->addWidget(m_replaceRow);
    layout->addWidget(m_findBar);
    m_findBar->hide();

    auto options = [this](bool forward) {
        SqlEditor::FindOptions o;
        o.caseSensitive = m_caseBox->isChecked();
        o.wholeWord = m_wordBox->isChecked();
        o.regularExpression = m_regexBox->isChecked();
        o.forward = forward;
        return o;
    };
    connect(m_findField, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(close, &QToolButton::clicked, this, &SqlEditorPane::hideFindBar);
    connect(replaceOne, &QPushButton::clicked, this,
        [this, options] { m_editor->replaceAndFind(m_findField->text(), m_replaceField->text(), options(true)); });
    connect(replaceAll, &QPushButton::clicked, this, [this, options] {
        const int n = m_editor->replaceAll(m_findField->text(), m_replaceField->text(), options(true));
        m_status->setText(tr("%n replaced", nullptr, n));
    });
    auto* escape
        = new QShortcut(QKeySequence(Qt::Key_Escape), m_findBar, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &SqlEditorPane::hideFindBar);

    connect(m_editor, &SqlEditor::findRequested, this, &SqlEditorPane::showFindBar);
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this](bool modified) {
        updateTitle();
        Q_EMIT modificationChanged(modified);
    });
    connect(m_editor, &SqlEditor::problemsChanged, this,
        [this](int count) { m_status->setText(count == 0 ? QString() : tr("%n problem(s)", nullptr, count)); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &SqlEditorPane::onFileChanged);
    updateTitle();
}

SqlEditorPane::~SqlEditorPane() = default;

bool SqlEditorPane::isModified() const { return m_editor->isModified(); }

bool SqlEditorPane::isFindBarVisible() const { return m_findBar->isVisibleTo(this); }

Result<QString> SqlEditorPane::readFile(const QString& path) const
{
    return TextFile::read(path, QStringLiteral("a SQL script"));
}

bool SqlEditorPane::openFile(const QString& path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath() && !m_path.isEmpty())
        return true;
    if (!maybeSave())
        return false;
    auto content = readFile(path);
    if (!content) {
        Q_EMIT errorOccurred(content.error().toString());
        return false;
    }
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path = path;
    m_savedBytes = content->toUtf8();
    m_editor->setText(*content);
    m_editor->setModified(false);
    m_editor->setCursorPosition(0, 0);
    watch(path);
    updateTitle();
    Q_EMIT fileOpened(path);
    return true;
}

void SqlEditorPane::watch(const QString& path)
{
    if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

Result<void> SqlEditorPane::save()
{
    if (m_path.isEmpty())
        return fail(Error::Code::InvalidArgument, QStringLiteral("no file to save to"));
    return saveAs(m_path);
}

Result<void> SqlEditorPane::saveAs(const QString& path)
{
    const QByteArray bytes = m_editor->text().toUtf8();
    // A temporary file renamed into place: a crash never leaves half a migration.
    if (auto saved = TextFile::writeBytes(path, bytes); !saved)
        return saved;
    if (path != m_path && !m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path = path;
    m_savedBytes = bytes;
    m_editor->setModified(false);
    watch(path); // the rename replaced the watched inode
    updateTitle();
    Q_EMIT fileSaved(path);
    return {};
}

bool SqlEditorPane::maybeSave()
{
    if (!isModified())
        return true;
    SaveChoice choice = SaveChoice::Cancel;
    if (m_savePrompt) {
        choice = m_savePrompt();
    } else {
        const auto button = QMessageBox::warning(this, tr("Unsaved changes"),
            tr("%1 has unsaved changes. Save them?")
                .arg(m_path.isEmpty() ? tr("The SQL") : QFileInfo(m_path).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        choice = button == QMessageBox::Save ? SaveChoice::Save
            : button == QMessageBox::Discard ? SaveChoice::Discard
                                             : SaveChoice::Cancel;
    }
    if (choice == SaveChoice::Cancel)
        return false;
    if (choice == SaveChoice::Save) {
        if (auto r = save(); !r) {
            Q_EMIT errorOccurred(r.error().toString());
            return false;
        }
    }
    return true;
}

void SqlEditorPane::closeFile()
{
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path.clear();
    m_savedBytes.clear();
    m_editor->clear();
    m_editor->setModified(false);
    updateTitle();
}

void SqlEditorPane::onFileChanged(const QString& path)
{
    if (path != m_path)
        return;
    if (!QFileInfo::exists(path)) {
        // Deleted (or replaced by rename, in which case it comes back at once): keep the text,
        // which now exists nowhere else, as unsaved edits.
        m_editor->setModified(true);
        m_status->setText(tr("deleted on disk"));
        watch(path);
        return;
    }
    watch(path); // editors that save by rename drop the watch
    auto content = readFile(path);
    if (!content || content->toUtf8() == m_savedBytes)
        return; // our own save, or nothing new
    if (isModified()) {
        const bool reload = m_reloadPrompt ? m_reloadPrompt()
                                           : QMessageBox::question(this, tr("File changed on disk"),
                                                 tr("%1 was changed by another program. Reload it and lose your edits?")
                                                     .arg(QFileInfo(path).fileName()))
                == QMessageBox::Yes;
        if (!reload) {
            m_savedBytes = content->toUtf8(); // ask once per outside change
            return;
        }
    }
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    m_savedBytes = content->toUtf8();
    m_editor->setText(*content);
    m_editor->setModified(false);
    m_editor->setCursorPosition(std::min(line, m_editor->lines() - 1), index);
    updateTitle();
    Q_EMIT reloadedFromDisk(path);
}

void SqlEditorPane::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("No file") : QFileInfo(m_path).fileName();
    m_title->setText(isModified() ? name + QStringLiteral(" •") : name);
    m_title->setToolTip(m_path);
}

void SqlEditorPane::showFindBar(bool replace)
{
    m_findBar->show();
    m_replaceRow->setVisible(replace);
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_findField->setText(m_editor->selectedText());
    m_findField->setFocus();
    m_findField->selectAll();
}

void SqlEditorPane::hideFindBar()
{
    m_findBar->hide();
    m_editor->setFocus();
}

void SqlEditorPane::findNext(bool forward)
{
    SqlEditor::FindOptions o;
    o.caseSensitive = m_caseBox->isChecked();
    o.wholeWord = m_wordBox->isChecked();
    o.regularExpression = m_regexBox->isChecked();
    o.forward = forward;
    const bool found = m_editor->find(m_findField->text(), o);
    m_status->setText(found || m_findField->text().isEmpty() ? QString() : tr("not found"));
}

} // namespace godwit::widgets
