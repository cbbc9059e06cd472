// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "connectionguard.h"
#include "core/textposition.h"
#include "databasefilecheck.h"
#include "sqliteerror.h"
#include "sqltrivia.h"

#include <map>
#include <mutex>
#include <sqlite3.h>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

namespace godwit::sqlite {

namespace {

    // The temporary folders of WAL originals' snapshots, each kept until its connection closes.
    std::mutex snapshotsMutex;
    std::map<sqlite3*, std::shared_ptr<QTemporaryDir>> snapshots;

} // namespace

void Database::Closer::operator()(sqlite3* db) const
{
    sqlite3_close_v2(db);
    const std::scoped_lock lock(snapshotsMutex);
    snapshots.erase(db);
}

// Every connection opens guarded (ConnectionGuard): whatever SQL later runs on it, no other file,
// extension or trusted schema function is reachable.
Result<Database> Database::open(const QString& uriOrPath, int flags, const QString& displayPath)
{
    // Debian's SQLite is built with SQLITE_USE_URI: a plain name must never read as "file:…?mode=rwc".
    const bool plainName = !(flags & SQLITE_OPEN_URI) && uriOrPath != QLatin1String(":memory:");
    const QString name = plainName ? QFileInfo(uriOrPath).absoluteFilePath() : uriOrPath;
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(name.toUtf8().constData(), &raw, flags, nullptr);
    Database db;
    db.m_db.reset(raw);
    db.m_path = displayPath;
    if (rc != SQLITE_OK) {
        Error e = errorFromSqlite(raw, rc);
        e.file = displayPath;
        return std::unexpected(std::move(e));
    }
    sqlite3_extended_result_codes(raw, 1);
    ConnectionGuard::apply(raw);
    return db;
}

Result<Database> Database::openOriginal(const QString& path, const OpenOptions& options)
{
    const auto checked = checkDatabaseFile(path);
    if (!checked)
        return std::unexpected(checked.error());
    // A WAL original is read immutable or from a snapshot, so no -wal or -shm appears beside it.
    auto source = prepareOriginal(path, *checked);
    if (!source)
        return std::unexpected(source.error());

    // mode=ro in the URI and SQLITE_OPEN_READONLY: belt and braces, SQLite will refuse any write.
    QUrl url = QUrl::fromLocalFile(source->path);
    url.setQuery(source->immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
    auto db = open(url.toString(QUrl::FullyEncoded), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, path);
    if (!db)
        return std::unexpected(describeOpenFailure(db.error(), path));
    if (source->snapshot) {
        const std::scoped_lock lock(snapshotsMutex);
        snapshots.emplace(db->handle(), std::move(source->snapshot));
    }
    sqlite3_busy_timeout(db->handle(), options.busyTimeoutMs);
    // The guard (in open) already set DEFENSIVE and trusted_schema=OFF.
    if (auto r = db->exec(QStringLiteral("PRAGMA query_only=ON")); !r)
        return std::unexpected(r.error().inFile(path));
    if (options.quickCheck) {
        auto st = db->prepare(QStringLiteral("PRAGMA quick_check(1)"));
        if (!st)
            return std::unexpected(describeOpenFailure(st.error(), path));
        auto row = st->step();
        if (!row)
            return std::unexpected(describeOpenFailure(row.error(), path));
        const QString verdict = *row ? st->text(0) : QString();
        if (verdict != QLatin1String("ok"))
            return fail(Error::Code::Corrupt,
                QStringLiteral("database is corrupt (quick_check: %1)").arg(verdict.section(QLatin1Char('\n'), 0, 0)),
                path);
    } else if (auto r = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")); !r) {
        return std::unexpected(describeOpenFailure(r.error(), path));
    }
    return db;
}

Result<Database> Database::openWritable(const QString& path, bool create)
{
    int flags = SQLITE_OPEN_READWRITE;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    auto db = open(path, flags, path);
    if (db)
        sqlite3_busy_timeout(db->handle(), 5000);
    return db;
}

Result<Database> Database::openMemory()
{
    return open(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, QStringLiteral(":memory:"));
}

bool Database::isReadOnly() const { return sqlite3_db_readonly(m_db.get(), "main") == 1; }

Result<Statement> Database::prepare(const QString& sql) const
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_db.get(), utf8.constData(), static_cast<int>(utf8.size()), &raw, &tail);
    Statement st(raw);
    if (rc != SQLITE_OK)
        return std::unexpected(errorFromSqlite(m_db.get(), rc, sql));
    if (!raw)
        return fail(Error::Code::InvalidArgument, QStringLiteral("no SQL statement"));
    if (tail && QByteArrayView(tail).trimmed().size() > 0) {
        // Only a comment may follow; anything else is a second statement the caller did not expect.
        sqlite3_stmt* next = nullptr;
        const int nextRc = sqlite3_prepare_v2(m_db.get(), tail, -1, &next, nullptr);
        const bool hasMore = next != nullptr || nextRc != SQLITE_OK;
        (void)ConnectionGuard::takeRefusal(); // the second statement is refused as such, not run
        sqlite3_finalize(next);
        if (hasMore) {
            Error e;
            e.code = Error::Code::InvalidArgument;
            e.message = QStringLiteral("more than one statement");
            e.sql = sql;
            const auto pos = TextPosition::fromUtf8Offset(utf8, tail - utf8.constData());
            e.line = pos.line;
            e.column = pos.column;
            return std::unexpected(std::move(e));
        }
    }
    return st;
}

