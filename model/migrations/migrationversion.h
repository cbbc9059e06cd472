// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QStringList>

namespace godwit::migrations {

// A Flyway migration version: "2", "2.1" or "2_1" (underscores read as dots), compared
// numerically part by part like Flyway's MigrationVersion, so 1.10 > 1.9 and 1.0 == 1.
struct MigrationVersion {
    QString text; // as displayed and stored in the history table: underscores turned into dots
    QStringList parts; // decimal digits without leading zeros, trailing zero parts removed ("1.0" -> ["1"])

    // nullopt unless `version` is digits separated by single dots or underscores.
    [[nodiscard]] static std::optional<MigrationVersion> parse(QStringView version);

    // <0, 0, >0 like strcmp; numeric, with arbitrarily long parts (Flyway uses BigInteger).
    [[nodiscard]] int compare(const MigrationVersion& other) const;
    [[nodiscard]] bool isSameVersion(const MigrationVersion& other) const { return compare(other) == 0; }
    [[nodiscard]] bool isEmpty() const { return parts.isEmpty(); }

    bool operator==(const MigrationVersion&) const = default;
};

} // namespace godwit::migrations
