// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/data/cellformat.h"

#include "widgets/common/format.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace godwit::widgets {

QString CellFormat::display(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (isBlob(value)) {
        const QByteArray bytes = value.toByteArray();
        const QString hex = QString::fromLatin1(bytes.left(8).toHex(' ').toUpper());
        return QCoreApplication::translate("godwit::widgets::CellFormat", "BLOB %1  %2%3")
            .arg(Format::dataSize(bytes.size()), hex, bytes.size() > 8 ? QStringLiteral(" …") : QString());
    }
    QString text = value.toString();
    // One line per cell: a newline would make the row taller than its neighbours.
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline >= 0 && newline < MaxText)
        return text.left(newline) + QStringLiteral(" …");
    if (text.size() > MaxText)
        return text.left(MaxText) + QStringLiteral("…");
    return text;
}

bool CellFormat::isElided(const QVariant& value)
{
    if (value.isNull())
        return false;
    if (isBlob(value))
        return true;
    const QString text = value.toString();
    return text.size() > MaxText || text.contains(QLatin1Char('\n'));
}

QString CellFormat::fullText(const QVariant& value)
{
    if (!isBlob(value))
        return value.isNull() ? QString() : value.toString();
    const QByteArray bytes = value.toByteArray();
    QString out;
    for (qsizetype at = 0; at < bytes.size(); at += 16) {
        const QByteArray line = bytes.mid(at, 16);
        QString ascii;
        for (char c : line)
            ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
        out += QStringLiteral("%1  %2  %3\n")
                   .arg(at, 8, 16, QLatin1Char('0'))
                   .arg(QString::fromLatin1(line.toHex(' ')), -47)
                   .arg(ascii);
    }
    return out;
}

QString CellFormat::plain(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (isBlob(value))
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

QVariant CellFormat::style(const QVariant& v, int role)
{
    switch (role) {
    case Qt::ForegroundRole:
        if (v.isNull() || isBlob(v))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (v.isNull()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

} // namespace godwit::widgets
