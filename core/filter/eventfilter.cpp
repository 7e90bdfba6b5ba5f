#include "core/filter/eventfilter.h"

#include "core/edtf.h"
#include "core/sqlite.h"
#include "core/timelinedatabase.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace ict::core::filter {

// ---- FacetData -------------------------------------------------------------------

FacetData FacetData::fromLinks(std::size_t eventCount, std::vector<ActorInfo> actors, std::span<const ActorLink> links)
{
    FacetData out;
    // Sort actors by code, and remember where each given position went so the
    // links can be renumbered.
    std::vector<ActorId> order(actors.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = static_cast<ActorId>(i);
    }
    std::sort(order.begin(), order.end(), [&](ActorId a, ActorId b) { return actors[a].code < actors[b].code; });
    std::vector<ActorId> newIndex(actors.size());
    out.m_actors.reserve(actors.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = static_cast<ActorId>(i);
        out.m_actors.push_back(std::move(actors[order[i]]));
    }

    // Counting sort of the links by event: two passes, no per-event vectors.
    out.m_offsets.assign(eventCount + 1, 0);
    for (const ActorLink &l : links) {
        if (l.event < eventCount && l.actor < newIndex.size()) {
            ++out.m_offsets[std::size_t {l.event} + 1];
        }
    }
    for (std::size_t i = 0; i < eventCount; ++i) {
        out.m_offsets[i + 1] += out.m_offsets[i];
    }
    out.m_actorIds.resize(out.m_offsets[eventCount]);
    std::vector<std::uint32_t> cursor(out.m_offsets.begin(), out.m_offsets.end() - 1);
    for (const ActorLink &l : links) {
        if (l.event < eventCount && l.actor < newIndex.size()) {
            out.m_actorIds[cursor[l.event]++] = newIndex[l.actor];
        }
    }

    // An actor may hold several roles in one event (sponsor and chair): keep
    // it once, so counts count events, not roles. Compacts in place.
    std::uint32_t write = 0;
    for (std::size_t i = 0; i < eventCount; ++i) {
        const auto begin = out.m_actorIds.begin() + out.m_offsets[i];
        const auto end = out.m_actorIds.begin() + out.m_offsets[i + 1];
        std::sort(begin, end);
        const auto last = std::unique(begin, end);
        out.m_offsets[i] = write;
        for (auto it = begin; it != last; ++it) {
            out.m_actorIds[write++] = *it;
        }
    }
    out.m_offsets[eventCount] = write;
    out.m_actorIds.resize(write);
    out.m_actorIds.shrink_to_fit();
    out.m_linkEvents.resize(write);
    for (std::size_t i = 0; i < eventCount; ++i) {
        std::fill(out.m_linkEvents.begin() + out.m_offsets[i], out.m_linkEvents.begin() + out.m_offsets[i + 1],
            static_cast<EventIndex>(i));
    }
    return out;
}

