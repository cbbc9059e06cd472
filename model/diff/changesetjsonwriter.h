// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

#include <QJsonObject>

namespace godwit::diff {

// The documented JSON form of a ChangeSet (docs/json-format.md, "godwit.diff").
class ChangeSetJsonWriter final {
public:
    [[nodiscard]] static QJsonObject toJson(const ChangeSet& changes);
    [[nodiscard]] static QString write(const ChangeSet& changes);
    [[nodiscard]] static const QStringList& keyOrder();
};

} // namespace godwit::diff
