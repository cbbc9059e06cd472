// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptrunner.h"

#include "core/textfile.h"
#include "flywaychecksum.h"
#include "sqlite/database.h"

namespace godwit::migrations {

namespace {

    using Kind = ScriptStatement::Kind;

    // Connection settings that change nothing in the file: safe to run before or after the
    // file's transaction without a snapshot.
    bool isConnectionSetting(const ScriptStatement& s)
    {
        return s.keyword == QLatin1String("PRAGMA FOREIGN_KEYS") || s.keyword == QLatin1String("PRAGMA SYNCHRONOUS")
            || s.keyword == QLatin1String("PRAGMA TEMP_STORE");
    }

} // namespace

Result<ScriptPlan> ScriptRunner::planFile(const QString& path, const QString& script)
{
    auto bytes = TextFile::readBytes(path, QStringLiteral("a migration script"));
    if (!bytes)
        return std::unexpected(bytes.error());
    auto checksum = FlywayChecksum::compute(*bytes, path);
    if (!checksum)
        return std::unexpected(checksum.error());
    auto text = TextFile::decode(std::move(*bytes), path);
    if (!text)
        return std::unexpected(text.error());
    auto planned = plan(*text, script, path);
    if (planned)
        planned->checksum = *checksum;
    return planned;
}

Result<ScriptPlan> ScriptRunner::plan(const QString& text, const QString& script, const QString& path)
{
    ScriptPlan p;
    p.text = text;
    p.statements = ScriptSplitter::split(text);
    int transactionalSegments = 0;
    for (qsizetype i = 0; i < p.statements.size(); ++i) {
        const ScriptStatement& s = p.statements.at(i);
        const TextPosition pos = positionOf(text, s.offset);
        switch (s.kind) {
        case Kind::Forbidden: {
            Error e;
            e.code = Error::Code::Unsupported;
            e.message = QStringLiteral("%1 is not allowed in a migration: %2").arg(s.keyword, s.reason);
            e.file = path.isEmpty() ? script : path;
            e.line = pos.line;
            e.column = pos.column;
            e.sql = s.text;
            return std::unexpected(std::move(e));
        }
        case Kind::TransactionControl:
            p.notes.append({ script, pos.line, pos.column, QStringLiteral("%1 skipped: %2").arg(s.keyword, s.reason) });
            break;
        case Kind::NonTransactional:
            p.notes.append({ script, pos.line, pos.column,
                QStringLiteral("%1 runs outside the transaction: %2").arg(s.keyword, s.reason) });
            p.segments.append(ScriptSegment { false, { i } });
            if (!isConnectionSetting(s))
                p.needsSnapshot = true;
            break;
        case Kind::Normal:
            if (s.keyword == QLatin1String("DROP") || s.keyword == QLatin1String("ALTER"))
                p.changesTables = true;
            if (p.segments.isEmpty() || !p.segments.constLast().transactional) {
                p.segments.append(ScriptSegment { true, {} });
                ++transactionalSegments;
            }
            p.segments.last().statements.append(i);
            break;
        }
    }
    // Work outside a transaction between two transactions cannot be rolled back by either.
    if (transactionalSegments > 1)
        p.needsSnapshot = true;
    return p;
}

QString ScriptRunner::maskedText(const ScriptPlan& plan, const ScriptSegment& segment)
{
    const QString& text = plan.text;
    QList<bool> keep(text.size(), false);
    for (const qsizetype index : segment.statements) {
        const ScriptStatement& s = plan.statements.at(index);
        for (qsizetype i = s.offset; i < s.offset + s.length; ++i)
            keep[i] = true;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (keep.at(i) || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            out.append(c);
        } else if (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()) {
            continue; // one blank per code point keeps the columns right
        } else {
            out.append(QLatin1Char(' '));
        }
    }
    return out;
}

Result<void> ScriptRunner::runSegment(
    const sqlite::Database& db, const ScriptPlan& plan, const ScriptSegment& segment, const QString& fileName)
{
    return db.executeScript(maskedText(plan, segment), fileName);
}

TextPosition ScriptRunner::positionOf(QStringView text, qsizetype offset)
{
    TextPosition pos;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++pos.line;
            pos.column = 1;
        } else if (!c.isLowSurrogate()) {
            ++pos.column;
        }
    }
    return pos;
}

} // namespace godwit::migrations