Result<FacetData> FacetData::load(sql::Database &db, const Dataset &dataset)
{
    std::vector<ActorInfo> actors;
    {
        auto s = db.prepare("SELECT code, name, type FROM actor ORDER BY code");
        if (!s) {
            return s.error();
        }
        ICT_TRY(s->forEach([&](const sql::Statement &row) {
            actors.push_back({std::string(row.text(0)), std::string(row.text(1)), std::string(row.text(2))});
        }));
    }
    if (actors.size() > std::numeric_limits<ActorId>::max()) {
        return makeError(
            ErrorCode::InvalidData, "the database has more than 65535 actors, which this version cannot filter");
    }

    // Row ids are dense in the databases we build and synthesize, so a flat
    // table maps them to event indexes; otherwise fall back to binary search.
    const auto rowIds = dataset.rowIds();
    std::int64_t maxRowId = 0;
    for (auto id : rowIds) {
        maxRowId = std::max(maxRowId, id);
    }
    const bool dense
        = maxRowId >= 0 && static_cast<std::uint64_t>(maxRowId) <= 4 * std::uint64_t {rowIds.size()} + 1024;
    std::vector<EventIndex> indexOfRow;
    if (dense) {
        indexOfRow.assign(static_cast<std::size_t>(maxRowId) + 1, EventIndex(-1));
        for (EventIndex i = 0; i < rowIds.size(); ++i) {
            if (rowIds[i] >= 0) {
                indexOfRow[static_cast<std::size_t>(rowIds[i])] = i;
            }
        }
    }

    std::vector<ActorLink> links;
    {
        auto count = db.scalarInt("SELECT count(*) FROM event_actor");
        if (count) {
            links.reserve(static_cast<std::size_t>(*count));
        }
        // Actor codes are mapped by binary search over the sorted codes: no
        // join, no hashing; the table is read in its own (event) order.
        auto s = db.prepare("SELECT event_id, actor_code FROM event_actor");
        if (!s) {
            return s.error();
        }
        ICT_TRY(s->forEach([&](const sql::Statement &row) {
            const std::int64_t rowId = row.int64(0);
            EventIndex event = EventIndex(-1);
            if (dense) {
                if (rowId >= 0 && rowId <= maxRowId) {
                    event = indexOfRow[static_cast<std::size_t>(rowId)];
                }
            } else if (auto i = dataset.findByRowId(rowId)) {
                event = *i;
            }
            const std::string_view code = row.text(1);
            const auto it = std::lower_bound(
                actors.begin(), actors.end(), code, [](const ActorInfo &a, std::string_view c) { return a.code < c; });
            if (event != EventIndex(-1) && it != actors.end() && it->code == code) {
                links.push_back({event, static_cast<ActorId>(it - actors.begin())});
            }
        }));
    }
    // Actors are already sorted by code, so fromLinks keeps their positions.
    return fromLinks(dataset.size(), std::move(actors), links);
}

Result<FacetData> FacetData::load(const TimelineDatabase &db)
{
    auto conn = sql::Database::open(db.path(), sql::Database::Mode::ReadOnly);
    if (!conn) {
        return conn.error();
    }
    return load(*conn, db.dataset());
}

std::optional<ActorId> FacetData::actorIndex(std::string_view code) const
{
    const auto it = std::lower_bound(
        m_actors.begin(), m_actors.end(), code, [](const ActorInfo &a, std::string_view c) { return a.code < c; });
    if (it != m_actors.end() && it->code == code) {
        return static_cast<ActorId>(it - m_actors.begin());
    }
    return std::nullopt;
}

// ---- Evaluation ----------------------------------------------------------------------

namespace {

// One bit per constraint an event fails. Date is not a facet: failing it
// excludes the event from every count, as failing two facets does.
enum FailBit : unsigned {
    kFailForum = 1U << 0,
    kFailTopic = 1U << 1,
    kFailKind = 1U << 2,
    kFailStatus = 1U << 3,
    kFailActor = 1U << 4,
    kFailDate = 1U << 5,
};

// Walking up the forum tree; bounded by the number of forums so that a
// (corrupt) cycle cannot hang the filter.
template <typename F> void forEachAncestorOrSelf(const std::vector<Forum> &forums, std::size_t forum, F &&f)
{
    std::size_t steps = 0;
    for (int g = static_cast<int>(forum);
         g >= 0 && static_cast<std::size_t>(g) < forums.size() && steps <= forums.size();
         g = forums[static_cast<std::size_t>(g)].parent, ++steps) {
        f(static_cast<std::size_t>(g));
    }
}

// The FilterState turned into flat tables, so the per-event test is a few
// loads and bit operations.
struct CompiledFilter {
    // Indexed by forum, clamped to forumCount: the extra last entry stands for
    // a forum index the taxonomy does not know.
    std::vector<std::uint8_t> forumOk;
    std::size_t forumCount = 0;

    // All: (mask & topics) == topics; Any: (mask & topics) != 0. Inactive is
    // All with no topics, which every event passes.
    TopicMask topics = 0;
    bool topicAll = true;

    std::uint32_t kindBits = ~0U; // bit k: EventKind k allowed
    std::uint32_t statusBits = ~0U; // bit s: Verification s allowed

    std::vector<std::uint8_t> actorOk; // by ActorId
    bool actorActive = false;

