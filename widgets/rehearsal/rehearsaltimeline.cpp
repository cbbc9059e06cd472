// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/rehearsal/rehearsaltimeline.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace godwit::widgets {

using rehearsal::Incident;
using rehearsal::PhaseState;
using rehearsal::PhaseStatus;
using rehearsal::Severity;

namespace {

    constexpr qreal kGap = 4;
    constexpr qreal kMarker = 7; // marker radius

    // Okabe–Ito, as the diagrams use: distinguishable with the common colour-vision deficiencies.
    QColor severityColor(Severity s)
    {
        switch (s) {
        case Severity::Error:
            return QColor(0xD5, 0x5E, 0x00);
        case Severity::Warning:
            return QColor(0xE6, 0x9F, 0x00);
        case Severity::Info:
            return QColor(0x00, 0x72, 0xB2);
        }
        return {};
    }

} // namespace

RehearsalTimeline::RehearsalTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rehearsalTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Rehearsal phases"));
}

void RehearsalTimeline::setPhases(const QList<PhaseState>& phases, int current)
{
    if (phases == m_phases && current == m_current)
        return;
    m_phases = phases;
    m_current = current;
    update();
}

void RehearsalTimeline::setIncidents(const QList<Incident>& incidents)
{
    if (incidents == m_incidents)
        return;
    m_incidents = incidents;
    update();
}

QSize RehearsalTimeline::sizeHint() const { return { 600, fontMetrics().height() * 2 + 26 }; }

QSize RehearsalTimeline::minimumSizeHint() const { return { 200, sizeHint().height() }; }

QRectF RehearsalTimeline::segment(int index) const
{
    const int n = std::max<int>(1, static_cast<int>(m_phases.size()));
    const qreal width = (rect().width() - kGap * (n - 1)) / n;
    const qreal height = fontMetrics().height() + 10;
    return { index * (width + kGap), 2, width, height };
}

int RehearsalTimeline::phaseOf(const Incident& incident) const
{
    // The last phase of that name that has started; an incident of a phase not shown goes to the current one.
    for (int i = static_cast<int>(m_phases.size()) - 1; i >= 0; --i) {
        if (m_phases[i].name() == incident.phase && (m_phases[i].status != PhaseStatus::Pending || i <= m_current))
            return i;
    }
    return std::max(0, m_current);
}

QList<QPointF> RehearsalTimeline::markerCentres() const
{
    QList<QPointF> centres;
    QHash<int, int> perPhase;
    for (const Incident& incident : m_incidents) {
        const int phase = phaseOf(incident);
        const int slot = perPhase[phase]++;
        const QRectF s = segment(phase);
        centres << QPointF(s.left() + kMarker + 2 + slot * (2 * kMarker + 3), s.bottom() + kMarker + 4);
    }
    return centres;
}

int RehearsalTimeline::incidentAt(const QPoint& pos) const
{
    const QList<QPointF> centres = markerCentres();
    for (int i = 0; i < centres.size(); ++i) {
        if (QLineF(centres[i], pos).length() <= kMarker + 2)
            return i;
    }
    return -1;
}

bool RehearsalTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = incidentAt(help->pos());
        if (i >= 0) {
            const Incident& incident = m_incidents[i];
            QToolTip::showText(help->globalPos(),
                tr("<b>%1</b> (%2, %3 s)<br>%4")
                    .arg(incident.kind.toHtmlEscaped(), incident.phase.toHtmlEscaped())
                    .arg(incident.atMs / 1000.0, 0, 'f', 1)
                    .arg(incident.message.toHtmlEscaped()),
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void RehearsalTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    for (int i = 0; i < m_phases.size(); ++i) {
        const PhaseState& phase = m_phases[i];
        const QRectF r = segment(i);
        QColor fill = pal.color(QPalette::Base);
        QColor text = pal.color(QPalette::Text);
        QColor border = pal.color(QPalette::Mid);
        switch (phase.status) {
        case PhaseStatus::Done:
            fill = pal.color(QPalette::Highlight).lighter(170);
            break;
        case PhaseStatus::Running:
            fill = pal.color(QPalette::Highlight);
            text = pal.color(QPalette::HighlightedText);
            border = fill.darker(130);
            break;
        case PhaseStatus::Failed:
        case PhaseStatus::Refused:
            fill = severityColor(Severity::Error).lighter(160);
            border = severityColor(Severity::Error);
            break;
        case PhaseStatus::Skipped:
        case PhaseStatus::Cancelled:
            fill = pal.color(QPalette::AlternateBase);
            text = pal.color(QPalette::PlaceholderText);
            break;
        case PhaseStatus::Pending:
            break;
        }
        // An arrow-shaped segment: the phases run left to right.
        QPainterPath path;
        const qreal tip = std::min<qreal>(8, r.width() / 6);
        path.moveTo(r.topLeft());
        path.lineTo(r.right() - tip, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.right() - tip, r.bottom());
        path.lineTo(r.bottomLeft());
        if (i > 0)
            path.lineTo(r.left() + tip, r.center().y());
        path.closeSubpath();
        p.setPen(QPen(border, i == m_current ? 2 : 1, phase.early ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(fill);
        p.drawPath(path);
        QFont f = font();
        f.setBold(i == m_current);
        p.setFont(f);
        p.setPen(text);
        // A glyph as well as the fill, so the state reads without colour.
        const QString mark = phase.status == PhaseStatus::Done                            ? QStringLiteral("✓ ")
            : phase.status == PhaseStatus::Failed || phase.status == PhaseStatus::Refused ? QStringLiteral("✕ ")
            : phase.status == PhaseStatus::Running                                        ? QStringLiteral("▶ ")
                                                                                          : QString();
        const QString label
            = fontMetrics().elidedText(mark + phase.title, Qt::ElideRight, int(r.width() - 2 * tip - 4));
        p.drawText(r.adjusted(tip + 2, 0, -tip, 0), Qt::AlignCenter, label);
    }
    const QList<QPointF> centres = markerCentres();
    for (int i = 0; i < centres.size(); ++i) {
        const QColor c = severityColor(m_incidents[i].severity);
        p.setPen(QPen(c.darker(140), 1));
        p.setBrush(c);
        const QPointF m = centres[i];
        if (m_incidents[i].severity == Severity::Error) {
            p.drawPolygon(QPolygonF({ m + QPointF(0, -kMarker), m + QPointF(kMarker, 0), m + QPointF(0, kMarker),
                m + QPointF(-kMarker, 0) }));
        } else {
            const qreal radius = m_incidents[i].severity == Severity::Warning ? kMarker - 1 : kMarker - 3;
            p.drawEllipse(m, radius, radius);
        }
    }
}

} // namespace godwit::widgets
