// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace godwit::cli {

// `godwit render FILE [AFTER] -o OUT.{png,svg,pdf,mmd,dot} [--scale N] [--engine dot|neato|fdp]`:
// the ER diagram of one schema, or the before/after pair of a comparison, drawn headless
// with the window's canvas code.
class RenderCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("render"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

    // Drawing needs a QApplication (on the offscreen platform when there is no display): the
    // diagrams of `render` and of `review`.
    [[nodiscard]] static bool needsGuiApplication(const QString& command)
    {
        return command == QLatin1String("render") || command == QLatin1String("review");
    }
};

} // namespace godwit::cli
