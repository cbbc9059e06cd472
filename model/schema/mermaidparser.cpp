// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidparser.h"

#include "core/messagetext.h"

namespace godwit::schema {

namespace {

    using Kind = MermaidToken::Kind;

    bool isEntityName(const MermaidToken& t)
    {
        return t.kind == Kind::EntityName || t.kind == Kind::UnicodeText || t.kind == Kind::Num
            || t.kind == Kind::DecimalNum || t.kind == Kind::EntityOne;
    }

    bool isChar(const MermaidToken& t, char c) { return t.kind == Kind::Char && t.text == QLatin1Char(c); }

    QString unquoted(const MermaidToken& t)
    {
        if (t.kind != Kind::EntityName && t.kind != Kind::Word && t.kind != Kind::Comment)
            return t.text;
        QString text = t.text;
        return text.remove(QLatin1Char('"'));
    }

    // The direction a Direction token names, tried in the lexer's rule order.
    QString directionOf(QStringView text)
    {
        for (const char* direction : { "TB", "BT", "RL", "LR" }) {
            for (qsizetype i = text.size() - 9; i >= 0; --i) {
                if (text.mid(i, 9).compare(QLatin1String("direction"), Qt::CaseInsensitive) != 0)
                    continue;
                qsizetype d = i + 9;
                while (d < text.size() && text[d].isSpace())
                    ++d;
                if (d > i + 9 && text.mid(d, 2).compare(QLatin1String(direction), Qt::CaseInsensitive) == 0)
                    return QLatin1String(direction);
            }
        }
        return {};
    }

    class Parser {
    public:
        Parser(const QList<MermaidToken>& tokens, const QString& fileName)
            : m_tokens(tokens)
            , m_fileName(fileName)
        {
        }

        [[nodiscard]] Result<MermaidDiagram> run()
        {
            const MermaidToken& first = peek();
            if (first.kind != Kind::ErDiagram || first.text != QLatin1String("erDiagram"))
                return std::unexpected(makeError(first,
                    QStringLiteral("expected 'erDiagram' at the start of the diagram, found %1")
                        .arg(MermaidLexer::describe(first))));
            take();
            if (!document(nullptr))
                return std::unexpected(m_error);
            return m_diagram;
        }

    private:
        [[nodiscard]] const MermaidToken& peek(qsizetype ahead = 0) const
        {
            return m_tokens[std::min(m_index + ahead, m_tokens.size() - 1)];
        }
        const MermaidToken& take()
        {
            const MermaidToken& t = peek();
            if (m_index < m_tokens.size() - 1)
                ++m_index;
            return t;
        }
        [[nodiscard]] const MermaidToken* previous() const { return m_index > 0 ? &m_tokens[m_index - 1] : nullptr; }

        [[nodiscard]] Error makeError(const MermaidToken& at, const QString& message) const
        {
            Error e;
            e.code = Error::Code::Parse;
            e.file = m_fileName;
            e.line = at.line;
            e.column = at.column;
            e.message = message;
            return e;
        }
        bool fail(const MermaidToken& at, const QString& message)
        {
            m_error = makeError(at, message);
            return false;
        }
        bool fail(const MermaidToken& at, const QString& expected, const QString& what)
        {
            return fail(at, QStringLiteral("expected %1, found %2").arg(expected, what));
        }
        // `|x` or `}-`: the glyph the user meant as a cardinality, for the message.
        [[nodiscard]] QString glyph(const MermaidToken& t) const
        {
            QString text = t.text;
            const MermaidToken& next = peek(1);
            // The next glyph belongs to it only if it is printable: `}` then a line break is just `}`.
            if (&next != &t && next.begin == t.end && next.kind != Kind::Eof && next.kind != Kind::Newline
                && !next.text.isEmpty() && next.text.front().isPrint() && !next.text.front().isSpace())
                text += next.text.left(1);
            return excerpt(text);
        }
        bool unknownCardinality(const MermaidToken& t)
        {
            return fail(t, QStringLiteral("unknown cardinality '%1'").arg(glyph(t)));
        }
        [[nodiscard]] bool looksLikeCardinality(const MermaidToken& t) const
        {
            return isChar(t, '|') || isChar(t, '}') || isChar(t, '{');
        }

        qsizetype addEntity(const MermaidToken& at, const QString& name, const QString& alias = {})
        {
            for (qsizetype i = 0; i < m_diagram.entities.size(); ++i) {
                MermaidEntity& e = m_diagram.entities[i];
                if (e.name != name)
                    continue;
                if (e.alias.isEmpty())
                    e.alias = alias;
                return i;
            }
            MermaidEntity e;
            e.name = name;
            e.alias = alias;
            e.line = at.line;
            e.column = at.column;
            m_diagram.entities.append(e);
            return m_diagram.entities.size() - 1;
        }

