// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::sqlite {

// The one place identifiers become SQL text: always double-quoted, embedded quotes doubled,
// so names with spaces, quotes, keywords or non-ASCII characters round-trip.
[[nodiscard]] QString quoteIdentifier(QStringView name);

// Quotes only when SQLite would otherwise misread the name (for readable generated DDL).
[[nodiscard]] QString quoteIdentifierIfNeeded(QStringView name);

// Single-quoted SQL string literal.
[[nodiscard]] QString quoteString(QStringView text);

// SQLite compares identifiers case-insensitively for ASCII letters only.
[[nodiscard]] bool sameIdentifier(QStringView a, QStringView b);

} // namespace godwit::sqlite
