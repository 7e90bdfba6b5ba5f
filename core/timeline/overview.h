#pragma once

// The overview strip (minimap) under the timeline: how many events start in
// each of `bins` equal slices of [firstDay, lastDay). Computed once per
// filter change (O(N)); the app scales it to its height and paints it as a
// histogram, with the current view as a window over it.

#include "core/dataset.h"

#include <cstdint>
#include <span>
#include <vector>

namespace ict::core::timeline {

// Events are binned by start day; `pass` as in LaneSet::build (empty: all
// pass). Empty result when bins is 0 or the range is empty.
std::vector<std::uint32_t> densityHistogram(const Dataset &dataset, std::span<const std::uint8_t> pass,
                                            double firstDay, double lastDay, std::size_t bins);

} // namespace ict::core::timeline
