// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

namespace godwit::widgets {

// Says what an empty list means ("No incidents yet", "Open a folder to see its migrations")
// in the middle of its viewport, in the palette's placeholder colour, instead of a blank box.
// Installed as an event filter on the view's viewport; it repaints when rows come and go.
class EmptyStateHint final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateHint)
public:
    EmptyStateHint(QAbstractItemView* view, const QString& text);

    void setText(const QString& text);
    [[nodiscard]] QString text() const { return m_text; }
    // True while the view has no rows, i.e. while the hint is painted.
    [[nodiscard]] bool isShown() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view = nullptr;
    QString m_text;
};

} // namespace godwit::widgets
