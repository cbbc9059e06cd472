// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qsci/qsciscintilla.h>

class QsciLexerSQL;

namespace godwit::widgets {

// Read-only SQL text (DDL) with SQL highlighting, line numbers and colours taken from the
// widget palette, so it reads well in light and dark themes alike.
class SqlView final : public QsciScintilla {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlView)
public:
    explicit SqlView(QWidget* parent = nullptr);
    ~SqlView() override;

    void setSql(const QString& sql);
    [[nodiscard]] QString sql() const { return text(); }

    // Where to start looking for an identifier: after the first "(" (in CREATE TABLE text
    // that is the column definitions) or after the first AS (a view's SELECT).
    enum class SearchFrom { OpenParen, As };

    // Marks the first occurrence of `identifier` (quoted or not, any case) and scrolls to
    // it. Returns false when it does not occur.
    bool highlightIdentifier(const QString& identifier, SearchFrom from = SearchFrom::OpenParen);
    void clearHighlight();

    [[nodiscard]] int zoomLevel() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void updateMarginWidth();

    QsciLexerSQL* m_lexer = nullptr;
};

} // namespace godwit::widgets
