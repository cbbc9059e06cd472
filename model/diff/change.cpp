// SPDX-License-Identifier: GPL-3.0-or-later
#include "change.h"

#include <algorithm>

namespace godwit::diff {

QString Change::id() const
{
    QString qualified = name;
    if (object != ObjectKind::Table && object != ObjectKind::View && !table.isEmpty())
        qualified = table + QLatin1Char('.') + name;
    return objectKindName(object) + QLatin1Char(':') + qualified;
}

bool Change::has(Attribute a) const { return attribute(a) != nullptr; }

const AttributeChange* Change::attribute(Attribute a) const
{
    auto it = std::ranges::find(attributes, a, &AttributeChange::attribute);
    return it == attributes.end() ? nullptr : &*it;
}

QString objectKindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Table:
        return QStringLiteral("table");
    case ObjectKind::TableOption:
        return QStringLiteral("table-option");
    case ObjectKind::Column:
        return QStringLiteral("column");
    case ObjectKind::PrimaryKey:
        return QStringLiteral("primary-key");
    case ObjectKind::ForeignKey:
        return QStringLiteral("foreign-key");
    case ObjectKind::Unique:
        return QStringLiteral("unique");
    case ObjectKind::Check:
        return QStringLiteral("check");
    case ObjectKind::Index:
        return QStringLiteral("index");
    case ObjectKind::View:
        return QStringLiteral("view");
    case ObjectKind::Trigger:
        return QStringLiteral("trigger");
    case ObjectKind::Type:
        return QStringLiteral("type");
    }
    return {};
}

QString changeTypeName(ChangeType type)
{
    switch (type) {
    case ChangeType::Added:
        return QStringLiteral("added");
    case ChangeType::Removed:
        return QStringLiteral("removed");
    case ChangeType::Renamed:
        return QStringLiteral("renamed");
    case ChangeType::Modified:
        return QStringLiteral("modified");
    }
    return {};
}

QString attributeName(Attribute attribute)
{
    switch (attribute) {
    case Attribute::Type:
        return QStringLiteral("type");
    case Attribute::NotNull:
        return QStringLiteral("notNull");
    case Attribute::Default:
        return QStringLiteral("default");
    case Attribute::Generated:
        return QStringLiteral("generated");
    case Attribute::Collation:
        return QStringLiteral("collation");
    case Attribute::AutoIncrement:
        return QStringLiteral("autoIncrement");
    case Attribute::Strict:
        return QStringLiteral("strict");
    case Attribute::WithoutRowid:
        return QStringLiteral("withoutRowid");
    case Attribute::Unique:
        return QStringLiteral("unique");
    case Attribute::Parts:
        return QStringLiteral("parts");
    case Attribute::Where:
        return QStringLiteral("where");
    case Attribute::OnDelete:
        return QStringLiteral("onDelete");
    case Attribute::OnUpdate:
        return QStringLiteral("onUpdate");
    case Attribute::Deferrable:
        return QStringLiteral("deferrable");
    case Attribute::Columns:
        return QStringLiteral("columns");
    case Attribute::Definition:
        return QStringLiteral("definition");
    case Attribute::Identity:
        return QStringLiteral("identity");
    case Attribute::Validated:
        return QStringLiteral("validated");
    case Attribute::Labels:
        return QStringLiteral("labels");
    }
    return {};
}

QString impactName(Impact impact)
{
    switch (impact) {
    case Impact::Additive:
        return QStringLiteral("additive");
    case Impact::BreaksReaders:
        return QStringLiteral("breaking-for-readers");
    case Impact::BreaksWriters:
        return QStringLiteral("breaking-for-writers");
    case Impact::Destructive:
        return QStringLiteral("destructive");
    }
    return {};
}

QString capabilityName(Capability capability)
{
    return capability == Capability::InPlace ? QStringLiteral("in-place") : QStringLiteral("rebuild");
}

QString riskName(Risk risk)
{
    switch (risk) {
    case Risk::Low:
        return QStringLiteral("low");
    case Risk::Medium:
        return QStringLiteral("medium");
    case Risk::High:
        return QStringLiteral("high");
    }
    return {};
}

} // namespace godwit::diff
