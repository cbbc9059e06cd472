// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace godwit::schema {

// The one place identifiers become SQL text: always double-quoted, embedded quotes doubled,
// so names with spaces, quotes, keywords or non-ASCII characters round-trip.
[[nodiscard]] QString quoteIdentifier(QStringView name);

// Quotes only when SQLite would otherwise misread the name (for readable generated DDL).
[[nodiscard]] QString quoteIdentifierIfNeeded(QStringView name);

// Single-quoted SQL string literal.
[[nodiscard]] QString quoteString(QStringView text);

// SQLite folds identifiers for ASCII letters only (sqlite3StrICmp): "A" and "a" name the same
// table, "É" and "é" do not. identifierKey() is that folding, for hash keys and sets of names;
// the others compare with it.
[[nodiscard]] QString identifierKey(QStringView name);
[[nodiscard]] bool sameIdentifier(QStringView a, QStringView b);
// <0, 0 or >0, ordering names as their keys order.
[[nodiscard]] int compareIdentifiers(QStringView a, QStringView b);
[[nodiscard]] bool containsIdentifier(const QStringList& names, QStringView name);

} // namespace godwit::schema
