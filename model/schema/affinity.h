// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::schema {

// Type affinity, decided from the declared type by SQLite's five rules (datatype3.html §3.1).
enum class Affinity { Integer, Text, Blob, Real, Numeric };

[[nodiscard]] Affinity affinityOf(QStringView declaredType);
[[nodiscard]] QString affinityName(Affinity affinity); // "INTEGER", "TEXT", ...

} // namespace godwit::schema
