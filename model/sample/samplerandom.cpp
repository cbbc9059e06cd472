// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplerandom.h"

namespace godwit::sample {

int SampleRandom::weighted(std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int draw = static_cast<int>(below(static_cast<quint64>(total)));
    int index = 0;
    for (int w : weights) {
        if (draw < w)
            return index;
        draw -= w;
        ++index;
    }
    return index - 1;
}

quint64 SampleRandom::skewed(quint64 n)
{
    const double u = unit();
    // u * u and the product with n are single IEEE operations, rounded the same everywhere.
    const auto index = static_cast<quint64>(static_cast<double>(n) * (u * u));
    return index < n ? index : n - 1;
}

quint64 SampleRandom::mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

} // namespace godwit::sample
