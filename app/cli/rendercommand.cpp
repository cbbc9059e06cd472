// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendercommand.h"

#include "diff/schemadiff.h"
#include "diff/versionedschema.h"
#include "layout/contentbuilder.h"
#include "migrations/migratedschema.h"
#include "parser.h"
#include "projectoption.h"
#include "renamesoption.h"
#include "schema/dotschemawriter.h"
#include "schema/mermaidschemawriter.h"
#include "schema/schemareader.h"
#include "widgets/canvas/diagrambuilder.h"
#include "widgets/canvas/diagramexporter.h"
#include "widgets/canvas/diagramscene.h"
#include "widgets/canvas/diagramtheme.h"

#include <QFileInfo>
#include <QTextStream>

namespace godwit::cli {

using widgets::DiagramExporter;
using widgets::ExportFormat;

QString RenderCommand::summary() const
{
    return QStringLiteral("Draw the ER diagram (or a before/after pair) to an image");
}

int RenderCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Parser parser(name(), summary());
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("The file to write; its suffix picks the format: .png, .svg, .pdf, .mmd (Mermaid) or .dot."),
        QStringLiteral("file"));
    const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") },
        QStringLiteral("The format when the suffix does not say: png, svg, pdf, mermaid or dot."),
        QStringLiteral("format"));
    const QCommandLineOption scale(QStringLiteral("scale"),
        QStringLiteral("Pixels per point for PNG (1 to 8; 2 for high-DPI screens). Default: 1."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption engine(QStringLiteral("engine"),
        QStringLiteral("Graphviz layout: dot (ranked, the default), neato or fdp (for dense schemas)."),
        QStringLiteral("engine"), QStringLiteral("dot"));
    const QCommandLineOption direction(QStringLiteral("direction"),
        QStringLiteral("How dot ranks: lr (parents left of children, the default) or tb (above)."),
        QStringLiteral("dir"), QStringLiteral("lr"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("Colours: light (default) or dark."),
        QStringLiteral("theme"), QStringLiteral("light"));
    const QCommandLineOption changedOnly(
        QStringLiteral("changed-only"), QStringLiteral("With AFTER: only the changed tables and their neighbours."));
    // Reject by default: drawn as what the scripts literally do.
    const QCommandLineOption renames = renamesOption(
        QStringLiteral("with AFTER: drawn as renames, as the window draws proposals"), diff::RenamePolicy::Reject);
    const QCommandLineOption side(QStringLiteral("side"),
        QStringLiteral("With AFTER: draw both sides (default), or only the before or the after side."),
        QStringLiteral("side"), QStringLiteral("both"));
    const QCommandLineOption noCounts(
        QStringLiteral("no-counts"), QStringLiteral("Leave row counts out of the card headers."));
    const ProjectOption project;
    parser.addOptions(
        { output, format, scale, engine, direction, theme, changedOnly, renames, side, noCounts, project.option() });
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A database, .sql script or Mermaid file."));
    parser.addPositionalArgument(QStringLiteral("AFTER"),
        QStringLiteral("Optional: the schema FILE should become; draws both side by side with the changes marked."),
        QStringLiteral("[AFTER]"));
    if (auto done = parser.parse(arguments, out, err, 0, 2))
        return *done;
    auto fromProject = project.read(parser, { renames });
    if (!fromProject)
        return reportError(err, fromProject.error());
    if (!*fromProject && parser.positionalArguments().isEmpty())
        return reportError(err, QStringLiteral("missing argument (see 'godwit render --help')"));

    const QString path = parser.value(output);
    if (path.isEmpty())
        return reportError(err, QStringLiteral("missing -o OUT (see 'godwit render --help')"));
    std::optional<ExportFormat> fmt = DiagramExporter::formatForPath(path);
    if (parser.isSet(format)) {
        fmt = parser.choice<ExportFormat>(format,
            { { .word = QStringLiteral("png"), .value = ExportFormat::Png },
                { .word = QStringLiteral("svg"), .value = ExportFormat::Svg },
                { .word = QStringLiteral("pdf"), .value = ExportFormat::Pdf },
                { .word = QStringLiteral("mermaid"), .value = ExportFormat::Mermaid },
                { .word = QStringLiteral("dot"), .value = ExportFormat::Dot } },
            err);
        if (!fmt)
            return ExitCode::Failure;
    }
    if (!fmt)
        return reportError(err,
            QStringLiteral("cannot tell the format from '%1' (use .png, .svg, .pdf, .mmd or .dot, or --format)")
                .arg(QFileInfo(path).fileName()));
    bool scaleOk = false;
    const double pixels = parser.value(scale).toDouble(&scaleOk);
    if (!scaleOk || pixels < 0.25 || pixels > 8)
        return reportError(
            err, QStringLiteral("--scale must be a number from 0.25 to 8, not '%1'").arg(parser.value(scale)));
    layout::LayoutOptions options;
    const std::optional<QString> engineName
        = parser.choice(engine, { QStringLiteral("dot"), QStringLiteral("neato"), QStringLiteral("fdp") }, err);
    if (!engineName || !layout::engineFromName(*engineName, &options.engine))
        return ExitCode::Failure;
    const auto directionChoice = parser.choice<layout::Direction>(direction,
        { { .word = QStringLiteral("lr"), .value = layout::Direction::LeftToRight },
            { .word = QStringLiteral("tb"), .value = layout::Direction::TopToBottom } },
        err);
    if (!directionChoice)
        return ExitCode::Failure;
    options.direction = *directionChoice;
    const std::optional<QString> themeName
        = parser.choice(theme, { QStringLiteral("light"), QStringLiteral("dark") }, err);
    if (!themeName)
        return ExitCode::Failure;
    const std::optional<diff::RenamePolicy> policy = renamePolicy(parser, renames, err);
    if (!policy)
        return ExitCode::Failure;
    diff::DiffOptions diffOptions;
    if (*fromProject)
        diffOptions = (*fromProject)->diffOptions();
    else
        diffOptions.renames = *policy;
    const std::optional<QString> sideName
        = parser.choice(side, { QStringLiteral("both"), QStringLiteral("before"), QStringLiteral("after") }, err);
    if (!sideName)
        return ExitCode::Failure;
    schema::ReadOptions readOptions;
    if (!parser.isSet(noCounts))
        readOptions.rowCounts = schema::ReadOptions::RowCounts::Estimate;
    const QStringList files
        = *fromProject ? QStringList { (*fromProject)->before, (*fromProject)->after } : parser.positionalArguments();
    const widgets::DiagramTheme colours
        = *themeName == QLatin1String("dark") ? widgets::DiagramTheme::darkTheme() : widgets::DiagramTheme::light();

    if (files.size() == 1) {
        auto schema = schema::SchemaReader::readFile(files.front(), readOptions);
        if (!schema)
            return reportError(err, schema.error());
        if (*fmt == ExportFormat::Mermaid || *fmt == ExportFormat::Dot) {
            const QString text = *fmt == ExportFormat::Mermaid ? schema::MermaidSchemaWriter::write(*schema)
                                                               : schema::DotSchemaWriter::write(*schema);
            if (auto written = DiagramExporter::writeText(path, text); !written)
                return reportError(err, written.error());
            return ExitCode::Ok;
        }
        widgets::DiagramScene scene;
        scene.setTheme(colours);
        if (auto built = widgets::DiagramBuilder::buildSchema(&scene, *schema, options); !built)
            return reportError(err, built.error().inFile(schema->source)); // a URI source is named without its password
        if (auto written = DiagramExporter::writeImage(path, *fmt, { { QString(), &scene } }, false, pixels); !written)
            return reportError(err, written.error());
        return ExitCode::Ok;
    }

    // A migrations folder as AFTER is the database after its pending migrations, as in `godwit diff`.
    auto [before, after] = QFileInfo(files[1]).isDir()
        ? migrations::MigratedSchema::readSources(files[0], files[1], readOptions)
        : schema::SchemaReader::readFiles(files[0], files[1], readOptions);
    if (!before)
        return reportError(err, before.error());
    if (!after)
        return reportError(err, after.error());
    const diff::ChangeSet changes = diff::SchemaDiff::compare(*before, *after, diffOptions);
    if (*fmt == ExportFormat::Mermaid || *fmt == ExportFormat::Dot) {
        // One side is that side's schema; both is the versioned schema (NAME_V1, NAME_V2).
        const schema::Schema both = *sideName == QLatin1String("before") ? changes.before
            : *sideName == QLatin1String("after")                        ? changes.after
                                                                         : diff::VersionedSchema::build(changes);
        const QString text = *fmt == ExportFormat::Mermaid ? schema::MermaidSchemaWriter::write(both)
                                                           : schema::DotSchemaWriter::write(both);
        if (auto written = DiagramExporter::writeText(path, text); !written)
            return reportError(err, written.error());
        return ExitCode::Ok;
    }
    widgets::DiagramScene left;
    widgets::DiagramScene right;
    left.setTheme(colours);
    right.setTheme(colours);
    QSet<QString> keep;
    if (parser.isSet(changedOnly)) {
        keep = layout::ContentBuilder::changedWithNeighbours(
            layout::ContentBuilder::fromChangeSet(changes, layout::Side::Before),
            layout::ContentBuilder::fromChangeSet(changes, layout::Side::After));
    }
    if (auto built = widgets::DiagramBuilder::buildComparison(
            &left, &right, changes, options, parser.isSet(changedOnly) ? &keep : nullptr);
        !built)
        return reportError(err, built.error());
    QList<widgets::ExportPanel> panels;
    if (*sideName != QLatin1String("after"))
        panels.append({ QStringLiteral("Before · %1").arg(QFileInfo(files[0]).fileName()), &left });
    if (*sideName != QLatin1String("before"))
        panels.append({ QStringLiteral("After · %1").arg(QFileInfo(files[1]).fileName()), &right });
    if (auto written = DiagramExporter::writeImage(path, *fmt, panels, true, pixels); !written)
        return reportError(err, written.error());
    return ExitCode::Ok;
}

} // namespace godwit::cli
