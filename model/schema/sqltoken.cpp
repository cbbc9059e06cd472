// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltoken.h"

namespace godwit::schema {

QString SqlToken::identifier() const
{
    if ((kind != Kind::QuotedIdentifier && kind != Kind::String) || text.size() < 2)
        return text;
    const QChar open = text.front();
    const QChar close = open == QLatin1Char('[') ? QLatin1Char(']') : open;
    QString inner = text.mid(1, text.size() - 2);
    if (open != QLatin1Char('['))
        inner.replace(QString(2, close), QString(close));
    return inner;
}

bool SqlToken::is(QLatin1StringView keyword) const
{
    return kind == Kind::Word && text.compare(keyword, Qt::CaseInsensitive) == 0;
}

} // namespace godwit::schema
