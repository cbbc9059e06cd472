// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionuri.h"

#include <QRegularExpression>

namespace godwit::postgres {

bool ConnectionUri::isUri(QStringView source)
{
    return source.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || source.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString ConnectionUri::redacted(const QString& uri)
{
    if (!isUri(uri))
        return uri;
    const qsizetype schemeEnd = uri.indexOf(QLatin1String("://")) + 3;
    // The authority ends at the first '/', '?' or '#'; a password sits between ':' and '@' in it.
    qsizetype authorityEnd = uri.size();
    for (const QChar stop : { QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#') }) {
        const qsizetype at = uri.indexOf(stop, schemeEnd);
        if (at >= 0)
            authorityEnd = std::min(authorityEnd, at);
    }
    QString out = uri;
    const qsizetype at = uri.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (at >= schemeEnd) {
        const qsizetype colon = uri.indexOf(QLatin1Char(':'), schemeEnd);
        if (colon >= 0 && colon < at)
            out = uri.left(colon) + uri.mid(at);
    }
    static const QRegularExpression password(
        QStringLiteral("([?&])password=[^&#]*(&?)"), QRegularExpression::CaseInsensitiveOption);
    out.replace(password, QStringLiteral("\\1"));
    while (out.endsWith(QLatin1Char('&')) || out.endsWith(QLatin1Char('?')))
        out.chop(1);
    return out;
}

} // namespace godwit::postgres
