// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerkey.h"

namespace godwit::plan {

QString answerKeyName(AnswerKey key)
{
    switch (key) {
    case AnswerKey::RenameConfirmed:
        return QStringLiteral("renameConfirmed");
    case AnswerKey::SkipDualWrite:
        return QStringLiteral("skipDualWrite");
    case AnswerKey::BackfillBatchSize:
        return QStringLiteral("backfillBatchSize");
    case AnswerKey::IndexTiming:
        return QStringLiteral("indexTiming");
    case AnswerKey::Up:
        return QStringLiteral("up");
    case AnswerKey::Down:
        return QStringLiteral("down");
    case AnswerKey::Fill:
        return QStringLiteral("fill");
    case AnswerKey::CompatibilityView:
        return QStringLiteral("compatibilityView");
    }
    return {};
}

} // namespace godwit::plan
