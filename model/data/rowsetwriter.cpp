// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowsetwriter.h"

#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace godwit::data {

namespace {

    bool isBlob(const QVariant& v) { return v.typeId() == QMetaType::QByteArray; }

    QString plain(const QVariant& v)
    {
        if (v.isNull())
            return {};
        if (isBlob(v))
            return QString::fromLatin1(v.toByteArray().toHex());
        return v.toString();
    }

    // RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
    QString csvField(const QString& s)
    {
        if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
            && !s.contains(QLatin1Char('\r')))
            return s;
        QString q = s;
        return QLatin1Char('"') + q.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    }

    // A tab or line break inside a TSV field would start a new field or row.
    QString tsvField(QString s)
    {
        return s.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '))
            .remove(QLatin1Char('\r'));
    }

    QString markdownCell(const QVariant& v)
    {
        if (v.isNull())
            return QStringLiteral("NULL");
        QString s = plain(v);
        return s.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1String("<br>"));
    }

    QJsonValue jsonValue(const QVariant& v)
    {
        if (v.isNull())
            return QJsonValue(QJsonValue::Null);
        if (isBlob(v))
            return QStringLiteral("x'%1'").arg(plain(v));
        if (v.typeId() == QMetaType::LongLong)
            return QJsonValue(v.toLongLong());
        if (v.typeId() == QMetaType::Double)
            return QJsonValue(v.toDouble());
        return QJsonValue(v.toString());
    }

    QString lines(const sqlite::RowSet& rows, const std::function<QString(const QString&)>& header,
        const std::function<QString(const QVariant&)>& cell, const QString& separator)
    {
        QStringList out;
        QStringList head;
        for (const QString& c : rows.columns)
            head << header(c);
        out << head.join(separator);
        for (const QVariantList& row : rows.rows) {
            QStringList fields;
            for (const QVariant& v : row)
                fields << cell(v);
            out << fields.join(separator);
        }
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

} // namespace

QString RowSetWriter::write(const sqlite::RowSet& rows, Format format)
{
    switch (format) {
    case Format::Tsv:
        return lines(
            rows, tsvField, [](const QVariant& v) { return tsvField(plain(v)); }, QStringLiteral("\t"));
    case Format::Csv:
        return lines(
            rows, csvField, [](const QVariant& v) { return csvField(plain(v)); }, QStringLiteral(","));
    case Format::Markdown: {
        QString out = lines(
            rows, [](const QString& c) { return markdownCell(c); }, markdownCell, QStringLiteral(" | "));
        QStringList body = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString& l : body)
            l = QStringLiteral("| %1 |").arg(l);
        body.insert(1, QStringLiteral("|") + QStringLiteral("---|").repeated(rows.columns.size()));
        return body.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    case Format::Json: {
        // Written by hand so the keys keep the columns' order (QJsonObject sorts them).
        auto encoded = [](const QJsonValue& v) {
            const QByteArray one = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
            return QString::fromUtf8(one.mid(1, one.size() - 2));
        };
        QStringList objects;
        for (const QVariantList& row : rows.rows) {
            QStringList members;
            for (qsizetype i = 0; i < rows.columns.size() && i < row.size(); ++i)
                members << encoded(rows.columns.at(i)) + QStringLiteral(": ") + encoded(jsonValue(row.at(i)));
            objects << QStringLiteral("  { %1 }").arg(members.join(QStringLiteral(", ")));
        }
        return objects.isEmpty() ? QStringLiteral("[]\n")
                                 : QStringLiteral("[\n%1\n]\n").arg(objects.join(QStringLiteral(",\n")));
    }
    }
    return {};
}

Result<void> RowSetWriter::save(const sqlite::RowSet& rows, Format format, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(rows, format).toUtf8()) < 0 || !file.commit())
        return fail(Error::Code::Io, QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    return {};
}

} // namespace godwit::data
