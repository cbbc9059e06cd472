// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace godwit::editor {

// SQLite's keywords (lang_keywords.html) and common type names, for the SQL editor's
// highlighting and completion.
class SqlKeywords final {
public:
    // Upper case, alphabetical.
    [[nodiscard]] static const QStringList& keywords();
    // Lower case, for QsciLexer keyword sets.
    [[nodiscard]] static const QStringList& typeNames();
    // Space-separated lower-case lists, as QsciLexer::keywords() wants them.
    [[nodiscard]] static const char* keywordSet();
    [[nodiscard]] static const char* typeNameSet();
};

} // namespace godwit::editor
