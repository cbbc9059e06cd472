// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace godwit::diff {

// What kind of schema object a change is about.
// Type is a PostgreSQL enum or domain.
enum class ObjectKind { Table, TableOption, Column, PrimaryKey, ForeignKey, Unique, Check, Index, View, Trigger, Type };

enum class ChangeType { Added, Removed, Renamed, Modified };

// Which property of a modified object differs. Stable codes (see attributeName) are part of the JSON format.
enum class Attribute {
    Type,
    NotNull,
    Default,
    Generated,
    Collation,
    AutoIncrement,
    Strict,
    WithoutRowid,
    Unique,
    Parts,
    Where,
    OnDelete,
    OnUpdate,
    Deferrable,
    Columns,
    Definition,
    Identity, // PostgreSQL identity column
    Validated, // PostgreSQL constraint NOT VALID → validated, or back
    Labels, // PostgreSQL enum labels
};

// Who a change hurts, in the terms of expand-contract: additive changes are safe for old
// clients; the others need the phased plan.
enum class Impact { Additive, BreaksReaders, BreaksWriters, Destructive };

// Whether SQLite can make the change with ALTER TABLE / CREATE / DROP, or needs the
// 12-step table rebuild (lang_altertable.html#otheralter).
enum class Capability { InPlace, Rebuild };

enum class Risk { Low, Medium, High };

struct AttributeChange {
    Attribute attribute = Attribute::Definition;
    QString before; // display text, e.g. "TEXT", "NOT NULL", "'pending'"
    QString after;

    bool operator==(const AttributeChange&) const = default;
};

// An object that refers to a changed column or table and is affected by the change.
struct Dependent {
    ObjectKind kind = ObjectKind::Index;
    QString table; // owning table, empty for views
    QString name; // index/view/trigger/constraint name or column name
    QString detail; // how it depends, e.g. "indexed column", "referenced in the view's SQL"

    bool operator==(const Dependent&) const = default;
};

struct Classification {
    Impact impact = Impact::Additive;
    QString reason; // one sentence a reviewer understands
    Capability capability = Capability::InPlace;
    QString sqliteRule; // the SQLite rule behind the capability
    Risk risk = Risk::Low;
    QStringList riskFactors;
    // PostgreSQL (empty/false for SQLite): the strongest table lock the statement takes, whether
    // it rewrites the table or scans it under that lock, and the manual's page for the rule
    // (the rule itself is in sqliteRule's place: `rule`).
    QString lock = {};
    bool rewrite = false;
    bool scan = false;
    QString manual = {};

    bool operator==(const Classification&) const = default;
};

struct Change {
    ChangeType type = ChangeType::Modified;
    ObjectKind object = ObjectKind::Table;
    QString table; // the table (or view/trigger target) the object belongs to; the object itself for tables
    QString name; // object name after the change (before, for removals)
    QString oldName; // for renames: the name before
    QList<AttributeChange> attributes; // for Modified (and renames that also change attributes)
    QString beforeSql; // definition before (DDL or column definition), empty for additions
    QString afterSql; // definition after, empty for removals
    double confidence = 1.0; // for renames: how sure the detector is
    bool isProposal = false; // a rename the user has not confirmed yet
    Classification classification;
    QList<Dependent> dependents;

    // Stable identifier, e.g. "column:orders.shipping_eta", used to select a change in views.
    [[nodiscard]] QString id() const;
    [[nodiscard]] bool has(Attribute attribute) const;
    [[nodiscard]] const AttributeChange* attribute(Attribute attribute) const;

    bool operator==(const Change&) const = default;
};

[[nodiscard]] QString objectKindName(ObjectKind kind); // "table", "column", ...
[[nodiscard]] QString changeTypeName(ChangeType type); // "added", ...
[[nodiscard]] QString attributeName(Attribute attribute); // "type", "notNull", ...
[[nodiscard]] QString impactName(Impact impact); // "additive", "breaking-for-readers", ...
[[nodiscard]] QString capabilityName(Capability capability); // "in-place", "rebuild"
[[nodiscard]] QString riskName(Risk risk); // "low", "medium", "high"

} // namespace godwit::diff
