// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltrivia.h"

namespace godwit::sqlite {

qsizetype leadingTrivia(QByteArrayView s)
{
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) {
            ++i;
        } else if (s.sliced(i).startsWith("--")) {
            while (i < s.size() && s[i] != '\n')
                ++i;
        } else if (s.sliced(i).startsWith("/*")) {
            const qsizetype close = s.sliced(i + 2).indexOf("*/");
            i = close < 0 ? s.size() : i + 2 + close + 2;
        } else {
            break;
        }
    }
    return i;
}

} // namespace godwit::sqlite
