// SPDX-License-Identifier: GPL-3.0-or-later
// The Mermaid reader end to end: preprocessor and lexer, parser, the `%% godwit:` lines and the
// schema mapper, on a `.mmd` file's text and on the same text read as Markdown.
#include "fuzzsupport.h"
#include "schema/mermaidlexer.h"
#include "schema/mermaidparser.h"
#include "schema/mermaidschemareader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace godwit::schema;
    const QString text = godwit::fuzz::text(data, size);
    const QString fileName = QStringLiteral("fuzz.mmd");
    if (auto tokens = MermaidLexer::tokenize(text, fileName)) {
        GODWIT_FUZZ_CHECK(!tokens->tokens.isEmpty());
        GODWIT_FUZZ_CHECK(tokens->tokens.constLast().kind == MermaidToken::Kind::Eof);
        for (const auto& token : tokens->tokens)
            (void)MermaidLexer::describe(token);
    }
    (void)MermaidLexer::isErDiagram(text);
    if (auto diagram = MermaidParser::parse(text, fileName))
        (void)MermaidSchemaReader::toSchema(*diagram, fileName);
    (void)MermaidSchemaReader::read(text, fileName);
    if (const auto block = MermaidSchemaReader::erDiagramBlock(text)) {
        auto diagram = MermaidParser::parse(block->text, QStringLiteral("fuzz.md"), block->firstLine);
        if (diagram)
            (void)MermaidSchemaReader::toSchema(*diagram, QStringLiteral("fuzz.md"));
    }
    return 0;
}