    DayNumber from = std::numeric_limits<DayNumber>::min();
    DayNumber to = std::numeric_limits<DayNumber>::max();
};

CompiledFilter compile(const Dataset &dataset, const FacetData &facets, const FilterState &state)
{
    CompiledFilter c;
    const auto &forums = dataset.forumList();
    c.forumCount = forums.size();
    const bool forumActive = !state.forums.empty();
    c.forumOk.assign(c.forumCount + 1, forumActive ? 0 : 1);
    if (forumActive) {
        for (std::size_t g = 0; g < c.forumCount; ++g) {
            forEachAncestorOrSelf(forums, g, [&](std::size_t ancestor) {
                if (state.forums.count(static_cast<int>(ancestor)) != 0) {
                    c.forumOk[g] = 1;
                }
            });
        }
    }

    if (!state.topics.empty()) {
        c.topicAll = state.topicMatch == TopicMatch::All;
        bool impossible = false; // All with a topic no mask can hold
        for (int t : state.topics) {
            if (t >= 0 && t < 64) {
                c.topics |= TopicMask {1} << static_cast<unsigned>(t);
            } else {
                impossible = true;
            }
        }
        if (c.topicAll && impossible) {
            c.topicAll = false; // Any over no topics: nothing passes
            c.topics = 0;
        }
    }

    if (!state.kinds.empty()) {
        c.kindBits = 0;
        for (EventKind k : state.kinds) {
            c.kindBits |= 1U << (static_cast<unsigned>(k) & 31U);
        }
    }
    if (!state.statuses.empty()) {
        c.statusBits = 0;
        for (Verification v : state.statuses) {
            c.statusBits |= 1U << (static_cast<unsigned>(v) & 31U);
        }
    }

    c.actorActive = !state.actors.empty();
    c.actorOk.assign(facets.actors().size(), 0);
    for (const std::string &code : state.actors) {
        if (auto a = facets.actorIndex(code)) {
            c.actorOk[*a] = 1;
        }
    }

    if (state.from) {
        c.from = *state.from;
    }
    if (state.to) {
        c.to = *state.to;
    }
    return c;
}

// Counts over the full ranges of the small enums and topic bits, so the hot
// loop never bounds-checks; trimmed to the taxonomy at the end.
struct Tallies {
    std::size_t passing = 0;
    std::vector<std::uint32_t> forums; // forumCount + 1
    std::array<std::uint32_t, 64> topics {};
    std::array<std::uint32_t, 32> kinds {};
    std::array<std::uint32_t, 32> statuses {};
    std::vector<std::uint32_t> actors;
};

// Topic counting without a loop over each event's bits: byte b of
// kSpreadBits[x] is bit b of x, so adding kSpreadBits[one byte of a mask] to
// a 64-bit word bumps eight byte-wide counters at once (SWAR). The counters
// are flushed into the 32-bit tallies before a byte can overflow.
constexpr std::array<std::uint64_t, 256> makeSpreadBits()
{
    std::array<std::uint64_t, 256> table {};
    for (unsigned x = 0; x < 256; ++x) {
        for (unsigned b = 0; b < 8; ++b) {
            table[x] |= std::uint64_t {(x >> b) & 1U} << (8 * b);
        }
    }
    return table;
}
constexpr std::array<std::uint64_t, 256> kSpreadBits = makeSpreadBits();

class TopicCounter {
public:
    explicit TopicCounter(std::size_t topicCount)
        : m_groups((std::min<std::size_t>(topicCount, 64) + 7) / 8)
    {
    }

