// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>

namespace godwit {

namespace {

    QString quoted(QStringView text)
    {
        QString out;
        out.reserve(text.size() + 2);
        out += QLatin1Char('"');
        for (QChar c : text) {
            switch (c.unicode()) {
            case '"':
                out += QLatin1String("\\\"");
                break;
            case '\\':
                out += QLatin1String("\\\\");
                break;
            case '\b':
                out += QLatin1String("\\b");
                break;
            case '\f':
                out += QLatin1String("\\f");
                break;
            case '\n':
                out += QLatin1String("\\n");
                break;
            case '\r':
                out += QLatin1String("\\r");
                break;
            case '\t':
                out += QLatin1String("\\t");
                break;
            default:
                // U+2028/2029 are valid JSON but end a line for JavaScript and some line readers.
                if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                    out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    out += c;
            }
        }
        out += QLatin1Char('"');
        return out;
    }

    bool isScalar(const QJsonValue& v) { return !v.isArray() && !v.isObject(); }

    void writeValue(QString* out, const QJsonValue& value, int depth, const QStringList& keyOrder)
    {
        const QString indent(2 * (depth + 1), QLatin1Char(' '));
        const QString closing(2 * depth, QLatin1Char(' '));
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            *out += QLatin1String("null");
            break;
        case QJsonValue::Bool:
            *out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
            break;
        case QJsonValue::Double: {
            const double d = value.toDouble();
            const qint64 i = value.toInteger();
            *out += double(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
            break;
        }
        case QJsonValue::String:
            *out += quoted(value.toString());
            break;
        case QJsonValue::Array: {
            const QJsonArray array = value.toArray();
            if (array.isEmpty()) {
                *out += QLatin1String("[]");
            } else if (std::ranges::all_of(array, isScalar)) {
                // Lists of names stay on one line: ["order_id", "item_id"].
                *out += QLatin1Char('[');
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (i > 0)
                        *out += QLatin1String(", ");
                    writeValue(out, array.at(i), depth + 1, keyOrder);
                }
                *out += QLatin1Char(']');
            } else {
                *out += QLatin1String("[\n");
                for (qsizetype i = 0; i < array.size(); ++i) {
                    *out += indent;
                    writeValue(out, array.at(i), depth + 1, keyOrder);
                    *out += i + 1 < array.size() ? QLatin1String(",\n") : QLatin1String("\n");
                }
                *out += closing + QLatin1Char(']');
            }
            break;
        }
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            if (object.isEmpty()) {
                *out += QLatin1String("{}");
                break;
            }
            QStringList keys = object.keys();
            const QStringList& order = keyOrder;
            std::ranges::stable_sort(keys, [&](const QString& a, const QString& b) {
                const qsizetype ra = order.indexOf(a), rb = order.indexOf(b);
                if (ra >= 0 && rb >= 0)
                    return ra < rb;
                if (ra >= 0 || rb >= 0)
                    return ra >= 0;
                return a < b;
            });
            *out += QLatin1String("{\n");
            for (qsizetype i = 0; i < keys.size(); ++i) {
                *out += indent + quoted(keys[i]) + QLatin1String(": ");
                writeValue(out, object.value(keys[i]), depth + 1, keyOrder);
                *out += i + 1 < keys.size() ? QLatin1String(",\n") : QLatin1String("\n");
            }
            *out += closing + QLatin1Char('}');
            break;
        }
        }
    }

} // namespace

QString JsonText::write(const QJsonValue& value, const QStringList& keyOrder)
{
    QString out;
    writeValue(&out, value, 0, keyOrder);
    out += QLatin1Char('\n');
    return out;
}

} // namespace godwit
