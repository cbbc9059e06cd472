// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace godwit::sqlite {

// Whether SQLite reserves `word` as a keyword (sqlite3_keyword_check), so a name spelt like it
// must be quoted.
[[nodiscard]] bool isKeyword(QStringView word);

} // namespace godwit::sqlite
