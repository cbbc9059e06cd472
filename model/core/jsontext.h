// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QStringList>

namespace godwit {

// Writes JSON text with object keys in a designed order (QJsonDocument sorts them), two-space
// indentation, arrays of scalars on one line and a final newline: the stable, diffable layout
// of every Godwit JSON format. Keys not in `keyOrder` follow in alphabetical order.
class JsonText final {
public:
    [[nodiscard]] static QString write(const QJsonValue& value, const QStringList& keyOrder);
};

} // namespace godwit
