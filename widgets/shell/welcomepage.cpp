// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/welcomepage.h"

#include "widgets/common/icons.h"
#include "widgets/common/scrollpage.h"
#include "widgets/common/sectionlabel.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace godwit::widgets {

namespace {

    constexpr int ContentWidth = 560;

    QCommandLinkButton* actionButton(
        const QString& icon, const QString& text, const QString& description, QWidget* parent)
    {
        auto* button = new QCommandLinkButton(text, description, parent);
        button->setIcon(Icons::icon(icon));
        button->setIconSize(QSize(28, 28));
        button->setMinimumHeight(58);
        return button;
    }

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* content = new QWidget;
    content->setMaximumWidth(ContentWidth);
    content->setMinimumWidth(360);

    auto* logo = new QLabel(content);
    logo->setPixmap(Icons::icon(QStringLiteral("godwit")).pixmap(QSize(64, 64), devicePixelRatioF()));
    auto* title = new QLabel(tr("Godwit"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.3);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto* tagline = new QLabel(tr("Evolve SQLite schemas safely."), content);
    QFont taglineFont = tagline->font();
    taglineFont.setPointSizeF(taglineFont.pointSizeF() * 1.2);
    tagline->setFont(taglineFont);
    tagline->setForegroundRole(QPalette::PlaceholderText);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addStretch();
    titles->addWidget(title);
    titles->addWidget(tagline);
    titles->addStretch();
    auto* header = new QHBoxLayout;
    header->setSpacing(18);
    header->addWidget(logo, 0, Qt::AlignVCenter);
    header->addLayout(titles, 1);

    auto* description
        = new QLabel(tr("Open a database to browse its tables, keys, indexes and triggers. Godwit opens your file "
                        "read-only and never changes a byte of it. Then describe the schema you want, and Godwit "
                        "classifies every change, plans the expand–contract migration step by step, and rehearses "
                        "it on a copy of your data."),
            content);
    description->setWordWrap(true);
    description->setMinimumWidth(340);

    m_openDatabase = actionButton(
        QStringLiteral("open-database"), tr("Open database…"), tr("A SQLite file, opened read-only."), content);
    m_openScript = actionButton(QStringLiteral("open-sql"), tr("Open SQL script…"),
        tr("CREATE statements, run into an in-memory database."), content);
    m_openExample = actionButton(QStringLiteral("example"), tr("Open the orders example"),
        tr("Orders, items and payments — the classic expand–contract example."), content);
    m_openDatabase->setObjectName(QStringLiteral("welcomeOpenDatabase"));
    m_openScript->setObjectName(QStringLiteral("welcomeOpenScript"));
    m_openExample->setObjectName(QStringLiteral("welcomeOpenExample"));
    m_learn = actionButton(QStringLiteral("mode-rehearse"), tr("Learn expand-contract"),
        tr("The example with 1,000,000 orders, step by step: compare, plan, rehearse, a staged mistake, review."),
        content);
    m_learn->setObjectName(QStringLiteral("welcomeLearn"));

    m_recentBox = new QWidget(content);
    m_recentLayout = new QVBoxLayout(m_recentBox);
    m_recentLayout->setContentsMargins(12, 0, 0, 0);
    m_recentLayout->setSpacing(6);

    auto* hint = new QLabel(tr("Tip: drop a database or an .sql file anywhere on this window."), content);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addSpacing(10);
    layout->addWidget(description);
    layout->addSpacing(14);
    layout->addWidget(new SectionLabel(tr("Start"), content));
    layout->addWidget(m_openDatabase);
    layout->addWidget(m_openScript);
    layout->addWidget(m_openExample);
    layout->addWidget(m_learn);
    layout->addSpacing(14);
    layout->addWidget(new SectionLabel(tr("Recent files"), content));
    layout->addWidget(m_recentBox);
    layout->addSpacing(18);
    layout->addWidget(hint);

    // Centre the column, and let a small window scroll rather than squash it.
    auto* canvas = new QWidget;
    auto* canvasLayout = new QHBoxLayout(canvas);
    canvasLayout->setContentsMargins(32, 40, 32, 32);
    canvasLayout->addStretch(1);
    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(content);
    column->addStretch(2);
    canvasLayout->addLayout(column, 100);
    canvasLayout->addStretch(1);

    QScrollArea* scroll = scrollPage(canvas, this);
    scroll->setBackgroundRole(QPalette::Window);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_openDatabase, &QCommandLinkButton::clicked, this, &WelcomePage::openDatabaseRequested);
    connect(m_openScript, &QCommandLinkButton::clicked, this, &WelcomePage::openScriptRequested);
    connect(m_openExample, &QCommandLinkButton::clicked, this, &WelcomePage::openExampleRequested);
    connect(m_learn, &QCommandLinkButton::clicked, this, &WelcomePage::learnRequested);
    rebuildRecent();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setRecentFiles(const QStringList& paths)
{
    if (paths == m_recent)
        return;
    m_recent = paths;
    rebuildRecent();
}

void WelcomePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Link colours are baked into the rich text, so a new palette needs new labels.
    if (event->type() == QEvent::PaletteChange)
        rebuildRecent();
}

void WelcomePage::rebuildRecent()
{
    while (QLayoutItem* item = m_recentLayout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater(); // may be the label whose link is being handled
        }
        delete item;
    }
    if (m_recent.isEmpty()) {
        auto* none = new QLabel(tr("Nothing yet — the files you open will be listed here."), m_recentBox);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_recentLayout->addWidget(none);
        return;
    }
    // Rich text ignores alpha, and PlaceholderText often is translucent: mix a solid grey.
    const QColor text = palette().color(QPalette::WindowText);
    const QColor window = palette().color(QPalette::Window);
    const QColor dim = QColor::fromRgbF(text.redF() * 0.55 + window.redF() * 0.45,
        text.greenF() * 0.55 + window.greenF() * 0.45, text.blueF() * 0.55 + window.blueF() * 0.45);
    for (int i = 0; i < m_recent.size(); ++i) {
        const QFileInfo file(m_recent[i]);
        const QString folder
            = fontMetrics().elidedText(QDir::toNativeSeparators(file.absolutePath()), Qt::ElideMiddle, 340);
        auto* label = new QLabel(m_recentBox);
        label->setObjectName(QStringLiteral("recentFile%1").arg(i));
        label->setTextFormat(Qt::RichText);
        label->setText(
            QStringLiteral("<a href=\"%1\" style=\"text-decoration:none\"><b>%2</b></a>"
                           "&nbsp;&nbsp;<span style=\"color:%3\">%4</span>")
                .arg(QString::number(i), file.fileName().toHtmlEscaped(), dim.name(), folder.toHtmlEscaped()));
        label->setToolTip(QDir::toNativeSeparators(m_recent[i]));
        connect(label, &QLabel::linkActivated, this, [this](const QString& link) {
            const int row = link.toInt();
            if (row >= 0 && row < m_recent.size())
                Q_EMIT recentFileRequested(m_recent[row]);
        });
        m_recentLayout->addWidget(label);
    }
}

} // namespace godwit::widgets
