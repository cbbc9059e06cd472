// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qsci/qsciabstractapis.h>

namespace godwit::widgets {

class SqlEditor;

// QScintilla's completion source for the SQL editor: asks SqlCompletion what fits the text
// before the cursor against the editor's schema.
class SqlEditorApis final : public QsciAbstractAPIs {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlEditorApis)
public:
    SqlEditorApis(QsciLexer* lexer, SqlEditor* editor);
    ~SqlEditorApis() override;

    void updateAutoCompletionList(const QStringList& context, QStringList& list) override;
    QStringList callTips(
        const QStringList& context, int commas, QsciScintilla::CallTipsStyle style, QList<int>& shifts) override;

private:
    SqlEditor* m_editor = nullptr;
};

} // namespace godwit::widgets
