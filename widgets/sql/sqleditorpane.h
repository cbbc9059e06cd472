// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <functional>

#include <QWidget>

class QCheckBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QToolButton;

namespace godwit::schema {
struct Schema;
}

namespace godwit::widgets {

class SqlEditor;

// A SQL file in the editor: name and state line, the SqlEditor, a find/replace bar
// (Ctrl+F / Ctrl+H), saving, unsaved-changes prompts and reloading when the file changes on
// disk (QFileSystemWatcher): silently when there are no edits, after asking when there are.
class SqlEditorPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlEditorPane)
public:
    enum class SaveChoice { Save, Discard, Cancel };

    explicit SqlEditorPane(QWidget* parent = nullptr);
    ~SqlEditorPane() override;

    // Opens `path` (UTF-8, a BOM is dropped). Asks about unsaved edits first; false when the
    // user cancels or the file cannot be read (then errorOccurred() says why).
    bool openFile(const QString& path);
    [[nodiscard]] Result<void> save();
    [[nodiscard]] Result<void> saveAs(const QString& path);
    // Unsaved edits: asks Save / Discard / Cancel. True when it is fine to go on.
    bool maybeSave();
    void closeFile();

    [[nodiscard]] SqlEditor* editor() const { return m_editor; }
    [[nodiscard]] const QString& filePath() const { return m_path; }
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] bool isFindBarVisible() const;

    void showFindBar(bool replace);
    void hideFindBar();
    [[nodiscard]] QLineEdit* findField() const { return m_findField; }
    [[nodiscard]] QLineEdit* replaceField() const { return m_replaceField; }

    // Test seams: what to answer instead of showing a dialog.
    void setSavePrompt(std::function<SaveChoice()> prompt) { m_savePrompt = std::move(prompt); }
    void setReloadPrompt(std::function<bool()> prompt) { m_reloadPrompt = std::move(prompt); }

Q_SIGNALS:
    void fileSaved(const QString& path);
    void fileOpened(const QString& path);
    void modificationChanged(bool modified);
    void reloadedFromDisk(const QString& path);
    void errorOccurred(const QString& message);

private:
    [[nodiscard]] Result<QString> readFile(const QString& path) const;
    void onFileChanged(const QString& path);
    void updateTitle();
    void findNext(bool forward);
    void watch(const QString& path);

    SqlEditor* m_editor = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_findBar = nullptr;
    QLineEdit* m_findField = nullptr;
    QLineEdit* m_replaceField = nullptr;
    QWidget* m_replaceRow = nullptr;
    QCheckBox* m_caseBox = nullptr;
    QCheckBox* m_wordBox = nullptr;
    QCheckBox* m_regexBox = nullptr;
    QFileSystemWatcher* m_watcher = nullptr;
    QString m_path;
    QByteArray m_savedBytes; // what we last wrote or read, to ignore our own change notifications
    std::function<SaveChoice()> m_savePrompt;
    std::function<bool()> m_reloadPrompt;
};

} // namespace godwit::widgets
