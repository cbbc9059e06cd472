// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/emptystatehint.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

namespace godwit::widgets {

EmptyStateHint::EmptyStateHint(QAbstractItemView* view, const QString& text)
    : QObject(view)
    , m_view(view)
    , m_text(text)
{
    view->viewport()->installEventFilter(this);
}

void EmptyStateHint::setText(const QString& text)
{
    m_text = text;
    m_view->viewport()->update();
}

bool EmptyStateHint::isShown() const
{
    const QAbstractItemModel* model = m_view->model();
    return !m_text.isEmpty() && (!model || model->rowCount(m_view->rootIndex()) == 0);
}

bool EmptyStateHint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && watched == m_view->viewport() && isShown()) {
        // The background is already filled and an empty view paints nothing over it, so the hint
        // can be drawn before the view's own paintEvent runs.
        QPainter painter(m_view->viewport());
        painter.setPen(m_view->palette().color(QPalette::PlaceholderText));
        painter.drawText(
            m_view->viewport()->rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_text);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace godwit::widgets
