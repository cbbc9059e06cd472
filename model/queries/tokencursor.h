// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryshape.h"
#include "schema/sqltoken.h"

#include <QList>
#include <QString>

namespace godwit::queries {

// The significant tokens of one statement, with matched parentheses and parameter numbers:
// the lookups QueryAnalyzer's readers share.
class TokenCursor final {
public:
    explicit TokenCursor(const QString& sql);

    [[nodiscard]] int size() const { return int(m_tokens.size()); }
    [[nodiscard]] const schema::SqlToken& at(int i) const { return m_tokens.at(i); }
    [[nodiscard]] QString identifier(int i) const
    {
        return i >= 0 && i < size() ? m_tokens.at(i).identifier() : QString();
    }

    [[nodiscard]] bool word(int i, const char* keyword) const;
    [[nodiscard]] bool punct(int i, char16_t c) const;
    [[nodiscard]] bool op(int i, QLatin1StringView text) const;
    [[nodiscard]] bool isIdentifier(int i) const; // a bare or quoted name
    [[nodiscard]] bool isStatementStart(int i) const; // SELECT, WITH or VALUES
    // A word that starts a clause after a table name rather than naming an alias.
    [[nodiscard]] bool isClauseWord(int i) const;

    // For a "(" the index of its ")" (size() when unbalanced); -1 for other tokens.
    [[nodiscard]] int closing(int i) const { return m_match.value(i, -1); }
    // The token after the one at `i`, jumping over a parenthesised group as a whole.
    [[nodiscard]] int next(int i) const { return punct(i, u'(') ? m_match.at(i) + 1 : i + 1; }
    // The first token in [b, e) at this nesting level that is the keyword, or -1.
    [[nodiscard]] int find(int b, int e, const char* keyword) const;

    // The parameter number of a variable token (0 for other tokens), as SQLite numbers them.
    [[nodiscard]] int parameter(int i) const { return m_param.value(i, 0); }
    // One entry per distinct parameter, sorted by number, all with role Unknown.
    [[nodiscard]] const QList<ParameterUse>& parameters() const { return m_parameters; }

private:
    QList<schema::SqlToken> m_tokens;
    QList<int> m_match;
    QList<int> m_param;
    QList<ParameterUse> m_parameters;
};

} // namespace godwit::queries
