// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalcontrols.h"

#include "backfiller.h"

namespace godwit::rehearsal {

RehearsalControls::RehearsalControls(QList<Fault> faults, bool overrideVerification, bool stepMode)
    : m_stepMode(stepMode)
    , m_faults(std::move(faults))
    , m_override(overrideVerification)
{
}

void RehearsalControls::pause()
{
    std::scoped_lock lock(m_mutex);
    m_paused = true;
}

void RehearsalControls::resume()
{
    {
        std::scoped_lock lock(m_mutex);
        m_paused = false;
        m_stepping = false;
        m_stepMode = false;
    }
    m_resumed.notify_all();
}

void RehearsalControls::step()
{
    {
        std::scoped_lock lock(m_mutex);
        m_paused = false;
        m_stepping = true;
    }
    m_resumed.notify_all();
}

void RehearsalControls::cancel()
{
    m_cancel.store(true);
    {
        std::scoped_lock lock(m_mutex);
        if (m_backfiller)
            m_backfiller->cancel();
    }
    m_resumed.notify_all();
}

bool RehearsalControls::isPaused() const
{
    std::scoped_lock lock(m_mutex);
    return m_paused;
}

void RehearsalControls::waitWhilePaused()
{
    std::unique_lock lock(m_mutex);
    m_resumed.wait(lock, [&] { return !m_paused || m_cancel.load(); });
}

void RehearsalControls::phaseEnded()
{
    std::scoped_lock lock(m_mutex);
    if (m_stepMode || m_stepping) {
        m_paused = true;
        m_stepping = false;
    }
}

void RehearsalControls::setBatchSize(qint64 rows)
{
    std::scoped_lock lock(m_mutex);
    m_batchSize = rows;
    if (m_backfiller)
        m_backfiller->setBatchSize(rows);
}

void RehearsalControls::setDelayMs(int ms)
{
    std::scoped_lock lock(m_mutex);
    m_delayMs = ms;
    if (m_backfiller)
        m_backfiller->setDelayMs(ms);
}

void RehearsalControls::attach(Backfiller* backfiller)
{
    std::scoped_lock lock(m_mutex);
    m_backfiller = backfiller;
    if (!backfiller)
        return;
    // A backfill that starts (or restarts after a crash) gets the latest slider positions.
    if (m_batchSize > 0)
        backfiller->setBatchSize(m_batchSize);
    if (m_delayMs >= 0)
        backfiller->setDelayMs(m_delayMs);
    if (m_cancel.load())
        backfiller->cancel();
}

void RehearsalControls::setFaultEnabled(Fault fault, bool enabled)
{
    std::scoped_lock lock(m_mutex);
    m_faults.removeAll(fault);
    if (enabled)
        m_faults << fault;
}

bool RehearsalControls::has(Fault fault) const
{
    std::scoped_lock lock(m_mutex);
    return m_faults.contains(fault);
}

QList<Fault> RehearsalControls::faults() const
{
    std::scoped_lock lock(m_mutex);
    return m_faults;
}

} // namespace godwit::rehearsal
