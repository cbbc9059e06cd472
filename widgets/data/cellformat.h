// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace godwit::widgets {

// How a grid cell shows a SQLite value: NULL as a word set apart (the delegate greys and
// italicises it), a BLOB as its size and the first bytes in hex, long text cut with an ellipsis.
class CellFormat final {
public:
    static constexpr qsizetype MaxText = 200; // characters shown in a cell; the viewer shows all

    [[nodiscard]] static QString display(const QVariant& value);
    // How a grid cell looks for `role` (ForegroundRole, FontRole, TextAlignmentRole): NULL greyed
    // and italic, a BLOB greyed, numbers right-aligned; an invalid QVariant for other roles.
    [[nodiscard]] static QVariant style(const QVariant& value, int role);
    [[nodiscard]] static bool isNull(const QVariant& value) { return value.isNull(); }
    [[nodiscard]] static bool isBlob(const QVariant& value) { return value.typeId() == QMetaType::QByteArray; }
    // Whether display() shortened the value: the cell viewer has more to show.
    [[nodiscard]] static bool isElided(const QVariant& value);
    // The whole value as text: a hex dump for a BLOB, the text itself otherwise.
    [[nodiscard]] static QString fullText(const QVariant& value);
    // As a CSV/TSV/Markdown/JSON writer needs it: NULL empty, BLOB as hex.
    [[nodiscard]] static QString plain(const QVariant& value);
};

} // namespace godwit::widgets
