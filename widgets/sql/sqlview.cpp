// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sql/sqlview.h"

#include "schema/identifier.h"
#include "schema/sqltokenizer.h"

#include <QEvent>
#include <QFontDatabase>
#include <Qsci/qscilexersql.h>

namespace godwit::widgets {

namespace {

    constexpr int HighlightIndicator = 8; // 0-7 are reserved for lexers

    // QsciLexerSQL knows generic SQL; this one knows SQLite's keywords (lang_keywords.html)
    // and shows declared type names apart from them.
    class SqliteLexer final : public QsciLexerSQL {
    public:
        using QsciLexerSQL::QsciLexerSQL;

        const char* keywords(int set) const override
        {
            switch (set) {
            case 1:
                return "abort action add after all alter always analyze and as asc attach autoincrement before begin "
                       "between by cascade case cast check collate column commit conflict constraint create cross "
                       "current current_date current_time current_timestamp database default deferrable deferred "
                       "delete desc detach distinct do drop each else end escape except exclude exclusive exists "
                       "explain fail filter first following for foreign from full generated glob group groups having "
                       "if ignore immediate in index indexed initially inner insert instead intersect into is isnull "
                       "join key last left like limit match materialized natural no not nothing notnull null nulls of "
                       "offset on or order others outer over partition plan pragma preceding primary query raise "
                       "range recursive references regexp reindex release rename replace restrict returning right "
                       "rollback row rows savepoint select set stored strict table temp temporary then ties to "
                       "transaction trigger unbounded union unique update using vacuum values view virtual when where "
                       "window with without";
            case 5:
                return "int integer tinyint smallint mediumint bigint int2 int8 unsigned character varchar nchar "
                       "nvarchar varying native text clob blob real double precision float numeric decimal boolean "
                       "date datetime timestamp time any char";
            default:
                return nullptr;
            }
        }
    };

    bool isDark(const QPalette& palette) { return palette.color(QPalette::Base).lightness() < 128; }

    QColor blend(const QColor& a, const QColor& b, qreal t)
    {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
            a.blueF() * (1 - t) + b.blueF() * t);
    }

} // namespace

SqlView::SqlView(QWidget* parent)
    : QsciScintilla(parent)
    , m_lexer(new SqliteLexer(this))
{
    m_lexer->setFoldComments(false);
    m_lexer->setQuotedIdentifiers(true);
    setLexer(m_lexer);
    setReadOnly(true);
    // Files dropped here are meant for the main window, which opens them.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    setUtf8(true);
    setFrameShape(QFrame::NoFrame);
    setWrapMode(WrapWhitespace); // breaks only at spaces, so "[name]" and a.b stay whole
    setWrapIndentMode(WrapIndentIndented);
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(1, 0); // no symbol margin
    setFolding(NoFoldStyle);
    setCaretWidth(0);
    setCaretLineVisible(false);
    setTabWidth(4);
    setIndentationsUseTabs(false);
    setScrollWidthTracking(true);
    setScrollWidth(1);
    SendScintilla(SCI_SETHSCROLLBAR, 0L);
    SendScintilla(SCI_SETEXTRAASCENT, 1L);
    SendScintilla(SCI_SETEXTRADESCENT, 1L);
    indicatorDefine(FullBoxIndicator, HighlightIndicator);
    setIndicatorDrawUnder(true, HighlightIndicator);
    applyPalette();
}

SqlView::~SqlView() = default;

void SqlView::setSql(const QString& sql)
{
    setText(sql);
    updateMarginWidth();
    setCursorPosition(0, 0);
    SendScintilla(SCI_SETFIRSTVISIBLELINE, 0L);
}

int SqlView::zoomLevel() const { return static_cast<int>(SendScintilla(SCI_GETZOOM)); }

