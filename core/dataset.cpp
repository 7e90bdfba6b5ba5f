#include "core/dataset.h"

#include <algorithm>
#include <limits>

namespace ict::core {

void Dataset::setTaxonomy(std::vector<Forum> forums, std::vector<Topic> topics)
{
    m_forums = std::move(forums);
    m_topics_ = std::move(topics);
}

void Dataset::reserve(std::size_t events, std::size_t textBytes)
{
    m_starts.reserve(events);
    m_ends.reserve(events);
    m_forum.reserve(events);
    m_kind.reserve(events);
    m_status.reserve(events);
    m_topics.reserve(events);
    m_primaryTopic.reserve(events);
    m_flags.reserve(events);
    m_rowId.reserve(events);
    m_slugSpans.reserve(events);
    m_titleSpans.reserve(events);
    m_startTextSpans.reserve(events);
    m_endTextSpans.reserve(events);
    m_text.reserve(textBytes);
}

Dataset::TextSpan Dataset::store(std::string_view s)
{
    TextSpan span{static_cast<std::uint32_t>(m_text.size()), static_cast<std::uint32_t>(s.size())};
    m_text.append(s);
    return span;
}

void Dataset::append(const EventRecord &r)
{
    m_starts.push_back(r.start);
    m_ends.push_back(std::max(r.start, r.end));
    m_forum.push_back(r.forum);
    m_kind.push_back(r.kind);
    m_status.push_back(r.status);
    m_topics.push_back(r.topics);
    m_primaryTopic.push_back(r.primaryTopic);
    m_flags.push_back(r.flags);
    m_rowId.push_back(r.rowId);
    m_slugSpans.push_back(store(r.slug));
    m_titleSpans.push_back(store(r.title));
    m_startTextSpans.push_back(store(r.startText));
    m_endTextSpans.push_back(store(r.endText));
}

void Dataset::addTopic(EventIndex i, int topic)
{
    if (topic >= 0 && topic < 64) {
        m_topics[i] |= TopicMask{1} << static_cast<unsigned>(topic);
    }
}

void Dataset::finish()
{
    const auto n = static_cast<EventIndex>(size());
    m_bySlug.resize(n);
    m_byRowId.resize(n);
    m_maxDuration = 0;
    for (EventIndex i = 0; i < n; ++i) {
        m_bySlug[i] = i;
        m_byRowId[i] = i;
        m_maxDuration = std::max(m_maxDuration, m_ends[i] - m_starts[i]);
    }
    std::sort(m_bySlug.begin(), m_bySlug.end(), [this](EventIndex a, EventIndex b) { return slug(a) < slug(b); });
    std::sort(m_byRowId.begin(), m_byRowId.end(),
              [this](EventIndex a, EventIndex b) { return m_rowId[a] < m_rowId[b]; });
}

std::optional<EventIndex> Dataset::findBySlug(std::string_view s) const
{
    auto it = std::lower_bound(m_bySlug.begin(), m_bySlug.end(), s,
                               [this](EventIndex i, std::string_view key) { return slug(i) < key; });
    if (it != m_bySlug.end() && slug(*it) == s) {
        return *it;
    }
    return std::nullopt;
}

std::optional<EventIndex> Dataset::findByRowId(std::int64_t rowId) const
{
    auto it = std::lower_bound(m_byRowId.begin(), m_byRowId.end(), rowId,
                               [this](EventIndex i, std::int64_t key) { return m_rowId[i] < key; });
    if (it != m_byRowId.end() && m_rowId[*it] == rowId) {
        return *it;
    }
    return std::nullopt;
}

std::vector<EventIndex> Dataset::eventsBetween(DayNumber from, DayNumber to) const
{
    std::vector<EventIndex> out;
    if (from > to) {
        return out;
    }
    // No event is longer than m_maxDuration, so an event that overlaps
    // [from, to] starts no earlier than from - m_maxDuration.
    const DayNumber lowest = from - m_maxDuration;
    auto first = std::lower_bound(m_starts.begin(), m_starts.end(), lowest);
    auto last = std::upper_bound(m_starts.begin(), m_starts.end(), to);
    for (auto it = first; it != last; ++it) {
        const auto i = static_cast<EventIndex>(it - m_starts.begin());
        if (m_ends[i] >= from) {
            out.push_back(i);
        }
    }
    return out;
}

bool Dataset::forumWithin(int forum, int ancestor) const
{
    // The forum tree is shallow (two or three levels), so walking up is cheap.
    for (int f = forum; f >= 0; f = m_forums[static_cast<std::size_t>(f)].parent) {
        if (f == ancestor) {
            return true;
        }
    }
    return false;
}

std::vector<EventIndex> Dataset::eventsOfForum(int forum, bool includeChildren) const
{
    std::vector<EventIndex> out;
    for (EventIndex i = 0; i < size(); ++i) {
        const int f = m_forum[i];
        if (f == forum || (includeChildren && forumWithin(f, forum))) {
            out.push_back(i);
        }
    }
    return out;
}

std::vector<EventIndex> Dataset::eventsOfTopic(int topic) const
{
    std::vector<EventIndex> out;
    if (topic < 0 || topic >= 64) {
        return out;
    }
    const TopicMask bit = TopicMask{1} << static_cast<unsigned>(topic);
    for (EventIndex i = 0; i < size(); ++i) {
        if (m_topics[i] & bit) {
            out.push_back(i);
        }
    }
    return out;
}

std::optional<int> Dataset::forumIndex(std::string_view s) const
{
    for (std::size_t i = 0; i < m_forums.size(); ++i) {
        if (m_forums[i].slug == s) {
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}

std::optional<int> Dataset::topicIndex(std::string_view s) const
{
    for (std::size_t i = 0; i < m_topics_.size(); ++i) {
        if (m_topics_[i].slug == s) {
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}

DayNumber Dataset::firstDay() const
{
    return m_starts.empty() ? 0 : m_starts.front();
}

DayNumber Dataset::lastDay() const
{
    if (m_ends.empty()) {
        return 0;
    }
    return *std::max_element(m_ends.begin(), m_ends.end());
}

} // namespace ict::core
