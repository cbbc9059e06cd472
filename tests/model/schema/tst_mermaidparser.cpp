// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultmessage.h"
#include "schema/mermaidlexer.h"
#include "schema/mermaidparser.h"

#include <QTest>

using namespace godwit::schema;
using namespace Qt::StringLiterals;

namespace {

QString cardinalityName(Cardinality c)
{
    switch (c) {
    case Cardinality::ZeroOrOne:
        return u"0..1"_s;
    case Cardinality::ExactlyOne:
        return u"1"_s;
    case Cardinality::ZeroOrMore:
        return u"0..n"_s;
    case Cardinality::OneOrMore:
        return u"1..n"_s;
    case Cardinality::MdParent:
        return u"u"_s;
    }
    return {};
}

QString kindName(MermaidToken::Kind kind)
{
    using K = MermaidToken::Kind;
    switch (kind) {
    case K::ErDiagram:
        return u"ErDiagram"_s;
    case K::Newline:
        return u"Newline"_s;
    case K::EntityName:
        return u"EntityName"_s;
    case K::Word:
        return u"Word"_s;
    case K::UnicodeText:
        return u"Text"_s;
    case K::Num:
        return u"Num"_s;
    case K::DecimalNum:
        return u"Decimal"_s;
    case K::EntityOne:
        return u"EntityOne"_s;
    case K::BlockStart:
        return u"{"_s;
    case K::BlockStop:
        return u"}"_s;
    case K::Sqs:
        return u"["_s;
    case K::Sqe:
        return u"]"_s;
    case K::Colon:
        return u"Colon"_s;
    case K::Comma:
        return u"Comma"_s;
    case K::StyleSeparator:
        return u":::"_s;
    case K::Brkt:
        return u"Brkt"_s;
    case K::Semi:
        return u"Semi"_s;
    case K::Cardinality:
        return u"Card"_s;
    case K::Identifying:
        return u"Identifying"_s;
    case K::NonIdentifying:
        return u"NonIdentifying"_s;
    case K::AttributeWord:
        return u"AttrWord"_s;
    case K::AttributeKey:
        return u"AttrKey"_s;
    case K::Comment:
        return u"Comment"_s;
    case K::Style:
        return u"Style"_s;
    case K::ClassDef:
        return u"ClassDef"_s;
    case K::Class:
        return u"Class"_s;
    case K::Subgraph:
        return u"Subgraph"_s;
    case K::End:
        return u"End"_s;
    case K::Direction:
        return u"Direction"_s;
    case K::AccTitle:
        return u"AccTitle"_s;
    case K::AccTitleValue:
        return u"AccTitleValue"_s;
    case K::AccDescr:
        return u"AccDescr"_s;
    case K::AccDescrValue:
        return u"AccDescrValue"_s;
    case K::AccDescrMultilineValue:
        return u"AccDescrMultiline"_s;
    case K::StyleText:
        return u"StyleText"_s;
    case K::Char:
        return u"Char"_s;
    case K::Eof:
        return u"Eof"_s;
    }
    return {};
}

// "Kind:text" per token after `erDiagram` and the line break after it, without the Eof.
QStringList tokensAfterHeader(const QString& body)
{
    auto tokens = MermaidLexer::tokenize(u"erDiagram\n"_s + body);
    if (!tokens)
        return { u"error: "_s + tokens.error().toString() };
    QStringList out;
    for (qsizetype i = 2; i < tokens->tokens.size() - 1; ++i) {
        const MermaidToken& t = tokens->tokens[i];
        QString item = kindName(t.kind);
        if (t.kind == MermaidToken::Kind::Cardinality)
            item += u'(' + cardinalityName(t.cardinality) + u')';
        if (t.kind != MermaidToken::Kind::Newline)
            item += u':' + t.text;
        out.append(item);
    }
    return out;
}

// One line per entity, relationship and diagram setting, for exact comparisons.
QStringList summary(const MermaidDiagram& d)
{
    QStringList out;
    for (const MermaidEntity& e : d.entities) {
        QString line = u"entity "_s + e.name;
        if (!e.alias.isEmpty())
            line += u'[' + e.alias + u']';
        if (!e.classes.isEmpty())
            line += u":::"_s + e.classes.join(u',');
        QStringList attributes;
        for (const MermaidAttribute& a : e.attributes) {
            QString text = a.type + u' ' + a.name;
            if (!a.keys.isEmpty())
                text += u' ' + a.keys.join(u',');
            if (a.hasComment)
                text += u" \""_s + a.comment + u'"';
            attributes.append(text);
        }
        if (!attributes.isEmpty())
            line += u" { "_s + attributes.join(u"; "_s) + u" }"_s;
        out.append(line);
    }
    for (const MermaidRelationship& r : d.relationships) {
        out.append(u"rel %1 %2%3%4 %5 : %6"_s.arg(r.left, cardinalityName(r.leftCardinality),
            r.identifying ? u"--"_s : u".."_s, cardinalityName(r.rightCardinality), r.right, r.label));
    }
    if (!d.direction.isEmpty())
        out.append(u"direction "_s + d.direction);
    if (!d.accessibleTitle.isEmpty())
        out.append(u"accTitle "_s + d.accessibleTitle);
    if (!d.accessibleDescription.isEmpty())
        out.append(u"accDescr "_s + d.accessibleDescription);
    return out;
}

} // namespace

class TestMermaidParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("symbol relationship")
            << u"CUSTOMER ||--o{ ORDER : places"_s
            << QStringList { u"Text:CUSTOMER"_s, u"Card(1):||"_s, u"Identifying:--"_s, u"Card(0..n):o{"_s,
                   u"Text:ORDER"_s, u"Colon::"_s, u"Text:places"_s };
        QTest::addRow("no spaces around the relationship")
            << u"id1||--||id2 : label"_s
            << QStringList { u"Text:id1"_s, u"Card(1):||"_s, u"Identifying:--"_s, u"Card(1):||"_s, u"Text:id2"_s,
                   u"Colon::"_s, u"Text:label"_s };
        QTest::addRow("word cardinalities")
            << u"A one or zero to zero or more B : x"_s
            << QStringList { u"Text:A"_s, u"Card(0..1):one or zero"_s, u"Identifying:to"_s,
                   u"Card(0..n):zero or more"_s, u"Text:B"_s, u"Colon::"_s, u"Text:x"_s };
        QTest::addRow("only one, optionally to, many(1)")
            << u"A only one optionally to many(1) B : x"_s
            << QStringList { u"Text:A"_s, u"Card(1):only one"_s, u"NonIdentifying:optionally to"_s,
                   u"Card(1..n):many(1)"_s, u"Text:B"_s, u"Colon::"_s, u"Text:x"_s };
        QTest::addRow("1 before a name is a cardinality, 1+ and 0+")
            << u"A 1 to 1+ B : x\nC 0+ .- }| D : y"_s
            << QStringList { u"Text:A"_s, u"Card(1):1"_s, u"Identifying:to"_s, u"Card(1..n):1+"_s, u"Text:B"_s,
                   u"Colon::"_s, u"Text:x"_s, u"Newline"_s, u"Text:C"_s, u"Card(0..n):0+"_s, u"NonIdentifying:.-"_s,
                   u"Card(1..n):}|"_s, u"Text:D"_s, u"Colon::"_s, u"Text:y"_s };
        QTest::addRow("many(0), -., 1 before a line")
            << u"A many(0) -. 1--1 B : x"_s
            << QStringList { u"Text:A"_s, u"Card(0..n):many(0)"_s, u"NonIdentifying:-."_s, u"Card(1):1"_s,
                   u"Identifying:--"_s, u"Card(1):1"_s, u"Text:B"_s, u"Colon::"_s, u"Text:x"_s };
        QTest::addRow("u marker") << u"A u--o| B : x"_s
                                  << QStringList { u"Text:A"_s, u"Card(u):u"_s, u"Identifying:--"_s, u"Card(0..1):o|"_s,
                                         u"Text:B"_s, u"Colon::"_s, u"Text:x"_s };
        QTest::addRow("numbers as names")
            << u"1 ||--|{ 42 : x\n3.14"_s
            << QStringList { u"EntityOne:1"_s, u"Card(1):||"_s, u"Identifying:--"_s, u"Card(1..n):|{"_s, u"Num:42"_s,
                   u"Colon::"_s, u"Text:x"_s, u"Newline"_s, u"Decimal:3.14"_s };
        QTest::addRow("quoted names and labels")
            << u"\"Order Line\" }o..|o A : \"50% off\""_s
            << QStringList { u"EntityName:\"Order Line\""_s, u"Card(0..n):}o"_s, u"NonIdentifying:.."_s,
                   u"Card(0..1):|o"_s, u"Text:A"_s, u"Colon::"_s, u"Word:\"50% off\""_s };
        QTest::addRow("keywords need a word boundary")
            << u"endpoint to_do one-off"_s
            << QStringList { u"Text:endpoint"_s, u"Text:to_do"_s, u"Card(1):one"_s, u"Text:-off"_s };
        QTest::addRow("case-insensitive rules")
            << u"A ONE OR MORE TO ZERO OR MANY B : x"_s
            << QStringList { u"Text:A"_s, u"Card(1..n):ONE OR MORE"_s, u"Identifying:TO"_s,
                   u"Card(0..n):ZERO OR MANY"_s, u"Text:B"_s, u"Colon::"_s, u"Text:x"_s };
        QTest::addRow("entity block") << u"A {\n  string name PK, FK \"the name\"\n  int? n\n}"_s
                                      << QStringList { u"Text:A"_s, u"{:{"_s, u"AttrWord:string"_s, u"AttrWord:name"_s,
                                             u"AttrKey:PK"_s, u"Char:,"_s, u"AttrKey:FK"_s, u"Comment:\"the name\""_s,
                                             u"AttrWord:int"_s, u"Char:?"_s, u"AttrWord:n"_s, u"}:}"_s };
        QTest::addRow("generic, backtick and starred words")
            << u"A { List~int~ items\n `character varying` *id decimal(10,2) price }"_s
            << QStringList { u"Text:A"_s, u"{:{"_s, u"AttrWord:List~int~"_s, u"AttrWord:items"_s,
                   u"AttrWord:character varying"_s, u"AttrWord:*id"_s, u"AttrWord:decimal(10,2)"_s, u"AttrWord:price"_s,
                   u"}:}"_s };
        QTest::addRow("PK inside a word is no key")
            << u"A { int PKey pk }"_s
            << QStringList { u"Text:A"_s, u"{:{"_s, u"AttrWord:int"_s, u"AttrWord:PKey"_s, u"AttrKey:pk"_s, u"}:}"_s };
        QTest::addRow("alias and classes") << u"p[\"Person\"]:::a,b"_s
                                           << QStringList { u"Text:p"_s, u"[:["_s, u"EntityName:\"Person\""_s, u"]:]"_s,
                                                  u":::::::"_s, u"Text:a"_s, u"Comma:,"_s, u"Text:b"_s };
        QTest::addRow("direction anywhere on a line")
            << u"A ||--o{ B : \"direction TB\"\nC"_s
            << QStringList { u"Direction:A ||--o{ B : \"direction TB\""_s, u"Newline"_s, u"Text:C"_s };
        QTest::addRow("style statement") << u"style A fill:#f9f,stroke-width:4px\nB"_s
                                         << QStringList { u"Style:style"_s, u"StyleText:A"_s, u"StyleText:fill"_s,
                                                u"Colon::"_s, u"Brkt:#"_s, u"StyleText:f9f"_s, u"Comma:,"_s,
                                                u"StyleText:stroke-width"_s, u"Colon::"_s, u"StyleText:4px"_s,
                                                u"Newline"_s, u"Text:B"_s };
        QTest::addRow("accessibility") << u"accTitle: My title\naccDescr {\n two\n lines\n}"_s
                                       << QStringList { u"AccTitle:accTitle: "_s, u"AccTitleValue:My title"_s,
                                              u"Newline"_s, u"AccDescrMultiline:two\n lines\n"_s };
        QTest::addRow("comment lines disappear") << u"A\n  %% a comment\n%%{init: {\"theme\": \"dark\"}}%%\nB"_s
                                                 << QStringList { u"Text:A"_s, u"Newline"_s, u"Text:B"_s };
    }
    void tokens()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        QCOMPARE(tokensAfterHeader(body), expected);
    }

    void diagrams_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("documentation example")
            << u"erDiagram\n    CUSTOMER ||--o{ ORDER : places\n    ORDER ||--|{ LINE-ITEM : contains\n"
               "    CUSTOMER }|..|{ DELIVERY-ADDRESS : uses\n"_s
            << QStringList { u"entity CUSTOMER"_s, u"entity ORDER"_s, u"entity LINE-ITEM"_s,
                   u"entity DELIVERY-ADDRESS"_s, u"rel CUSTOMER 1--0..n ORDER : places"_s,
                   u"rel ORDER 1--1..n LINE-ITEM : contains"_s, u"rel CUSTOMER 1..n..1..n DELIVERY-ADDRESS : uses"_s };
        QTest::addRow("attributes, keys, comments")
            << u"erDiagram\n  PERSON {\n    string driversLicense PK \"The license #\"\n"
               "    string(99) firstName \"Only 99 characters are allowed\"\n    string phone UK\n"
               "    string carRegistrationNumber PK, FK\n  }\n"_s
            << QStringList {
                   u"entity PERSON { string driversLicense PK \"The license #\"; string(99) firstName "
                   "\"Only 99 characters are allowed\"; string phone UK; string carRegistrationNumber PK,FK }"_s
               };
        QTest::addRow("aliases: the first one wins")
            << u"erDiagram\n  p[Person] {\n    string firstName\n  }\n  a[\"Customer Account\"] {\n"
               "    string email\n  }\n  p[Other]\n  p ||--o| a : has\n"_s
            << QStringList { u"entity p[Person] { string firstName }"_s,
                   u"entity a[Customer Account] { string email }"_s, u"rel p 1--0..1 a : has"_s };
        QTest::addRow("blocks of one entity add up, empty blocks")
            << u"erDiagram\n  A { int x }\n  B { }\n  A {\n int y\n}\n"_s
            << QStringList { u"entity A { int x; int y }"_s, u"entity B"_s };
        QTest::addRow("word forms and all markers")
            << u"erDiagram\n  CAR 1 to zero or more NAMED-DRIVER : allows\n"
               "  PERSON many(0) optionally to 0+ NAMED-DRIVER : is\n  A |o--o| B : a\n  A }o..o{ B : b\n"
               "  A }|--|{ B : c\n  A o{--|| B : d\n  A one or many -. one or zero B : e\n"_s
            << QStringList { u"entity CAR"_s, u"entity NAMED-DRIVER"_s, u"entity PERSON"_s, u"entity A"_s,
                   u"entity B"_s, u"rel CAR 1--0..n NAMED-DRIVER : allows"_s,
                   u"rel PERSON 0..n..0..n NAMED-DRIVER : is"_s, u"rel A 0..1--0..1 B : a"_s,
                   u"rel A 0..n..0..n B : b"_s, u"rel A 1..n--1..n B : c"_s, u"rel A 0..n--1 B : d"_s,
                   u"rel A 1..n..0..1 B : e"_s };
        QTest::addRow("quoted names and labels")
            << u"erDiagram\n  \"Order Line\" }o--|| \"Order\" : \"belongs to\"\n  \"This ❤ Unicode\"\n"_s
            << QStringList { u"entity Order Line"_s, u"entity Order"_s, u"entity This ❤ Unicode"_s,
                   u"rel Order Line 0..n--1 Order : belongs to"_s };
        QTest::addRow("several statements on one line") << u"erDiagram A B C ||--|| D : x E"_s
                                                        << QStringList { u"entity A"_s, u"entity B"_s, u"entity C"_s,
                                                               u"entity D"_s, u"entity E"_s, u"rel C 1--1 D : x"_s };
        QTest::addRow("classes, classDef and style")
            << u"erDiagram\n  CAR:::someclass {\n    string make\n  }\n  HOUSE:::a,b\n"
               "  PERSON:::foo ||--|| CAR : owns\n  PERSON o{--|| HOUSE:::bar : has\n"
               "  class CAR,HOUSE c2\n  classDef someclass fill:#f96\n  classDef default fill:#f9f,stroke-width:4px;\n"
               "  style PERSON fill:#bbf,stroke:#f66,stroke-dasharray: 5 5\n"_s
            << QStringList { u"entity CAR:::someclass,c2 { string make }"_s, u"entity HOUSE:::a,b,bar,c2"_s,
                   u"entity PERSON:::foo"_s, u"rel PERSON 1--1 CAR : owns"_s, u"rel PERSON 0..n--1 HOUSE : has"_s };
        QTest::addRow("direction and accessibility")
            << u"erDiagram\n  direction LR\n  accTitle: Orders\n  accDescr: How orders relate\n  A\n"_s
            << QStringList { u"entity A"_s, u"direction LR"_s, u"accTitle Orders"_s, u"accDescr How orders relate"_s };
        QTest::addRow("subgraphs")
            << u"erDiagram\n  subgraph Sales [Sales Area]\n    direction TB\n    A ||--o{ B : x\n  end\n  C\n"_s
            << QStringList { u"entity A"_s, u"entity B"_s, u"entity C"_s, u"rel A 1--0..n B : x"_s };
        QTest::addRow("generic types, backticks, nullable and starred names")
            << u"erDiagram\n  A {\n    List~int~ items\n    `character varying` title\n    string? note\n"
               "    int *id\n  }\n"_s
            << QStringList { u"entity A { List~int~ items; character varying title; string? note; int *id }"_s };
        QTest::addRow("numbers as entity names")
            << u"erDiagram\n  1 ||--o{ 42 : x\n  3.14 { int pi }\n"_s
            << QStringList { u"entity 1"_s, u"entity 42"_s, u"entity 3.14 { int pi }"_s, u"rel 1 1--0..n 42 : x"_s };
        QTest::addRow("front matter, directives, comments, CRLF")
            << u"---\r\ntitle: Orders\r\n---\r\n%%{init: {'theme': 'forest'}}%%\r\n%% hello\r\nerDiagram\r\n"
               "  %% godwit: schema version=1\r\n  A ||--o{ B : x\r\n"_s
            << QStringList { u"entity A"_s, u"entity B"_s, u"rel A 1--0..n B : x"_s };
        QTest::addRow("lower-case keys") << u"erDiagram\n  A { int id pk, uk }\n"_s
                                         << QStringList { u"entity A { int id PK,UK }"_s };
        QTest::addRow("empty diagram") << u"erDiagram\n"_s << QStringList {};
    }
    void diagrams()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        auto diagram = MermaidParser::parse(text, u"t.mmd"_s);
        QVERIFY2(diagram, godwit::test::why(diagram).constData());
        QCOMPARE(summary(*diagram), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unterminated block")
            << u"erDiagram\n  A {\n    string name\n"_s << u"t.mmd:3:16: expected '}' to close entity A"_s;
        QTest::addRow("unknown left cardinality")
            << u"erDiagram\n  A |x--o{ B : has\n"_s << u"t.mmd:2:5: unknown cardinality '|x'"_s;
        QTest::addRow("unknown right cardinality")
            << u"erDiagram\n  A ||--|x B : has\n"_s << u"t.mmd:2:9: unknown cardinality '|x'"_s;
        QTest::addRow("no cardinality after the line")
            << u"erDiagram\n  A ||--x{ B : has\n"_s << u"t.mmd:2:9: expected a cardinality after '||--', found 'x'"_s;
        QTest::addRow("no line between cardinalities")
            << u"erDiagram\n  A || B : has\n"_s
            << u"t.mmd:2:8: expected '--' or '..' after the cardinality '||', found 'B'"_s;
        QTest::addRow("missing label colon")
            << u"erDiagram\n  A ||--o{ B\n  C\n"_s
            << u"t.mmd:2:13: expected ':' and a label after 'A ||--o{ B', found end of line"_s;
        QTest::addRow("missing label") << u"erDiagram\n  A ||--o{ B :\n"_s
                                       << u"t.mmd:2:15: expected a relationship label after ':', found end of line"_s;
        QTest::addRow("attribute without name")
            << u"erDiagram\n  A {\n    string\n  }\n"_s
            << u"t.mmd:4:3: expected an attribute name after type 'string', found '}'"_s;
        QTest::addRow("unknown key after a comma")
            << u"erDiagram\n  A {\n    int id PK, PX\n  }\n"_s
            << u"t.mmd:3:16: unknown attribute key 'PX' (expected PK, FK or UK)"_s;
        QTest::addRow("unknown key") << u"erDiagram\n  A {\n    int id PX\n  }\n"_s
                                     << u"t.mmd:3:12: unknown attribute key 'PX' (expected PK, FK or UK)"_s;
        QTest::addRow("keys without a comma") << u"erDiagram\n  A {\n    int id PK FK\n  }\n"_s
                                              << u"t.mmd:3:15: expected ',' between the attribute keys 'PK' and 'FK'"_s;
        QTest::addRow("key as a type") << u"erDiagram\n  A {\n    PK id\n  }\n"_s
                                       << u"t.mmd:3:5: expected an attribute type, found the key 'PK'"_s;
        QTest::addRow("unterminated comment") << u"erDiagram\n  A {\n    int id \"the id\n  }\n"_s
                                              << u"t.mmd:3:12: unterminated comment: missing closing '\"'"_s;
        QTest::addRow("quote in a comment")
            << u"erDiagram\n  A {\n    string a \"say \"hi\" there\"\n  }\n"_s
            << u"t.mmd:3:19: the comment of attribute a contains '\"': Mermaid comments cannot contain double quotes"_s;
        QTest::addRow("stray closing brace") << u"erDiagram\n  A\n  }\n"_s << u"t.mmd:3:3: unexpected '}'"_s;
        QTest::addRow("stray colon") << u"erDiagram\n  A : B\n"_s << u"t.mmd:2:5: unexpected ':'"_s;
        QTest::addRow("block without an entity")
            << u"erDiagram\n  { string a }\n"_s
            << u"t.mmd:2:3: unexpected '{': an entity block needs the entity name before it"_s;
        QTest::addRow("relationship without a first entity")
            << u"erDiagram\n  ||--o{ B : x\n"_s
            << u"t.mmd:2:3: unexpected '||': a relationship starts with an entity name"_s;
        QTest::addRow("trailing comment") << u"erDiagram\n  A ||--o{ B : has %% why\n"_s
                                          << u"t.mmd:2:20: '%%' comments must be on a line of their own"_s;
        QTest::addRow("unterminated quoted name")
            << u"erDiagram\n  \"Order Line {\n"_s << u"t.mmd:2:3: unterminated quoted name: missing closing '\"'"_s;
        QTest::addRow("alias not closed")
            << u"erDiagram\n  A[\"x\" {\n"_s << u"t.mmd:2:9: expected ']' to close the alias of A, found '{'"_s;
        QTest::addRow("relationship from an alias declaration")
            << u"erDiagram\n  A[X] ||--o{ B : y\n"_s
            << u"t.mmd:2:8: a relationship cannot start at an alias declaration: declare A[...] on its own line "
               "and use A in the relationship"_s;
        QTest::addRow("not an erDiagram")
            << u"graph TD\n  A-->B\n"_s
            << u"t.mmd:1:1: expected 'erDiagram' at the start of the diagram, found 'graph'"_s;
        QTest::addRow("erDiagram in the wrong case")
            << u"%% header\nERDIAGRAM\n"_s
            << u"t.mmd:2:1: expected 'erDiagram' at the start of the diagram, found 'ERDIAGRAM'"_s;
        QTest::addRow("empty file")
            << QString() << u"t.mmd:1:1: expected 'erDiagram' at the start of the diagram, found end of input"_s;
        QTest::addRow("bad text in a style") << u"erDiagram\n  A\n  style A stroke-width:1.5px\n"_s
                                             << u"t.mmd:3:25: unrecognized text '.' in a style statement"_s;
        QTest::addRow("style without styles")
            << u"erDiagram\n  A\n  style A\n"_s
            << u"t.mmd:3:10: expected a style such as 'fill:#f9f', found end of line"_s;
        QTest::addRow("subgraph without end")
            << u"erDiagram\n  subgraph S\n    A\n"_s << u"t.mmd:3:6: expected 'end' to close subgraph S"_s;
        QTest::addRow("end without subgraph")
            << u"erDiagram\n  A\n  end\n"_s << u"t.mmd:3:3: 'end' without a subgraph to close"_s;
        QTest::addRow("keyword as an entity name")
            << u"erDiagram\n  many-items ||--o{ B : x\n"_s
            << u"t.mmd:2:3: unexpected 'many': a relationship starts with an entity name"_s;
        QTest::addRow("position after CRLF and non-ASCII")
            << u"erDiagram\r\n  \"Café\" |x--o{ B : x\r\n"_s << u"t.mmd:2:10: unknown cardinality '|x'"_s;
        QTest::addRow("columns count characters, not UTF-16 units")
            << u"erDiagram\n  \"😀\" |x--o{ B : x\n"_s << u"t.mmd:2:7: unknown cardinality '|x'"_s;
        QTest::addRow("position after a front matter and a removed comment")
            << u"---\ntitle: x\n---\nerDiagram\n%% note\n  A {\n  int\n}\n"_s
            << u"t.mmd:8:1: expected an attribute name after type 'int', found '}'"_s;
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto diagram = MermaidParser::parse(text, u"t.mmd"_s);
        QVERIFY(!diagram);
        QCOMPARE(diagram.error().code, godwit::Error::Code::Parse);
        QCOMPARE(diagram.error().toString(), expected);
    }

    void comments()
    {
        const QString text = u"%% before\nerDiagram\n  %% godwit: schema version=1\n  %%{init: {}}%%\n"
                             "  A ||--o{ B : x\n  %%   spaced  \n"_s;
        auto diagram = MermaidParser::parse(text, u"t.mmd"_s, 10);
        QVERIFY(diagram);
        QCOMPARE(diagram->comments.size(), 3);
        QCOMPARE(diagram->comments[0], (MermaidComment { u" before"_s, 10, 3 }));
        QCOMPARE(diagram->comments[1], (MermaidComment { u" godwit: schema version=1"_s, 12, 5 }));
        QCOMPARE(diagram->comments[2], (MermaidComment { u"   spaced  "_s, 15, 5 }));
        QCOMPARE(diagram->relationships.front().line, 14);
        QCOMPARE(diagram->relationships.front().column, 3);
    }

    void detection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::addRow("plain") << u"erDiagram\n A"_s << true;
        QTest::addRow("after comments and directives") << u"\n%% x\n%%{init: {}}%%\n  erDiagram"_s << true;
        QTest::addRow("after front matter") << u"---\ntitle: t\n---\nerDiagram"_s << true;
        QTest::addRow("flowchart") << u"flowchart LR\n A --> B"_s << false;
        QTest::addRow("wrong case") << u"ERDIAGRAM"_s << false;
        QTest::addRow("empty") << QString() << false;
    }
    void detection()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(MermaidLexer::isErDiagram(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestMermaidParser)
#include "tst_mermaidparser.moc"
