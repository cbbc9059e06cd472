// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <random>

#include <QtGlobal>

namespace godwit::sample {

// A seeded random source whose output is the same with every compiler and standard library.
// std::mt19937_64 is specified bit for bit by the standard, but std::*_distribution are not,
// so every transform here is written out with integer or exact IEEE-754 arithmetic.
class SampleRandom final {
public:
    explicit SampleRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    [[nodiscard]] quint64 next() { return m_engine(); }
    // Uniform in [0, n) for n > 0. Modulo bias is below n / 2^64: invisible at sample sizes.
    [[nodiscard]] quint64 below(quint64 n) { return next() % n; }
    // Uniform in [lo, hi], both included.
    [[nodiscard]] qint64 between(qint64 lo, qint64 hi)
    {
        return lo + static_cast<qint64>(below(static_cast<quint64>(hi - lo) + 1));
    }
    // Uniform in [0, 1) from 53 random bits; the scaling by 2^-53 is exact.
    [[nodiscard]] double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // True with probability perMille / 1000.
    [[nodiscard]] bool chance(int perMille) { return below(1000) < static_cast<quint64>(perMille); }
    // An index into `weights`, drawn with probability proportional to its weight.
    [[nodiscard]] int weighted(std::initializer_list<int> weights);
    // Index in [0, n) where low indices are much likelier: floor(n * u^2), so the share of
    // draws falls off like rank^-1/2 (a Zipf-like head and a long tail).
    [[nodiscard]] quint64 skewed(quint64 n);

    // The splitmix64 finaliser: a bijection on 64-bit integers that scatters neighbours.
    [[nodiscard]] static quint64 mix(quint64 x);

private:
    std::mt19937_64 m_engine;
};

} // namespace godwit::sample
