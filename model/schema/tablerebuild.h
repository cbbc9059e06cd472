// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "table.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace godwit::schema {

// The table rebuild SQLite documents for every change ALTER TABLE cannot make in place
// (lang_altertable.html#otheralter): create the new definition under a temporary name, copy
// the rows, drop the old table, rename the new one into place, recreate its indexes. The one
// implementation behind `godwit diff --format sql` and the plan's shadow tables and contracts.
class TableRebuild final {
public:
    // `target` is the definition the table ends with (its CREATE text is reused when it has one);
    // the rows come from the table called `source` as it is when the rebuild runs.
    TableRebuild(Table target, QString source);

    void setTemporaryName(const QString& name); // default: <target>_godwit_new
    // The value of target `column` is `expression`, SQL over the source's columns. Columns without
    // one are not copied and take their default.
    void setSourceExpression(const QString& column, const QString& expression);
    // Copies every target column the source also has, under the same name (generated ones excluded).
    void copySameNamedColumns(const Table& source);
    // Keeps rowids, so rows keep their identity (and INTEGER PRIMARY KEY aliases their value).
    void setCopyRowid(bool copy) { m_copyRowid = copy; }
    // Indexes created after the rename; default: the target's CREATE INDEX indexes.
    void setIndexes(const QList<Index>& indexes);

    [[nodiscard]] const Table& target() const { return m_target; }
    [[nodiscard]] QString source() const { return m_source; }
    [[nodiscard]] QString temporaryName() const { return m_temporaryName; }
    [[nodiscard]] QString createStatement() const;
    // "INSERT INTO temp (cols) SELECT exprs FROM source [WHERE where]".
    [[nodiscard]] QString copyStatement(const QString& where = {}) const;
    [[nodiscard]] QStringList targetColumns() const; // quoted, "rowid" first when copied
    [[nodiscard]] QStringList sourceExpressions() const; // parallel to targetColumns()
    // DROP TABLE source; ALTER TABLE temp RENAME TO target; CREATE INDEX ...
    [[nodiscard]] QStringList swapStatements() const;
    // Create, copy and swap as SQL text, one statement per line group (steps 4 to 8 of the 12).
    [[nodiscard]] QString statements() const;
    // All 12 steps as one script: foreign keys off outside the transaction, drop the views and
    // triggers that read the table (`dropDependents`), statements(), recreate them, check foreign
    // keys, commit, foreign keys back on.
    [[nodiscard]] QString script(const QStringList& dropDependents, const QStringList& recreateDependents) const;

    // `createSql` with its object name replaced by `newName` (the tokenizer finds the name).
    [[nodiscard]] static QString renameCreateStatement(const QString& createSql, const QString& newName);
    // `createSql` with `columnDefinitions` added to its column list, as ALTER TABLE ADD COLUMN
    // writes them into sqlite_schema.
    [[nodiscard]] static QString appendColumns(const QString& createSql, const QStringList& columnDefinitions);
    // `sql` trimmed, with one terminating semicolon and a newline.
    [[nodiscard]] static QString statement(const QString& sql);

private:
    Table m_target;
    QString m_source;
    QString m_temporaryName;
    QHash<QString, QString> m_expressions; // identifierKey(target column) -> source expression
    QList<Index> m_indexes;
    bool m_copyRowid = true;
};

} // namespace godwit::schema
