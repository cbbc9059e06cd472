// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mermaidlexer.h"
#include "relationship.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit::schema {

// What an erDiagram says, before any schema meaning is given to it (MermaidParser's result).
struct MermaidAttribute {
    QString type; // as written, a trailing `?` included
    QString name; // as written, a leading `*` included
    QStringList keys; // "PK", "FK", "UK" in upper case, in the order written
    QString comment; // without the quotes
    bool hasComment = false;
    int line = 0;
    int column = 0;

    bool operator==(const MermaidAttribute&) const = default;
};

struct MermaidEntity {
    QString name; // the id relationships use
    QString alias; // `id["Alias"]`, empty when none; the first one given wins, as in Mermaid
    QList<MermaidAttribute> attributes; // every block of the entity, in order
    QStringList classes; // from `:::` and `class` statements
    int line = 0; // where the entity first appears
    int column = 0;

    bool operator==(const MermaidEntity&) const = default;
};

struct MermaidRelationship {
    QString left; // entity ids
    QString right;
    Cardinality leftCardinality = Cardinality::ExactlyOne; // the marker next to `left`
    Cardinality rightCardinality = Cardinality::ExactlyOne; // the marker next to `right`
    bool identifying = true; // `--` / `to`; false for `..`, `.-`, `-.`, `optionally to`
    QString label;
    int line = 0;
    int column = 0;

    bool operator==(const MermaidRelationship&) const = default;
};

struct MermaidDiagram {
    QList<MermaidEntity> entities; // in order of first appearance
    QList<MermaidRelationship> relationships;
    QList<MermaidComment> comments; // `%%` lines, Godwit's `%% godwit:` lines among them
    QString direction; // "TB", "BT", "LR", "RL" or empty
    QString accessibleTitle;
    QString accessibleDescription;

    [[nodiscard]] const MermaidEntity* entity(QStringView name) const
    {
        for (const MermaidEntity& e : entities) {
            if (e.name == name)
                return &e;
        }
        return nullptr;
    }

    bool operator==(const MermaidDiagram&) const = default;
};

} // namespace godwit::schema
