// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::postgres {

// libpq connection URIs (libpq-connect.html#LIBPQ-CONNSTRING-URIS) as Godwit's sources: how a
// URI is told apart from a file name, and the form that may be printed or saved.
class ConnectionUri final {
public:
    // True for `postgresql://…` and `postgres://…`, the two schemes libpq accepts.
    [[nodiscard]] static bool isUri(QStringView source);
    // The URI without its password (in the user-info part or a `password=` parameter), so
    // messages, titles, settings and recent-file lists never hold it in clear.
    [[nodiscard]] static QString redacted(const QString& uri);
};

} // namespace godwit::postgres
