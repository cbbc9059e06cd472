// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QJsonObject>
#include <QString>

namespace godwit::schema {

// The documented JSON form of a Schema (docs/json-format.md), `"format": "godwit.schema"`.
class JsonSchemaWriter final {
public:
    // Indented text with keys in the documented order (not QJsonDocument's sorted order),
    // so the output reads top-down and diffs well.
    [[nodiscard]] static QString write(const Schema& schema);
    // The same content as a QJsonObject, for callers that embed it in a larger document.
    [[nodiscard]] static QJsonObject toJson(const Schema& schema);
    // Serialises any JSON value with the documented key order, for documents that embed a schema.
    [[nodiscard]] static QString toText(const QJsonValue& value);
};

} // namespace godwit::schema
