#pragma once

// "Which is the next event, from position i on, that is still running at day
// d?" for one lane's events in start order. Events in start order are not in
// end order, so a long interval can hide anywhere among short ones; block
// maxima of the ends answer the question by skipping whole blocks whose
// latest end is too early. That lets the layout find the few long intervals
// that reach into the view from the left, or that stick out of a run of
// point events it folds, without visiting the events in between.
//
// Levels of maxima over blocks of kFanout: level 0 holds the maximum of each
// kFanout ends, level 1 of each kFanout level-0 maxima, and so on. A query
// scans at most kFanout entries per level up and down: O(kFanout * log n),
// and the index takes about n / (kFanout - 1) extra values.

#include "core/civildate.h"

#include <cstddef>
#include <span>
#include <vector>

namespace ict::core::timeline {

class MaxEndIndex {
public:
    static constexpr std::size_t kFanout = 16;

    void build(std::span<const DayNumber> ends);

    // The first position p in [from, to) with ends[p] >= day, or `to` when
    // there is none. `ends` must be the span the index was built from.
    std::size_t findFirstAtLeast(std::span<const DayNumber> ends, std::size_t from, std::size_t to,
                                 DayNumber day) const;

private:
    std::vector<std::vector<DayNumber>> m_levels;
};

} // namespace ict::core::timeline
