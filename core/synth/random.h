#pragma once

// Deterministic random numbers for the synthetic generator. The standard
// distributions (uniform_int_distribution, normal_distribution, ...) are
// implementation-defined, so the same seed would give a different database
// with another standard library; and libm's exp/log may differ in the last
// bit between platforms. Everything here is integer arithmetic, so a seed
// names the same database on every machine that runs the same SQLite.

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <span>

namespace ict::core::synth {

// splitmix64 (Steele, Lea and Flood, 2014): turns any seed, 0 included, into
// well-mixed state for xoshiro, and derives independent streams.
constexpr std::uint64_t splitmix64(std::uint64_t &state) noexcept
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// A seed for stream `stream`, item `item` of the run seeded with `seed`. Each
// event and source draws from its own stream, so changing how one part of the
// data is generated does not shift every other part.
constexpr std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream, std::uint64_t item = 0) noexcept
{
    std::uint64_t state = seed;
    std::uint64_t h = splitmix64(state);
    state = h ^ (stream * 0xD1B54A32D192ED03ULL);
    h = splitmix64(state);
    state = h ^ item;
    return splitmix64(state);
}

// xoshiro256** 1.0 (Blackman and Vigna, 2018).
class Rng {
public:
    explicit constexpr Rng(std::uint64_t seed) noexcept
    {
        std::uint64_t state = seed;
        for (auto &s : m_s) {
            s = splitmix64(state);
        }
    }

    constexpr std::uint64_t next() noexcept
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n) for 0 < n < 2^32 by multiply-shift (Lemire, 2019):
    // no division, and a bias below n / 2^32, far under anything a synthetic
    // distribution could show.
    constexpr std::uint32_t below(std::uint32_t n) noexcept
    {
        assert(n > 0);
        return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32);
    }
    constexpr std::size_t index(std::size_t n) noexcept { return below(static_cast<std::uint32_t>(n)); }

    // Uniform in [lo, hi], both included.
    constexpr int between(int lo, int hi) noexcept
    {
        assert(lo <= hi);
        return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo) + 1U));
    }

    // True with probability p / 100 (p / 1000).
    constexpr bool percent(int p) noexcept { return static_cast<int>(below(100)) < p; }
    constexpr bool permille(int p) noexcept { return static_cast<int>(below(1000)) < p; }

    template <typename T> constexpr const T &pick(std::span<const T> items) noexcept
    {
        assert(!items.empty());
        return items[index(items.size())];
    }
    template <typename T, std::size_t N> constexpr const T &pick(const T (&items)[N]) noexcept
    {
        return items[index(N)];
    }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4] = {};
};

} // namespace ict::core::synth
