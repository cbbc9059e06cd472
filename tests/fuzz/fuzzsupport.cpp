// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <cstdio>
#include <cstdlib>

#include <QLoggingCategory>

namespace godwit::fuzz {

void violated(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    std::abort();
}

} // namespace godwit::fuzz

// The model's log lines (warnings about what it skipped) would drown libFuzzer's own output.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("godwit.*=false"));
    return 0;
}