        bool document(const MermaidToken* subgraph);
        bool statement(bool inSubgraph);
        bool entityStatement();
        bool relationship(const QString& left, const MermaidToken& leftToken);
        bool block(qsizetype entity);
        bool attribute(MermaidEntity& entity);
        bool idList(QStringList* ids);
        bool styles();
        bool separator();

        const QList<MermaidToken>& m_tokens;
        QString m_fileName;
        qsizetype m_index = 0;
        MermaidDiagram m_diagram;
        Error m_error;
    };

    bool Parser::document(const MermaidToken* subgraph)
    {
        for (;;) {
            const MermaidToken& t = peek();
            switch (t.kind) {
            case Kind::Eof:
                if (subgraph)
                    return fail(t, QStringLiteral("expected 'end' to close subgraph %1").arg(unquoted(*subgraph)));
                return true;
            case Kind::End:
                if (subgraph) {
                    take();
                    return true;
                }
                return fail(t, QStringLiteral("'end' without a subgraph to close"));
            case Kind::Newline:
                take();
                break;
            default:
                if (!statement(subgraph != nullptr))
                    return false;
                break;
            }
        }
    }

    bool Parser::statement(bool inSubgraph)
    {
        const MermaidToken& t = peek();
        if (isEntityName(t))
            return entityStatement();
        switch (t.kind) {
        case Kind::AccTitle:
            take();
            m_diagram.accessibleTitle = take().text.trimmed();
            return true;
        case Kind::AccDescr:
            take();
            m_diagram.accessibleDescription = take().text.trimmed();
            return true;
        case Kind::AccDescrMultilineValue:
            m_diagram.accessibleDescription = take().text.trimmed();
            return true;
        case Kind::Direction:
            take();
            if (!inSubgraph)
                m_diagram.direction = directionOf(t.text);
            return true;
        case Kind::ClassDef:
        case Kind::Style: {
            take();
            QStringList ids;
            return idList(&ids) && styles() && separator();
        }
        case Kind::Class: {
            take();
            QStringList ids;
            QStringList classes;
            if (!idList(&ids) || !idList(&classes))
                return false;
            for (MermaidEntity& e : m_diagram.entities) {
                if (ids.contains(e.name))
                    e.classes += classes;
            }
            return true;
        }
        case Kind::Subgraph: {
            take();
            if (!isEntityName(peek()))
                return fail(peek(), QStringLiteral("a subgraph name after 'subgraph'"), MermaidLexer::describe(peek()));
            const MermaidToken& name = take();
            if (peek().kind == Kind::Sqs) {
                take();
                if (!isEntityName(peek()))
                    return fail(peek(), QStringLiteral("a subgraph title after '['"), MermaidLexer::describe(peek()));
                while (isEntityName(peek()))
                    take();
                if (peek().kind != Kind::Sqe)
                    return fail(peek(), QStringLiteral("']' after the subgraph title"), MermaidLexer::describe(peek()));
                take();
            }
            if (peek().kind != Kind::Eof && peek().kind != Kind::Newline)
                return fail(peek(), QStringLiteral("the end of the line after the subgraph name"),
                    MermaidLexer::describe(peek()));
            if (peek().kind == Kind::Newline)
                take();
            return document(&name);
        }
        case Kind::BlockStart:
            return fail(t, QStringLiteral("unexpected '{': an entity block needs the entity name before it"));
        case Kind::Cardinality:
        case Kind::Identifying:
        case Kind::NonIdentifying:
            return fail(t,
                QStringLiteral("unexpected %1: a relationship starts with an entity name")
                    .arg(MermaidLexer::describe(t)));
        default:
            break;
        }
        // Right after an entity on the same line, `|x` or `}-` was meant as a cardinality.
        const MermaidToken* before = previous();
        if (looksLikeCardinality(t) && before && before->line == t.line
            && (isEntityName(*before) || before->kind == Kind::Sqe || before->kind == Kind::UnicodeText))
            return unknownCardinality(t);
        if (isChar(t, '%') && isChar(peek(1), '%') && peek(1).begin == t.end)
            return fail(t, QStringLiteral("'%%' comments must be on a line of their own"));
        if (isChar(t, '"'))
            return fail(t, QStringLiteral("unterminated quoted name: missing closing '\"'"));
        return fail(t, QStringLiteral("unexpected %1").arg(MermaidLexer::describe(t)));
    }

