// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include "core/textposition.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace godwit {

namespace {

    std::unexpected<Error> errorAt(const QByteArray& bytes, qsizetype offset, const QString& path, QString message)
    {
        const TextPosition pos = TextPosition::fromUtf8Offset(bytes, offset);
        Error e;
        e.code = Error::Code::Parse;
        e.message = std::move(message);
        e.file = path;
        e.line = pos.line;
        e.column = pos.column;
        return std::unexpected(std::move(e));
    }

    // Offset of the first byte that does not survive a UTF-8 round trip: invalid sequences
    // decode to U+FFFD, which encodes differently. Only called once decoding has failed.
    qsizetype firstInvalidUtf8(const QByteArray& bytes, const QString& text)
    {
        const QByteArray back = text.toUtf8();
        qsizetype offset = 0;
        while (offset < bytes.size() && offset < back.size() && bytes[offset] == back[offset])
            ++offset;
        return offset;
    }

} // namespace

Result<QByteArray> TextFile::readBytes(const QString& path, const QString& what)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (info.isSymLink())
            return fail(Error::Code::FileNotFound,
                QStringLiteral("broken symbolic link (to %1)").arg(info.symLinkTarget()), path);
        return fail(Error::Code::FileNotFound, QStringLiteral("no such file"), path);
    }
    if (info.isDir())
        return fail(Error::Code::IsDirectory, QStringLiteral("is a directory, not %1").arg(what), path);
    if (!info.isFile())
        return fail(Error::Code::Unsupported,
            QStringLiteral("not a regular file (a FIFO, socket or device), not %1").arg(what), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!info.isReadable())
            return fail(Error::Code::PermissionDenied, QStringLiteral("permission denied"), path);
        return fail(Error::Code::Io, QStringLiteral("cannot read file: %1").arg(file.errorString()), path);
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(Error::Code::Io, QStringLiteral("cannot read file: %1").arg(file.errorString()), path);
    return bytes;
}

Result<QString> TextFile::decode(QByteArray bytes, const QString& path)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // Stateless: a sequence cut off at the end of the file is an error, not state kept for more input.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return errorAt(bytes, firstInvalidUtf8(bytes, text), path, QStringLiteral("file is not valid UTF-8"));
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return errorAt(bytes, nul, path, QStringLiteral("NUL byte"));
    return text;
}

Result<QString> TextFile::read(const QString& path, const QString& what)
{
    auto bytes = readBytes(path, what);
    if (!bytes)
        return std::unexpected(bytes.error());
    return decode(std::move(*bytes), path);
}

Result<void> TextFile::writeBytes(const QString& path, const QByteArray& bytes)
{
    if (QFileInfo(path).isDir())
        return fail(Error::Code::IsDirectory, QStringLiteral("is a directory, not a file to write"), path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::Code::Io, QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    return {};
}

Result<void> TextFile::write(const QString& path, QStringView text) { return writeBytes(path, text.toUtf8()); }

} // namespace godwit
