// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlrunner.h"

#include "core/textposition.h"
#include "migrations/scriptsplitter.h"
#include "sqlite/database.h"

#include <QElapsedTimer>

namespace godwit::data {

namespace {

    // An error SQLite placed inside the statement, moved to where the statement sits in the text.
    Error located(Error e, const StatementResult& r, const QString& fileName)
    {
        e.file = fileName;
        if (e.line <= 0) {
            e.line = r.line;
            e.column = r.column;
        } else if (e.line == 1) {
            e.line = r.line;
            e.column += r.column - 1;
        } else {
            e.line += r.line - 1;
        }
        return e;
    }

    void step(sqlite::Statement& st, StatementResult& r, qsizetype maxRows)
    {
        r.returnsRows = st.columnCount() > 0;
        for (int c = 0; c < st.columnCount(); ++c)
            r.rows.columns << st.columnName(c);
        while (true) {
            auto row = st.step();
            if (!row) {
                r.error = row.error();
                return;
            }
            if (!*row)
                return;
            ++r.rowCount;
            if (r.rows.rows.size() >= maxRows) {
                r.rows.truncated = true;
                continue;
            }
            QVariantList values;
            values.reserve(st.columnCount());
            for (int c = 0; c < st.columnCount(); ++c)
                values << st.value(c);
            r.rows.rows << std::move(values);
        }
    }

} // namespace

QList<StatementResult> SqlRunner::run(const sqlite::Database& db, const QString& text, const Options& options)
{
    QList<StatementResult> out;
    const QByteArray utf8 = text.toUtf8();
    for (const migrations::ScriptStatement& s : migrations::ScriptSplitter::split(text)) {
        StatementResult r;
        r.sql = s.text.trimmed();
        const TextPosition at = TextPosition::fromUtf8Offset(utf8, QStringView(text).left(s.offset).toUtf8().size());
        r.line = at.line;
        r.column = at.column;
        QElapsedTimer clock;
        clock.start();
        auto st = db.prepare(s.text);
        if (!st) {
            r.error = located(st.error(), r, options.fileName);
        } else if (!st->isValid()) {
            continue; // only a comment
        } else if (options.readOnly && !st->isReadOnly() && s.kind != migrations::ScriptStatement::Kind::Forbidden) {
            Error e;
            e.code = Error::Code::ReadOnly;
            e.message = QStringLiteral("%1 would change the database, and the original is only read: run it on a "
                                       "working copy")
                            .arg(s.keyword.isEmpty() ? QStringLiteral("this statement") : s.keyword);
            e.sql = r.sql;
            r.error = located(e, r, options.fileName);
        } else {
            const qint64 before = db.totalChanges();
            step(*st, r, options.maxRows);
            r.changes = st->isReadOnly() ? 0 : db.totalChanges() - before;
            if (r.error)
                r.error = located(*r.error, r, options.fileName);
        }
        r.elapsedMs = double(clock.nsecsElapsed()) / 1e6;
        const bool failed = r.error.has_value();
        out << std::move(r);
        if (failed)
            break;
    }
    return out;
}

} // namespace godwit::data
