// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidpreprocessor.h"

namespace godwit::schema {

namespace {

    using Chars = MermaidPreprocessor;

    // The preprocessed text and, for each of its UTF-16 units, where it came from in the original.
    struct Source {
        QString text;
        QList<qsizetype> origin; // one entry per unit plus one for the end

        void append(const Source& from, qsizetype begin, qsizetype end)
        {
            text += QStringView(from.text).mid(begin, end - begin);
            for (qsizetype i = begin; i < end; ++i)
                origin.append(from.origin[i]);
        }
        // Everything of `from` except the [begin, end) ranges listed in order.
        static Source without(const Source& from, const QList<std::pair<qsizetype, qsizetype>>& ranges)
        {
            Source out;
            qsizetype at = 0;
            for (const auto& [begin, end] : ranges) {
                out.append(from, at, begin);
                at = end;
            }
            out.append(from, at, from.text.size());
            out.origin.append(from.origin.back());
            return out;
        }
    };

    // Mermaid's cleanupText: line endings become `\n`, and inside HTML tags `="x"` becomes `='x'`
    // (same length, so offsets stay put).
    Source cleanupText(const QString& original)
    {
        Source s;
        s.text.reserve(original.size());
        s.origin.reserve(original.size() + 1);
        for (qsizetype i = 0; i < original.size(); ++i) {
            if (original[i] == QLatin1Char('\r') && i + 1 < original.size() && original[i + 1] == QLatin1Char('\n'))
                continue; // the `\n` stands for both
            s.text += original[i] == QLatin1Char('\r') ? QChar(u'\n') : original[i];
            s.origin.append(i);
        }
        s.origin.append(original.size());

        QString& t = s.text;
        for (qsizetype i = t.indexOf(QLatin1Char('<')); i >= 0; i = t.indexOf(QLatin1Char('<'), i + 1)) {
            qsizetype j = i + 1;
            while (j < t.size() && Chars::isWordChar(t[j].unicode()))
                ++j;
            if (j == i + 1)
                continue;
            const qsizetype close = t.indexOf(QLatin1Char('>'), j);
            if (close < 0)
                break;
            for (qsizetype k = j; k + 1 < close; ++k) {
                if (t[k] != QLatin1Char('=') || t[k + 1] != QLatin1Char('"'))
                    continue;
                const qsizetype quote = t.indexOf(QLatin1Char('"'), k + 2);
                if (quote < 0 || quote >= close)
                    continue;
                t[k + 1] = QLatin1Char('\'');
                t[quote] = QLatin1Char('\'');
                k = quote;
            }
            i = close;
        }
        return s;
    }

    // Length of the YAML front matter Mermaid strips (frontMatterRegex), 0 when there is none:
    // `---` on the first line, the body, then `---` at the same indent followed by a line break.
    qsizetype frontMatterLength(const QString& t)
    {
        auto at = [&](qsizetype i) { return i < t.size() ? t[i].unicode() : -1; };
        auto isNewline = [&](qsizetype i) { return at(i) == '\n' || at(i) == '\r'; };
        qsizetype p = 0;
        while (Chars::isJsSpace(at(p)) && !isNewline(p))
            ++p;
        const QStringView indent = QStringView(t).left(p);
        if (!QStringView(t).mid(p).startsWith(u"---"))
            return 0;
        p += 3;
        QList<qsizetype> openings; // the regex backtracks over each line break after the opening `---`
        for (qsizetype q = p; Chars::isJsSpace(at(q)); ++q) {
            if (isNewline(q))
                openings.prepend(q + 1);
        }
        for (const qsizetype bodyStart : openings) {
            for (qsizetype j = bodyStart; j < t.size(); ++j) {
                if (!isNewline(j) || !QStringView(t).mid(j + 1).startsWith(indent)
                    || !QStringView(t).mid(j + 1 + indent.size()).startsWith(u"---"))
                    continue;
                qsizetype end = -1;
                for (qsizetype q = j + 1 + indent.size() + 3; Chars::isJsSpace(at(q)); ++q) {
                    if (isNewline(q))
                        end = q + 1;
                }
                if (end > 0)
                    return end;
            }
        }
        return 0;
    }