    bool Parser::entityStatement()
    {
        const MermaidToken& nameToken = take();
        const QString name = unquoted(nameToken);
        const bool hasAlias = peek().kind == Kind::Sqs;
        QString alias;
        if (hasAlias) {
            take();
            if (!isEntityName(peek()))
                return fail(peek(), QStringLiteral("an alias after '%1['").arg(name), MermaidLexer::describe(peek()));
            alias = unquoted(take());
            if (peek().kind != Kind::Sqe)
                return fail(
                    peek(), QStringLiteral("']' to close the alias of %1").arg(name), MermaidLexer::describe(peek()));
            take();
        }
        const qsizetype entity = addEntity(nameToken, name, alias);
        if (peek().kind == Kind::StyleSeparator) {
            take();
            QStringList classes;
            if (!idList(&classes))
                return false;
            m_diagram.entities[entity].classes += classes;
        }
        if (peek().kind == Kind::BlockStart)
            return block(entity);
        if (peek().kind == Kind::Cardinality) {
            if (hasAlias)
                return fail(peek(),
                    QStringLiteral("a relationship cannot start at an alias declaration: declare %1[...] "
                                   "on its own line and use %1 in the relationship")
                        .arg(name));
            return relationship(name, nameToken);
        }
        return true;
    }

    bool Parser::relationship(const QString& left, const MermaidToken& leftToken)
    {
        const MermaidToken& first = take();
        const MermaidToken& line = peek();
        if (line.kind != Kind::Identifying && line.kind != Kind::NonIdentifying)
            return fail(line, QStringLiteral("'--' or '..' after the cardinality '%1'").arg(excerpt(first.text)),
                MermaidLexer::describe(line));
        take();
        const MermaidToken& second = peek();
        if (second.kind != Kind::Cardinality) {
            if (looksLikeCardinality(second))
                return unknownCardinality(second);
            return fail(second, QStringLiteral("a cardinality after '%1'").arg(excerpt(first.text + line.text)),
                MermaidLexer::describe(second));
        }
        take();
        const QString spec = first.text + line.text + second.text;
        if (!isEntityName(peek())) {
            if (looksLikeCardinality(peek()))
                return unknownCardinality(peek());
            return fail(peek(), QStringLiteral("an entity name after '%1'").arg(spec), MermaidLexer::describe(peek()));
        }
        const MermaidToken& rightToken = take();
        const QString right = unquoted(rightToken);
        QStringList rightClasses;
        if (peek().kind == Kind::StyleSeparator) {
            take();
            if (!idList(&rightClasses))
                return false;
        }
        if (peek().kind != Kind::Colon)
            return fail(peek(), QStringLiteral("':' and a label after '%1 %2 %3'").arg(left, spec, right),
                MermaidLexer::describe(peek()));
        take();
        const MermaidToken& role = peek();
        if (role.kind != Kind::Word && role.kind != Kind::EntityName && role.kind != Kind::UnicodeText)
            return fail(role, QStringLiteral("a relationship label after ':'"), MermaidLexer::describe(role));
        take();
        addEntity(leftToken, left);
        m_diagram.entities[addEntity(rightToken, right)].classes += rightClasses;
        MermaidRelationship r;
        r.left = left;
        r.right = right;
        r.leftCardinality = first.cardinality;
        r.rightCardinality = second.cardinality;
        r.identifying = line.kind == Kind::Identifying;
        r.label = unquoted(role);
        r.line = leftToken.line;
        r.column = leftToken.column;
        m_diagram.relationships.append(r);
        return true;
    }

    bool Parser::block(qsizetype entity)
    {
        take(); // `{`
        for (;;) {
            const MermaidToken& t = peek();
            if (t.kind == Kind::BlockStop) {
                take();
                return true;
            }
            if (t.kind == Kind::AttributeWord) {
                if (!attribute(m_diagram.entities[entity]))
                    return false;
                continue;
            }
            const QString& name = m_diagram.entities[entity].name;
            if (t.kind == Kind::Eof)
                return fail(t, QStringLiteral("expected '}' to close entity %1").arg(name));
            if (isChar(t, '"'))
                return fail(t, QStringLiteral("unterminated comment: missing closing '\"'"));
            if (t.kind == Kind::AttributeKey)
                return fail(
                    t, QStringLiteral("expected an attribute type, found the key %1").arg(MermaidLexer::describe(t)));
            return fail(
                t, QStringLiteral("unexpected %1 in the attributes of entity %2").arg(MermaidLexer::describe(t), name));
        }
    }

