// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace godwit::schema {

struct View {
    QString name;
    QStringList columns; // result column names
    QString sql; // CREATE VIEW text

    bool operator==(const View&) const = default;
};

} // namespace godwit::schema
