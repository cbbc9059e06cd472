// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/change.h"

#include <QString>

namespace godwit::widgets {

// The words the window uses for the kinds of objects and the attributes a comparison names, in
// the user's language. The model's names (objectKindName(), attributeName()) are codes for JSON
// and the command line, and stay English.
[[nodiscard]] QString objectKindText(diff::ObjectKind kind);
[[nodiscard]] QString attributeText(diff::Attribute attribute);

} // namespace godwit::widgets
