// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rehearsal/rehearsalresult.h"
#include "rehearsal/rehearsalsnapshot.h"

#include <QList>
#include <QWidget>

namespace godwit::widgets {

// The expand-contract phases of a rehearsal as a strip: done phases filled, the running one
// highlighted, the ones to come outlined, and each incident a marker on the phase it happened
// in (a diamond for errors, a circle for warnings, a dot for information; hover for the text).
class RehearsalTimeline final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RehearsalTimeline)
public:
    explicit RehearsalTimeline(QWidget* parent = nullptr);

    void setPhases(const QList<rehearsal::PhaseState>& phases, int current);
    void setIncidents(const QList<rehearsal::Incident>& incidents);
    [[nodiscard]] const QList<rehearsal::PhaseState>& phases() const { return m_phases; }
    [[nodiscard]] int currentPhase() const { return m_current; }
    [[nodiscard]] qsizetype markerCount() const { return m_incidents.size(); }
    // The incident whose marker is at `pos`, or -1.
    [[nodiscard]] int incidentAt(const QPoint& pos) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    [[nodiscard]] QRectF segment(int index) const;
    [[nodiscard]] int phaseOf(const rehearsal::Incident& incident) const;
    [[nodiscard]] QList<QPointF> markerCentres() const;

    QList<rehearsal::PhaseState> m_phases;
    QList<rehearsal::Incident> m_incidents;
    int m_current = -1;
};

} // namespace godwit::widgets
