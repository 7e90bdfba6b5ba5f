#pragma once

// A synthetic dataset with the shape of the real one, for the record-bound
// test and the layout benchmark: events clustered in time (sessions) between
// 1998 and 2026 over a dozen forums, 80 % single days, 20 % intervals from
// days to years (a few open-ended, some of month precision). A fixed seed
// makes every run lay out the same events.

#include "core/civildate.h"
#include "core/dataset.h"
#include "core/edtf.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace ict::core::timeline::testing {

inline void fillSyntheticDataset(Dataset &dataset, std::size_t count, std::size_t laneCount = 12,
                                 std::uint64_t seed = 19981204)
{
    struct Draft {
        DayNumber start, end;
        std::uint16_t forum;
        std::uint8_t flags, topic;
        EventKind kind;
    };
    std::mt19937_64 rng(seed);
    const DayNumber first = daysFromCivil(1998, 1, 1);
    const DayNumber last = daysFromCivil(2026, 1, 1);
    std::uniform_int_distribution<DayNumber> anyDay(first, last - 1);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> nearSession(0.0, 10.0);
    std::uniform_int_distribution<int> lane(0, static_cast<int>(laneCount) - 1);
    std::uniform_int_distribution<int> kind(0, 11);
    std::uniform_int_distribution<int> topic(0, 7);

    // Sessions: diplomacy happens in bursts around meetings.
    std::vector<DayNumber> sessions(400);
    for (auto &s : sessions) {
        s = anyDay(rng);
    }
    std::uniform_int_distribution<std::size_t> session(0, sessions.size() - 1);

    std::vector<Draft> drafts;
    drafts.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        DayNumber start = unit(rng) < 0.7
                              ? sessions[session(rng)] + static_cast<DayNumber>(std::lround(nearSession(rng)))
                              : anyDay(rng);
        start = std::clamp(start, first, last - 1);
        DayNumber end = start;
        std::uint8_t flags = 0;
        if (unit(rng) < 0.2) {
            // Days to years, log-uniform: many short meetings, few long processes.
            const double days = std::exp(unit(rng) * std::log(3650.0));
            end = start + std::max<DayNumber>(1, static_cast<DayNumber>(days));
            flags |= DateFlag::Interval;
            if (unit(rng) < 0.01) {
                end = kMaxDay;
                flags |= DateFlag::OpenEnd;
            }
        } else if (unit(rng) < 0.05) {
            const CivilDate c = civilFromDays(start);
            start = daysFromCivil(c.year, c.month, 1);
            end = daysFromCivil(c.year, c.month, daysInMonth(c.year, c.month));
            flags |= DateFlag::ImpreciseStart | DateFlag::ImpreciseEnd;
        }
        drafts.push_back(Draft{start, end, static_cast<std::uint16_t>(lane(rng)), flags,
                               static_cast<std::uint8_t>(topic(rng)), static_cast<EventKind>(kind(rng))});
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const Draft &a, const Draft &b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });

    std::vector<Forum> forums;
    for (std::size_t f = 0; f < laneCount; ++f) {
        forums.push_back(Forum{"forum-" + std::to_string(f), "Forum " + std::to_string(f), -1, {}});
    }
    std::vector<Topic> topics;
    for (int t = 0; t < 8; ++t) {
        topics.push_back(Topic{"topic-" + std::to_string(t), "Topic " + std::to_string(t)});
    }
    dataset.setTaxonomy(std::move(forums), std::move(topics));
    dataset.reserve(count, count * 32);
    std::string slug;
    std::string title;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const Draft &d = drafts[i];
        slug = "synthetic-" + std::to_string(i);
        title = "Synthetic event " + std::to_string(i);
        Dataset::EventRecord r;
        r.rowId = static_cast<std::int64_t>(i) + 1;
        r.slug = slug;
        r.title = title;
        r.start = d.start;
        r.end = d.end;
        r.forum = d.forum;
        r.kind = d.kind;
        r.primaryTopic = d.topic;
        r.topics = TopicMask{1} << d.topic;
        r.flags = d.flags;
        dataset.append(r);
    }
    dataset.finish();
}

} // namespace ict::core::timeline::testing