    void add(TopicMask m, std::array<std::uint32_t, 64> &tallies)
    {
        for (std::size_t g = 0; g < m_groups; ++g) {
            m_lanes[g] += kSpreadBits[(m >> (8 * g)) & 0xFFU];
        }
        if (++m_pending == 255) {
            flush(tallies);
        }
    }
    void flush(std::array<std::uint32_t, 64> &tallies)
    {
        for (std::size_t g = 0; g < m_groups; ++g) {
            for (std::size_t b = 0; b < 8; ++b) {
                tallies[8 * g + b] += static_cast<std::uint32_t>((m_lanes[g] >> (8 * b)) & 0xFFU);
            }
            m_lanes[g] = 0;
        }
        m_pending = 0;
    }

private:
    std::size_t m_groups;
    std::array<std::uint64_t, 8> m_lanes {};
    unsigned m_pending = 0;
};

// `hits[i]` = 1 when event i has a selected actor. A flat walk over the
// links: no inner loop per event, so no branch to mispredict.
void markActorHits(const FacetData &facets, const CompiledFilter &c, std::uint8_t *hits, std::size_t n)
{
    std::fill(hits, hits + n, std::uint8_t {0});
    const auto events = facets.linkEvents();
    const auto actors = facets.linkActors();
    const std::uint8_t *ok = c.actorOk.data();
    for (std::size_t j = 0; j < events.size(); ++j) {
        const EventIndex e = events[j];
        if (e < n) {
            hits[e] |= ok[actors[j]];
        }
    }
}

// The loop over the columns. `flags` holds, on entry, the actor hits when
// an actor filter is active (see markActorHits); on exit, flags[i] is 1 when
// event i passes (Count = false) or, when counting, when it passes every
// constraint but the actor one, so that countActors can tally it.
template <bool Count>
std::size_t evaluate(
    const Dataset &dataset, const CompiledFilter &c, std::uint8_t *flags, std::uint8_t *pass, Tallies *t)
{
    const std::size_t n = dataset.size();
    const DayNumber *starts = dataset.starts().data();
    const DayNumber *ends = dataset.ends().data();
    const std::uint16_t *forums = dataset.forums().data();
    const EventKind *kinds = dataset.kinds().data();
    const Verification *statuses = dataset.statuses().data();
    const TopicMask *masks = dataset.topicMasks().data();
    const std::uint8_t *forumOk = c.forumOk.data();
    const std::size_t forumClamp = c.forumCount;
    const bool actorActive = c.actorActive;
    const TopicMask topics = c.topics;
    const bool topicAll = c.topicAll;
    // In All mode adding a topic narrows, so topics count among the events
    // that pass everything; in Any mode among those that pass the rest.
    const unsigned topicLift = topicAll ? ~0U : ~kFailTopic;

    // Starts are sorted: nothing at or after `last` starts by c.to.
    const std::size_t last = static_cast<std::size_t>(std::upper_bound(starts, starts + n, c.to) - starts);
    std::fill(flags + last, flags + n, std::uint8_t {0});
    if (pass) {
        std::fill(pass + last, pass + n, std::uint8_t {0});
    }

    TopicCounter topicCounter(dataset.topicList().size());
    std::size_t passing = 0;
    for (std::size_t i = 0; i < last; ++i) {
        const std::size_t f = std::min<std::size_t>(forums[i], forumClamp);
        const unsigned k = static_cast<unsigned>(kinds[i]) & 31U;
        const unsigned s = static_cast<unsigned>(statuses[i]) & 31U;
        const TopicMask m = masks[i];
        const bool topicOk = topicAll ? (m & topics) == topics : (m & topics) != 0;
        const bool actorOk = !actorActive || flags[i] != 0;
        // Branch-free: every test is a load and a compare.
        const unsigned fail = (forumOk[f] ? 0U : kFailForum) | (topicOk ? 0U : kFailTopic)
            | (((c.kindBits >> k) & 1U) ? 0U : kFailKind) | (((c.statusBits >> s) & 1U) ? 0U : kFailStatus)
            | (actorOk ? 0U : kFailActor) | (ends[i] < c.from ? kFailDate : 0U);
        const std::uint8_t passes = fail == 0 ? 1 : 0;
        passing += passes;
        if constexpr (!Count) {
            flags[i] = passes;
        } else {
            if (pass) {
                pass[i] = passes;
            }
            // Each facet lifts its own constraint only: an event counts in
            // facet X when X is the only constraint it fails, or none.
            t->forums[f] += (fail & ~kFailForum) == 0 ? 1U : 0U;
            t->kinds[k] += (fail & ~kFailKind) == 0 ? 1U : 0U;
            t->statuses[s] += (fail & ~kFailStatus) == 0 ? 1U : 0U;
            flags[i] = (fail & ~kFailActor) == 0 ? 1 : 0;
            topicCounter.add((fail & topicLift) == 0 ? m : 0, t->topics);
        }
    }
    if constexpr (Count) {
        topicCounter.flush(t->topics);
    }
    return passing;
}

// Actor counts: every link of an event flagged by evaluate<true>.
void countActors(const FacetData &facets, const std::uint8_t *flags, std::size_t n, Tallies &t)
{
    const auto events = facets.linkEvents();
    const auto actors = facets.linkActors();
    std::uint32_t *counts = t.actors.data();
    for (std::size_t j = 0; j < events.size(); ++j) {
        const EventIndex e = events[j];
        if (e < n) {
            counts[actors[j]] += flags[e];
        }
    }
}

FacetCounts countsFrom(const Dataset &dataset, const CompiledFilter &c, const Tallies &t)
{
    FacetCounts out;
    out.passing = t.passing;
    const auto &forumList = dataset.forumList();
    out.forums.assign(t.forums.begin(), t.forums.begin() + static_cast<std::ptrdiff_t>(c.forumCount));
    out.forumsWithSubtree.assign(c.forumCount, 0);
    for (std::size_t g = 0; g < c.forumCount; ++g) {
        if (out.forums[g] != 0) {
            forEachAncestorOrSelf(forumList, g, [&](std::size_t a) { out.forumsWithSubtree[a] += out.forums[g]; });
        }
    }
    const std::size_t topicCount = std::min<std::size_t>(dataset.topicList().size(), 64);
    out.topics.assign(t.topics.begin(), t.topics.begin() + static_cast<std::ptrdiff_t>(topicCount));
    std::copy_n(t.kinds.begin(), out.kinds.size(), out.kinds.begin());
    std::copy_n(t.statuses.begin(), out.statuses.size(), out.statuses.begin());
    out.actors = t.actors;
    return out;
}

FacetCounts runCounts(const Dataset &dataset, const FacetData &facets, const FilterState &state, std::uint8_t *pass)
{
    const CompiledFilter c = compile(dataset, facets, state);
    const std::size_t n = dataset.size();
    Tallies t;
    t.forums.assign(c.forumCount + 1, 0);
    t.actors.assign(facets.actors().size(), 0);
    // One byte per event of scratch, per call (not per event).
    std::vector<std::uint8_t> flags(n);
    if (c.actorActive) {
        markActorHits(facets, c, flags.data(), n);
    }
    t.passing = evaluate<true>(dataset, c, flags.data(), pass, &t);
    countActors(facets, flags.data(), n, t);
    return countsFrom(dataset, c, t);
}

} // namespace

