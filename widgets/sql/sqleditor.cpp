// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sql/sqleditor.h"

#include "editor/sqlcompletion.h"
#include "editor/sqlkeywords.h"
#include "widgets/sql/sqleditorapis.h"

#include <memory>
#include <utility>

#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QTimer>
#include <QToolTip>
#include <Qsci/qscilexersql.h>

namespace godwit::widgets {

namespace {

    constexpr int ErrorIndicator = 9; // 0-7 belong to lexers, 8 is SqlView's highlight
    constexpr int ErrorMarker = 1;
    constexpr int SymbolMargin = 1;

    // QsciLexerSQL with SQLite's keywords and '.' separating a table from its column, so
    // typing the dot asks for completion.
    class SqliteEditorLexer final : public QsciLexerSQL {
    public:
        using QsciLexerSQL::QsciLexerSQL;

        const char* keywords(int set) const override
        {
            switch (set) {
            case 1:
                return editor::SqlKeywords::keywordSet();
            case 5:
                return editor::SqlKeywords::typeNameSet();
            default:
                return nullptr;
            }
        }
        QStringList autoCompletionWordSeparators() const override { return { QStringLiteral(".") }; }
    };

    bool isDark(const QPalette& palette) { return palette.color(QPalette::Base).lightness() < 128; }

    QColor blend(const QColor& a, const QColor& b, qreal t)
    {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
            a.blueF() * (1 - t) + b.blueF() * t);
    }

    bool isReplaceShortcut(const QKeyEvent* e)
    {
        return e->modifiers() == Qt::ControlModifier && e->key() == Qt::Key_H;
    }

} // namespace

SqlEditor::SqlEditor(QWidget* parent)
    : QsciScintilla(parent)
{
    auto* lexer = new SqliteEditorLexer(this);
    lexer->setFoldComments(true);
    lexer->setFoldCompact(false);
    lexer->setQuotedIdentifiers(true);
    m_lexer = lexer;
    m_apis = new SqlEditorApis(lexer, this);
    setLexer(lexer);
    setUtf8(true);
    setFrameShape(QFrame::NoFrame);
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginType(SymbolMargin, SymbolMargin);
    setMarginWidth(SymbolMargin, 14);
    setMarginMarkerMask(SymbolMargin, 1 << ErrorMarker);
    markerDefine(QsciScintilla::Circle, ErrorMarker);
    setFolding(BoxedTreeFoldStyle, 2);
    setBraceMatching(SloppyBraceMatch);
    setAutoIndent(true);
    setTabWidth(4);
    setIndentationsUseTabs(false);
    setCaretLineVisible(true);
    setEolMode(EolUnix);
    setAutoCompletionSource(AcsAPIs);
    setAutoCompletionThreshold(2);
    setAutoCompletionCaseSensitivity(false);
    setAutoCompletionUseSingle(AcusNever);
    setAutoCompletionReplaceWord(true);
    indicatorDefine(SquiggleIndicator, ErrorIndicator);
    SendScintilla(SCI_SETMOUSEDWELLTIME, 500L);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SqlEditor::checkNow);
    connect(this, &QsciScintilla::textChanged, this, [this] {
        m_debounce->start();
        updateMarginWidth();
    });
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &SqlEditor::onDwell);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    applyPalette();
}

SqlEditor::~SqlEditor() = default;

void SqlEditor::setSchemaContext(const schema::Schema& schema, const QStringList& scripts)
{
    m_checker.reset();
    m_completionSchema = schema;
    m_contextJob.start([this, schema, scripts](const Job& job) {
        auto checker = std::make_shared<Result<editor::SqlChecker>>(editor::SqlChecker::create(schema, scripts));
        auto held = std::make_shared<std::optional<schema::Schema>>();
        if (*checker && !job.isCancelled()) {
            if (auto read = (*checker)->schema())
                *held = std::move(*read);
        }
        job.finish([this, checker, held] {
            if (*held)
                m_completionSchema = std::move(**held);
            if (*checker)
                m_checker.emplace(std::move(**checker));
            Q_EMIT schemaContextReady();
            if (std::exchange(m_checkWhenReady, false))
                checkNow();
            else
                m_debounce->start();
        });
    });
}

void SqlEditor::checkNow()
{
    m_debounce->stop();
    if (m_contextJob.isRunning()) {
        m_checkWhenReady = true;
        return;
    }
    m_problems = m_checker ? m_checker->check(text()) : QList<editor::SqlProblem>();
    showProblems();
    Q_EMIT problemsChanged(static_cast<int>(m_problems.size()));
}

void SqlEditor::showProblems()
{
    const QString source = text();
    SendScintilla(SCI_SETINDICATORCURRENT, ErrorIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0L, static_cast<long>(source.toUtf8().size()));
    markerDeleteAll(ErrorMarker);
    for (const editor::SqlProblem& p : m_problems) {
        const long start = static_cast<long>(QStringView(source).left(p.offset).toUtf8().size());
        const long length
            = std::max<long>(1, static_cast<long>(QStringView(source).mid(p.offset, p.length).toUtf8().size()));
        SendScintilla(SCI_INDICATORFILLRANGE, start, length);
        markerAdd(p.line - 1, ErrorMarker);
    }
}

std::optional<editor::SqlProblem> SqlEditor::problemAt(qsizetype offset) const
{
    for (const editor::SqlProblem& p : m_problems) {
        if (offset >= p.offset && offset < p.offset + std::max<qsizetype>(1, p.length))
            return p;
    }
    return std::nullopt;
}

bool SqlEditor::hasErrorIndicatorAt(qsizetype offset) const
{
    return SendScintilla(SCI_INDICATORVALUEAT, ErrorIndicator, bytePosition(offset)) != 0;
}

