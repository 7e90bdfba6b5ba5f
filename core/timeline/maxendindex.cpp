#include "core/timeline/maxendindex.h"

#include <algorithm>

namespace ict::core::timeline {

void MaxEndIndex::build(std::span<const DayNumber> ends)
{
    m_levels.clear();
    std::span<const DayNumber> below = ends;
    while (below.size() > 1) {
        std::vector<DayNumber> level((below.size() + kFanout - 1) / kFanout);
        for (std::size_t b = 0; b < level.size(); ++b) {
            const std::size_t begin = b * kFanout;
            const std::size_t end = std::min(begin + kFanout, below.size());
            level[b] = *std::max_element(below.begin() + static_cast<std::ptrdiff_t>(begin),
                                         below.begin() + static_cast<std::ptrdiff_t>(end));
        }
        m_levels.push_back(std::move(level));
        below = m_levels.back();
    }
}

std::size_t MaxEndIndex::findFirstAtLeast(std::span<const DayNumber> ends, std::size_t from, std::size_t to,
                                          DayNumber day) const
{
    to = std::min(to, ends.size());
    if (from >= to) {
        return to;
    }
    // values(k) is the array at height k: 0 the ends themselves, k >= 1 the
    // maxima of level k - 1. `span` is how many ends one entry at height k
    // covers.
    auto values = [&](std::size_t k) -> std::span<const DayNumber> {
        return k == 0 ? ends : std::span<const DayNumber>(m_levels[k - 1]);
    };

    // Up: scan the rest of the current block at each height; when nothing in
    // it reaches `day`, continue with the next block one level higher.
    std::size_t height = 0;
    std::size_t pos = from;
    std::size_t span = 1;
    for (;;) {
        const auto v = values(height);
        if (pos * span >= to) {
            return to;
        }
        const std::size_t blockEnd = std::min((pos / kFanout + 1) * kFanout, v.size());
        std::size_t hit = blockEnd;
        for (std::size_t q = pos; q < blockEnd; ++q) {
            if (v[q] >= day) {
                hit = q;
                break;
            }
        }
        if (hit != blockEnd) {
            pos = hit;
            break;
        }
        if (blockEnd == v.size() || height == m_levels.size()) {
            return to;
        }
        pos = blockEnd / kFanout;
        span *= kFanout;
        ++height;
    }

    // Down: the entry found covers an end >= day; descend to its first such
    // child until we reach an end itself.
    while (height > 0) {
        --height;
        const auto v = values(height);
        const std::size_t begin = pos * kFanout;
        const std::size_t end = std::min(begin + kFanout, v.size());
        std::size_t q = begin;
        while (q < end && v[q] < day) {
            ++q;
        }
        pos = q; // always found: the parent's maximum is one of these
    }
    return std::min(pos, to);
}

} // namespace ict::core::timeline
