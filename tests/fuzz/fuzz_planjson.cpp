// SPDX-License-Identifier: GPL-3.0-or-later
// The `godwit.plan` reader (`godwit rehearse --plan FILE`) on any bytes.
#include "fuzzsupport.h"
#include "rehearsal/planjsonreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using godwit::rehearsal::PlanJsonReader;
    (void)PlanJsonReader::read(godwit::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    return 0;
}
