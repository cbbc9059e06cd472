// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "relationship.h"

#include <QList>
#include <QString>

namespace godwit::schema {

struct MermaidToken {
    // The tokens of Mermaid's erDiagram.jison lexer, named after them so the parser reads like the grammar.
    enum class Kind {
        ErDiagram,
        Newline,
        EntityName, // "quoted name" without `%`, `\` or line breaks
        Word, // any other "quoted text"
        UnicodeText,
        Num,
        DecimalNum,
        EntityOne, // a lone `1` that is a name, not a cardinality
        BlockStart,
        BlockStop,
        Sqs,
        Sqe,
        Colon,
        Comma,
        StyleSeparator, // `:::`
        Brkt, // `#`
        Semi,
        Cardinality,
        Identifying, // `--`, `to`
        NonIdentifying, // `..`, `.-`, `-.`, `optionally to`
        AttributeWord,
        AttributeKey,
        Comment, // "attribute comment"
        Style,
        ClassDef,
        Class,
        Subgraph,
        End,
        Direction,
        AccTitle,
        AccTitleValue,
        AccDescr,
        AccDescrValue,
        AccDescrMultilineValue,
        StyleText,
        Char, // one character no other rule takes
        Eof,
    };

    Kind kind = Kind::Eof;
    QString text; // as written; quoted tokens keep their quotes
    Cardinality cardinality = Cardinality::ExactlyOne; // Kind::Cardinality only
    int line = 0; // 1-based position in the file
    int column = 0;
    qsizetype begin = 0; // offsets in the preprocessed text, to tell adjacent tokens apart
    qsizetype end = 0;

    bool operator==(const MermaidToken&) const = default;
};

// A `%%` comment line, which Mermaid removes before parsing; Godwit reads its own
// `%% godwit:` lines from these.
struct MermaidComment {
    QString text; // what follows the `%%`, up to the end of the line
    int line = 0; // position of the first character of `text` in the file
    int column = 0;

    bool operator==(const MermaidComment&) const = default;
};

struct MermaidTokens {
    QList<MermaidToken> tokens; // ends with Kind::Eof
    QList<MermaidComment> comments;
};

// Mermaid's preprocessing (line endings, front matter, `%%{...}%%` directives, `%%` comment
// lines) followed by a hand-written port of the erDiagram.jison lexer: the same rules in the
// same first-match order, the same states (entity block, style statement, accessibility
// text), so the parser sees exactly the tokens Mermaid's parser sees.
class MermaidLexer final {
public:
    // Positions are reported in `text`, with lines shifted by `firstLine - 1` (a Markdown block).
    [[nodiscard]] static Result<MermaidTokens> tokenize(
        const QString& text, const QString& fileName = {}, int firstLine = 1);
    // True when Mermaid detects `text` as an erDiagram: after preprocessing it starts with `erDiagram`.
    [[nodiscard]] static bool isErDiagram(const QString& text);
    // "end of input", "end of line" or the token text quoted, for messages.
    [[nodiscard]] static QString describe(const MermaidToken& token);
};

} // namespace godwit::schema
