// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidlexer.h"

#include "core/messagetext.h"
#include "mermaidpreprocessor.h"

#include <algorithm>
#include <array>

namespace godwit::schema {

namespace {

    using Kind = MermaidToken::Kind;

    bool isJsSpace(int c) { return MermaidPreprocessor::isJsSpace(c); }
    bool isLineTerminator(int c) { return MermaidPreprocessor::isLineTerminator(c); }
    bool isWordChar(int c) { return MermaidPreprocessor::isWordChar(c); }
    bool isDigit(int c) { return c >= '0' && c <= '9'; }
    bool isAsciiLetter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    // 1-based line and column (in code points) of an offset into the original text.
    class Positions {
    public:
        Positions(const QString& original, int firstLine)
            : m_text(original)
            , m_firstLine(firstLine)
        {
            m_lineStarts.append(0);
            for (qsizetype i = 0; i < original.size(); ++i) {
                if (original[i] == QLatin1Char('\n'))
                    m_lineStarts.append(i + 1);
            }
        }

        [[nodiscard]] std::pair<int, int> at(qsizetype offset) const
        {
            const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset) - 1;
            int column = 1;
            for (qsizetype i = *it; i < offset && i < m_text.size(); ++i) {
                if (!m_text[i].isLowSurrogate() || i == *it || !m_text[i - 1].isHighSurrogate())
                    ++column;
            }
            return { static_cast<int>(it - m_lineStarts.begin()) + m_firstLine, column };
        }

    private:
        const QString& m_text;
        int m_firstLine;
        QList<qsizetype> m_lineStarts;
    };

    struct Literal {
        const char16_t* text;
        Kind kind;
        Cardinality cardinality;
        bool boundary; // jison appends `\b` to rules that end in a word character
    };

    // erDiagram.jison's cardinality and relationship rules, in its order (first match wins).
    constexpr std::array relationshipLiterals {
        Literal { u"one or zero", Kind::Cardinality, Cardinality::ZeroOrOne, true },
        Literal { u"one or more", Kind::Cardinality, Cardinality::OneOrMore, true },
        Literal { u"one or many", Kind::Cardinality, Cardinality::OneOrMore, true },
        Literal { u"1+", Kind::Cardinality, Cardinality::OneOrMore, false },
        Literal { u"|o", Kind::Cardinality, Cardinality::ZeroOrOne, true },
        Literal { u"zero or one", Kind::Cardinality, Cardinality::ZeroOrOne, true },
        Literal { u"zero or more", Kind::Cardinality, Cardinality::ZeroOrMore, true },
        Literal { u"zero or many", Kind::Cardinality, Cardinality::ZeroOrMore, true },
        Literal { u"0+", Kind::Cardinality, Cardinality::ZeroOrMore, false },
        Literal { u"}o", Kind::Cardinality, Cardinality::ZeroOrMore, true },
        Literal { u"many(0)", Kind::Cardinality, Cardinality::ZeroOrMore, false },
        Literal { u"many(1)", Kind::Cardinality, Cardinality::OneOrMore, false },
        Literal { u"many", Kind::Cardinality, Cardinality::ZeroOrMore, true },
        Literal { u"}|", Kind::Cardinality, Cardinality::OneOrMore, false },
        Literal { u"one", Kind::Cardinality, Cardinality::ExactlyOne, true },
        Literal { u"only one", Kind::Cardinality, Cardinality::ExactlyOne, true },
    };

    constexpr std::array lateLiterals {
        Literal { u"||", Kind::Cardinality, Cardinality::ExactlyOne, false },
        Literal { u"o|", Kind::Cardinality, Cardinality::ZeroOrOne, false },
        Literal { u"o{", Kind::Cardinality, Cardinality::ZeroOrMore, false },
        Literal { u"|{", Kind::Cardinality, Cardinality::OneOrMore, false },
    };

    constexpr std::array lineLiterals {
        Literal { u"..", Kind::NonIdentifying, {}, false },
        Literal { u"--", Kind::Identifying, {}, false },
        Literal { u"to", Kind::Identifying, {}, true },
        Literal { u"optionally to", Kind::NonIdentifying, {}, true },
        Literal { u".-", Kind::NonIdentifying, {}, false },
        Literal { u"-.", Kind::NonIdentifying, {}, false },
    };

    class Scanner {
    public:
        Scanner(const MermaidPreprocessor::Output& source, const Positions& positions, const QString& fileName)
            : m_source(source)
            , m_text(source.text)
            , m_positions(positions)
            , m_fileName(fileName)
        {
        }

