// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidschemareader.h"

#include "core/textfile.h"
#include "mermaidgodwitlines.h"
#include "mermaidlexer.h"
#include "mermaidparser.h"
#include "mermaidschemamapper.h"

#include <QHash>

namespace godwit::schema {

namespace {

    bool isMarkdown(const QString& path)
    {
        return path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
            || path.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
    }

    // A CommonMark code fence: up to three spaces, then three or more backticks or tildes.
    struct Fence {
        QChar marker;
        qsizetype length = 0;
        QString info;
    };

    std::optional<Fence> fenceOf(QStringView line)
    {
        qsizetype i = 0;
        while (i < line.size() && i < 4 && line[i] == QLatin1Char(' '))
            ++i;
        if (i > 3 || i >= line.size() || (line[i] != QLatin1Char('`') && line[i] != QLatin1Char('~')))
            return std::nullopt;
        Fence fence;
        fence.marker = line[i];
        while (i + fence.length < line.size() && line[i + fence.length] == fence.marker)
            ++fence.length;
        if (fence.length < 3)
            return std::nullopt;
        fence.info = line.mid(i + fence.length).trimmed().toString();
        if (fence.marker == QLatin1Char('`') && fence.info.contains(QLatin1Char('`')))
            return std::nullopt;
        return fence;
    }

} // namespace

Result<Schema> MermaidSchemaReader::read(const QString& text, const QString& fileName)
{
    auto diagram = MermaidParser::parse(text, fileName);
    if (!diagram)
        return std::unexpected(diagram.error());
    return toSchema(*diagram, fileName);
}

Result<Schema> MermaidSchemaReader::toSchema(const MermaidDiagram& diagram, const QString& fileName, Dialect dialect)
{
    auto facts = MermaidGodwitLines::read(diagram.comments, fileName);
    if (!facts)
        return std::unexpected(facts.error());
    return MermaidSchemaMapper::map(diagram, *facts, fileName, dialect);
}

Result<MermaidDiagram> MermaidSchemaReader::parseFile(const QString& path)
{
    auto text = TextFile::read(path, QStringLiteral("a Mermaid diagram"));
    if (!text)
        return std::unexpected(text.error());
    if (!isMarkdown(path))
        return MermaidParser::parse(*text, path);
    const auto block = erDiagramBlock(*text);
    if (!block)
        return fail(
            Error::Code::Parse, QStringLiteral("no ```mermaid block with an erDiagram in this Markdown file"), path);
    return MermaidParser::parse(block->text, path, block->firstLine);
}

Result<Schema> MermaidSchemaReader::readFile(const QString& path)
{
    auto diagram = parseFile(path);
    if (!diagram)
        return std::unexpected(diagram.error());
    return toSchema(*diagram, path);
}

bool MermaidSchemaReader::handles(const QString& path)
{
    return isMarkdown(path) || path.endsWith(QLatin1String(".mmd"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".mermaid"), Qt::CaseInsensitive);
}

QString MermaidSchemaReader::declaredType(QStringView mermaidType)
{
    // docs/mermaid-format.md, "Reading Mermaid", lists this table.
    static const QHash<QString, QString> types = [] {
        QHash<QString, QString> map;
        auto add = [&](const char* sqlite, std::initializer_list<const char*> names) {
            for (const char* name : names)
                map.insert(QLatin1String(name), QLatin1String(sqlite));
        };
        add("INTEGER",
            { "int", "integer", "tinyint", "smallint", "mediumint", "bigint", "int2", "int4", "int8", "long", "serial",
                "smallserial", "bigserial", "bool", "boolean" });
        add("TEXT",
            { "string", "str", "text", "varchar", "char", "character", "nchar", "nvarchar", "varchar2", "clob", "ntext",
                "tinytext", "mediumtext", "longtext", "uuid", "guid", "json", "jsonb", "xml", "enum", "date", "time",
                "datetime", "timestamp", "timestamptz" });
        add("NUMERIC", { "decimal", "numeric", "number", "money", "smallmoney" });
        add("REAL", { "float", "double", "real", "float4", "float8", "single" });
        add("BLOB", { "blob", "binary", "varbinary", "bytes", "bytea", "image", "tinyblob", "mediumblob", "longblob" });
        add("", { "any" });
        return map;
    }();
    const QStringView type = mermaidType.trimmed();
    if (type.endsWith(u"[]"))
        return QStringLiteral("TEXT"); // an array is stored as JSON text
    const qsizetype parenthesis = type.indexOf(QLatin1Char('('));
    const auto it
        = types.constFind(type.left(parenthesis < 0 ? type.size() : parenthesis).trimmed().toString().toLower());
    return it != types.constEnd() ? *it : type.toString();
}

std::optional<MermaidSchemaReader::MarkdownBlock> MermaidSchemaReader::erDiagramBlock(const QString& markdown)
{
    const QList<QStringView> lines = QStringView(markdown).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto open = fenceOf(lines[i]);
        if (!open)
            continue;
        qsizetype end = i + 1;
        for (; end < lines.size(); ++end) {
            const auto close = fenceOf(lines[end]);
            if (close && close->marker == open->marker && close->length >= open->length && close->info.isEmpty())
                break;
        }
        // An unclosed fence runs to the end of the document (CommonMark).
        const QString language = open->info.section(QLatin1Char(' '), 0, 0);
        if (language.compare(QLatin1String("mermaid"), Qt::CaseInsensitive) == 0) {
            QStringList body;
            for (qsizetype k = i + 1; k < end; ++k)
                body.append(lines[k].toString());
            MarkdownBlock block { body.join(QLatin1Char('\n')), static_cast<int>(i + 2) };
            if (MermaidLexer::isErDiagram(block.text))
                return block;
        }
        i = end;
    }
    return std::nullopt;
}

} // namespace godwit::schema
