#pragma once

// Back and Forward across every jump between events and passages, like a
// web browser: a new jump after going back drops the forward entries.

#include <cstdint>
#include <optional>
#include <vector>

namespace ict::core {

struct Place {
    enum class Kind : std::uint8_t { Event, Passage };
    Kind kind = Kind::Event;
    std::int64_t id = 0; // an event index or a passage id

    friend bool operator==(const Place &, const Place &) = default;
};

class NavigationHistory {
public:
    // Records a jump to `place`; a repeat of the current place is ignored.
    void visit(Place place)
    {
        if (m_current >= 0 && m_places[static_cast<std::size_t>(m_current)] == place) {
            return;
        }
        m_places.resize(static_cast<std::size_t>(m_current + 1));
        m_places.push_back(place);
        if (m_places.size() > kLimit) {
            m_places.erase(m_places.begin());
        }
        m_current = static_cast<int>(m_places.size()) - 1;
    }

    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < static_cast<int>(m_places.size()); }

    std::optional<Place> back()
    {
        if (!canGoBack()) {
            return std::nullopt;
        }
        return m_places[static_cast<std::size_t>(--m_current)];
    }

    std::optional<Place> forward()
    {
        if (!canGoForward()) {
            return std::nullopt;
        }
        return m_places[static_cast<std::size_t>(++m_current)];
    }

    std::optional<Place> current() const
    {
        if (m_current < 0) {
            return std::nullopt;
        }
        return m_places[static_cast<std::size_t>(m_current)];
    }

    void clear()
    {
        m_places.clear();
        m_current = -1;
    }

private:
    static constexpr std::size_t kLimit = 500;
    std::vector<Place> m_places;
    int m_current = -1;
};

} // namespace ict::core
