// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace godwit::sqlite {

// How many bytes of whitespace and comments stand before the first token of `sql`, as SQLite's
// tokenizer skips them (its whitespace: space, \t, \n, \v, \f, \r; an unclosed block comment
// runs to the end).
[[nodiscard]] qsizetype leadingTrivia(QByteArrayView sql);

} // namespace godwit::sqlite
