// SPDX-License-Identifier: GPL-3.0-or-later
#include "foreignkey.h"

namespace godwit::schema {

QString foreignKeyActionSql(ForeignKeyAction action)
{
    switch (action) {
    case ForeignKeyAction::NoAction:
        return QStringLiteral("NO ACTION");
    case ForeignKeyAction::Restrict:
        return QStringLiteral("RESTRICT");
    case ForeignKeyAction::SetNull:
        return QStringLiteral("SET NULL");
    case ForeignKeyAction::SetDefault:
        return QStringLiteral("SET DEFAULT");
    case ForeignKeyAction::Cascade:
        return QStringLiteral("CASCADE");
    }
    return {};
}

ForeignKeyAction foreignKeyActionFromSql(QStringView text)
{
    const QString t = text.toString().simplified().toUpper();
    if (t == QLatin1String("RESTRICT"))
        return ForeignKeyAction::Restrict;
    if (t == QLatin1String("SET NULL"))
        return ForeignKeyAction::SetNull;
    if (t == QLatin1String("SET DEFAULT"))
        return ForeignKeyAction::SetDefault;
    if (t == QLatin1String("CASCADE"))
        return ForeignKeyAction::Cascade;
    return ForeignKeyAction::NoAction;
}

} // namespace godwit::schema
