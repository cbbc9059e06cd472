// SPDX-License-Identifier: GPL-3.0-or-later
// Flyway file-name parsing: the first line is the file name; the next lines, when present and
// usable (the CLI refuses empty or clashing ones), are the versioned, undo and repeatable
// prefixes, the separator and the suffix. A name that parses keeps its file name and parses alike again.
#include "fuzzsupport.h"
#include "migrations/migrationname.h"

#include <QStringList>

namespace {

using namespace godwit::migrations;

void check(const QString& fileName, const NamingOptions& options)
{
    const auto parsed = MigrationName::parse(fileName, options);
    if (!parsed || !*parsed)
        return;
    const MigrationName& name = **parsed;
    GODWIT_FUZZ_CHECK(name.fileName == fileName);
    (void)migrationKindName(name.kind);
    const auto again = MigrationName::parse(fileName, options);
    GODWIT_FUZZ_CHECK(again && *again && **again == name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QStringList lines = godwit::fuzz::text(data, size).split(QLatin1Char('\n'));
    check(lines.constFirst(), {});
    if (lines.size() < 6)
        return 0;
    NamingOptions options;
    options.versionedPrefix = lines.at(1);
    options.undoPrefix = lines.at(2);
    options.repeatablePrefix = lines.at(3);
    options.separator = lines.at(4);
    options.suffixes = { lines.at(5) };
    const QStringList prefixes { options.versionedPrefix, options.undoPrefix, options.repeatablePrefix };
    if (prefixes.contains(QString()) || options.separator.isEmpty() || lines.at(5).isEmpty()
        || QStringList(prefixes).removeDuplicates() != 0)
        return 0;
    check(lines.constFirst(), options);
    return 0;
}
