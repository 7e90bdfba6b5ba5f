#include "core/dataset.h"

#include <algorithm>
#include <bit>
#include <limits>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ict::core {

namespace {

// What reserve() assumes per event when the caller cannot tell: slug, title
// and dates as written, and their lengths, run to about 110 bytes in the
// curated and synthetic data. Unused capacity is address space only: it is
// never touched.
constexpr std::size_t kTextBytesPerEvent = 160;
// The text arena is faulted in this far ahead of its end.
constexpr std::size_t kTextPrefaultStep = std::size_t{8} << 20;

// Fresh memory is mapped one page at a time, on its first write, and on a
// virtual machine every such fault is expensive: 12 us per 4 KiB page on the
// reference machine, 0.6 s for the 190 MB of a million events, nearly what
// SQLite needs to read them. One madvise(MADV_POPULATE_WRITE) maps a whole
// range for a tenth of that. Only pages lying entirely inside [begin,
// begin + bytes) are touched and their contents do not change, so this is
// safe on any memory the caller owns; where the call is unknown (before
// Linux 5.14, other systems) the pages fault in as usual.
void prefault([[maybe_unused]] const void *begin, [[maybe_unused]] std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    constexpr std::size_t kWorthIt = std::size_t{1} << 20; // below this, a few faults cost less than the call
    if (bytes < kWorthIt) {
        return;
    }
    static const auto pageSize = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto address = reinterpret_cast<std::uintptr_t>(begin);
    const std::uintptr_t first = (address + pageSize - 1) / pageSize * pageSize;
    const std::uintptr_t last = (address + bytes) / pageSize * pageSize;
    if (last > first) {
        madvise(reinterpret_cast<void *>(first), last - first, MADV_POPULATE_WRITE);
    }
#endif
}

template <typename T> void reserveAndPrefault(std::vector<T> &column, std::size_t n)
{
    column.reserve(n);
    prefault(column.data() + column.size(), (column.capacity() - column.size()) * sizeof(T));
}

// FNV-1a, folded to 32 bits: slugs are short, and the index only needs an
// even spread, not resistance to crafted input (a collision costs one more
// string comparison).
std::uint32_t slugHash(std::string_view s)
{
    std::uint64_t h = 14695981039346656037ULL;
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

} // namespace

void Dataset::setTaxonomy(std::vector<Forum> forums, std::vector<Topic> topics)
{
    m_forums = std::move(forums);
    m_topics_ = std::move(topics);
}

void Dataset::reserve(std::size_t events, std::size_t textBytes)
{
    reserveAndPrefault(m_starts, events);
    reserveAndPrefault(m_ends, events);
    reserveAndPrefault(m_forum, events);
    reserveAndPrefault(m_kind, events);
    reserveAndPrefault(m_status, events);
    reserveAndPrefault(m_topics, events);
    reserveAndPrefault(m_primaryTopic, events);
    reserveAndPrefault(m_flags, events);
    reserveAndPrefault(m_rowId, events);
    reserveAndPrefault(m_textStart, events);
    reserveAndPrefault(m_slugHashes, events);
    m_text.reserve(m_text.size() + (textBytes > 0 ? textBytes : events * kTextBytesPerEvent));
}

std::uint32_t Dataset::store(const EventRecord &r)
{
    // The lengths first (see text()), then the strings.
    char header[4 * 5];
    std::size_t headerSize = 0;
    for (const std::string_view s : {r.slug, r.title, r.startText, r.endText}) {
        auto n = static_cast<std::uint32_t>(s.size());
        while (n >= 0x80U) {
            header[headerSize++] = static_cast<char>((n & 0x7FU) | 0x80U);
            n >>= 7;
        }
        header[headerSize++] = static_cast<char>(n);
    }
    const auto start = static_cast<std::uint32_t>(m_text.size());
    const std::size_t end
        = m_text.size() + headerSize + r.slug.size() + r.title.size() + r.startText.size() + r.endText.size();
    if (end > m_text.capacity()) {
        // Past the reservation: grow geometrically, as append would.
        m_text.reserve(std::max(end, m_text.capacity() * 2));
    }
    if (m_text.data() != m_textBuffer) {
        // A new buffer: what is already in it was copied (and faulted in) by the move.
        m_textBuffer = m_text.data();
        m_textPrefaulted = m_text.size();
    }
    if (end > m_textPrefaulted) {
        const std::size_t until = std::min(m_text.capacity(), std::max(end, m_textPrefaulted + kTextPrefaultStep));
        prefault(m_text.data() + m_textPrefaulted, until - m_textPrefaulted);
        m_textPrefaulted = until;
    }
    m_text.append(header, headerSize);
    m_text.append(r.slug);
    m_text.append(r.title);
    m_text.append(r.startText);
    m_text.append(r.endText);
    return start;
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
    m_textStart.push_back(store(r));
    m_slugHashes.push_back(slugHash(r.slug));
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
    m_maxDuration = 0;
    m_rowIdsAscending = true;
    for (EventIndex i = 0; i < n; ++i) {
        m_maxDuration = std::max(m_maxDuration, m_ends[i] - m_starts[i]);
        if (i > 0 && m_rowId[i] <= m_rowId[i - 1]) {
            m_rowIdsAscending = false;
        }
    }

    // Slugs by hash: a counting sort on the top bits of the hash, then each
    // bucket (about 16 keys) sorted on its own. Linear in n, where sorting
    // the strings themselves took a sixth of the time of loading a million
    // events. Few buckets for few events: the curated database must not pay
    // for 65536 of them.
    if (m_slugHashes.size() != n) { // finish() called again, or append() bypassed
        m_slugHashes.resize(n);
        for (EventIndex i = 0; i < n; ++i) {
            m_slugHashes[i] = slugHash(slug(i));
        }
    }
    const auto bucketBits = std::clamp(static_cast<unsigned>(std::bit_width(n)), 4U, 20U) - 4U;
    const unsigned bucketShift = 32 - bucketBits;
    const auto bucketOf = [&](std::uint32_t hash) { return bucketBits == 0 ? 0 : hash >> bucketShift; };
    std::vector<std::uint32_t> bucketStart((std::size_t{1} << bucketBits) + 1, 0);
    for (const std::uint32_t hash : m_slugHashes) {
        ++bucketStart[bucketOf(hash) + 1];
    }
    for (std::size_t b = 1; b < bucketStart.size(); ++b) {
        bucketStart[b] += bucketStart[b - 1];
    }
    m_slugKeys.clear();
    reserveAndPrefault(m_slugKeys, n);
    m_slugKeys.resize(n);
    {
        std::vector<std::uint32_t> next(bucketStart.begin(), bucketStart.end() - 1);
        for (EventIndex i = 0; i < n; ++i) {
            const std::uint32_t hash = m_slugHashes[i];
            m_slugKeys[next[bucketOf(hash)]++] = std::uint64_t{hash} << 32 | i;
        }
    }
    std::vector<std::uint32_t>().swap(m_slugHashes);
    for (std::size_t b = 0; b + 1 < bucketStart.size(); ++b) {
        std::sort(m_slugKeys.begin() + bucketStart[b], m_slugKeys.begin() + bucketStart[b + 1]);
    }

    m_byRowId.clear();
    if (!m_rowIdsAscending) {
        m_byRowId.resize(n);
        for (EventIndex i = 0; i < n; ++i) {
            m_byRowId[i] = i;
        }
        std::sort(m_byRowId.begin(), m_byRowId.end(),
                  [this](EventIndex a, EventIndex b) { return m_rowId[a] < m_rowId[b]; });
    }
}

std::optional<EventIndex> Dataset::findBySlug(std::string_view s) const
{
    const std::uint64_t hash = slugHash(s);
    for (auto it = std::lower_bound(m_slugKeys.begin(), m_slugKeys.end(), hash << 32);
         it != m_slugKeys.end() && (*it >> 32) == hash; ++it) {
        const auto i = static_cast<EventIndex>(*it);
        if (slug(i) == s) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<EventIndex> Dataset::findByRowId(std::int64_t rowId) const
{
    if (m_rowIdsAscending) {
        const auto it = std::lower_bound(m_rowId.begin(), m_rowId.end(), rowId);
        if (it != m_rowId.end() && *it == rowId) {
            return static_cast<EventIndex>(it - m_rowId.begin());
        }
        return std::nullopt;
    }
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
