// SPDX-License-Identifier: GPL-3.0-or-later
// The query-file reader on any text; a list it accepts reads back from toSql() with the same
// statements, weights, kinds and names (a name is kept with its control characters escaped, as
// its comment line writes it, so a name cannot end its comment nor two names meet after a save).
#include "fuzzsupport.h"
#include "queries/querylist.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using godwit::queries::QueryList;
    const auto list = QueryList::parse(godwit::fuzz::text(data, size), QStringLiteral("fuzz.sql"));
    if (!list)
        return 0;
    for (qsizetype i = 0; i < list->size(); ++i)
        (void)list->share(i);
    const auto again = QueryList::parse(list->toSql(), QStringLiteral("again.sql"));
    GODWIT_FUZZ_CHECK(again.has_value());
    GODWIT_FUZZ_CHECK(again->size() == list->size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        // Where a query was read from (file, line) differs by design.
        const auto& a = list->at(i);
        const auto& b = again->at(i);
        GODWIT_FUZZ_CHECK(
            a.name == b.name && a.sql == b.sql && a.weight == b.weight && a.unit == b.unit && a.kind == b.kind);
    }
    return 0;
}
