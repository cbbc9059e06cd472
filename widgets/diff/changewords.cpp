// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diff/changewords.h"

#include <QCoreApplication>

namespace godwit::widgets {

using diff::Attribute;
using diff::ObjectKind;

QString objectKindText(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Table:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "table");
    case ObjectKind::TableOption:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "table option");
    case ObjectKind::Column:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "column");
    case ObjectKind::PrimaryKey:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "primary key");
    case ObjectKind::ForeignKey:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "foreign key");
    case ObjectKind::Unique:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "unique constraint");
    case ObjectKind::Check:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "check constraint");
    case ObjectKind::Index:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "index");
    case ObjectKind::View:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "view");
    case ObjectKind::Trigger:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "trigger");
    case ObjectKind::Type:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "type");
    }
    return diff::objectKindName(kind);
}

QString attributeText(Attribute attribute)
{
    switch (attribute) {
    case Attribute::Type:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "type");
    case Attribute::NotNull:
        return QStringLiteral("NOT NULL");
    case Attribute::Default:
        return QStringLiteral("DEFAULT");
    case Attribute::Generated:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "generated as");
    case Attribute::Collation:
        return QStringLiteral("COLLATE");
    case Attribute::AutoIncrement:
        return QStringLiteral("AUTOINCREMENT");
    case Attribute::Strict:
        return QStringLiteral("STRICT");
    case Attribute::WithoutRowid:
        return QStringLiteral("WITHOUT ROWID");
    case Attribute::Unique:
        return QStringLiteral("UNIQUE");
    case Attribute::Parts:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "key parts");
    case Attribute::Where:
        return QStringLiteral("WHERE");
    case Attribute::OnDelete:
        return QStringLiteral("ON DELETE");
    case Attribute::OnUpdate:
        return QStringLiteral("ON UPDATE");
    case Attribute::Deferrable:
        return QStringLiteral("DEFERRABLE");
    case Attribute::Columns:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "columns");
    case Attribute::Definition:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "definition");
    case Attribute::Identity:
        return QStringLiteral("IDENTITY");
    case Attribute::Validated:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "validated");
    case Attribute::Labels:
        return QCoreApplication::translate("godwit::widgets::ChangeWords", "labels");
    }
    return diff::attributeName(attribute);
}

} // namespace godwit::widgets
