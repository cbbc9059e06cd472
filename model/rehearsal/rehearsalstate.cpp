// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalstate.h"

#include "sqlite/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace godwit::rehearsal {

RehearsalState::RehearsalState(const sqlite::Database& db)
    : m_db(db)
{
}

Result<void> RehearsalState::create() const
{
    return m_db.exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (key TEXT PRIMARY KEY, value TEXT NOT NULL)").arg(tableName()));
}

Result<bool> RehearsalState::exists() const
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"), { tableName() });
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong() > 0;
}

Result<void> RehearsalState::set(const QString& key, const QJsonValue& value) const
{
    // Wrapped in an array so scalars survive QJsonDocument, which only holds objects and arrays.
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    auto st = m_db.prepare(QStringLiteral("INSERT INTO %1 (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                               .arg(tableName()));
    if (!st)
        return std::unexpected(st.error());
    if (auto r = st->bindAll(key, QString::fromUtf8(text)); !r)
        return r;
    return st->exec();
}

Result<QJsonValue> RehearsalState::value(const QString& key) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(tableName()), { key });
    if (!v)
        return std::unexpected(v.error());
    if (v->isNull())
        return QJsonValue();
    return QJsonDocument::fromJson(v->toString().toUtf8()).array().at(0);
}

} // namespace godwit::rehearsal