    // Mermaid's directiveRegex: `%%{init: {...}}%%` and `%%{wrap}%%` are removed wherever they are.
    QList<std::pair<qsizetype, qsizetype>> directiveRanges(const QString& t)
    {
        auto at = [&](qsizetype i) { return i < t.size() ? t[i].unicode() : -1; };
        auto skipSpaces = [&](qsizetype i) {
            while (Chars::isJsSpace(at(i)))
                ++i;
            return i;
        };
        QList<std::pair<qsizetype, qsizetype>> ranges;
        for (qsizetype i = t.indexOf(u"%%{"); i >= 0; i = t.indexOf(u"%%{", i)) {
            qsizetype p = skipSpaces(i + 3);
            if (!Chars::isWordChar(at(p))) {
                ++i;
                continue;
            }
            while (Chars::isWordChar(at(p)))
                ++p;
            if (const qsizetype colon = skipSpaces(p); at(colon) == ':')
                p = colon + 1;
            p = skipSpaces(p);
            if (Chars::isWordChar(at(p))) {
                while (Chars::isWordChar(at(p)))
                    ++p;
            } else {
                while (p < t.size() && !QStringView(t).mid(p).startsWith(u"}%%")
                    && (!Chars::isLineTerminator(at(p)) || at(p) == '\n'))
                    ++p;
            }
            p = skipSpaces(p);
            if (QStringView(t).mid(p).startsWith(u"}%%"))
                p += 3;
            ranges.append({ i, p });
            i = p;
        }
        return ranges;
    }

    // Mermaid's cleanupComments: a line whose first non-blank characters are `%%` (not `%%{`)
    // followed by at least one character disappears, line break included.
    QList<std::pair<qsizetype, qsizetype>> commentRanges(
        const Source& s, QList<std::pair<qsizetype, QString>>* comments)
    {
        const QString& t = s.text;
        auto at = [&](qsizetype i) { return i < t.size() ? t[i].unicode() : -1; };
        QList<std::pair<qsizetype, qsizetype>> ranges;
        qsizetype lineStart = 0;
        while (lineStart <= t.size()) {
            qsizetype p = lineStart;
            while (Chars::isJsSpace(at(p)))
                ++p;
            qsizetype next = -1;
            if (at(p) == '%' && at(p + 1) == '%' && at(p + 2) != '{' && at(p + 2) != '\n' && p + 2 < t.size()) {
                qsizetype end = p + 2;
                while (end < t.size() && at(end) != '\n')
                    ++end;
                comments->append({ p + 2, t.mid(p + 2, end - p - 2) });
                ranges.append({ lineStart, end < t.size() ? end + 1 : end });
                next = end + 1;
            } else {
                // JavaScript's multiline `^` also matches after `\r`, U+2028 and U+2029.
                qsizetype q = lineStart;
                while (q < t.size() && !Chars::isLineTerminator(at(q)))
                    ++q;
                next = q + 1;
            }
            lineStart = next;
        }
        return ranges;
    }

} // namespace

bool MermaidPreprocessor::isJsSpace(int c)
{
    switch (c) {
    case '\t':
    case '\n':
    case 0x0B:
    case 0x0C:
    case '\r':
    case ' ':
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

bool MermaidPreprocessor::isLineTerminator(int c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

bool MermaidPreprocessor::isWordChar(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

MermaidPreprocessor::Output MermaidPreprocessor::run(const QString& original)
{
    Source s = cleanupText(original);
    if (const qsizetype length = frontMatterLength(s.text); length > 0)
        s = Source::without(s, { { 0, length } });
    s = Source::without(s, directiveRanges(s.text));
    Output out;
    QList<std::pair<qsizetype, QString>> comments;
    const auto ranges = commentRanges(s, &comments);
    for (const auto& [offset, text] : comments)
        out.comments.append({ s.origin[offset], text });
    s = Source::without(s, ranges);
    qsizetype start = 0;
    while (start < s.text.size() && isJsSpace(s.text[start].unicode()))
        ++start;
    if (start > 0)
        s = Source::without(s, { { 0, start } });
    out.text = std::move(s.text);
    out.origin = std::move(s.origin);
    return out;
}

} // namespace godwit::schema
