// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::plan {

// One answer the user can give for a change or a table (a member of ChangeAnswers): the decision
// tree's nodes name the answers that change them, and the wizard offers a control for each.
enum class AnswerKey {
    RenameConfirmed,
    SkipDualWrite,
    BackfillBatchSize,
    IndexTiming,
    Up,
    Down,
    Fill,
    CompatibilityView
};

// The name the answers file and the plan's JSON use: "renameConfirmed", "skipDualWrite", …
[[nodiscard]] QString answerKeyName(AnswerKey key);

} // namespace godwit::plan
