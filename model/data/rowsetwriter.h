// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sqlite/rowset.h"

namespace godwit::data {

// Rows as text for the clipboard and for files. NULL is an empty field in TSV and CSV (the
// convention spreadsheets read), "NULL" in Markdown (a reader must tell it from ''), null in
// JSON; a BLOB is its hex (JSON: a "x'…'" string).
class RowSetWriter final {
public:
    enum class Format { Tsv, Csv, Markdown, Json };

    [[nodiscard]] static QString write(const sqlite::RowSet& rows, Format format);
    // Writes all of it or nothing (QSaveFile).
    [[nodiscard]] static Result<void> save(const sqlite::RowSet& rows, Format format, const QString& path);
};

} // namespace godwit::data
