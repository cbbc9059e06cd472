// SPDX-License-Identifier: GPL-3.0-or-later
// DdlParser on any text: the stored CREATE statements of a damaged or hostile database
// (writable_schema) reach it too, so it must answer with a value or an error, never crash.
#include "fuzzsupport.h"
#include "schema/ddlparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using godwit::schema::DdlParser;
    const QString sql = godwit::fuzz::text(data, size);
    (void)DdlParser::parseCreateTable(sql);
    (void)DdlParser::parseCreateIndex(sql);
    (void)DdlParser::parseCreateTrigger(sql);
    return 0;
}
