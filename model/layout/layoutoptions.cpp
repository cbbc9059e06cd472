// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutoptions.h"

namespace godwit::layout {

QString engineName(Engine engine)
{
    switch (engine) {
    case Engine::Dot:
        return QStringLiteral("dot");
    case Engine::Neato:
        return QStringLiteral("neato");
    case Engine::Fdp:
        return QStringLiteral("fdp");
    }
    return {};
}

bool engineFromName(QStringView name, Engine* engine)
{
    for (Engine e : { Engine::Dot, Engine::Neato, Engine::Fdp }) {
        if (name == engineName(e)) {
            *engine = e;
            return true;
        }
    }
    return false;
}

} // namespace godwit::layout
