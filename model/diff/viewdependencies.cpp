// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewdependencies.h"

#include "dependencyfinder.h"
#include "schema/identifier.h"

#include <functional>

namespace godwit::diff {

using schema::sameIdentifier;

namespace {

    bool contains(const QStringList& names, const QString& name)
    {
        return std::ranges::any_of(names, [&](const QString& n) { return sameIdentifier(n, name); });
    }

    // The views of `schema` that `view` reads (its own name aside).
    QStringList reads(const schema::Schema& schema, const schema::View& view)
    {
        QStringList out;
        for (const schema::View& other : schema.views) {
            if (!sameIdentifier(other.name, view.name) && DependencyFinder::mentions(view.sql, other.name))
                out << other.name;
        }
        return out;
    }

} // namespace

QStringList ViewDependencies::dependentViews(const schema::Schema& schema, const QStringList& names)
{
    QStringList found;
    QStringList frontier = names;
    while (!frontier.isEmpty()) {
        QStringList next;
        for (const schema::View& v : schema.views) {
            if (contains(names, v.name) || contains(found, v.name))
                continue;
            if (std::ranges::any_of(frontier, [&](const QString& n) { return DependencyFinder::mentions(v.sql, n); })) {
                found << v.name;
                next << v.name;
            }
        }
        frontier = next;
    }
    return creationOrder(schema, found);
}

QStringList ViewDependencies::creationOrder(const schema::Schema& schema, const QStringList& views)
{
    // Depth-first over "reads", in schema order so that unrelated views keep their order; a
    // cycle (impossible in a valid schema) is broken where it is met.
    QStringList ordered;
    QStringList visiting;
    std::function<void(const schema::View&)> visit = [&](const schema::View& v) {
        if (contains(ordered, v.name) || contains(visiting, v.name))
            return;
        visiting << v.name;
        for (const QString& r : reads(schema, v)) {
            if (contains(views, r))
                visit(*schema.view(r));
        }
        visiting.removeLast();
        ordered << v.name;
    };
    for (const schema::View& v : schema.views) {
        if (contains(views, v.name))
            visit(v);
    }
    return ordered;
}

QStringList ViewDependencies::triggersUsing(const schema::Schema& schema, const QStringList& names)
{
    QStringList out;
    for (const schema::Trigger& t : schema.triggers) {
        if (contains(names, t.table)
            || std::ranges::any_of(names, [&](const QString& n) { return DependencyFinder::mentions(t.sql, n); }))
            out << t.name;
    }
    return out;
}

} // namespace godwit::diff
