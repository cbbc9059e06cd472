// SPDX-License-Identifier: GPL-3.0-or-later
#include "fault.h"

namespace godwit::rehearsal {

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::CrashMidBackfill:
        return QStringLiteral("crash-mid-backfill");
    case Fault::SkipDualWrite:
        return QStringLiteral("skip-dual-write");
    case Fault::EarlyReadSwitch:
        return QStringLiteral("early-read-switch");
    case Fault::EarlyContract:
        return QStringLiteral("early-contract");
    case Fault::LongTransaction:
        return QStringLiteral("long-transaction");
    }
    return {};
}

QList<Fault> allFaults()
{
    return { Fault::CrashMidBackfill, Fault::SkipDualWrite, Fault::EarlyReadSwitch, Fault::EarlyContract,
        Fault::LongTransaction };
}

std::optional<Fault> faultFromName(QStringView name)
{
    for (Fault f : allFaults()) {
        if (name.compare(faultName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QStringList faultNames()
{
    QStringList names;
    for (Fault f : allFaults())
        names << faultName(f);
    return names;
}

} // namespace godwit::rehearsal
