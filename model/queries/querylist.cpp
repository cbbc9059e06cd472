// SPDX-License-Identifier: GPL-3.0-or-later
#include "querylist.h"

#include "core/messagetext.h"
#include "core/textfile.h"
#include "core/textposition.h"
#include "schema/sqltokenizer.h"
#include "sqlite/commenttext.h"

#include <cmath>
#include <optional>

#include <QLocale>
#include <QRegularExpression>

namespace godwit::queries {

namespace {

    using schema::SqlToken;
    using schema::SqlTokenizer;

    // The directives a comment before a statement may carry, and where they were written.
    struct Pending {
        QString name;
        std::optional<double> weight;
        WeightUnit unit = WeightUnit::PerMinute;
        std::optional<QueryKind> kind;
    };

    Error positioned(const QString& text, qsizetype offset, const QString& fileName, const QString& message)
    {
        Error e;
        e.code = Error::Code::Parse;
        e.message = message;
        e.file = fileName;
        const QByteArray utf8 = text.left(offset).toUtf8();
        const TextPosition pos = TextPosition::fromUtf8Offset(utf8, utf8.size());
        e.line = pos.line;
        e.column = pos.column;
        return e;
    }

    int lineOf(const QString& text, qsizetype offset) { return int(QStringView(text).left(offset).count(u'\n')) + 1; }

