// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/review/reviewview.h"

#include "report/reviewbuilder.h"
#include "report/reviewtextdocument.h"
#include "report/reviewwriter.h"
#include "widgets/review/reviewdiagram.h"
#include "widgets/review/reviewpresenter.h"

#include <atomic>
#include <memory>

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace godwit::widgets {

ReviewView::ReviewView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewView"));
    m_queries = new QLineEdit(this);
    m_queries->setObjectName(QStringLiteral("reviewQueries"));
    m_queries->setPlaceholderText(tr("Query list (.sql), optional"));
    m_queries->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Query List"), QFileInfo(m_before).absolutePath(), tr("SQL files (*.sql);;All files (*)"));
        if (!path.isEmpty())
            m_queries->setText(path);
    });
    m_rehearse = new QCheckBox(tr("Rehearse on a copy"), this);
    m_rehearse->setObjectName(QStringLiteral("reviewRehearse"));
    m_rehearse->setToolTip(tr("Run the plan on a copy of the database under simulated load (takes a while)"));
    m_buildButton = new QPushButton(tr("&Build"), this);
    m_buildButton->setObjectName(QStringLiteral("reviewBuild"));
    connect(m_buildButton, &QPushButton::clicked, this, &ReviewView::build);
    m_exportButton = new QPushButton(tr("&Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("reviewExport"));
    connect(m_exportButton, &QPushButton::clicked, this, &ReviewView::exportDocument);
    m_presentButton = new QPushButton(tr("&Present"), this);
    m_presentButton->setObjectName(QStringLiteral("reviewPresent"));
    m_presentButton->setToolTip(tr("Full screen, one section per page; arrow keys to move, Esc to leave"));
    connect(m_presentButton, &QPushButton::clicked, this, &ReviewView::present);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reviewPreview"));
    m_preview->setOpenLinks(false);
    connect(m_preview, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.hasFragment())
            m_preview->scrollToAnchor(url.fragment());
    });

    auto* options = new QHBoxLayout;
    options->addWidget(m_queries, 1);
    options->addWidget(browse);
    options->addWidget(m_rehearse);
    options->addWidget(m_buildButton);
    options->addSpacing(12);
    options->addWidget(m_exportButton);
    options->addWidget(m_presentButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
    updateButtons();
}

ReviewView::~ReviewView() = default;

void ReviewView::setSources(const QString& before, const QString& after)
{
    m_before = before;
    m_after = after;
    m_status->setText(tr("%1 → %2").arg(QFileInfo(before).fileName(), QFileInfo(after).fileName()));
    updateButtons();
}

void ReviewView::setQueriesFile(const QString& path) { m_queries->setText(path); }

void ReviewView::setDecisions(const plan::Answers& answers, const diff::DiffOptions& options)
{
    m_answers = answers;
    m_diffOptions = options;
}

void ReviewView::setRehearse(bool rehearse) { m_rehearse->setChecked(rehearse); }

void ReviewView::build()
{
    if (m_before.isEmpty() || m_after.isEmpty())
        return;
    report::ReviewRequest request;
    request.before = m_before;
    request.after = m_after;
    request.queries = m_queries->text().trimmed();
    request.answerValues = m_answers;
    request.renames = m_diffOptions.renames;
    request.acceptedRenames = m_diffOptions.acceptedRenames;
    request.rejectedRenames = m_diffOptions.rejectedRenames;
    request.rehearse = m_rehearse->isChecked();
    request.godwitVersion = QCoreApplication::applicationVersion();
    m_status->setText(
        request.rehearse ? tr("Building the review and rehearsing on a copy…") : tr("Building the review…"));
    // The worker holds only values; a cancel (a newer build, the view closing) reaches the
    // builder's cancel flag, and a cancelled job's result is dropped.
    m_jobs.start([this, request](const Job& job) mutable {
        auto cancel = std::make_shared<std::atomic_bool>(false);
        const auto interrupt = job.interruptWith([cancel] { cancel->store(true); });
        request.cancel = cancel.get();
        Result<report::ReviewReport> result = report::ReviewBuilder::build(request);
        job.finish([this, result = std::move(result)] { onBuilt(result); });
    });
    updateButtons();
}

void ReviewView::onBuilt(const Result<report::ReviewReport>& result)
{
    if (!result) {
        m_status->setText(tr("Could not build the review: %1").arg(result.error().toString()));
        updateButtons();
        Q_EMIT failed(result.error().toString());
        return;
    }
    m_report = *result;
    // Drawn here: the canvas is widgets code and lives on the GUI thread.
    if (auto svg = ReviewDiagram::comparisonSvg(m_report->changes, m_before, m_after))
        m_report->erDiagramSvg = *svg;
    report::ReviewTextDocument::fill(m_preview->document(), *m_report);
    const report::ReviewSummary s = m_report->summary();
    m_status->setText(tr("%1 changes, %2 steps; pre-check failures %3, lint errors %4, rehearsal %5")
                          .arg(s.changes)
                          .arg(s.steps)
                          .arg(s.preChecksFailed)
                          .arg(s.lintErrors)
                          .arg(s.rehearsalVerdict()));
    updateButtons();
    Q_EMIT reportReady();
}

void ReviewView::updateButtons()
{
    const bool building = isBuilding();
    m_buildButton->setEnabled(!building && !m_before.isEmpty() && !m_after.isEmpty());
    m_exportButton->setEnabled(!building && m_report.has_value());
    m_presentButton->setEnabled(!building && m_report.has_value());
}

Result<QStringList> ReviewView::exportTo(const QString& path) const
{
    if (!m_report)
        return fail(Error::Code::InvalidArgument, QStringLiteral("no review to export yet"), path);
    const auto format = report::ReviewWriter::formatForPath(path);
    if (!format)
        return fail(Error::Code::InvalidArgument, QStringLiteral("unknown format (use .html, .pdf or .md)"), path);
    return report::ReviewWriter::write(*m_report, path, *format);
}

void ReviewView::exportDocument()
{
    if (!m_report)
        return;
    QString filter;
    const QString suggestion = QFileInfo(m_before).absoluteDir().filePath(
        QFileInfo(m_before).completeBaseName() + QStringLiteral("-review.html"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Review"), suggestion,
        tr("HTML document (*.html);;PDF document (*.pdf);;Markdown (*.md)"), &filter);
    if (path.isEmpty())
        return;
    if (!report::ReviewWriter::formatForPath(path)) {
        const QString suffix = filter.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
            : filter.contains(QLatin1String("*.md"))                   ? QStringLiteral(".md")
                                                                       : QStringLiteral(".html");
        path += suffix;
    }
    auto written = exportTo(path);
    if (!written) {
        QMessageBox::warning(
            this, tr("Export Review"), tr("Could not export the review: %1").arg(written.error().toString()));
        return;
    }
    m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

ReviewPresenter* ReviewView::present()
{
    if (!m_report)
        return nullptr;
    if (m_presenter)
        m_presenter->close();
    m_presenter = new ReviewPresenter(*m_report, this);
    m_presenter->showFullScreen();
    return m_presenter;
}

} // namespace godwit::widgets