void computePassMask(
    const Dataset &dataset, const FacetData &facets, const FilterState &state, std::vector<std::uint8_t> &pass)
{
    pass.resize(dataset.size());
    if (state.isEmpty()) {
        std::fill(pass.begin(), pass.end(), std::uint8_t {1});
        return;
    }
    const CompiledFilter c = compile(dataset, facets, state);
    // The mask doubles as the actor-hit scratch: evaluate reads flags[i]
    // before it writes the verdict there.
    if (c.actorActive) {
        markActorHits(facets, c, pass.data(), pass.size());
    }
    evaluate<false>(dataset, c, pass.data(), nullptr, nullptr);
}

std::size_t passingCount(std::span<const std::uint8_t> pass)
{
    std::size_t n = 0;
    for (std::uint8_t p : pass) {
        n += p != 0 ? 1 : 0;
    }
    return n;
}

FacetCounts computeFacetCounts(const Dataset &dataset, const FacetData &facets, const FilterState &state)
{
    return runCounts(dataset, facets, state, nullptr);
}

FacetCounts computePassMaskAndFacetCounts(
    const Dataset &dataset, const FacetData &facets, const FilterState &state, std::vector<std::uint8_t> &pass)
{
    pass.resize(dataset.size());
    return runCounts(dataset, facets, state, pass.data());
}

// ---- Serialization ----------------------------------------------------------------------

namespace {

QStringList splitCsv(const QString &csv)
{
    QStringList out;
    for (const QString &part : csv.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty()) {
            out.push_back(item);
        }
    }
    return out;
}

bool sameSlug(const QString &typed, std::string_view slug)
{
    return QString::compare(
               typed, QString::fromUtf8(slug.data(), static_cast<qsizetype>(slug.size())), Qt::CaseInsensitive)
        == 0;
}

// "unknown forum 'x'" or "unknown forums 'x', 'y'".
void reportUnknown(std::string &problems, const char *singular, const char *plural, const QStringList &unknown)
{
    if (unknown.isEmpty()) {
        return;
    }
    if (!problems.empty()) {
        problems += "; ";
    }
    problems += "unknown ";
    problems += unknown.size() == 1 ? singular : plural;
    problems += ' ';
    for (qsizetype i = 0; i < unknown.size(); ++i) {
        if (i > 0) {
            problems += ", ";
        }
        problems += '\'' + unknown[i].toStdString() + '\'';
    }
}

