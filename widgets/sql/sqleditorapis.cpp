// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sql/sqleditorapis.h"

#include "widgets/sql/sqleditor.h"

namespace godwit::widgets {

SqlEditorApis::SqlEditorApis(QsciLexer* lexer, SqlEditor* editor)
    : QsciAbstractAPIs(lexer)
    , m_editor(editor)
{
}

SqlEditorApis::~SqlEditorApis() = default;

void SqlEditorApis::updateAutoCompletionList(const QStringList&, QStringList& list)
{
    // QScintilla's context splits on word separators only; the editor's own text tells more
    // (aliases, statements), so the list comes from the text before the cursor.
    list = m_editor->completionsAtCursor();
}

QStringList SqlEditorApis::callTips(const QStringList&, int, QsciScintilla::CallTipsStyle, QList<int>&) { return {}; }

} // namespace godwit::widgets
