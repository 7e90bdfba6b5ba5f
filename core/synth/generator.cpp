#include "core/synth/generator.h"

#include "core/curation/curatedtext.h"
#include "core/edtf.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "core/synth/dates.h"
#include "core/synth/random.h"
#include "core/synth/text.h"
#include "core/synth/vocabulary.h"

#include <QCryptographicHash>

#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>

namespace ict::core::synth {

namespace fs = std::filesystem;

namespace {

// Independent random streams (random.h: streamSeed); dates.cpp uses 1.
constexpr std::uint64_t kEventStream = 2;
constexpr std::uint64_t kSourceStream = 3;

// Not the clock: the file must depend on its arguments only. The epoch says
// "no build time" more plainly than any plausible-looking date would.
constexpr std::string_view kBuiltAt = "1970-01-01T00:00:00Z";

constexpr std::string_view kNotes[] = {
    "Date from press reports; the official record is not yet available.",
    "Vote counts from the press release; the meeting record was not consulted.",
    "Exact day uncertain; the report gives only the week.",
    "Attribution to the sponsor rests on secondary sources.",
};
constexpr std::string_view kPinpoints[] = {"operative paragraph 3", "operative paragraph 5", "preambular paragraph 2",
    "para. 12", "annex, section II", "p. 4"};

// ---- Binding rows ------------------------------------------------------------------

Result<void> bindValue(sql::Statement &s, int i, std::int64_t v)
{
    return s.bind(i, v);
}
Result<void> bindValue(sql::Statement &s, int i, std::string_view v)
{
    return s.bind(i, v);
}
Result<void> bindValue(sql::Statement &s, int i, const std::string &v)
{
    return s.bind(i, std::string_view(v));
}
Result<void> bindValue(sql::Statement &s, int i, const char *v)
{
    return s.bind(i, std::string_view(v));
}
Result<void> bindValue(sql::Statement &s, int i, std::nullopt_t)
{
    return s.bindNull(i);
}
template <typename T> Result<void> bindValue(sql::Statement &s, int i, const std::optional<T> &v)
{
    return v ? bindValue(s, i, *v) : s.bindNull(i);
}

// Binds `values` to ?1, ?2, ... and runs the statement: one line per row
// instead of one ICT_TRY per column.
template <typename... Values> Result<void> insert(sql::Statement &s, const Values &...values)
{
    int index = 0;
    Result<void> bound;
    ((bound = bound ? bindValue(s, ++index, values) : bound), ...);
    if (!bound) {
        return bound;
    }
    return s.run();
}

std::optional<std::string_view> someIf(bool present, std::string_view value)
{
    return present ? std::optional<std::string_view>(value) : std::nullopt;
}

std::string sha256Hex(std::string_view bytes)
{
    return QCryptographicHash::hash(
        QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

// ---- The writer -------------------------------------------------------------------

struct Statements {
    sql::Statement event, topic, actor, citation, vote, relation, source, passage, link;
};

Result<Statements> prepareStatements(sql::Database &db)
{
    // Column lists as in core/curation/databasewriter.cpp.
    auto event = db.prepare("INSERT INTO event (id, slug, title, summary, start_edtf, end_edtf, start_earliest, "
                            "start_latest, end_earliest, end_latest, kind, forum_id, status, note) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    auto topic = db.prepare("INSERT INTO event_topic (event_id, topic_id, position) VALUES (?1, ?2, ?3)");
    auto actor = db.prepare("INSERT INTO event_actor (event_id, actor_code, role) VALUES (?1, ?2, ?3)");
    auto citation = db.prepare("INSERT INTO citation (event_id, position, symbol, url, source_id, language, pinpoint) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto vote = db.prepare("INSERT INTO vote (event_id, stage, in_favour, against, abstaining, without_vote, document, "
                           "position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    auto relation = db.prepare("INSERT INTO event_relation (event_id, related_id) VALUES (?1, ?2)");
    auto source = db.prepare(
        "INSERT INTO source (id, slug, kind, title, title_reconstructed, author, author_attributed, outlet, date_edtf, "
        "url, symbol, language, genre, text, sha256, attribution) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    auto passage = db.prepare("INSERT INTO passage (id, slug, source_id, start_offset, end_offset, exact, prefix, "
                              "suffix, label, status, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    auto link = db.prepare("INSERT INTO event_passage (event_id, passage_id, relation) VALUES (?1, ?2, ?3)");
    for (auto *r : {&event, &topic, &actor, &citation, &vote, &relation, &source, &passage, &link}) {
        if (!*r) {
            return r->error();
        }
    }
    return Statements {std::move(*event), std::move(*topic), std::move(*actor), std::move(*citation), std::move(*vote),
        std::move(*relation), std::move(*source), std::move(*passage), std::move(*link)};
}

class Writer {
public:
    Writer(sql::Database &db, Statements statements, const Options &options)
        : m_db(db)
        , m_s(std::move(statements))
        , m_options(options)
    {
    }

    Result<Summary> run();

private:
    Result<void> insertTaxonomy();
    Result<void> insertBlock(std::int64_t block);
    Result<std::int64_t> insertSource(std::int64_t block, Rng &rng);
    Result<void> insertEvent(std::size_t index, std::int64_t sourceId);
    Result<void> insertActors(std::int64_t id, EventKind kind, Rng &rng, TextFacts &facts);
    Result<void> insertCitations(
        std::int64_t id, EventKind kind, std::int64_t sourceId, Rng &rng, const TextFacts &facts);
    Result<void> insertVotes(std::int64_t id, EventKind kind, Rng &rng, const TextFacts &facts);
    Result<void> insertPassages(std::int64_t block, std::int64_t sourceId, Rng &rng);
    Result<void> insertMeta();

    sql::Database &m_db;
    Statements m_s;
    const Options &m_options;
    std::vector<EventDraft> m_drafts;
    std::vector<std::int64_t> m_lastEventOfForum; // for event_relation: the previous event of the same forum
    std::int64_t m_sources = 0;
    std::int64_t m_passages = 0;
    // Scratch buffers, reused for every row so the loop does not allocate.
    std::string m_slug, m_title, m_summary, m_start, m_end, m_symbol, m_url, m_text;
    std::vector<SentenceSpan> m_sentences;
};

Result<void> Writer::insertTaxonomy()
{
    auto forum
        = m_db.prepare("INSERT INTO forum (id, slug, name, parent_id, symbol_prefix) VALUES (?1, ?2, ?3, ?4, ?5)");
    auto topic = m_db.prepare("INSERT INTO topic (id, slug, name) VALUES (?1, ?2, ?3)");
    auto actor = m_db.prepare("INSERT INTO actor (code, name, type) VALUES (?1, ?2, ?3)");
    for (auto *r : {&forum, &topic, &actor}) {
        if (!*r) {
            return r->error();
        }
    }
    // Ids are positions from 1, as the curated build numbers them.
    std::int64_t id = 0;
    for (const ForumSpec &f : forums()) {
        const auto prefix = someIf(!f.symbolPrefix.empty(), f.symbolPrefix);
        if (f.parent >= 0) {
            ICT_TRY(insert(*forum, ++id, f.slug, f.name, std::int64_t {f.parent} + 1, prefix));
        } else {
            ICT_TRY(insert(*forum, ++id, f.slug, f.name, std::nullopt, prefix));
        }
    }
    id = 0;
    for (const TopicSpec &t : topics()) {
        ICT_TRY(insert(*topic, ++id, t.slug, t.name));
    }
    for (const ActorSpec &a : actors()) {
        ICT_TRY(insert(*actor, a.code, a.name, a.type));
    }
    return {};
}

Result<Summary> Writer::run()
{
    m_drafts = drawEvents(static_cast<std::size_t>(m_options.events), m_options.seed);
    m_lastEventOfForum.assign(forums().size(), 0);
    ICT_TRY(insertTaxonomy());
    // Blocks of 50 events in start order, each with the source its passages
    // quote: the source comes first (citations refer to it), the passages
    // last (they link to the block's events).
    const std::int64_t blocks = (m_options.events + kEventsPerSource - 1) / kEventsPerSource;
    for (std::int64_t b = 0; b < blocks; ++b) {
        ICT_TRY(insertBlock(b));
    }
    ICT_TRY(insertMeta());
    return Summary {m_options.events, m_sources, m_passages};
}

Result<void> Writer::insertBlock(std::int64_t block)
{
    Rng rng(streamSeed(m_options.seed, kSourceStream, static_cast<std::uint64_t>(block)));
    auto sourceId = insertSource(block, rng);
    if (!sourceId) {
        return sourceId.error();
    }
    const std::int64_t first = block * kEventsPerSource;
    const std::int64_t last = std::min(m_options.events, first + kEventsPerSource);
    for (std::int64_t i = first; i < last; ++i) {
        ICT_TRY(insertEvent(static_cast<std::size_t>(i), *sourceId));
    }
    return insertPassages(block, *sourceId, rng);
}

TextFacts factsFor(const EventDraft &d, Rng &rng)
{
    TextFacts f;
    f.forum = &forums()[d.forum];
    f.kind = d.kind;
    f.year = startYear(d);
    // The General Assembly's session opens in September: session 74 runs
    // from September 2019 to September 2020.
    f.session = f.year - (civilFromDays(d.startDay).month >= 9 ? 1945 : 1946);
    f.number = rng.between(1, 330);
    const auto all = actors();
    f.actor = all[rng.index(kStateCount)].name;
    f.otherActor = all[rng.index(kStateCount)].name;
    return f;
}

Result<std::int64_t> Writer::insertSource(std::int64_t block, Rng &rng)
{
    const EventDraft &d = m_drafts[static_cast<std::size_t>(block * kEventsPerSource)];
    TextFacts facts = factsFor(d, rng);
    const auto &forum = *facts.forum;
    facts.topic = forum.topics[rng.index(forum.topics.size())];
    facts.otherTopic = static_cast<int>(rng.index(topics().size()));
    const SourceMeta meta = makeSourceMeta(rng, facts);
    const std::int64_t id = ++m_sources;
    const std::int64_t blockEvents = std::min(kEventsPerSource, m_options.events - block * kEventsPerSource);
    const auto passages = static_cast<std::size_t>(std::max<std::int64_t>(1, blockEvents / 10));
    makeSourceText(
        m_text, m_sentences, rng, facts, meta, static_cast<std::size_t>(rng.between(2000, 5000)), passages + 2);

    m_slug.assign("src-");
    m_slug += std::to_string(facts.year);
    m_slug += '-';
    m_slug += std::to_string(id);
    m_start.clear();
    appendEdtf(m_start, d.startDay, Precision::Day, Qualifier::None);
    m_symbol.clear();
    m_url.clear();
    const bool hasSymbol = meta.kind == "un-document" && appendSymbol(m_symbol, rng, facts);
    if (!hasSymbol) {
        appendUrl(m_url, rng, facts);
    }
    const bool reconstructed = rng.percent(5);
    const bool attributed = !meta.author.empty() && rng.percent(10);
    const std::optional<std::string_view> attribution = someIf(reconstructed || attributed,
        reconstructed ? "Title reconstructed from the covering press release."
                      : "Author attributed by the outlet's archive page.");
    ICT_TRY(insert(m_s.source, id, m_slug, meta.kind, meta.title, std::int64_t {reconstructed},
        someIf(!meta.author.empty(), meta.author), std::int64_t {attributed}, someIf(!meta.outlet.empty(), meta.outlet),
        m_start, someIf(!hasSymbol, m_url), someIf(hasSymbol, m_symbol), "en", meta.genre, m_text, sha256Hex(m_text),
        attribution));
    return id;
}

Result<void> Writer::insertEvent(std::size_t index, std::int64_t sourceId)
{
    const EventDraft &d = m_drafts[index];
    const auto id = static_cast<std::int64_t>(index) + 1;
    Rng rng(streamSeed(m_options.seed, kEventStream, index));
    TextFacts facts = factsFor(d, rng);
    const ForumSpec &forum = *facts.forum;

    // 1-3 topics, the first from those the forum favours.
    std::array<int, 3> topicIds {};
    const auto r = rng.below(100);
    const std::size_t topicCount = r < 50 ? 1 : r < 85 ? 2 : 3;
    topicIds[0] = forum.topics[rng.index(forum.topics.size())];
    for (std::size_t t = 1; t < topicCount; ++t) {
        int candidate = 0;
        do {
            candidate = static_cast<int>(rng.index(topics().size()));
        } while (std::find(topicIds.begin(), topicIds.begin() + static_cast<std::ptrdiff_t>(t), candidate)
            != topicIds.begin() + static_cast<std::ptrdiff_t>(t));
        topicIds[t] = candidate;
    }
    facts.topic = topicIds[0];
    facts.otherTopic = topicCount > 1 ? topicIds[1] : facts.topic;
    while (facts.otherTopic == facts.topic) {
        // A second topic for the prose only, so "X and its implications for
        // Y" never names the same subject twice.
        facts.otherTopic = static_cast<int>(rng.index(topics().size()));
    }

    m_title.clear();
    appendTitle(m_title, rng, facts);
    m_summary.clear();
    appendSummary(m_summary, rng, facts);
    m_slug.assign(forum.slug);
    m_slug += '-';
    m_slug += std::to_string(facts.year);
    m_slug += '-';
    m_slug += std::to_string(id);
    m_start.clear();
    startEdtf(m_start, d);
    m_end.clear();
    endEdtf(m_end, d);

    // The stored day bounds come from parsing the text, exactly as the
    // curated build and the validator derive them; a draft whose own bounds
    // disagree would be a bug in dates.cpp, and would break the sort order.
    auto dates = m_end.empty() ? parseEdtf(m_start) : parseEdtfInterval(m_start, m_end);
    if (!dates) {
        return makeError(ErrorCode::InvalidData, "generated an invalid date: " + dates.error().message);
    }
    if (dates->earliest() != d.startEarliest || dates->latest() != d.endLatest) {
        return makeError(ErrorCode::InvalidData,
            "generated dates " + m_start + " " + m_end + " whose bounds differ from the drawn ones");
    }
    const Edtf &e = *dates;
    const auto status = rng.below(100);
    const std::string_view statusSlug = status < 70 ? "verified" : status < 90 ? "partly-verified" : "unverified";
    const bool hasNote = status >= 70 && rng.percent(60);
    ICT_TRY(insert(m_s.event, id, m_slug, m_title, m_summary, m_start, someIf(!m_end.empty(), m_end), e.earliest(),
        e.startKind == EndKind::Date ? e.start.latest : e.earliest(),
        e.endKind == EndKind::Date ? e.end.earliest : e.latest(), e.latest(), slugOf(d.kind),
        std::int64_t {d.forum} + 1, statusSlug, someIf(hasNote, rng.pick(kNotes))));
    for (std::size_t t = 0; t < topicCount; ++t) {
        ICT_TRY(insert(m_s.topic, id, std::int64_t {topicIds[t]} + 1, static_cast<std::int64_t>(t)));
    }
    ICT_TRY(insertActors(id, d.kind, rng, facts));
    ICT_TRY(insertCitations(id, d.kind, sourceId, rng, facts));
    ICT_TRY(insertVotes(id, d.kind, rng, facts));
    std::int64_t &previous = m_lastEventOfForum[d.forum];
    if (previous > 0 && rng.percent(5)) {
        ICT_TRY(insert(m_s.relation, id, previous));
    }
    previous = id;
    return {};
}

Result<void> Writer::insertActors(std::int64_t id, EventKind kind, Rng &rng, TextFacts &facts)
{
    // Who takes part, by kind: sponsors of texts, states voting against,
    // chairs of meetings, authors of statements and publications.
    const auto all = actors();
    constexpr std::size_t kPeopleFrom = kStateCount + kOrganisationCount;
    std::string_view role;
    std::size_t count = 0;
    bool people = false;
    switch (kind) {
    case EventKind::ResolutionAdopted:
    case EventKind::DraftTabled:
        if (rng.percent(60)) {
            role = "sponsor";
            count = 1;
        }
        break;
    case EventKind::CommitteeVote:
        if (rng.percent(25)) {
            role = "voted-against";
            count = static_cast<std::size_t>(rng.between(1, 3));
        }
        break;
    case EventKind::Session:
    case EventKind::Meeting:
        if (rng.percent(25)) {
            role = "chair";
            count = 1;
            people = true;
        }
        break;
    case EventKind::Statement:
        if (rng.percent(70)) {
            role = "author";
            count = 1;
        }
        break;
    case EventKind::Publication:
        if (rng.percent(40)) {
            role = "author";
            count = 1;
            people = true;
        }
        break;
    default:
        break;
    }
    std::array<std::size_t, 4> chosen {};
    std::size_t n = 0;
    auto choose = [&](std::size_t from, std::size_t to) {
        std::size_t a = 0;
        do {
            a = from + rng.index(to - from);
        } while (std::find(chosen.begin(), chosen.begin() + static_cast<std::ptrdiff_t>(n), a)
            != chosen.begin() + static_cast<std::ptrdiff_t>(n));
        chosen[n++] = a;
        return a;
    };
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t a = people ? choose(kPeopleFrom, all.size()) : choose(0, kPeopleFrom);
        ICT_TRY(insert(m_s.actor, id, all[a].code, role));
        if (i == 0 && !people) {
            facts.actor = all[a].name; // the title names the actor the rows name
        }
    }
    if (role == "sponsor") {
        const int coSponsors = rng.between(0, 3);
        for (int i = 0; i < coSponsors; ++i) {
            ICT_TRY(insert(m_s.actor, id, all[choose(0, kPeopleFrom)].code, "co-sponsor"));
        }
    }
    return {};
}

Result<void> Writer::insertCitations(
    std::int64_t id, EventKind kind, std::int64_t sourceId, Rng &rng, const TextFacts &facts)
{
    const std::int64_t count = rng.percent(65) ? 1 : 2;
    for (std::int64_t position = 0; position < count; ++position) {
        const std::optional<std::string_view> pinpoint = someIf(rng.percent(20), rng.pick(kPinpoints));
        if (position == 0 && kind == EventKind::Publication && rng.percent(60)) {
            // The publication of the block's source document.
            ICT_TRY(insert(m_s.citation, id, position, std::nullopt, std::nullopt, sourceId, std::nullopt, pinpoint));
            continue;
        }
        const bool documentKind = kind == EventKind::ResolutionAdopted || kind == EventKind::DraftTabled
            || kind == EventKind::CommitteeVote || kind == EventKind::ReportAdopted || kind == EventKind::Session;
        m_symbol.clear();
        if ((position == 0 || rng.percent(30)) && (documentKind || rng.percent(25))
            && appendSymbol(m_symbol, rng, facts)) {
            ICT_TRY(
                insert(m_s.citation, id, position, m_symbol, std::nullopt, std::nullopt, pickLanguage(rng), pinpoint));
        } else {
            m_url.clear();
            appendUrl(m_url, rng, facts);
            ICT_TRY(insert(m_s.citation, id, position, std::nullopt, m_url, std::nullopt, std::nullopt, pinpoint));
        }
    }
    return {};
}

Result<void> Writer::insertVotes(std::int64_t id, EventKind kind, Rng &rng, const TextFacts &facts)
{
    const ForumSpec &forum = *facts.forum;
    const bool committee = forum.citations == CitationStyle::CommitteeL;
    std::int64_t position = 0;
    auto vote = [&](std::string_view stage, bool withDocument) -> Result<void> {
        m_symbol.clear();
        if (withDocument) {
            appendDraftSymbol(m_symbol, rng, facts);
        }
        // A count that is not known is NULL, never 0.
        auto count = [&](int lo, int hi) {
            return rng.percent(6) ? std::nullopt : std::optional<std::int64_t>(rng.between(lo, hi));
        };
        if (rng.percent(35)) {
            return insert(m_s.vote, id, stage, std::nullopt, std::nullopt, std::nullopt, std::int64_t {1},
                someIf(withDocument, m_symbol), position++);
        }
        const auto inFavour = count(90, 185);
        const auto against = count(1, 55);
        const auto abstaining = count(1, 35);
        return insert(m_s.vote, id, stage, inFavour, against, abstaining, std::int64_t {0},
            someIf(withDocument, m_symbol), position++);
    };
    if (kind == EventKind::CommitteeVote && rng.percent(75)) {
        const std::string_view stage = !committee ? "committee"
            : forum.slug == "unga-c3"             ? "third-committee"
                                                  : "first-committee";
        return vote(stage, rng.percent(70));
    }
    if (kind == EventKind::ResolutionAdopted && rng.percent(55)) {
        if (forum.slug == "unga-plenary" && rng.percent(35)) {
            ICT_TRY(vote(rng.percent(80) ? "first-committee" : "third-committee", true));
        }
        return vote(forum.slug == "osce" ? "council" : "plenary", rng.percent(40));
    }
    return {};
}

Result<void> Writer::insertPassages(std::int64_t block, std::int64_t sourceId, Rng &rng)
{
    const std::int64_t firstEvent = block * kEventsPerSource + 1;
    const std::int64_t blockEvents = std::min(kEventsPerSource, m_options.events - block * kEventsPerSource);
    const auto count = static_cast<std::size_t>(std::max<std::int64_t>(1, blockEvents / 10));
    const std::string_view text(m_text);
    const std::size_t sentences = m_sentences.size();
    for (std::size_t k = 0; k < count; ++k) {
        // One passage in each stretch of the text, so they never overlap.
        const std::size_t lo = k * sentences / count;
        const std::size_t hi = (k + 1) * sentences / count;
        const std::size_t first = lo + rng.index(hi - lo);
        std::size_t last = first;
        if (first + 1 < hi && m_sentences[first + 1].paragraph == m_sentences[first].paragraph && rng.percent(30)) {
            last = first + 1;
        }
        // Offsets count code points (TextPositionSelector); the quote and its
        // context are cut from the UTF-8 bytes directly, which is what the
        // validator checks against its own decoding of the text.
        const std::size_t byteStart = m_sentences[first].byteStart;
        const std::size_t byteEnd = m_sentences[last].byteEnd;
        const std::size_t prefixStart = codePointsBefore(text, byteStart, curation::kQuoteContext);
        const std::size_t suffixEnd = codePointsAfter(text, byteEnd, curation::kQuoteContext);
        const std::int64_t id = ++m_passages;
        m_slug.assign("src-");
        m_slug += std::to_string(sourceId);
        m_slug += "-p";
        m_slug += std::to_string(k + 1);
        const auto status = rng.below(100);
        const std::string_view statusSlug = status < 80 ? "verified" : status < 97 ? "unverified" : "disputed";
        constexpr std::string_view labels[] = {"record", "statement", "claim", "reported", "summary"};
        ICT_TRY(insert(m_s.passage, id, m_slug, sourceId, std::int64_t {m_sentences[first].start},
            std::int64_t {m_sentences[last].end}, text.substr(byteStart, byteEnd - byteStart),
            text.substr(prefixStart, byteStart - prefixStart), text.substr(byteEnd, suffixEnd - byteEnd),
            rng.pick(labels), statusSlug,
            someIf(statusSlug == "disputed", "Contradicted by the meeting record of the same day.")));
        const std::int64_t event = firstEvent + rng.below(static_cast<std::uint32_t>(blockEvents));
        const std::int64_t relation = rng.below(100);
        ICT_TRY(insert(m_s.link, event, id, relation < 70 ? "supports" : relation < 95 ? "mentions" : "disputes"));
        if (blockEvents > 1 && rng.percent(30)) {
            std::int64_t other = event;
            while (other == event) {
                other = firstEvent + rng.below(static_cast<std::uint32_t>(blockEvents));
            }
            ICT_TRY(insert(m_s.link, other, id, "mentions"));
        }
    }
    return {};
}

Result<void> Writer::insertMeta()
{
    auto stmt = m_db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)");
    if (!stmt) {
        return stmt.error();
    }
    const std::string events = std::to_string(m_options.events);
    const std::string seed = std::to_string(m_options.seed);
    const std::pair<std::string_view, std::string> rows[] = {
        {"schema_version", std::to_string(kSchemaVersion)},
        {"data_version", "synth-n" + events + "-s" + seed},
        {"built_at", std::string(kBuiltAt)},
        {"generator", m_options.generator + " synth --events " + events + " --seed " + seed},
    };
    for (const auto &[key, value] : rows) {
        ICT_TRY(insert(*stmt, key, value));
    }
    return {};
}

Result<Summary> writeInto(const std::string &path, const Options &options)
{
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
    if (!db) {
        return db.error();
    }
    // As in the curated build: one transaction, no journal (the file is
    // thrown away on any failure). Foreign keys are not checked row by row:
    // every reference points at a row written earlier by construction, and
    // `ictimeline-db validate` runs foreign_key_check on the result. A 1 GiB
    // page cache holds about a million events' pages until the commit, so
    // pages are not written twice; it is a limit, not an allocation.
    ICT_TRY(db->exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;"
                     "PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -1048576"));
    ICT_TRY(db->exec(kSchemaSql));
    ICT_TRY(db->exec("BEGIN"));
    auto statements = prepareStatements(*db);
    if (!statements) {
        return statements.error();
    }
    Writer writer(*db, std::move(*statements), options);
    auto summary = writer.run();
    if (!summary) {
        return summary.error();
    }
    // The full-text indexes are built once, from the finished tables: far
    // faster than keeping them up to date row by row. A 64 MiB term buffer
    // (FTS5 'hashsize', 1 MiB by default) writes each index in a few large
    // segments instead of hundreds of small ones that are then merged: 40 %
    // less time at a million events. The default is restored afterwards, so
    // the file behaves like a curated build if anyone writes to it.
    for (const std::string table : {"event_fts", "passage_fts", "source_fts"}) {
        const std::string command = "INSERT INTO " + table + "(" + table;
        ICT_TRY(db->exec(command + ", rank) VALUES ('hashsize', 67108864)"));
        ICT_TRY(db->exec(command + ") VALUES ('rebuild')"));
        ICT_TRY(db->exec(command + ", rank) VALUES ('hashsize', 1048576)"));
    }
    ICT_TRY(db->exec("COMMIT"));
    return summary;
}

} // namespace

Result<Summary> writeSyntheticDatabase(const Options &options, const std::string &outPath)
{
    if (options.events < 1 || options.events > kMaxEvents) {
        return makeError(ErrorCode::InvalidArgument,
            "the number of events must be between 1 and " + std::to_string(kMaxEvents) + ", not "
                + std::to_string(options.events));
    }
    const std::string tmp = outPath + ".tmp";
    std::error_code ec;
    fs::remove(tmp, ec);
    if (const fs::path parent = fs::path(outPath).parent_path(); !parent.empty()) {
        fs::create_directories(parent, ec);
    }
    Result<Summary> written = Summary {};
    try {
        written = writeInto(tmp, options);
    } catch (const std::exception &e) {
        // std::bad_alloc at ten million events on a small machine, mostly.
        written = makeError(ErrorCode::Io, std::string("out of resources: ") + e.what());
    }
    if (!written) {
        fs::remove(tmp, ec);
        Error e = written.error();
        e.message = "cannot write " + outPath + ": " + e.message;
        return e;
    }
    fs::rename(tmp, outPath, ec);
    if (ec) {
        fs::remove(tmp, ec);
        return makeError(ErrorCode::Io, "cannot move the new database into place at " + outPath + ": " + ec.message());
    }
    return written;
}

} // namespace ict::core::synth