template <std::size_t N, typename Enum>
void resolveVocabulary(
    const QString &csv, const std::array<std::string_view, N> &slugs, std::set<Enum> &out, QStringList &unknown)
{
    for (const QString &item : splitCsv(csv)) {
        bool found = false;
        for (std::size_t i = 0; i < N && !found; ++i) {
            if (sameSlug(item, slugs[i])) {
                out.insert(static_cast<Enum>(i));
                found = true;
            }
        }
        if (!found) {
            unknown.push_back(item);
        }
    }
}

void addProblem(std::string &problems, const std::string &problem)
{
    if (!problems.empty()) {
        problems += "; ";
    }
    problems += problem;
}

// An EDTF date for the filter's bound: its earliest day (from) or latest (to).
// An open or unknown side means no bound.
std::optional<DayNumber> parseBound(const QString &text, bool isFrom, std::string &problems)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    const std::string s = trimmed.toStdString();
    auto parsed = parseEdtf(s);
    if (!parsed) {
        addProblem(problems, std::string(isFrom ? "from: " : "to: ") + parsed.error().message);
        return std::nullopt;
    }
    const DayNumber day = isFrom ? parsed->earliest() : parsed->latest();
    if (day <= kMinDay || day >= kMaxDay) {
        return std::nullopt;
    }
    return day;
}

QString fourDigits(int year)
{
    return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

// The shortest EDTF that parses back to `day` as the given bound.
QString boundText(DayNumber day, bool isFrom)
{
    const CivilDate c = civilFromDays(day);
    if (c.year < 0 || c.year > 9999) {
        return {};
    }
    const bool yearEdge = isFrom ? (c.month == 1 && c.day == 1) : (c.month == 12 && c.day == 31);
    if (yearEdge) {
        return fourDigits(c.year);
    }
    QString month = fourDigits(c.year) + QLatin1Char('-') + QStringLiteral("%1").arg(c.month, 2, 10, QLatin1Char('0'));
    const bool monthEdge = isFrom ? c.day == 1 : c.day == daysInMonth(c.year, c.month);
    if (monthEdge) {
        return month;
    }
    return month + QLatin1Char('-') + QStringLiteral("%1").arg(c.day, 2, 10, QLatin1Char('0'));
}

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

void appendParam(QString &query, const char *key, const QStringList &values)
{
    if (values.isEmpty()) {
        return;
    }
    QStringList encoded;
    for (const QString &v : values) {
        encoded.push_back(QString::fromLatin1(QUrl::toPercentEncoding(v)));
    }
    if (!query.isEmpty()) {
        query += QLatin1Char('&');
    }
    query += QLatin1String(key) + QLatin1Char('=') + encoded.join(QLatin1Char(','));
}

} // namespace

Result<FilterState> fromArguments(const FilterArguments &arguments, const Dataset &dataset, const FacetData &facets)
{
    FilterState state;
    std::string problems;

    QStringList unknownForums;
    for (const QString &item : splitCsv(arguments.forums)) {
        const auto &forums = dataset.forumList();
        auto it = std::find_if(forums.begin(), forums.end(), [&](const Forum &f) { return sameSlug(item, f.slug); });
        if (it == forums.end()) {
            unknownForums.push_back(item);
        } else {
            state.forums.insert(static_cast<int>(it - forums.begin()));
        }
    }
    reportUnknown(problems, "forum", "forums", unknownForums);

    QStringList unknownTopics;
    for (const QString &item : splitCsv(arguments.topics)) {
        const auto &topics = dataset.topicList();
        auto it = std::find_if(topics.begin(), topics.end(), [&](const Topic &t) { return sameSlug(item, t.slug); });
        if (it == topics.end()) {
            unknownTopics.push_back(item);
        } else {
            state.topics.insert(static_cast<int>(it - topics.begin()));
        }
    }
    reportUnknown(problems, "topic", "topics", unknownTopics);

    QStringList unknownKinds;
    resolveVocabulary(arguments.kinds, kEventKindSlugs, state.kinds, unknownKinds);
    reportUnknown(problems, "event kind", "event kinds", unknownKinds);

    QStringList unknownActors;
    for (const QString &item : splitCsv(arguments.actors)) {
        const auto &actors = facets.actors();
        auto it
            = std::find_if(actors.begin(), actors.end(), [&](const ActorInfo &a) { return sameSlug(item, a.code); });
        if (it == actors.end()) {
            unknownActors.push_back(item);
        } else {
            state.actors.insert(it->code);
        }
    }
    reportUnknown(problems, "actor", "actors", unknownActors);

    QStringList unknownStatuses;
    resolveVocabulary(arguments.statuses, kVerificationSlugs, state.statuses, unknownStatuses);
    reportUnknown(problems, "status", "statuses", unknownStatuses);

    state.from = parseBound(arguments.from, true, problems);
    state.to = parseBound(arguments.to, false, problems);
    if (state.from && state.to && *state.from > *state.to) {
        addProblem(problems,
            "the date range is reversed: from " + arguments.from.trimmed().toStdString() + " is after to "
                + arguments.to.trimmed().toStdString());
    }

    const QString match = arguments.topicMatch.trimmed();
    if (match.isEmpty() || match.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0) {
        state.topicMatch = TopicMatch::Any;
    } else if (match.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        state.topicMatch = TopicMatch::All;
    } else {
        addProblem(problems, "unknown topic match '" + match.toStdString() + "' (use 'any' or 'all')");
    }

    if (!problems.empty()) {
        return makeError(ErrorCode::InvalidArgument, problems);
    }
    return state;
}