        [[nodiscard]] Result<QList<MermaidToken>> run();

    private:
        enum class State { Initial, Block, BlockBq, AccTitle, AccDescr, AccDescrMultiline, Style };

        [[nodiscard]] int at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text[i].unicode() : -1; }
        [[nodiscard]] bool boundaryAt(qsizetype i) const { return isWordChar(at(i - 1)) != isWordChar(at(i)); }
        // Case-insensitive, as the grammar's `%options case-insensitive` makes every rule.
        [[nodiscard]] bool literalAt(qsizetype p, QStringView word) const
        {
            return QStringView(m_text).mid(p, word.size()).compare(word, Qt::CaseInsensitive) == 0;
        }
        [[nodiscard]] bool keywordAt(qsizetype p, QStringView word) const
        {
            return literalAt(p, word) && boundaryAt(p + word.size());
        }
        [[nodiscard]] qsizetype skipSpaces(qsizetype p) const
        {
            while (isJsSpace(at(p)))
                ++p;
            return p;
        }
        [[nodiscard]] bool literalMatch(const Literal& l) const
        {
            const QStringView word(l.text);
            return l.boundary ? keywordAt(m_pos, word) : literalAt(m_pos, word);
        }

        void produce(Kind kind, qsizetype end, Cardinality cardinality = Cardinality::ExactlyOne)
        {
            MermaidToken token;
            token.kind = kind;
            token.text = m_text.mid(m_pos, end - m_pos);
            token.cardinality = cardinality;
            token.begin = m_pos;
            token.end = end;
            std::tie(token.line, token.column) = m_positions.at(m_source.origin[m_pos]);
            m_tokens.append(token);
            m_pos = end;
        }
        [[nodiscard]] State state() const { return m_states.back(); }
        void push(State s) { m_states.append(s); }
        void pop()
        {
            if (m_states.size() > 1)
                m_states.removeLast();
        }

        [[nodiscard]] qsizetype directionEnd() const;
        void initial();
        // The rules of the initial state in groups, in the grammar's order; each returns whether it matched.
        [[nodiscard]] bool accessibility();
        [[nodiscard]] bool layoutOrString(int c);
        [[nodiscard]] bool punctuationOrKeyword(int c);
        void number(int c);
        void block();
        [[nodiscard]] bool style();
        void produceEof();

