// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationname.h"

namespace godwit::migrations {

namespace {

    Result<std::optional<MigrationName>> malformed(const QString& fileName, const QString& message)
    {
        return fail(Error::Code::Parse, QStringLiteral("invalid migration name: %1").arg(message), fileName);
    }

    QString expectedShape(const NamingOptions& o, MigrationKind kind)
    {
        const QString suffix = o.suffixes.value(0, QStringLiteral(".sql"));
        switch (kind) {
        case MigrationKind::Versioned:
            return o.versionedPrefix + QStringLiteral("<version>") + o.separator + QStringLiteral("<description>")
                + suffix;
        case MigrationKind::Undo:
            return o.undoPrefix + QStringLiteral("<version>") + o.separator + QStringLiteral("<description>") + suffix;
        case MigrationKind::Repeatable:
            return o.repeatablePrefix + o.separator + QStringLiteral("<description>") + suffix;
        }
        return {};
    }

} // namespace

Result<std::optional<MigrationName>> MigrationName::parse(const QString& fileName, const NamingOptions& options)
{
    QString suffix;
    for (const QString& s : options.suffixes) {
        // Flyway matches suffixes case-insensitively ("V1__x.SQL" is a migration too).
        if (fileName.endsWith(s, Qt::CaseInsensitive) && s.size() > suffix.size())
            suffix = s;
    }
    if (suffix.isEmpty())
        return std::nullopt;

    // The longest matching prefix wins, so prefixes such as "V" and "VU" can coexist.
    struct Candidate {
        const QString* prefix;
        MigrationKind kind;
    };
    const Candidate candidates[] = { { &options.versionedPrefix, MigrationKind::Versioned },
        { &options.undoPrefix, MigrationKind::Undo }, { &options.repeatablePrefix, MigrationKind::Repeatable } };
    const Candidate* match = nullptr;
    for (const Candidate& c : candidates) {
        if (!c.prefix->isEmpty() && fileName.startsWith(*c.prefix)
            && (!match || c.prefix->size() > match->prefix->size()))
            match = &c;
    }
    if (!match)
        return std::nullopt;

    const QString body = fileName.mid(match->prefix->size(), fileName.size() - match->prefix->size() - suffix.size());
    const qsizetype sep = body.indexOf(options.separator);
    const QString versionText = sep < 0 ? body : body.left(sep);
    const QString description
        = sep < 0 ? QString() : body.mid(sep + options.separator.size()).replace(QLatin1Char('_'), QLatin1Char(' '));

    MigrationName name;
    name.kind = match->kind;
    name.fileName = fileName;
    name.description = description;
    if (match->kind == MigrationKind::Repeatable) {
        if (!versionText.isEmpty())
            return malformed(fileName,
                QStringLiteral("a repeatable migration has no version (expected %1)")
                    .arg(expectedShape(options, match->kind)));
        if (sep < 0 || description.trimmed().isEmpty())
            return malformed(fileName,
                QStringLiteral("a repeatable migration needs a description (expected %1)")
                    .arg(expectedShape(options, match->kind)));
        return name;
    }
    if (versionText.isEmpty())
        return malformed(
            fileName, QStringLiteral("missing version (expected %1)").arg(expectedShape(options, match->kind)));
    auto version = MigrationVersion::parse(versionText);
    if (!version)
        return malformed(fileName,
            QStringLiteral("'%1' is not a version: use digits separated by . or _ (expected %2)")
                .arg(versionText, expectedShape(options, match->kind)));
    name.version = *version;
    return name;
}

QString MigrationName::compose(
    MigrationKind kind, const QString& version, const QString& description, const NamingOptions& options)
{
    const QString prefix = kind == MigrationKind::Versioned ? options.versionedPrefix
        : kind == MigrationKind::Undo                       ? options.undoPrefix
                                                            : options.repeatablePrefix;
    QString words = description.trimmed();
    words.replace(QLatin1Char(' '), QLatin1Char('_'));
    return prefix + (kind == MigrationKind::Repeatable ? QString() : version) + options.separator + words
        + options.suffixes.value(0, QStringLiteral(".sql"));
}

QString migrationKindName(MigrationKind kind)
{
    switch (kind) {
    case MigrationKind::Versioned:
        return QStringLiteral("versioned");
    case MigrationKind::Undo:
        return QStringLiteral("undo");
    case MigrationKind::Repeatable:
        return QStringLiteral("repeatable");
    }
    return {};
}

} // namespace godwit::migrations
