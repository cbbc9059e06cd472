// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::widgets {

// Numbers as the status bar and overview show them.
class Format final {
public:
    // "812 bytes", "4 kB", "1.1 MB": one decimal only while it says something.
    [[nodiscard]] static QString dataSize(qint64 bytes);
};

} // namespace godwit::widgets
