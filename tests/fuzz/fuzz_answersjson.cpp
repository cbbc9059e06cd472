// SPDX-License-Identifier: GPL-3.0-or-later
// The `godwit.answers` reader on any bytes; answers it accepts survive write() and read() unchanged.
#include "fuzzsupport.h"
#include "plan/answersjson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using godwit::plan::AnswersJson;
    const auto answers = AnswersJson::read(godwit::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!answers)
        return 0;
    const auto again = AnswersJson::read(AnswersJson::write(*answers).toUtf8(), QStringLiteral("again.json"));
    GODWIT_FUZZ_CHECK(again.has_value());
    GODWIT_FUZZ_CHECK(*again == *answers);
    return 0;
}
