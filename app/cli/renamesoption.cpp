// SPDX-License-Identifier: GPL-3.0-or-later
#include "renamesoption.h"

#include "parser.h"

namespace godwit::cli {

namespace {

    using diff::RenamePolicy;

    const QList<Choice<RenamePolicy>>& renameChoices()
    {
        static const QList<Choice<RenamePolicy>> choices = {
            { .word = QStringLiteral("accept"), .value = RenamePolicy::Accept },
            { .word = QStringLiteral("reject"), .value = RenamePolicy::Reject },
            { .word = QStringLiteral("ask"), .value = RenamePolicy::Propose },
            { .word = QStringLiteral("propose"), .value = RenamePolicy::Propose, .isAlias = true },
        };
        return choices;
    }

    QString wordOf(RenamePolicy policy)
    {
        for (const Choice<RenamePolicy>& c : renameChoices()) {
            if (c.value == policy)
                return c.word;
        }
        return {};
    }

} // namespace

QCommandLineOption renamesOption(const QString& askMeans, RenamePolicy defaultPolicy)
{
    return QCommandLineOption(QStringLiteral("renames"),
        QStringLiteral("A dropped + added pair that looks like a rename: accept (a rename), reject (a drop and an "
                       "add) or ask (%1; 'propose' is an older name for ask). Default: %2.")
            .arg(askMeans, wordOf(defaultPolicy)),
        QStringLiteral("accept|reject|ask"), wordOf(defaultPolicy));
}

std::optional<RenamePolicy> renamePolicy(const Parser& parser, const QCommandLineOption& option, QTextStream& err)
{
    return parser.choice(option, renameChoices(), err);
}

} // namespace godwit::cli
