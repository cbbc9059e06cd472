// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers.h"
#include "core/result.h"

namespace godwit::plan {

// The `godwit.answers` JSON file (`godwit plan --answers FILE`): the user's overrides of the
// pre-filled decision-tree answers. Documented in docs/json-format.md.
class AnswersJson final {
public:
    [[nodiscard]] static Result<Answers> read(const QByteArray& json, const QString& fileName = {});
    [[nodiscard]] static Result<Answers> readFile(const QString& path);
    [[nodiscard]] static QString write(const Answers& answers);
};

} // namespace godwit::plan
