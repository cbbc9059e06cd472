// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/review/reviewpresenter.h"

#include "report/reviewtextdocument.h"

#include <algorithm>

#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace godwit::widgets {

namespace {
    constexpr qreal ProjectorPoints = 22; // readable from the back of a meeting room
}

ReviewPresenter::ReviewPresenter(const report::ReviewReport& report, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_report(report)
    , m_sections(report::ReviewSections::build(report))
{
    setObjectName(QStringLiteral("reviewPresenter"));
    setWindowTitle(tr("Review: %1").arg(report::ReviewSections::title(report)));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("presenterPage"));
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setOpenLinks(false);
    QFont font = m_browser->font();
    font.setPointSizeF(ProjectorPoints);
    m_browser->document()->setDefaultFont(font);
    m_browser->document()->setDocumentMargin(32);
    m_browser->installEventFilter(this);
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("presenterFooter"));
    QFont small = m_footer->font();
    small.setPointSizeF(ProjectorPoints * 0.6);
    m_footer->setFont(small);
    m_footer->setContentsMargins(32, 6, 32, 10);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_footer);
    showPage(0);
}

QString ReviewPresenter::pageTitle() const
{
    return m_page >= 0 && m_page < m_sections.size() ? m_sections[m_page].title : QString();
}

void ReviewPresenter::showPage(int index)
{
    if (m_sections.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_sections.size()) - 1);
    if (index == m_page)
        return;
    m_page = index;
    report::ReviewTextDocument::fillSection(m_browser->document(), m_report, m_sections[index]);
    m_browser->verticalScrollBar()->setValue(0);
    m_footer->setText(tr("%1 / %2 · %3 — ← → to move, Esc to leave")
                          .arg(index + 1)
                          .arg(m_sections.size())
                          .arg(m_sections[index].title));
    Q_EMIT pageChanged(index);
}

bool ReviewPresenter::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return true;
    case Qt::Key_Home:
        showPage(0);
        return true;
    case Qt::Key_End:
        showPage(int(m_sections.size()) - 1);
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    default:
        return false;
    }
}

void ReviewPresenter::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(event->key()))
        QWidget::keyPressEvent(event);
}

bool ReviewPresenter::eventFilter(QObject* watched, QEvent* event)
{
    // The page would scroll sideways on the arrow keys; in a presentation they turn pages.
    if (watched == m_browser && event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent*>(event)->key()))
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace godwit::widgets
