// SPDX-License-Identifier: GPL-3.0-or-later
// ScriptSplitter on any script: statements in order, never overlapping, each one the exact
// slice of the script it claims to be, with a classification.
#include "fuzzsupport.h"
#include "migrations/scriptsplitter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using godwit::migrations::ScriptSplitter;
    const QString sql = godwit::fuzz::text(data, size);
    qsizetype end = 0;
    for (const auto& statement : ScriptSplitter::split(sql)) {
        GODWIT_FUZZ_CHECK(statement.offset >= end);
        GODWIT_FUZZ_CHECK(statement.length > 0);
        GODWIT_FUZZ_CHECK(statement.offset + statement.length <= sql.size());
        GODWIT_FUZZ_CHECK(statement.text == QStringView(sql).sliced(statement.offset, statement.length));
        end = statement.offset + statement.length;
    }
    return 0;
}
