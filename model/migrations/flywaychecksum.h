// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QString>

namespace godwit::migrations {

// The checksum Flyway stores for a SQL migration, so a history written by Flyway validates
// here and ours validates there. Flyway (ChecksumCalculator) decodes the file as UTF-8 with a
// strict decoder, reads it with BufferedReader.readLine (lines end at \n, \r or \r\n), drops
// a byte-order mark at the start of the first line, and feeds the UTF-8 bytes of every line,
// without its terminator, into one java.util.zip.CRC32; the value is stored as a signed int.
class FlywayChecksum final {
public:
    // Flyway's checksum of a file's bytes; invalid UTF-8 is an error at its line and column,
    // as Flyway refuses such a file too ("Unable to calculate checksum").
    [[nodiscard]] static Result<qint32> compute(QByteArrayView bytes, const QString& fileName = {});
    [[nodiscard]] static Result<qint32> ofFile(const QString& path);

    // Plain CRC-32 (ISO-HDLC, as zlib and java.util.zip.CRC32), continuing from `crc`.
    [[nodiscard]] static quint32 crc32(QByteArrayView bytes, quint32 crc = 0);
};

} // namespace godwit::migrations
