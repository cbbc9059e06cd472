// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMimeData;

namespace godwit::widgets {

// Lets a widget take a file dropped from the desktop: accepts drags that carry one local file
// and reports the drop. Installed as an event filter, so the widget needs no drag handlers.
class FileDropFilter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDropFilter)
public:
    // Installs itself on `target` and turns on its drops.
    explicit FileDropFilter(QWidget* target);

    // The first URL of `mime` when it names an existing local file; empty otherwise.
    [[nodiscard]] static QString localFile(const QMimeData* mime);

Q_SIGNALS:
    void fileDropped(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace godwit::widgets
