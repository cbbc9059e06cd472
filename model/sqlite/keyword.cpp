// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyword.h"

#include <sqlite3.h>

#include <QByteArray>

namespace godwit::sqlite {

bool isKeyword(QStringView word)
{
    const QByteArray utf8 = word.toUtf8();
    return sqlite3_keyword_check(utf8.constData(), static_cast<int>(utf8.size())) != 0;
}

} // namespace godwit::sqlite
