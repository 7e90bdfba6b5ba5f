#pragma once

// Keyboard navigation through events: the next or previous event in time
// order among those that pass the filter. Dataset order is time order (by
// start, then end), so this is a walk along the filter column; it runs once
// per key press, not per frame.

#include "core/dataset.h"

#include <cstdint>
#include <optional>
#include <span>

namespace ict::core::timeline {

enum class Direction : std::uint8_t { Forward, Backward };

// The nearest passing event after (Forward) or before (Backward) `current`;
// nullopt at either end. `pass` is one entry per event (1 = passes) or empty
// for "all pass". With no current event, Forward gives the first passing
// event and Backward the last.
std::optional<EventIndex> nextEvent(const Dataset &dataset, std::span<const std::uint8_t> pass,
                                    std::optional<EventIndex> current, Direction direction);

} // namespace ict::core::timeline
