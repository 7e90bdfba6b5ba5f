#include "core/timeline/navigation.h"

namespace ict::core::timeline {

std::optional<EventIndex> nextEvent(const Dataset &dataset, std::span<const std::uint8_t> pass,
                                    std::optional<EventIndex> current, Direction direction)
{
    const std::size_t n = dataset.size();
    auto passes = [&](std::size_t i) { return i >= pass.size() || pass[i] != 0; };
    if (direction == Direction::Forward) {
        for (std::size_t i = current ? std::size_t{*current} + 1 : 0; i < n; ++i) {
            if (passes(i)) {
                return static_cast<EventIndex>(i);
            }
        }
        return std::nullopt;
    }
    for (std::size_t i = current ? std::min<std::size_t>(*current, n) : n; i-- > 0;) {
        if (passes(i)) {
            return static_cast<EventIndex>(i);
        }
    }
    return std::nullopt;
}

} // namespace ict::core::timeline
