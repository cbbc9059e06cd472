// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlkeywords.h"

namespace godwit::editor {

namespace {

    constexpr const char* kKeywords
        = "abort action add after all alter always analyze and as asc attach autoincrement before begin between by "
          "cascade case cast check collate column commit conflict constraint create cross current current_date "
          "current_time current_timestamp database default deferrable deferred delete desc detach distinct do drop "
          "each else end escape except exclude exclusive exists explain fail filter first following for foreign from "
          "full generated glob group groups having if ignore immediate in index indexed initially inner insert instead "
          "intersect into is isnull join key last left like limit match materialized natural no not nothing notnull "
          "null nulls of offset on or order others outer over partition plan pragma preceding primary query raise "
          "range recursive references regexp reindex release rename replace restrict returning right rollback row rows "
          "savepoint select set stored strict table temp temporary then ties to transaction trigger unbounded union "
          "unique update using vacuum values view virtual when where window with without";
    constexpr const char* kTypeNames
        = "int integer tinyint smallint mediumint bigint int2 int8 unsigned character varchar nchar nvarchar varying "
          "native text clob blob real double precision float numeric decimal boolean date datetime timestamp time any "
          "char";

    QStringList split(const char* words, bool upper)
    {
        QStringList out = QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (upper) {
            for (QString& w : out)
                w = w.toUpper();
        }
        out.sort();
        return out;
    }

} // namespace

const QStringList& SqlKeywords::keywords()
{
    static const QStringList list = split(kKeywords, true);
    return list;
}

const QStringList& SqlKeywords::typeNames()
{
    static const QStringList list = split(kTypeNames, false);
    return list;
}

const char* SqlKeywords::keywordSet() { return kKeywords; }

const char* SqlKeywords::typeNameSet() { return kTypeNames; }

} // namespace godwit::editor
