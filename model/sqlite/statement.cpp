// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "sqliteerror.h"

#include <sqlite3.h>

namespace godwit::sqlite {

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }

QString Statement::sql() const { return m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt.get())) : QString(); }

Error Statement::lastError(int rc) const { return errorFromSqlite(sqlite3_db_handle(m_stmt.get()), rc, sql()); }

Result<void> Statement::bind(int index, const QVariant& value)
{
    sqlite3_stmt* s = m_stmt.get();
    int rc = SQLITE_OK;
    if (!value.isValid() || value.isNull()) {
        rc = sqlite3_bind_null(s, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::UShort:
            rc = sqlite3_bind_int64(s, index, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(s, index, static_cast<sqlite3_int64>(value.toULongLong()));
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(s, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(
                s, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text64(
                s, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
        }
    }
    if (rc != SQLITE_OK)
        return std::unexpected(lastError(rc));
    return {};
}

Result<void> Statement::bind(const QString& name, const QVariant& value)
{
    const int index = sqlite3_bind_parameter_index(m_stmt.get(), name.toUtf8().constData());
    if (index == 0)
        return fail(Error::Code::InvalidArgument, QStringLiteral("no parameter named %1").arg(name));
    return bind(index, value);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = lastError(rc);
    sqlite3_reset(m_stmt.get());
    return std::unexpected(std::move(e));
}

Result<void> Statement::exec()
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset() { sqlite3_reset(m_stmt.get()); }

void Statement::clearBindings() { sqlite3_clear_bindings(m_stmt.get()); }

int Statement::columnCount() const { return sqlite3_column_count(m_stmt.get()); }

QString Statement::columnName(int column) const { return QString::fromUtf8(sqlite3_column_name(m_stmt.get(), column)); }

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL; }

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt.get(), column); }

double Statement::real(int column) const { return sqlite3_column_double(m_stmt.get(), column); }

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt.get(), column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt.get(), column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt.get(), column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue(int64(column));
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return QVariant();
    }
}

int Statement::parameterCount() const { return sqlite3_bind_parameter_count(m_stmt.get()); }

QString Statement::parameterName(int index) const
{
    return QString::fromUtf8(sqlite3_bind_parameter_name(m_stmt.get(), index));
}

bool Statement::isReadOnly() const { return sqlite3_stmt_readonly(m_stmt.get()) != 0; }

Statement::Counters Statement::counters() const
{
    sqlite3_stmt* s = m_stmt.get();
    return Counters { sqlite3_stmt_status(s, SQLITE_STMTSTATUS_VM_STEP, 0),
        sqlite3_stmt_status(s, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0), sqlite3_stmt_status(s, SQLITE_STMTSTATUS_SORT, 0),
        sqlite3_stmt_status(s, SQLITE_STMTSTATUS_AUTOINDEX, 0) };
}

void Statement::resetCounters()
{
    sqlite3_stmt* s = m_stmt.get();
    for (int op : { SQLITE_STMTSTATUS_VM_STEP, SQLITE_STMTSTATUS_FULLSCAN_STEP, SQLITE_STMTSTATUS_SORT,
             SQLITE_STMTSTATUS_AUTOINDEX })
        sqlite3_stmt_status(s, op, 1);
}

} // namespace godwit::sqlite
