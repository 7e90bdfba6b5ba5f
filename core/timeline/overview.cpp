#include "core/timeline/overview.h"

#include <algorithm>
#include <cmath>

namespace ict::core::timeline {

std::vector<std::uint32_t> densityHistogram(const Dataset &dataset, std::span<const std::uint8_t> pass,
                                            double firstDay, double lastDay, std::size_t bins)
{
    if (bins == 0 || !(lastDay > firstDay)) {
        return {};
    }
    std::vector<std::uint32_t> histogram(bins, 0);
    const auto starts = dataset.starts();
    // Starts are sorted: only the events inside the range are visited.
    const auto from = std::lower_bound(starts.begin(), starts.end(), static_cast<DayNumber>(std::ceil(firstDay)));
    const double binsPerDay = static_cast<double>(bins) / (lastDay - firstDay);
    for (auto it = from; it != starts.end() && static_cast<double>(*it) < lastDay; ++it) {
        const auto i = static_cast<std::size_t>(it - starts.begin());
        if (i < pass.size() && pass[i] == 0) {
            continue;
        }
        const auto bin = static_cast<std::size_t>((static_cast<double>(*it) - firstDay) * binsPerDay);
        ++histogram[std::min(bin, bins - 1)];
    }
    return histogram;
}

} // namespace ict::core::timeline