        const MermaidPreprocessor::Output& m_source;
        const QString& m_text;
        const Positions& m_positions;
        QString m_fileName;
        QList<MermaidToken> m_tokens;
        QList<State> m_states { State::Initial };
        qsizetype m_pos = 0;
    };

    // `.*direction\s+TB[^\n]*` and its BT, RL, LR siblings: any line holding "direction TB" is a
    // direction statement, from the current position to the end of that line. Returns -1 or the end.
    qsizetype Scanner::directionEnd() const
    {
        qsizetype lineEnd = m_pos;
        while (lineEnd < m_text.size() && !isLineTerminator(at(lineEnd)))
            ++lineEnd;
        const QStringView line = QStringView(m_text).mid(m_pos, lineEnd - m_pos);
        if (!line.contains(u"direction", Qt::CaseInsensitive))
            return -1;
        for (const char16_t* direction : { u"TB", u"BT", u"RL", u"LR" }) {
            for (qsizetype i = lineEnd - 9; i >= m_pos; --i) { // `.*` is greedy: the last one wins
                if (!literalAt(i, u"direction"))
                    continue;
                const qsizetype d = skipSpaces(i + 9);
                if (d == i + 9 || !literalAt(d, QStringView(direction)))
                    continue;
                const qsizetype end = m_text.indexOf(QLatin1Char('\n'), d + 2);
                return end < 0 ? m_text.size() : end;
            }
        }
        return -1;
    }

    void Scanner::initial()
    {
        const int c = at(m_pos);
        if (accessibility() || layoutOrString(c) || punctuationOrKeyword(c))
            return;
        for (const Literal& l : relationshipLiterals) {
            if (literalMatch(l))
                return produce(l.kind, m_pos + QStringView(l.text).size(), l.cardinality);
        }
        if (isDigit(c))
            return number(c);
        for (const Literal& l : lateLiterals) {
            if (literalMatch(l))
                return produce(l.kind, m_pos + 2, l.cardinality);
        }
        if ((c == 'u' || c == 'U') && (at(m_pos + 1) == '.' || at(m_pos + 1) == '-' || at(m_pos + 1) == '|'))
            return produce(Kind::Cardinality, m_pos + 1, Cardinality::MdParent);
        for (const Literal& l : lineLiterals) {
            if (literalMatch(l))
                return produce(l.kind, m_pos + QStringView(l.text).size());
        }
        auto isText = [](int ch) { return ch >= 0x80 || isWordChar(ch) || ch == '-' || ch == '*' || ch == '.'; };
        if (isText(c)) {
            qsizetype end = m_pos;
            while (isText(at(end)))
                ++end;
            return produce(Kind::UnicodeText, end);
        }
        produce(Kind::Char, m_pos + 1); // `.`: every character left is not a line terminator
    }

    // accTitle: and accDescr: (one line) or accDescr { (to the closing brace).
    bool Scanner::accessibility()
    {
        for (const auto& [word, kind, next] : { std::tuple { u"accTitle", Kind::AccTitle, State::AccTitle },
                 std::tuple { u"accDescr", Kind::AccDescr, State::AccDescr } }) {
            if (!literalAt(m_pos, QStringView(word)))
                continue;
            const qsizetype colon = skipSpaces(m_pos + 8);
            if (at(colon) == ':') {
                push(next);
                produce(kind, skipSpaces(colon + 1));
                return true;
            }
            if (kind == Kind::AccDescr && at(colon) == '{') {
                push(State::AccDescrMultiline);
                m_pos = skipSpaces(colon + 1);
                return true;
            }
        }
        return false;
    }

    // A direction statement, blanks, line ends, and a quoted entity name or word.
    bool Scanner::layoutOrString(int c)
    {
        if (const qsizetype end = directionEnd(); end >= 0) {
            produce(Kind::Direction, end);
            return true;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            while (at(m_pos) == ' ' || at(m_pos) == '\t' || at(m_pos) == '\r')
                ++m_pos;
            return true;
        }
        if (c == '\n') {
            qsizetype end = m_pos;
            while (at(end) == '\n')
                ++end;
            produce(Kind::Newline, end);
            return true;
        }
        if (c != '"')
            return false;
        qsizetype end = m_pos + 1;
        while (end < m_text.size() && !QStringView(u"\"%\r\n\v\b\\").contains(m_text[end]))
            ++end;
        if (end > m_pos + 1 && at(end) == '"') {
            produce(Kind::EntityName, end + 1);
            return true;
        }
        if (const qsizetype close = m_text.indexOf(QLatin1Char('"'), m_pos + 1); close > 0) {
            produce(Kind::Word, close + 1);
            return true;
        }
        return false;
    }

    bool Scanner::punctuationOrKeyword(int c)
    {
        if (keywordAt(m_pos, u"erDiagram")) {
            produce(Kind::ErDiagram, m_pos + 9);
            return true;
        }
        static constexpr std::array<std::pair<int, Kind>, 5> punctuation { { { '#', Kind::Brkt }, { ',', Kind::Comma },
            { '[', Kind::Sqs }, { ']', Kind::Sqe }, { '{', Kind::BlockStart } } };
        for (const auto& [ch, kind] : punctuation) {
            if (c != ch)
                continue;
            if (kind == Kind::BlockStart)
                push(State::Block);
            produce(kind, m_pos + 1);
            return true;
        }
        if (c == ':') {
            const bool style = literalAt(m_pos, u":::");
            produce(style ? Kind::StyleSeparator : Kind::Colon, m_pos + (style ? 3 : 1));
            return true;
        }
        static constexpr std::array<std::pair<const char16_t*, Kind>, 5> keywords { { { u"style", Kind::Style },
            { u"classDef", Kind::ClassDef }, { u"class", Kind::Class }, { u"subgraph", Kind::Subgraph },
            { u"end", Kind::End } } };
        for (const auto& [word, kind] : keywords) {
            const QStringView w(word);
            if (!keywordAt(m_pos, w))
                continue;
            if (kind == Kind::Style || kind == Kind::ClassDef)
                push(State::Style);
            produce(kind, kind == Kind::End ? skipSpaces(m_pos + 3) : m_pos + w.size());
            return true;
        }
        return false;
    }

    // A number, a decimal, or the `1` of a cardinality (`1 to`, `1--`) or an entity called 1.
    void Scanner::number(int c)
    {
        qsizetype digits = m_pos;
        while (isDigit(at(digits)))
            ++digits;
        if (at(digits) == '.' && isDigit(at(digits + 1))) {
            qsizetype end = digits + 1;
            while (isDigit(at(end)))
                ++end;
            return produce(Kind::DecimalNum, end);
        }
        if (c == '1') {
            const qsizetype after = skipSpaces(m_pos + 1);
            const int next = at(after);
            if (after > m_pos + 1
                && (isAsciiLetter(next) || next == '_' || next == '"' || next == '\'' || isDigit(next)))
                return produce(Kind::Cardinality, m_pos + 1, Cardinality::ExactlyOne);
            for (const char16_t* line : { u"--", u"..", u".-", u"-." }) {
                if (literalAt(m_pos + 1, QStringView(line)))
                    return produce(Kind::Cardinality, m_pos + 1, Cardinality::ExactlyOne);
            }
            if (boundaryAt(m_pos + 1))
                return produce(Kind::EntityOne, m_pos + 1);
        }
        produce(Kind::Num, digits);
    }

    void Scanner::block()
    {
        const int c = at(m_pos);
        if (isJsSpace(c)) {
            m_pos = skipSpaces(m_pos);
            return;
        }
        for (const char16_t* key : { u"PK", u"FK", u"UK" }) {
            if (keywordAt(m_pos, QStringView(key)))
                return produce(Kind::AttributeKey, m_pos + 2);
        }
        // `([^\s]*)[~].*[~]([^\s]*)` (generic types such as `List~int~`): a `~` in the first word,
        // the last `~` of the line after it, and the rest of that word.
        qsizetype run = m_pos;
        while (run < m_text.size() && !isJsSpace(at(run)))
            ++run;
        qsizetype lineEnd = m_pos;
        while (lineEnd < m_text.size() && !isLineTerminator(at(lineEnd)))
            ++lineEnd;
        const QStringView line = QStringView(m_text).mid(m_pos, lineEnd - m_pos);
        const qsizetype lastTilde = m_pos + line.lastIndexOf(QLatin1Char('~'));
        if (lastTilde > m_pos) {
            const qsizetype firstTilde = line.left(std::min(run, lastTilde) - m_pos).lastIndexOf(QLatin1Char('~'));
            if (firstTilde >= 0) {
                qsizetype end = lastTilde + 1;
                while (end < m_text.size() && !isJsSpace(at(end)))
                    ++end;
                return produce(Kind::AttributeWord, end);
            }
        }
        auto isFirst = [](int ch) { return ch == '*' || isAsciiLetter(ch) || ch == '_' || ch >= 0xC0; };
        // at() is -1 past the end, which QChar must not get (Q_ASSERT in debug builds).
        auto isRest = [](int ch) {
            return isAsciiLetter(ch) || isDigit(ch) || ch >= 0xC0
                || (ch >= 0 && QStringView(u"-_[]().,*").contains(QChar(ch)));
        };
        if (isFirst(c)) {
            qsizetype end = m_pos + 1;
            while (isRest(at(end)))
                ++end;
            return produce(Kind::AttributeWord, end);
        }
        if (c == '`') {
            push(State::BlockBq);
            ++m_pos;
            return;
        }
        if (c == '"') {
            if (const qsizetype close = m_text.indexOf(QLatin1Char('"'), m_pos + 1); close > 0)
                return produce(Kind::Comment, close + 1);
        }
        if (c == '}') {
            pop();
            return produce(Kind::BlockStop, m_pos + 1);
        }
        produce(Kind::Char, m_pos + 1);
    }

    // Returns false on text no style rule takes, which is a lexical error in Mermaid too.
    bool Scanner::style()
    {
        const int c = at(m_pos);
        if (c == '\n') {
            qsizetype end = m_pos;
            while (at(end) == '\n')
                ++end;
            pop();
            produce(Kind::Newline, end);
            return true;
        }
        if (isJsSpace(c)) {
            m_pos = skipSpaces(m_pos); // line breaks too: after trailing blanks the statement goes on
            return true;
        }
        switch (c) {
        case ':':
            produce(Kind::Colon, m_pos + 1);
            return true;
        case ',':
            produce(Kind::Comma, m_pos + 1);
            return true;
        case '#':
            produce(Kind::Brkt, m_pos + 1);
            return true;
        case ';':
            produce(Kind::Semi, m_pos + 1);
            return true;
        default:
            break;
        }
        auto isText = [](int ch) { return ch >= 0x80 || isWordChar(ch) || ch == '-' || ch == '*'; };
        if (!isText(c))
            return false;
        qsizetype end = m_pos;
        while (isText(at(end)))
            ++end;
        produce(Kind::StyleText, end);
        return true;
    }

    void Scanner::produceEof()
    {
        MermaidToken token;
        token.begin = token.end = m_text.size();
        // Point just past the last character that says anything, not at trailing blank lines.
        qsizetype last = m_text.size() - 1;
        while (last >= 0 && isJsSpace(at(last)))
            --last;
        std::tie(token.line, token.column)
            = last >= 0 ? m_positions.at(m_source.origin[last] + 1) : m_positions.at(m_source.origin.back());
        m_tokens.append(token);
    }

    Result<QList<MermaidToken>> Scanner::run()
    {
        while (m_pos < m_text.size()) {
            switch (state()) {
            case State::Initial:
                initial();
                break;
            case State::Block:
                block();
                break;
            case State::BlockBq: {
                const qsizetype close = m_text.indexOf(QLatin1Char('`'), m_pos);
                if (close == m_pos) {
                    pop();
                    ++m_pos;
                } else {
                    produce(Kind::AttributeWord, close < 0 ? m_text.size() : close);
                }
                break;
            }
            case State::AccTitle:
            case State::AccDescr: {
                const qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
                const Kind kind = state() == State::AccTitle ? Kind::AccTitleValue : Kind::AccDescrValue;
                pop();
                produce(kind, end < 0 ? m_text.size() : end);
                break;
            }
            case State::AccDescrMultiline: {
                if (at(m_pos) == '}') {
                    pop();
                    ++m_pos;
                    break;
                }
                const qsizetype close = m_text.indexOf(QLatin1Char('}'), m_pos);
                produce(Kind::AccDescrMultilineValue, close < 0 ? m_text.size() : close);
                break;
            }
            case State::Style:
                if (!style()) {
                    Error e;
                    e.code = Error::Code::Parse;
                    e.file = m_fileName;
                    std::tie(e.line, e.column) = m_positions.at(m_source.origin[m_pos]);
                    e.message = QStringLiteral("unrecognized text '%1' in a style statement")
                                    .arg(excerpt(QStringView(m_text).sliced(m_pos, 1)));
                    return std::unexpected(e);
                }
                break;
            }
        }
        // At the end jison still tries the rules once on the empty rest: the accessibility
        // states then produce an empty value.
        switch (state()) {
        case State::AccTitle:
        case State::AccDescr:
            produce(state() == State::AccTitle ? Kind::AccTitleValue : Kind::AccDescrValue, m_pos);
            pop();
            break;
        case State::AccDescrMultiline:
            produce(Kind::AccDescrMultilineValue, m_pos);
            break;
        default:
            break;
        }
        produceEof();
        return m_tokens;
    }

} // namespace

