// SPDX-License-Identifier: GPL-3.0-or-later
// SqlTokenizer on any text: no crash, and the tokens tile the input exactly (callers map
// tokens back to positions in the user's file, so a gap or overlap would misplace errors).
#include "fuzzsupport.h"
#include "schema/sqltokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using godwit::schema::SqlTokenizer;
    const QString sql = godwit::fuzz::text(data, size);
    const auto tokens = SqlTokenizer::tokenize(sql);
    qsizetype at = 0;
    for (const auto& token : tokens) {
        GODWIT_FUZZ_CHECK(token.offset == at);
        GODWIT_FUZZ_CHECK(token.length > 0);
        GODWIT_FUZZ_CHECK(token.text == QStringView(sql).sliced(token.offset, token.length));
        at += token.length;
    }
    GODWIT_FUZZ_CHECK(at == sql.size());
    for (const auto& token : SqlTokenizer::significantTokens(sql)) {
        GODWIT_FUZZ_CHECK(!token.isTrivia());
        (void)token.identifier();
    }
    (void)SqlTokenizer::normalized(sql);
    return 0;
}
