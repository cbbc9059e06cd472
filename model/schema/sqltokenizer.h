// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqltoken.h"

#include <QList>

namespace godwit::schema {

// Splits SQL text into tokens the way SQLite's tokenizer does (tokenize.c), keeping
// comments and whitespace so callers can map tokens back to exact positions.
class SqlTokenizer final {
public:
    [[nodiscard]] static QList<SqlToken> tokenize(QStringView sql);
    // Same, without whitespace and comments.
    [[nodiscard]] static QList<SqlToken> significantTokens(QStringView sql);
    // Canonical text for comparing SQL: no comments, one space between tokens, keywords
    // upper-cased, identifiers unquoted where SQLite would read them the same.
    [[nodiscard]] static QString normalized(QStringView sql);
};

} // namespace godwit::schema
