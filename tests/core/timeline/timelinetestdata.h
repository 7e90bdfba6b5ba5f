#pragma once

// Small hand-made datasets for the timeline tests: events as (start, end,
// lane) with everything else defaulted, appended in the order Dataset wants.

#include "core/civildate.h"
#include "core/dataset.h"

#include <algorithm>
#include <string>
#include <vector>

namespace ict::core::timeline::testing {

struct TestEvent {
    DayNumber start = 0;
    DayNumber end = 0; // == start: a single day
    std::uint16_t forum = 0;
    std::uint8_t flags = 0;
    EventKind kind = EventKind::Other;
    std::uint8_t topic = 0;
    std::string title = "Event";
};

inline DayNumber day(int year, int month, int dayOfMonth)
{
    return daysFromCivil(year, month, dayOfMonth);
}

inline std::vector<Forum> testForums(std::size_t count)
{
    std::vector<Forum> forums;
    for (std::size_t i = 0; i < count; ++i) {
        forums.push_back(Forum{"forum-" + std::to_string(i), "Forum " + std::to_string(i), -1, {}});
    }
    return forums;
}

inline std::vector<Topic> testTopics(std::size_t count)
{
    std::vector<Topic> topics;
    for (std::size_t i = 0; i < count; ++i) {
        topics.push_back(Topic{"topic-" + std::to_string(i), "Topic " + std::to_string(i)});
    }
    return topics;
}

// Fills `dataset` (which must stay where it is while lanes point to it).
inline void fillDataset(Dataset &dataset, std::vector<TestEvent> events, std::size_t forumCount = 4)
{
    std::stable_sort(events.begin(), events.end(), [](const TestEvent &a, const TestEvent &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    dataset.setTaxonomy(testForums(forumCount), testTopics(8));
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        const std::string slug = "event-" + std::to_string(i);
        Dataset::EventRecord r;
        r.rowId = static_cast<std::int64_t>(i) + 1;
        r.slug = slug;
        r.title = e.title;
        r.start = e.start;
        r.end = e.end;
        r.forum = e.forum;
        r.kind = e.kind;
        r.primaryTopic = e.topic;
        r.topics = TopicMask{1} << e.topic;
        r.flags = e.flags | (e.end != e.start ? DateFlag::Interval : 0);
        dataset.append(r);
    }
    dataset.finish();
}

} // namespace ict::core::timeline::testing
