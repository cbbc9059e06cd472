// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobrunner.h"
#include "editor/sqlchecker.h"
#include "schema/schema.h"

#include <optional>

#include <Qsci/qsciscintilla.h>

class QTimer;

namespace godwit::widgets {

class SqlEditorApis;

// The SQL editor: SQLite highlighting, line numbers, folding, brace matching, undo/redo,
// completion of keywords and schema names (after `table.` only its columns), and live error
// markers. As the user types, a debounced SqlChecker prepares each statement against an
// in-memory copy of the schema and SQLite's error offsets become squiggles with the message
// as tooltip. The editor never opens a database file itself.
class SqlEditor final : public QsciScintilla {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlEditor)
public:
    // Options for find and replace.
    struct FindOptions {
        bool caseSensitive = false;
        bool wholeWord = false;
        bool regularExpression = false;
        bool forward = true;
        bool wrap = true;
    };

    explicit SqlEditor(QWidget* parent = nullptr);
    ~SqlEditor() override;

    // The schema statements are checked against and names are completed from: `schema`, then
    // `scripts` run on top (the migrations before the file being edited). The checker's copy is
    // built off the GUI thread (thousands of CREATE statements take seconds): until
    // schemaContextReady(), names complete from `schema` alone and nothing is checked.
    void setSchemaContext(const schema::Schema& schema, const QStringList& scripts = {});
    [[nodiscard]] bool isSchemaContextPending() const { return m_contextJob.isRunning(); }
    [[nodiscard]] const schema::Schema& completionSchema() const { return m_completionSchema; }

    // Runs the checker now instead of after the typing pause (after the schema context is ready).
    void checkNow();
    [[nodiscard]] const QList<editor::SqlProblem>& problems() const { return m_problems; }
    // The problem whose squiggle covers a UTF-16 offset in text(), if any (what the tooltip shows).
    [[nodiscard]] std::optional<editor::SqlProblem> problemAt(qsizetype offset) const;
    // Whether the error indicator is set at a UTF-16 offset (reads Scintilla's own state).
    [[nodiscard]] bool hasErrorIndicatorAt(qsizetype offset) const;
    // What completion offers at a UTF-16 offset (the text before it decides).
    [[nodiscard]] QStringList completionsAt(qsizetype offset) const;
    [[nodiscard]] QStringList completionsAtCursor() const;

    bool find(const QString& text, const FindOptions& options);
    // Replaces the current match (if the selection is one) and finds the next.
    bool replaceAndFind(const QString& text, const QString& replacement, const FindOptions& options);
    // One undo step; returns how many were replaced.
    int replaceAll(const QString& text, const QString& replacement, const FindOptions& options);

    // UTF-16 offset <-> Scintilla's UTF-8 byte position.
    [[nodiscard]] long bytePosition(qsizetype offset) const;
    [[nodiscard]] qsizetype textOffset(long bytePosition) const;

    static constexpr int DebounceMs = 400;

Q_SIGNALS:
    void problemsChanged(int count);
    void schemaContextReady();
    void findRequested(bool replace);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void updateMarginWidth();
    void showProblems();
    void onDwell(int position, int x, int y);

    QsciLexer* m_lexer = nullptr;
    SqlEditorApis* m_apis = nullptr;
    QTimer* m_debounce = nullptr;
    std::optional<editor::SqlChecker> m_checker;
    schema::Schema m_completionSchema;
    QList<editor::SqlProblem> m_problems;
    bool m_checkWhenReady = false;
    JobRunner m_contextJob { this };
};

} // namespace godwit::widgets
