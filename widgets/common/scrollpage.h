// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QScrollArea;
class QWidget;

namespace godwit::widgets {

// `page` in a frameless scroll area that resizes it: a page or panel with many controls scrolls
// inside its place rather than forcing the window wider or taller than the screen (a stack or a
// dock is as large as its largest content). The area is named after the page ("planPageScroll").
[[nodiscard]] QScrollArea* scrollPage(QWidget* page, QWidget* parent);

} // namespace godwit::widgets