void SqlEditor::onDwell(int position, int x, int y)
{
    if (position < 0)
        return;
    if (const auto p = problemAt(textOffset(position)))
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), p->message, viewport());
}

long SqlEditor::bytePosition(qsizetype offset) const
{
    return static_cast<long>(QStringView(text()).left(offset).toUtf8().size());
}

qsizetype SqlEditor::textOffset(long bytePosition) const
{
    return QString::fromUtf8(text().toUtf8().left(bytePosition)).size();
}

QStringList SqlEditor::completionsAt(qsizetype offset) const
{
    const QString source = text();
    return editor::SqlCompletion::complete(
        m_completionSchema, QStringView(source).left(offset), QStringView(source).mid(offset))
        .candidates;
}

QStringList SqlEditor::completionsAtCursor() const
{
    return completionsAt(textOffset(static_cast<long>(SendScintilla(SCI_GETCURRENTPOS))));
}

bool SqlEditor::find(const QString& text, const FindOptions& o)
{
    if (text.isEmpty())
        return false;
    int line = -1;
    int index = -1;
    if (!o.forward && hasSelectedText()) {
        // Backwards from the start of the current match, or it would be found again.
        int lineTo = 0;
        int indexTo = 0;
        getSelection(&line, &index, &lineTo, &indexTo);
    }
    return findFirst(text, o.regularExpression, o.caseSensitive, o.wholeWord, o.wrap, o.forward, line, index, true,
        false, o.regularExpression);
}

bool SqlEditor::replaceAndFind(const QString& text, const QString& replacement, const FindOptions& options)
{
    if (!hasSelectedText())
        return find(text, options);
    replace(replacement);
    return find(text, options);
}

int SqlEditor::replaceAll(const QString& text, const QString& replacement, const FindOptions& o)
{
    if (text.isEmpty())
        return 0;
    int count = 0;
    beginUndoAction();
    if (findFirst(text, o.regularExpression, o.caseSensitive, o.wholeWord, false, true, 0, 0, false, false,
            o.regularExpression)) {
        // A pattern that matches the empty string would never end: stop after one pass over the text.
        const int limit = static_cast<int>(length()) + 1;
        do {
            replace(replacement);
            ++count;
        } while (count < limit && findNext());
    }
    endUndoAction();
    return count;
}

bool SqlEditor::event(QEvent* event)
{
    // Find and replace belong to the editor while it has focus, not to the window's actions.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Find) || isReplaceShortcut(key)) {
            event->accept();
            return true;
        }
    }
    return QsciScintilla::event(event);
}

void SqlEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Find)) {
        Q_EMIT findRequested(false);
        return;
    }
    if (isReplaceShortcut(event)) {
        Q_EMIT findRequested(true);
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void SqlEditor::changeEvent(QEvent* event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void SqlEditor::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor fg = pal.color(QPalette::Text);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(qMax(font.pointSizeF(), 9.5));
    m_lexer->setDefaultPaper(base);
    m_lexer->setPaper(base, -1);
    m_lexer->setDefaultColor(fg);
    m_lexer->setColor(fg, -1);
    m_lexer->setDefaultFont(font);
    m_lexer->setFont(font, -1);
    const QColor keyword = dark ? QColor(0x8c, 0xb4, 0xe8) : QColor(0x1f, 0x4e, 0x8c);
    QFont bold = font;
    bold.setBold(true);
    m_lexer->setColor(keyword, QsciLexerSQL::Keyword);
    m_lexer->setFont(bold, QsciLexerSQL::Keyword);
    m_lexer->setColor(dark ? QColor(0xd8, 0xb2, 0x7a) : QColor(0x9a, 0x5a, 0x10), QsciLexerSQL::SingleQuotedString);
    const QColor identifier = dark ? QColor(0xc8, 0xa8, 0xe8) : QColor(0x6a, 0x3d, 0x9a);
    m_lexer->setColor(identifier, QsciLexerSQL::DoubleQuotedString);
    m_lexer->setColor(identifier, QsciLexerSQL::QuotedIdentifier);
    m_lexer->setColor(dark ? QColor(0xa8, 0xd5, 0x9a) : QColor(0x2e, 0x7d, 0x32), QsciLexerSQL::Number);
    m_lexer->setColor(dark ? QColor(0x7f, 0xcf, 0xc4) : QColor(0x0b, 0x6e, 0x69), QsciLexerSQL::KeywordSet5);
    QFont italic = font;
    italic.setItalic(true);
    for (int style : { QsciLexerSQL::Comment, QsciLexerSQL::CommentLine, QsciLexerSQL::CommentDoc }) {
        m_lexer->setColor(blend(fg, base, 0.45), style);
        m_lexer->setFont(italic, style);
    }
    setPaper(base);
    setColor(fg);
    setCaretForegroundColor(fg);
    setCaretLineBackgroundColor(blend(base, pal.color(QPalette::Highlight), 0.08));
    setMarginsFont(font);
    setMarginsBackgroundColor(base);
    setMarginsForegroundColor(blend(fg, base, 0.55));
    setFoldMarginColors(base, base);
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(blend(base, pal.color(QPalette::Highlight), 0.3));
    const QColor error = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    setIndicatorForegroundColor(error, ErrorIndicator);
    setMarkerBackgroundColor(error, ErrorMarker);
    setMarkerForegroundColor(error, ErrorMarker);
    updateMarginWidth();
}

void SqlEditor::updateMarginWidth()
{
    const QString digits = QString(QString::number(qMax(lines(), 10)).size() + 1, QLatin1Char('0'));
    setMarginWidth(0, digits);
}

} // namespace godwit::widgets
