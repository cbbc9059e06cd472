// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewwriter.h"

#include "core/textfile.h"
#include "htmlreviewwriter.h"
#include "markdownreviewwriter.h"
#include "pdfreviewwriter.h"

#include <QDir>
#include <QFileInfo>

namespace godwit::report {

std::optional<ReviewFormat> ReviewWriter::formatForPath(const QString& path)
{
    if (path.endsWith(QLatin1Char('/')) || QFileInfo(path).isDir())
        return ReviewFormat::MarkdownFolder;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReviewFormat::Html;
    if (suffix == QLatin1String("pdf"))
        return ReviewFormat::Pdf;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ReviewFormat::Markdown;
    return std::nullopt;
}

Result<QStringList> ReviewWriter::write(
    const ReviewReport& report, const QString& path, ReviewFormat format, const ReviewWriteOptions& options)
{
    if (format == ReviewFormat::Pdf) {
        if (auto written = PdfReviewWriter::write(report, path, options.page); !written)
            return std::unexpected(written.error());
        return QStringList { path };
    }
    if (format == ReviewFormat::MarkdownFolder && !options.summary)
        return MarkdownReviewWriter::writeFolder(report, path);
    QString target = path;
    if (format == ReviewFormat::MarkdownFolder)
        target
            = path + (path.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + QStringLiteral("summary.md");
    const QString text = format == ReviewFormat::Html ? HtmlReviewWriter::write(report)
        : options.summary                             ? MarkdownReviewWriter::summary(report)
                                                      : MarkdownReviewWriter::write(report);
    if (format == ReviewFormat::MarkdownFolder && !QDir().mkpath(path))
        return fail(Error::Code::Io, QStringLiteral("cannot create the folder"), path);
    if (auto written = TextFile::write(target, text); !written)
        return std::unexpected(written.error());
    return QStringList { target };
}

} // namespace godwit::report
