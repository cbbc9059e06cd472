// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rehearsalresult.h"

#include <QJsonObject>
#include <QString>

namespace godwit::rehearsal {

// The record of a rehearsal as JSON ("godwit.rehearsal", documented in docs/json-format.md):
// the verdict, each phase with its metrics, the incidents, the verification. Phases and
// incidents also read back, so a rehearsal resumed in a new process reports the whole run.
class RehearsalJson final {
public:
    [[nodiscard]] static QString write(const RehearsalResult& result);
    [[nodiscard]] static QJsonObject toJson(const RehearsalResult& result);
    [[nodiscard]] static QJsonObject phaseToJson(const PhaseRecord& phase);
    [[nodiscard]] static QJsonObject incidentToJson(const Incident& incident);
    [[nodiscard]] static PhaseRecord phaseFromJson(const QJsonObject& object);
    [[nodiscard]] static Incident incidentFromJson(const QJsonObject& object);
    [[nodiscard]] static QStringList keyOrder();
};

} // namespace godwit::rehearsal
