// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace godwit::schema {

struct SqlToken {
    enum class Kind {
        Word, // keyword or bare identifier
        QuotedIdentifier, // "x", [x] or `x`
        String, // 'x'
        Number,
        Blob, // x'ABCD'
        Variable, // ?, ?1, :name, @name, $name
        Punctuation, // ( ) , ; . and operators
        Comment,
        Whitespace,
        Invalid, // unterminated quote/comment or a stray character
    };

    Kind kind = Kind::Invalid;
    qsizetype offset = 0; // in UTF-16 code units of the source text
    qsizetype length = 0;
    QString text; // the token as written

    // Identifier value: quotes removed and doubled quotes collapsed; Word text unchanged.
    [[nodiscard]] QString identifier() const;
    // Case-insensitive keyword test for Word tokens.
    [[nodiscard]] bool is(QLatin1StringView keyword) const;
    [[nodiscard]] bool isPunct(QChar c) const { return kind == Kind::Punctuation && text.size() == 1 && text[0] == c; }
    [[nodiscard]] bool isTrivia() const { return kind == Kind::Comment || kind == Kind::Whitespace; }
    [[nodiscard]] bool isName() const
    {
        return kind == Kind::Word || kind == Kind::QuotedIdentifier || kind == Kind::String;
    }

    bool operator==(const SqlToken&) const = default;
};

} // namespace godwit::schema