    bool Parser::attribute(MermaidEntity& entity)
    {
        const MermaidToken* before = previous();
        const MermaidToken& typeToken = take();
        MermaidAttribute a;
        a.type = typeToken.text;
        a.line = typeToken.line;
        a.column = typeToken.column;
        if (isChar(peek(), '?'))
            a.type += take().text;
        const MermaidToken& nameToken = peek();
        if (nameToken.kind != Kind::AttributeWord) {
            // A word that could not start an attribute most likely belongs to the one before it.
            if (before && before->kind == Kind::Comment && before->end == typeToken.begin) {
                MermaidToken quote = typeToken;
                --quote.column;
                return fail(quote,
                    QStringLiteral(
                        "the comment of attribute %1 contains '\"': Mermaid comments cannot contain double quotes")
                        .arg(entity.attributes.isEmpty() ? QString() : entity.attributes.back().name));
            }
            if (before && (before->kind == Kind::AttributeWord || before->kind == Kind::AttributeKey)
                && before->line == typeToken.line)
                return fail(typeToken,
                    QStringLiteral("unknown attribute key '%1' (expected PK, FK or UK)").arg(excerpt(typeToken.text)));
            if (isChar(nameToken, '"'))
                return fail(nameToken, QStringLiteral("unterminated comment: missing closing '\"'"));
            return fail(nameToken, QStringLiteral("an attribute name after type '%1'").arg(excerpt(a.type)),
                MermaidLexer::describe(nameToken));
        }
        a.name = take().text;
        if (peek().kind == Kind::AttributeKey) {
            a.keys.append(take().text.toUpper());
            for (;;) {
                if (peek().kind == Kind::AttributeKey)
                    return fail(peek(),
                        QStringLiteral("expected ',' between the attribute keys '%1' and '%2'")
                            .arg(excerpt(a.keys.back()), excerpt(peek().text)));
                if (!isChar(peek(), ','))
                    break;
                take();
                const MermaidToken& key = peek();
                if (key.kind == Kind::AttributeWord)
                    return fail(key,
                        QStringLiteral("unknown attribute key '%1' (expected PK, FK or UK)").arg(excerpt(key.text)));
                if (key.kind != Kind::AttributeKey)
                    return fail(key, QStringLiteral("PK, FK or UK after ','"), MermaidLexer::describe(key));
                a.keys.append(take().text.toUpper());
            }
        }
        if (peek().kind == Kind::Comment) {
            a.comment = unquoted(take());
            a.hasComment = true;
        }
        entity.attributes.append(a);
        return true;
    }

    bool Parser::idList(QStringList* ids)
    {
        auto isId = [](const MermaidToken& t) { return t.kind == Kind::UnicodeText || t.kind == Kind::StyleText; };
        if (!isId(peek()))
            return fail(peek(), QStringLiteral("a name"), MermaidLexer::describe(peek()));
        ids->append(take().text);
        while (peek().kind == Kind::Comma) {
            take();
            if (!isId(peek()))
                return fail(peek(), QStringLiteral("a name after ','"), MermaidLexer::describe(peek()));
            ids->append(take().text);
        }
        return true;
    }

    bool Parser::styles()
    {
        auto isComponent = [](const MermaidToken& t) {
            return t.kind == Kind::StyleText || t.kind == Kind::Num || t.kind == Kind::Colon || t.kind == Kind::Brkt;
        };
        do {
            if (peek().kind == Kind::Comma)
                take();
            if (!isComponent(peek()))
                return fail(peek(), QStringLiteral("a style such as 'fill:#f9f'"), MermaidLexer::describe(peek()));
            while (isComponent(peek()))
                take();
        } while (peek().kind == Kind::Comma);
        return true;
    }

    bool Parser::separator()
    {
        switch (peek().kind) {
        case Kind::Semi:
        case Kind::Newline:
            take();
            return true;
        case Kind::Eof:
            return true;
        default:
            return fail(peek(), QStringLiteral("the end of the statement"), MermaidLexer::describe(peek()));
        }
    }

} // namespace

Result<MermaidDiagram> MermaidParser::parse(const QString& text, const QString& fileName, int firstLine)
{
    auto tokens = MermaidLexer::tokenize(text, fileName, firstLine);
    if (!tokens)
        return std::unexpected(tokens.error());
    Parser parser(tokens->tokens, fileName);
    auto diagram = parser.run();
    if (!diagram)
        return diagram;
    diagram->comments = tokens->comments;
    return diagram;
}

} // namespace godwit::schema