Result<void> Database::exec(const QString& sql) const { return executeScript(sql, QString()); }

Result<void> Database::executeScript(const QString& sql, const QString& fileName) const
{
    const QByteArray utf8 = sql.toUtf8();
    const char* const begin = utf8.constData();
    const char* const end = begin + utf8.size();
    const char* cursor = begin;
    while (cursor < end) {
        sqlite3_stmt* raw = nullptr;
        const char* tail = nullptr;
        // The length includes QByteArray's terminating NUL: given a length whose last byte is not
        // NUL, sqlite3_prepare_v2 copies the whole remaining text first (prepare.c), which made
        // reading a script quadratic in its size.
        const int rc = sqlite3_prepare_v2(m_db.get(), cursor, static_cast<int>(end - cursor) + 1, &raw, &tail);
        Statement st(raw);
        auto located = [&](Error e, qsizetype offsetInStatement) {
            const auto pos
                = TextPosition::fromUtf8Offset(utf8, (cursor - begin) + std::max<qsizetype>(0, offsetInStatement));
            e.file = fileName;
            e.line = pos.line;
            e.column = pos.column;
            e.sql = QString::fromUtf8(cursor, (tail && tail > cursor ? tail : end) - cursor).trimmed();
            return std::unexpected(std::move(e));
        };
        if (rc != SQLITE_OK) {
            const QByteArrayView statement(cursor, end - cursor);
            Error e = errorFromSqlite(m_db.get(), rc, QString::fromUtf8(statement));
            const qsizetype offset
                = e.line > 0 ? TextPosition::utf8OffsetOf(statement, e.line, e.column) : leadingTrivia(statement);
            return located(std::move(e), offset);
        }
        if (raw) {
            if (auto r = st.exec(); !r) {
                if (r.error().line > 0) // SQLite named a position inside the statement
                    return located(r.error(),
                        TextPosition::utf8OffsetOf(
                            QByteArrayView(cursor, tail - cursor), r.error().line, r.error().column));
                // Runtime errors have no position: point at the statement's first token.
                return located(r.error(), leadingTrivia(QByteArrayView(cursor, tail - cursor)));
            }
        }
        if (tail == cursor)
            break;
        cursor = tail;
    }
    return {};
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& params) const
{
    auto st = prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    for (int i = 0; i < params.size(); ++i) {
        if (auto r = st->bind(i + 1, params.at(i)); !r)
            return std::unexpected(r.error());
    }
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st->value(0) : QVariant();
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db.get()); }

qint64 Database::changes() const { return sqlite3_changes64(m_db.get()); }

qint64 Database::totalChanges() const { return sqlite3_total_changes64(m_db.get()); }

qint64 Database::pagesWritten() const
{
    int current = 0;
    int highwater = 0;
    sqlite3_db_status(m_db.get(), SQLITE_DBSTATUS_CACHE_WRITE, &current, &highwater, 0);
    return current;
}

void Database::setBusyTimeout(int milliseconds) const { sqlite3_busy_timeout(m_db.get(), milliseconds); }

bool Database::isInTransaction() const { return sqlite3_get_autocommit(m_db.get()) == 0; }

void Database::interrupt() const
{
    if (m_db)
        sqlite3_interrupt(m_db.get());
}

} // namespace godwit::sqlite
