// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QList>
#include <QString>

namespace godwit::schema {

// What Mermaid does to a diagram before its parser runs (preprocess.ts): line endings become
// `\n`, HTML attribute quotes become single quotes, the YAML front matter and `%%{...}%%`
// directives are removed, and so is every `%%` comment line. Each character that is left
// remembers where it came from, so errors point into the text the user wrote.
class MermaidPreprocessor final {
public:
    struct Output {
        QString text; // what the erDiagram lexer reads
        QList<qsizetype> origin; // per UTF-16 unit of `text`, plus one for its end: offset in the original
        QList<std::pair<qsizetype, QString>>
            comments; // removed `%%` lines: original offset of the text after `%%`, that text
    };

    [[nodiscard]] static Output run(const QString& original);

    // The character classes of Mermaid's JavaScript regular expressions.
    [[nodiscard]] static bool isJsSpace(int c); // `\s`
    [[nodiscard]] static bool isLineTerminator(int c); // what `.` does not match
    [[nodiscard]] static bool isWordChar(int c); // `\w`
};

} // namespace godwit::schema
