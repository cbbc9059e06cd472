// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemawriter.h"

#include "dotschemawriter.h"
#include "jsonschemawriter.h"
#include "mermaidschemawriter.h"
#include "textschemawriter.h"

namespace godwit::schema {

QString SchemaWriter::write(const Schema& schema, SchemaFormat format)
{
    switch (format) {
    case SchemaFormat::Text:
        return TextSchemaWriter::write(schema);
    case SchemaFormat::Json:
        return JsonSchemaWriter::write(schema);
    case SchemaFormat::Mermaid:
        return MermaidSchemaWriter::write(schema);
    case SchemaFormat::Dot:
        return DotSchemaWriter::write(schema);
    }
    return {};
}

bool SchemaWriter::formatFromName(QStringView name, SchemaFormat* format)
{
    static const struct {
        QLatin1StringView name;
        SchemaFormat format;
    } formats[] = {
        { QLatin1StringView("text"), SchemaFormat::Text },
        { QLatin1StringView("json"), SchemaFormat::Json },
        { QLatin1StringView("mermaid"), SchemaFormat::Mermaid },
        { QLatin1StringView("dot"), SchemaFormat::Dot },
    };
    for (const auto& f : formats) {
        if (name.compare(f.name, Qt::CaseInsensitive) == 0) {
            if (format)
                *format = f.format;
            return true;
        }
    }
    return false;
}

} // namespace godwit::schema