bool SqlView::highlightIdentifier(const QString& identifier, SearchFrom from)
{
    clearHighlight();
    const QString source = text();
    const QList<schema::SqlToken> tokens = schema::SqlTokenizer::significantTokens(source);
    bool inBody = false;
    for (const schema::SqlToken& token : tokens) {
        if (!inBody) {
            inBody = from == SearchFrom::OpenParen ? token.isPunct(QLatin1Char('(')) : token.is(QLatin1String("AS"));
            continue;
        }
        if (token.isName() && schema::sameIdentifier(token.identifier(), identifier)) {
            // Scintilla positions are UTF-8 byte offsets; tokens count UTF-16 units.
            const long start = static_cast<long>(source.left(token.offset).toUtf8().size());
            const long length = static_cast<long>(token.text.toUtf8().size());
            SendScintilla(SCI_SETINDICATORCURRENT, HighlightIndicator);
            SendScintilla(SCI_INDICATORFILLRANGE, start, length);
            int line = 0;
            int index = 0;
            lineIndexFromPosition(static_cast<int>(start), &line, &index);
            ensureLineVisible(line);
            return true;
        }
    }
    return false;
}

void SqlView::clearHighlight()
{
    SendScintilla(SCI_SETINDICATORCURRENT, HighlightIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0L, static_cast<long>(length()));
}

void SqlView::changeEvent(QEvent* event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void SqlView::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(qMax(font.pointSizeF(), 9.5));

    m_lexer->setDefaultPaper(base);
    m_lexer->setPaper(base, -1);
    m_lexer->setDefaultColor(text);
    m_lexer->setColor(text, -1);
    m_lexer->setDefaultFont(font);
    m_lexer->setFont(font, -1);

    // Muted, readable hues in both themes; keywords bold rather than loud.
    const QColor keyword = dark ? QColor(0x8c, 0xb4, 0xe8) : QColor(0x1f, 0x4e, 0x8c);
    const QColor string = dark ? QColor(0xd8, 0xb2, 0x7a) : QColor(0x9a, 0x5a, 0x10);
    const QColor number = dark ? QColor(0xa8, 0xd5, 0x9a) : QColor(0x2e, 0x7d, 0x32);
    const QColor comment = blend(text, base, 0.45);
    const QColor identifier = dark ? QColor(0xc8, 0xa8, 0xe8) : QColor(0x6a, 0x3d, 0x9a);
    const QColor type = dark ? QColor(0x7f, 0xcf, 0xc4) : QColor(0x0b, 0x6e, 0x69);
    QFont bold = font;
    bold.setBold(true);
    m_lexer->setColor(keyword, QsciLexerSQL::Keyword);
    m_lexer->setFont(bold, QsciLexerSQL::Keyword);
    m_lexer->setColor(keyword, QsciLexerSQL::PlusKeyword);
    m_lexer->setColor(string, QsciLexerSQL::SingleQuotedString);
    m_lexer->setColor(identifier, QsciLexerSQL::DoubleQuotedString); // "x" is an identifier in SQLite
    m_lexer->setColor(identifier, QsciLexerSQL::QuotedIdentifier);
    m_lexer->setColor(number, QsciLexerSQL::Number);
    m_lexer->setColor(type, QsciLexerSQL::KeywordSet5);
    for (int style : { QsciLexerSQL::Comment, QsciLexerSQL::CommentLine, QsciLexerSQL::CommentDoc,
             QsciLexerSQL::CommentLineHash, QsciLexerSQL::PlusComment }) {
        m_lexer->setColor(comment, style);
        QFont italic = font;
        italic.setItalic(true);
        m_lexer->setFont(italic, style);
    }
    m_lexer->setColor(blend(text, base, 0.25), QsciLexerSQL::Operator);

    setPaper(base);
    setColor(text);
    setMarginsFont(font);
    setMarginsBackgroundColor(base);
    setMarginsForegroundColor(blend(text, base, 0.55));
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    setIndicatorForegroundColor(blend(pal.color(QPalette::Highlight), base, dark ? 0.45 : 0.7), HighlightIndicator);
    SendScintilla(SCI_INDICSETALPHA, HighlightIndicator, 255L);
    SendScintilla(SCI_INDICSETOUTLINEALPHA, HighlightIndicator, 255L);
    updateMarginWidth();
}

void SqlView::updateMarginWidth()
{
    // Room for the widest line number plus a little air on both sides.
    const QString digits = QString(QString::number(qMax(lines(), 10)).size() + 1, QLatin1Char('0'));
    setMarginWidth(0, digits);
}

} // namespace godwit::widgets