    // "120", "120/min", "120 calls/min", "12.5%".
    std::optional<std::pair<double, WeightUnit>> parseWeight(QStringView value)
    {
        static const QRegularExpression re(
            QStringLiteral(
                R"(^([0-9]+(?:\.[0-9]+)?)\s*(%|/\s*min(?:ute)?|calls?\s*/\s*min(?:ute)?|(?:calls?\s+)?per\s+min(?:ute)?)?$)"),
            QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(value.toString());
        if (!m.hasMatch())
            return std::nullopt;
        bool ok = false;
        const double number = m.captured(1).toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return std::nullopt;
        const WeightUnit unit = m.captured(2) == QLatin1String("%") ? WeightUnit::Percent : WeightUnit::PerMinute;
        if (unit == WeightUnit::Percent && number > 100)
            return std::nullopt;
        return std::pair { number, unit };
    }

    // The shortest digits that read back as the same number, without an exponent (the reader
    // takes none).
    QString formatNumber(double value) { return QString::number(value, 'f', QLocale::FloatingPointShortest); }

} // namespace

QueryKind QueryList::kindOf(QStringView sql)
{
    int depth = 0;
    for (const SqlToken& t : SqlTokenizer::significantTokens(sql)) {
        if (t.isPunct(u'('))
            ++depth;
        else if (t.isPunct(u')'))
            --depth;
        else if (depth == 0 && t.kind == SqlToken::Kind::Word) {
            if (t.is(QLatin1StringView("SELECT")) || t.is(QLatin1StringView("VALUES")))
                return QueryKind::Read;
            if (t.is(QLatin1StringView("INSERT")) || t.is(QLatin1StringView("UPDATE"))
                || t.is(QLatin1StringView("DELETE")) || t.is(QLatin1StringView("REPLACE")))
                return QueryKind::Write;
        }
    }
    return QueryKind::Read;
}

Result<QueryList> QueryList::parse(const QString& text, const QString& fileName)
{
    static const QRegularExpression directive(
        QStringLiteral(R"(^--\s*(name|weight|kind)\s*:\s*(.*?)\s*$)"), QRegularExpression::CaseInsensitiveOption);
    QueryList list;
    Pending pending;
    qsizetype start = -1; // offset of the current statement's first significant token
    qsizetype end = -1; // end of its last significant token

    auto finish = [&] {
        if (start >= 0) {
            Query q;
            q.sql = text.mid(start, end - start);
            q.name = pending.name;
            q.kind = pending.kind.value_or(kindOf(q.sql));
            if (pending.weight) {
                q.weight = *pending.weight;
                q.unit = pending.unit;
            }
            q.file = fileName;
            q.line = lineOf(text, start);
            list.add(std::move(q));
        }
        pending = {};
        start = end = -1;
    };

    for (const SqlToken& t : SqlTokenizer::tokenize(text)) {
        if (t.kind == SqlToken::Kind::Whitespace)
            continue;
        if (t.kind == SqlToken::Kind::Invalid)
            return std::unexpected(positioned(text, t.offset, fileName,
                QStringLiteral("unterminated or invalid token: %1").arg(t.text.left(20).trimmed())));
        if (t.kind == SqlToken::Kind::Comment) {
            // SQLite lets a block comment run to the end of the input; in a query file that hides
            // every query after it (and toSql() could not end such a statement).
            if (t.text.startsWith(QLatin1String("/*")) && (t.length < 4 || !t.text.endsWith(QLatin1String("*/"))))
                return std::unexpected(positioned(text, t.offset, fileName, QStringLiteral("unterminated comment")));
            // Directives count only between statements; inside one a comment is part of its SQL.
            if (start >= 0) {
                end = t.offset + t.length;
                continue;
            }
            const auto m = directive.match(t.text.trimmed());
            if (!m.hasMatch())
                continue;
            const QString key = m.captured(1).toLower();
            const QString value = m.captured(2);
            const qsizetype valueOffset = t.offset + m.capturedStart(2);
            if (key == QLatin1String("name")) {
                pending.name = value;
            } else if (key == QLatin1String("weight")) {
                const auto weight = parseWeight(value);
                if (!weight)
                    return std::unexpected(positioned(text, valueOffset, fileName,
                        QStringLiteral("invalid weight '%1' (expected calls per minute like 120, or a share like 12%)")
                            .arg(excerpt(value))));
                pending.weight = weight->first;
                pending.unit = weight->second;
            } else if (value.compare(QLatin1String("read"), Qt::CaseInsensitive) == 0) {
                pending.kind = QueryKind::Read;
            } else if (value.compare(QLatin1String("write"), Qt::CaseInsensitive) == 0) {
                pending.kind = QueryKind::Write;
            } else {
                return std::unexpected(positioned(text, valueOffset, fileName,
                    QStringLiteral("invalid kind '%1' (expected read or write)").arg(excerpt(value))));
            }
            continue;
        }
        if (t.isPunct(u';')) {
            finish();
            continue;
        }
        if (start < 0)
            start = t.offset;
        end = t.offset + t.length;
    }
    finish();
    return list;
}

Result<QueryList> QueryList::readFile(const QString& path)
{
    auto text = TextFile::read(path, QStringLiteral("a query file"));
    if (!text)
        return std::unexpected(text.error());
    return parse(*text, path);
}

Result<QueryList> QueryList::ordersSample()
{
    auto text = TextFile::read(
        QStringLiteral(":/godwit/samples/orders/") + ordersSampleFileName(), QStringLiteral("the sample query list"));
    if (!text)
        return std::unexpected(text.error());
    return parse(*text, ordersSampleFileName());
}

QString QueryList::add(Query query)
{
    // A name is kept as its comment line writes it, so toSql() and parse() give it back as is and
    // two names that escape alike are told apart here rather than after a save.
    query.name = sqlite::commentText(query.name.simplified());
    const QString base = query.name.isEmpty() ? QStringLiteral("query %1").arg(m_queries.size() + 1) : query.name;
    QString name = base;
    for (int n = 2; find(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    query.name = name;
    m_queries.append(std::move(query));
    return name;
}

void QueryList::removeAt(qsizetype index)
{
    if (index >= 0 && index < m_queries.size())
        m_queries.removeAt(index);
}

const Query* QueryList::find(QStringView name) const
{
    for (const Query& q : m_queries) {
        if (q.name == name)
            return &q;
    }
    return nullptr;
}

double QueryList::share(qsizetype index) const
{
    double percent = 0;
    double perMinute = 0;
    for (const Query& q : m_queries)
        (q.unit == WeightUnit::Percent ? percent : perMinute) += q.weight;
    const Query& q = m_queries.at(index);
    if (q.unit == WeightUnit::Percent)
        return q.weight / 100.0;
    const double rest = std::max(0.0, 1.0 - percent / 100.0);
    return perMinute > 0 ? rest * q.weight / perMinute : 0.0;
}

QString QueryList::toSql() const
{
    QString out;
    for (const Query& q : m_queries) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += sqlite::lineComment(QStringLiteral("name: %1").arg(q.name));
        out += QStringLiteral("-- weight: %1%2\n")
                   .arg(formatNumber(q.weight), q.unit == WeightUnit::Percent ? QStringLiteral("%") : QString());
        if (q.kind != kindOf(q.sql))
            out += QStringLiteral("-- kind: %1\n").arg(queryKindName(q.kind));
        // A statement ending in a line comment would swallow the semicolon.
        auto tokens = SqlTokenizer::tokenize(q.sql);
        while (!tokens.isEmpty() && tokens.last().kind == SqlToken::Kind::Whitespace)
            tokens.removeLast();
        const bool lineComment = !tokens.isEmpty() && tokens.last().kind == SqlToken::Kind::Comment
            && tokens.last().text.startsWith(QLatin1String("--"));
        out += q.sql + (lineComment ? QLatin1String("\n;\n") : QLatin1String(";\n"));
    }
    return out;
}

} // namespace godwit::queries
