// SPDX-License-Identifier: GPL-3.0-or-later
#include "flywaychecksum.h"

#include "core/textfile.h"
#include "core/textposition.h"

#include <array>

namespace godwit::migrations {

namespace {

    constexpr std::array<quint32, 256> makeTable()
    {
        std::array<quint32, 256> table {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return table;
    }
    constexpr std::array<quint32, 256> kTable = makeTable();

    // Offset of the first byte that is not valid UTF-8 as Java's strict decoder sees it, or -1.
    qsizetype firstInvalidUtf8(QByteArrayView bytes)
    {
        const QString text = QString::fromUtf8(bytes);
        if (!text.contains(QChar::ReplacementCharacter))
            return -1;
        const QByteArray roundTrip = text.toUtf8();
        if (roundTrip == bytes)
            return -1; // a real U+FFFD in the file
        qsizetype i = 0;
        while (i < bytes.size() && i < roundTrip.size() && bytes[i] == roundTrip[i])
            ++i;
        return i;
    }

} // namespace

quint32 FlywayChecksum::crc32(QByteArrayView bytes, quint32 crc)
{
    crc = ~crc;
    for (const char b : bytes)
        crc = kTable[(crc ^ static_cast<quint8>(b)) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

Result<qint32> FlywayChecksum::compute(QByteArrayView bytes, const QString& fileName)
{
    // Only the BOM at the very start is dropped (BomFilter looks at the first line only); a
    // U+FEFF starting any later line stays in.
    const QByteArrayView whole = bytes;
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    bytes = bytes.sliced(bom);
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        const TextPosition pos = TextPosition::fromUtf8Offset(whole, bom + bad);
        Error e;
        e.code = Error::Code::Parse;
        e.message = QStringLiteral("file is not valid UTF-8, so it has no Flyway checksum");
        e.file = fileName;
        e.line = pos.line;
        e.column = pos.column;
        return std::unexpected(std::move(e));
    }
    // Valid UTF-8 decodes and re-encodes to the same bytes, so the lines' bytes are the file's
    // bytes minus the terminators.
    quint32 crc = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || bytes[i] == '\r') {
            crc = crc32(bytes.sliced(start, i - start), crc);
            start = i + 1;
        }
    }
    crc = crc32(bytes.sliced(start), crc);
    return static_cast<qint32>(crc);
}

Result<qint32> FlywayChecksum::ofFile(const QString& path)
{
    auto data = TextFile::readBytes(path, QStringLiteral("a migration script"));
    if (!data)
        return std::unexpected(data.error());
    // The text must be readable as a script too (UTF-8, no NUL), or the folder is refused now.
    if (auto text = TextFile::decode(*data, path); !text)
        return std::unexpected(text.error());
    return compute(*data, path);
}

} // namespace godwit::migrations
