// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace godwit::widgets {

// The heading over a group of fields or links ("PROPERTIES", "RECENT FILES"): upper case, bold,
// a little smaller and wider spaced, in the palette's placeholder colour.
class SectionLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionLabel)
public:
    explicit SectionLabel(const QString& text, QWidget* parent = nullptr);
};

} // namespace godwit::widgets