QString toQuery(const FilterState &state, const Dataset &dataset, const FacetData &facets)
{
    QString query;
    QStringList forums;
    for (int f : state.forums) {
        if (f >= 0 && static_cast<std::size_t>(f) < dataset.forumList().size()) {
            forums.push_back(fromStd(dataset.forumList()[static_cast<std::size_t>(f)].slug));
        }
    }
    appendParam(query, "forums", forums);
    QStringList topics;
    for (int t : state.topics) {
        if (t >= 0 && static_cast<std::size_t>(t) < dataset.topicList().size()) {
            topics.push_back(fromStd(dataset.topicList()[static_cast<std::size_t>(t)].slug));
        }
    }
    appendParam(query, "topics", topics);
    if (state.topicMatch == TopicMatch::All && !topics.isEmpty()) {
        appendParam(query, "match", {QStringLiteral("all")});
    }
    if (state.from) {
        const QString from = boundText(*state.from, true);
        if (!from.isEmpty()) {
            appendParam(query, "from", {from});
        }
    }
    if (state.to) {
        const QString to = boundText(*state.to, false);
        if (!to.isEmpty()) {
            appendParam(query, "to", {to});
        }
    }
    QStringList kinds;
    for (EventKind k : state.kinds) {
        kinds.push_back(fromStd(slugOf(k)));
    }
    appendParam(query, "kinds", kinds);
    QStringList actors;
    for (const std::string &code : state.actors) {
        // The database's spelling when it knows the actor; else as given.
        const auto a = facets.actorIndex(code);
        actors.push_back(fromStd(a ? facets.actors()[*a].code : code));
    }
    appendParam(query, "actors", actors);
    QStringList statuses;
    for (Verification v : state.statuses) {
        statuses.push_back(fromStd(slugOf(v)));
    }
    appendParam(query, "statuses", statuses);
    return query;
}

Result<FilterState> fromQuery(const QString &query, const Dataset &dataset, const FacetData &facets)
{
    FilterArguments args;
    QStringList unknownKeys;
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = QUrl::fromPercentEncoding(pair.left(eq < 0 ? pair.size() : eq).toUtf8());
        const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
        if (key == QLatin1String("forums")) {
            args.forums = value;
        } else if (key == QLatin1String("topics")) {
            args.topics = value;
        } else if (key == QLatin1String("match")) {
            args.topicMatch = value;
        } else if (key == QLatin1String("from")) {
            args.from = value;
        } else if (key == QLatin1String("to")) {
            args.to = value;
        } else if (key == QLatin1String("kinds")) {
            args.kinds = value;
        } else if (key == QLatin1String("actors")) {
            args.actors = value;
        } else if (key == QLatin1String("statuses")) {
            args.statuses = value;
        } else {
            unknownKeys.push_back(key);
        }
    }
    if (!unknownKeys.isEmpty()) {
        std::string problems;
        reportUnknown(problems, "filter key", "filter keys", unknownKeys);
        return makeError(ErrorCode::InvalidArgument,
            problems
                + " (known: forums, topics, match, from, to, kinds, "
                  "actors, statuses)");
    }
    return fromArguments(args, dataset, facets);
}

} // namespace ict::core::filter
