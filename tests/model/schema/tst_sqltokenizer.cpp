// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema/sqltokenizer.h"

#include <QTest>

using godwit::schema::SqlToken;
using godwit::schema::SqlTokenizer;

namespace {

QString kindName(SqlToken::Kind kind)
{
    switch (kind) {
    case SqlToken::Kind::Word:
        return QStringLiteral("word");
    case SqlToken::Kind::QuotedIdentifier:
        return QStringLiteral("quoted");
    case SqlToken::Kind::String:
        return QStringLiteral("string");
    case SqlToken::Kind::Number:
        return QStringLiteral("number");
    case SqlToken::Kind::Blob:
        return QStringLiteral("blob");
    case SqlToken::Kind::Variable:
        return QStringLiteral("variable");
    case SqlToken::Kind::Punctuation:
        return QStringLiteral("punct");
    case SqlToken::Kind::Comment:
        return QStringLiteral("comment");
    case SqlToken::Kind::Whitespace:
        return QStringLiteral("space");
    case SqlToken::Kind::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

// "kind:text" for every token but whitespace.
QStringList describe(QStringView sql)
{
    QStringList out;
    for (const SqlToken& t : SqlTokenizer::tokenize(sql)) {
        if (t.kind != SqlToken::Kind::Whitespace)
            out << kindName(t.kind) + QLatin1Char(':') + t.text;
    }
    return out;
}

} // namespace

class TestSqlTokenizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenize_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("tokens");
        auto row = [](const char* name, const QString& sql, const QStringList& tokens) {
            QTest::addRow("%s", name) << sql << tokens;
        };
        row("words", u"SELECT a_1, $b FROM t"_qs,
            { u"word:SELECT"_qs, u"word:a_1"_qs, u"punct:,"_qs, u"variable:$b"_qs, u"word:FROM"_qs, u"word:t"_qs });
        row("identifier with $", u"a$b"_qs, { u"word:a$b"_qs });
        row("double quotes doubled", u"\"a \"\"b\"\"\" x"_qs, { u"quoted:\"a \"\"b\"\"\""_qs, u"word:x"_qs });
        row("brackets do not double", u"[a b]] c"_qs, { u"quoted:[a b]"_qs, u"invalid:]"_qs, u"word:c"_qs });
        row("backticks doubled", u"`c``d`"_qs, { u"quoted:`c``d`"_qs });
        row("string doubled", u"'it''s' 'x'"_qs, { u"string:'it''s'"_qs, u"string:'x'"_qs });
        row("empty string", u"''"_qs, { u"string:''"_qs });
        row("line comment", u"a -- note 'x\nb"_qs, { u"word:a"_qs, u"comment:-- note 'x"_qs, u"word:b"_qs });
        row("block comment", u"a/* x\n*/b"_qs, { u"word:a"_qs, u"comment:/* x\n*/"_qs, u"word:b"_qs });
        row("unterminated block comment runs to the end", u"a /* x"_qs, { u"word:a"_qs, u"comment:/* x"_qs });
        row("blob", u"x'0aFF' X''"_qs, { u"blob:x'0aFF'"_qs, u"blob:X''"_qs });
        row("blob with odd digits", u"x'abc'"_qs, { u"invalid:x'abc'"_qs });
        row("blob with non-hex", u"x'zz'"_qs, { u"invalid:x'zz'"_qs });
        row("unterminated blob", u"x'ab"_qs, { u"invalid:x'ab"_qs });
        row("x alone is a word", u"x + xy"_qs, { u"word:x"_qs, u"punct:+"_qs, u"word:xy"_qs });
        row("numbers", u"1 1.5 .5 1e10 1.5E-3 0x1F 7."_qs,
            { u"number:1"_qs, u"number:1.5"_qs, u"number:.5"_qs, u"number:1e10"_qs, u"number:1.5E-3"_qs,
                u"number:0x1F"_qs, u"number:7."_qs });
        row("number then dot", u"1.2.3"_qs, { u"number:1.2"_qs, u"number:.3"_qs });
        row("digits glued to letters", u"12abc 0x"_qs, { u"invalid:12abc"_qs, u"invalid:0x"_qs });
        row("exponent without digits", u"1e"_qs, { u"invalid:1e"_qs });
        row("minus is an operator", u"-1"_qs, { u"punct:-"_qs, u"number:1"_qs });
        row("variables", u"? ?12 :name @p $a::b"_qs,
            { u"variable:?"_qs, u"variable:?12"_qs, u"variable::name"_qs, u"variable:@p"_qs, u"variable:$a::b"_qs });
        row("colon alone", u":"_qs, { u"invalid::"_qs });
        row("two-character operators", u"a||b<=c>=d==e!=f<>g<<h>>i->j->>k"_qs,
            { u"word:a"_qs, u"punct:||"_qs, u"word:b"_qs, u"punct:<="_qs, u"word:c"_qs, u"punct:>="_qs, u"word:d"_qs,
                u"punct:=="_qs, u"word:e"_qs, u"punct:!="_qs, u"word:f"_qs, u"punct:<>"_qs, u"word:g"_qs,
                u"punct:<<"_qs, u"word:h"_qs, u"punct:>>"_qs, u"word:i"_qs, u"punct:->"_qs, u"word:j"_qs,
                u"punct:->>"_qs, u"word:k"_qs });
        row("single operators", u"(a%b)&c|~d;"_qs,
            { u"punct:("_qs, u"word:a"_qs, u"punct:%"_qs, u"word:b"_qs, u"punct:)"_qs, u"punct:&"_qs, u"word:c"_qs,
                u"punct:|"_qs, u"punct:~"_qs, u"word:d"_qs, u"punct:;"_qs });
        row("lone bang", u"!a"_qs, { u"invalid:!"_qs, u"word:a"_qs });
        row("unterminated string", u"SELECT 'abc"_qs, { u"word:SELECT"_qs, u"invalid:'abc"_qs });
        row("unterminated quoted name", u"\"abc"_qs, { u"invalid:\"abc"_qs });
        row("unterminated bracket", u"[abc"_qs, { u"invalid:[abc"_qs });
        row("string ending in doubled quote is unterminated", u"'ab''"_qs, { u"invalid:'ab''"_qs });
        // SQLite's character classes are ASCII; every byte >= 0x80 is part of an identifier.
        row("non-ASCII letters", u"täble ü"_qs, { u"word:täble"_qs, u"word:ü"_qs });
        row("non-ASCII digit is a word", u"\u0663x"_qs, { u"word:\u0663x"_qs });
        row("no-break space is a word character", u"a\u00a0b c"_qs, { u"word:a\u00a0b"_qs, u"word:c"_qs });
        row("emoji", u"\U0001F600"_qs, { u"word:\U0001F600"_qs });
        row("stray character", u"a # b"_qs, { u"word:a"_qs, u"invalid:#"_qs, u"word:b"_qs });
        row("hash variable", u"#x"_qs, { u"variable:#x"_qs });
    }
    void tokenize()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, tokens);
        QCOMPARE(describe(sql), tokens);
        // Tokens cover the text exactly, with offsets that point at their text.
        QString joined;
        for (const SqlToken& t : SqlTokenizer::tokenize(sql)) {
            QCOMPARE(t.offset, joined.size());
            QCOMPARE(t.length, t.text.size());
            QCOMPARE(QStringView(sql).mid(t.offset, t.length), t.text);
            joined += t.text;
        }
        QCOMPARE(joined, sql);
    }

    void significantTokens()
    {
        const auto tokens = SqlTokenizer::significantTokens(u"  a /* c */ -- d\n b "_qs);
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens[0].text, QStringLiteral("a"));
        QCOMPARE(tokens[1].text, QStringLiteral("b"));
        QCOMPARE(tokens[1].offset, 18);
    }

    void identifier_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("identifier");
        QTest::addRow("word") << u"Name"_qs << u"Name"_qs;
        QTest::addRow("double quoted") << u"\"we\"\"ird täble\""_qs << u"we\"ird täble"_qs;
        QTest::addRow("brackets") << u"[Order Details]"_qs << u"Order Details"_qs;
        QTest::addRow("brackets keep quotes") << u"[\"x\"\"]"_qs << u"\"x\"\""_qs;
        QTest::addRow("backticks") << u"`c``d`"_qs << u"c`d"_qs;
        QTest::addRow("string as name") << u"'it''s'"_qs << u"it's"_qs;
        QTest::addRow("empty quoted") << u"\"\""_qs << QString();
    }
    void identifier()
    {
        QFETCH(QString, sql);
        const auto tokens = SqlTokenizer::significantTokens(sql);
        QCOMPARE(tokens.size(), 1);
        QFETCH(QString, identifier);
        QCOMPARE(tokens.front().identifier(), identifier);
    }

    void is()
    {
        const auto tokens = SqlTokenizer::significantTokens(u"select \"select\" 'select'"_qs);
        QVERIFY(tokens[0].is(QLatin1StringView("SELECT")));
        QVERIFY(!tokens[1].is(QLatin1StringView("SELECT"))); // a quoted name is never a keyword
        QVERIFY(!tokens[2].is(QLatin1StringView("SELECT")));
        QVERIFY(tokens[1].isName() && tokens[2].isName());
    }

    void normalized_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::addRow("whitespace") << u"CREATE TABLE t (a INT)"_qs << u"CREATE\n\tTABLE   t(\n  a INT\n)"_qs << true;
        QTest::addRow("comments") << u"CREATE TABLE t(a) -- x"_qs << u"CREATE /* y */ TABLE t(a)"_qs << true;
        QTest::addRow("keyword case") << u"create table t(a int)"_qs << u"CREATE TABLE t(a INT)"_qs << true;
        QTest::addRow("ASCII identifier case") << u"SELECT Name FROM Track"_qs << u"SELECT name FROM track"_qs << true;
        QTest::addRow("needless quotes") << u"SELECT \"a\", [b], `c` FROM \"t\""_qs << u"SELECT a, b, c FROM t"_qs
                                         << true;
        QTest::addRow("needed quotes, any style")
            << u"SELECT [Order Details].x"_qs << u"SELECT \"Order Details\" . x"_qs << true;
        QTest::addRow("trailing semicolon") << u"SELECT 1;"_qs << u"SELECT 1"_qs << true;
        QTest::addRow("blob case") << u"SELECT x'ab'"_qs << u"SELECT X'AB'"_qs << true;
        QTest::addRow("different string") << u"SELECT 'a'"_qs << u"SELECT 'b'"_qs << false;
        QTest::addRow("string case matters") << u"SELECT 'a'"_qs << u"SELECT 'A'"_qs << false;
        QTest::addRow("different number") << u"DEFAULT 1"_qs << u"DEFAULT 1.0"_qs << false;
        QTest::addRow("name is not a string") << u"SELECT \"a\""_qs << u"SELECT 'a'"_qs << false;
        QTest::addRow("quoted keyword is a name") << u"SELECT \"select\""_qs << u"SELECT select"_qs << false;
        QTest::addRow("non-ASCII case matters") << u"SELECT täble"_qs << u"SELECT TÄBLE"_qs << false;
        QTest::addRow("inner semicolon kept") << u"SELECT 1; SELECT 2"_qs << u"SELECT 1 SELECT 2"_qs << false;
        QTest::addRow("operators") << u"a <> b"_qs << u"a != b"_qs << false;
    }
    void normalized()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(SqlTokenizer::normalized(a) == SqlTokenizer::normalized(b), equal);
    }

    void normalizedText_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addRow("table") << u"create table \"t\" ( a int , b text ) ;"_qs << u"CREATE TABLE T(A INT, B TEXT)"_qs;
        QTest::addRow("qualified") << u"main . t"_qs << u"MAIN.T"_qs;
        QTest::addRow("quoted name needs quotes") << u"[we\"ird täble]"_qs << u"\"WE\"\"IRD TäBLE\""_qs;
        // Glue follows tokens: a string that ends in '(' is not an opening parenthesis.
        QTest::addRow("string ending in a parenthesis") << u"SELECT '(' || x"_qs << u"SELECT '(' || X"_qs;
        QTest::addRow("empty") << u"  -- nothing\n"_qs << QString();
    }
    void normalizedText()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QCOMPARE(SqlTokenizer::normalized(sql), expected);
    }
};

QTEST_GUILESS_MAIN(TestSqlTokenizer)
#include "tst_sqltokenizer.moc"
