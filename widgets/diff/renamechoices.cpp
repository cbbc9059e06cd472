// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diff/renamechoices.h"

#include <QCoreApplication>

namespace godwit::widgets {

using diff::ChangeType;
using diff::ObjectKind;

QList<RenameChoice> renameChoices(const diff::Change& change, const diff::DiffOptions& options)
{
    if (change.object != ObjectKind::Table && change.object != ObjectKind::Column)
        return {};
    const QString id = change.id();
    if (change.type == ChangeType::Added && options.rejectedRenames.contains(id))
        return { { QCoreApplication::translate("godwit::widgets::RenameChoices", "Propose the Rename Again"),
            std::nullopt } };
    if (change.type != ChangeType::Renamed)
        return {};
    QList<RenameChoice> out;
    if (change.isProposal)
        out.append(
            { QCoreApplication::translate("godwit::widgets::RenameChoices", "Confirm the Rename (Keeps the Data)"),
                true });
    else if (options.acceptedRenames.contains(id))
        out.append({ QCoreApplication::translate("godwit::widgets::RenameChoices", "Back to a Proposed Rename"),
            std::nullopt });
    out.append(
        { QCoreApplication::translate("godwit::widgets::RenameChoices", "Not a Rename: Drop and Add (Loses the Data)"),
            false });
    return out;
}

} // namespace godwit::widgets