Result<MermaidTokens> MermaidLexer::tokenize(const QString& text, const QString& fileName, int firstLine)
{
    const MermaidPreprocessor::Output pre = MermaidPreprocessor::run(text);
    const Positions positions(text, firstLine);
    Scanner scanner(pre, positions, fileName);
    auto tokens = scanner.run();
    if (!tokens)
        return std::unexpected(tokens.error());
    MermaidTokens out;
    out.tokens = std::move(*tokens);
    for (const auto& [offset, commentText] : pre.comments) {
        MermaidComment comment;
        comment.text = commentText;
        std::tie(comment.line, comment.column) = positions.at(offset);
        out.comments.append(comment);
    }
    return out;
}

bool MermaidLexer::isErDiagram(const QString& text)
{
    return MermaidPreprocessor::run(text).text.startsWith(QLatin1String("erDiagram"));
}

QString MermaidLexer::describe(const MermaidToken& token)
{
    switch (token.kind) {
    case Kind::Eof:
        return QStringLiteral("end of input");
    case Kind::Newline:
        return QStringLiteral("end of line");
    default:
        break;
    }
    QString text = token.text.trimmed();
    if (const qsizetype newline = text.indexOf(QLatin1Char('\n')); newline >= 0)
        text = text.left(newline) + QStringLiteral("...");
    if (text.size() > 40)
        text = text.left(37) + QStringLiteral("...");
    return QLatin1Char('\'') + oneLine(text) + QLatin1Char('\'');
}

} // namespace godwit::schema
