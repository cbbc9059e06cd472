// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/format.h"

#include <QLocale>

namespace godwit::widgets {

QString Format::dataSize(qint64 bytes)
{
    double value = static_cast<double>(bytes);
    while (value >= 1024.0)
        value /= 1024.0;
    const bool whole = value >= 10.0 || value == static_cast<double>(static_cast<qint64>(value));
    return QLocale().formattedDataSize(bytes, whole ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace godwit::widgets
