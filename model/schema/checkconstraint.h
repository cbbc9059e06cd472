// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::schema {

struct CheckConstraint {
    QString name; // CONSTRAINT name, may be empty
    QString expression; // the text between the parentheses
    QString column; // set for a column constraint, empty for a table constraint
    bool notValid = false; // PostgreSQL: added NOT VALID and not validated since

    bool operator==(const CheckConstraint&) const = default;
};

} // namespace godwit::schema
