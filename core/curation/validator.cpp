#include "core/curation/validator.h"

#include "core/schema.h"
#include "core/sqlite.h"
#include "core/taxonomy.h"

#include <QCryptographicHash>

#include <algorithm>
#include <map>
#include <set>

namespace ict::core::curation {

bool isSlug(std::string_view id)
{
    if (id.empty()) {
        return false;
    }
    const auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
    return id.front() != '-' && std::all_of(id.begin(), id.end(), ok);
}

namespace {

bool isActorCode(std::string_view id)
{
    // ISO 3166-1 alpha-3 for states, slugs for the rest.
    const bool iso = id.size() == 3 && std::all_of(id.begin(), id.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return iso || isSlug(id);
}

std::string at(const Location &l)
{
    return l.file + ":" + std::to_string(l.line);
}

// Registers ids of one kind of record and reports duplicates with the place
// of the first definition.
class IdRegistry {
public:
    explicit IdRegistry(std::string kind) : m_kind(std::move(kind)) {}

    void add(const std::string &id, const Location &where, Diagnostics &d, bool (*wellFormed)(std::string_view) = isSlug)
    {
        if (id.empty()) {
            return; // already reported as a missing field
        }
        if (!wellFormed(id)) {
            d.push_back({where, m_kind + " id '" + id + "' is not a valid id (lower-case letters, digits and '-')"});
        }
        auto [it, inserted] = m_ids.emplace(id, where);
        if (!inserted) {
            d.push_back({where, "duplicate " + m_kind + " id '" + id + "' (first defined at " + at(it->second) + ")"});
        }
    }
    bool contains(const std::string &id) const { return m_ids.count(id) > 0; }

private:
    std::string m_kind;
    std::map<std::string, Location> m_ids;
};

std::string sha256Hex(const std::string &bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex().toStdString();
}

void validateTaxonomy(CuratedData &data, Diagnostics &d, IdRegistry &forums, IdRegistry &topics, IdRegistry &actors)
{
    for (const ForumRecord &f : data.forums) {
        const std::string what = "forum '" + f.id + "'";
        if (f.parent && !forums.contains(*f.parent)) {
            d.push_back({f.where, what + ": unknown parent forum '" + *f.parent + "' (a parent must come before its children)"});
        }
        forums.add(f.id, f.where, d);
    }
    for (const TopicRecord &t : data.topics) {
        topics.add(t.id, t.where, d);
    }
    if (data.topics.size() > 64) {
        d.push_back({{"topics.jsonl", 0}, "at most 64 topics are supported"});
    }
    for (const ActorRecord &a : data.actors) {
        actors.add(a.id, a.where, d, isActorCode);
        if (!inVocabulary(kActorTypes, a.type)) {
            d.push_back({a.where, "actor '" + a.id + "': unknown actor type '" + a.type + "'"});
        }
    }
}

void validateSources(CuratedData &data, Diagnostics &d, IdRegistry &sources)
{
    for (SourceRecord &s : data.sources) {
        const std::string what = "source '" + s.id + "'";
        sources.add(s.id, s.where, d);
        if (!s.kind.empty() && !inVocabulary(kSourceKinds, s.kind)) {
            d.push_back({s.where, what + ": unknown source kind '" + s.kind + "'"});
        }
        if (s.symbol && !isWellFormedUnSymbol(*s.symbol)) {
            d.push_back({s.where, what + ": malformed UN symbol '" + *s.symbol + "'"});
        }
        if (s.date) {
            if (auto r = parseEdtf(*s.date); !r) {
                d.push_back({s.where, what + ": " + r.error().message});
            }
        }
        if (!s.text.empty() || !s.file.empty()) {
            const std::string actual = sha256Hex(s.text);
            if (!s.sha256.empty() && actual != s.sha256) {
                d.push_back({s.where, what + ": sha256 mismatch for '" + s.file + "': expected " + s.sha256
                                          + ", file has " + actual});
            }
        }
    }
}

void validateCitation(const EventRecord &e, const CitationRecord &c, const IdRegistry &sources, Diagnostics &d)
{
    const std::string what = "event '" + e.id + "'";
    const int kinds = (c.symbol ? 1 : 0) + (c.url ? 1 : 0) + (c.source ? 1 : 0);
    if (kinds != 1) {
        d.push_back({e.where, what + ": a citation needs exactly one of 'symbol', 'url' or 'source'"});
        return;
    }
    if (c.symbol && !isWellFormedUnSymbol(*c.symbol)) {
        d.push_back({e.where, what + ": malformed UN symbol '" + *c.symbol + "'"});
    }
    if (c.url && c.url->rfind("http://", 0) != 0 && c.url->rfind("https://", 0) != 0) {
        d.push_back({e.where, what + ": citation URL '" + *c.url + "' must start with http:// or https://"});
    }
    if (c.source && !sources.contains(*c.source)) {
        d.push_back({e.where, what + ": unknown source '" + *c.source + "' in a citation"});
    }
}

void validateVotes(const EventRecord &e, Diagnostics &d)
{
    const std::string what = "event '" + e.id + "'";
    std::set<std::string> stages;
    for (const VoteRecord &v : e.votes) {
        if (!inVocabulary(kVoteStages, v.stage)) {
            d.push_back({e.where, what + ": unknown vote stage '" + v.stage + "'"});
        }
        if (!stages.insert(v.stage).second) {
            d.push_back({e.where, what + ": two votes for the stage '" + v.stage + "'"});
        }
        if (v.withoutVote && (v.inFavour || v.against || v.abstaining)) {
            d.push_back({e.where, what + ": a vote 'without_vote' cannot have counts (" + v.stage + ")"});
        }
        if (v.document && !isWellFormedUnSymbol(*v.document)) {
            d.push_back({e.where, what + ": malformed UN symbol '" + *v.document + "'"});
        }
    }
}

void validateEvents(CuratedData &data, Diagnostics &d, IdRegistry &events, const IdRegistry &forums,
                    const IdRegistry &topics, const IdRegistry &actors, const IdRegistry &sources)
{
    for (const EventRecord &e : data.events) {
        events.add(e.id, e.where, d);
    }
    for (EventRecord &e : data.events) {
        const std::string what = "event '" + e.id + "'";
        if (!e.start.empty()) {
            auto dates = e.end ? parseEdtfInterval(e.start, *e.end) : parseEdtf(e.start);
            if (dates) {
                e.dates = *dates;
                if (e.start.find('/') != std::string::npos) {
                    d.push_back({e.where, what + ": write an interval as 'start' and 'end', not as '" + e.start + "'"});
                }
            } else {
                d.push_back({e.where, what + ": " + dates.error().message});
            }
        }
        if (!e.kind.empty() && !eventKindFromSlug(e.kind)) {
            d.push_back({e.where, what + ": unknown kind '" + e.kind + "'"});
        }
        if (e.forum.empty()) {
            d.push_back({e.where, what + " has no forum"});
        } else if (!forums.contains(e.forum)) {
            d.push_back({e.where, what + ": unknown forum '" + e.forum + "'"});
        }
        if (e.topics.empty()) {
            d.push_back({e.where, what + " has no topic"});
        }
        std::set<std::string> seenTopics;
        for (const std::string &t : e.topics) {
            if (!topics.contains(t)) {
                d.push_back({e.where, what + ": unknown topic '" + t + "'"});
            } else if (!seenTopics.insert(t).second) {
                d.push_back({e.where, what + ": topic '" + t + "' listed twice"});
            }
        }
        for (const ActorLink &a : e.actors) {
            if (!actors.contains(a.actor)) {
                d.push_back({e.where, what + ": unknown actor '" + a.actor + "'"});
            }
            if (!inVocabulary(kActorRoles, a.role)) {
                d.push_back({e.where, what + ": unknown actor role '" + a.role + "'"});
            }
        }
        if (e.citations.empty()) {
            d.push_back({e.where, what + " has no citation"});
        }
        for (const CitationRecord &c : e.citations) {
            validateCitation(e, c, sources, d);
        }
        validateVotes(e, d);
        for (const std::string &r : e.related) {
            if (r == e.id) {
                d.push_back({e.where, what + " is related to itself"});
            } else if (!events.contains(r)) {
                d.push_back({e.where, what + ": unknown related event '" + r + "'"});
            }
        }
        if (!e.status.empty() && !verificationFromSlug(e.status)) {
            d.push_back({e.where, what + ": unknown status '" + e.status + "'"});
        }
    }
}

// Finds the quote in its source and records TextPositionSelector and
// TextQuoteSelector values. The quote must be unique: an ambiguous quote
// would make the link point at whichever copy the build happened to find.
void locatePassage(PassageRecord &p, const SourceRecord &source, Diagnostics &d)
{
    const std::string what = "passage '" + p.id + "'";
    const auto quote = codePointsFromUtf8(p.exact);
    if (!quote || quote->empty()) {
        d.push_back({p.where, what + ": the quote is empty or not valid UTF-8"});
        return;
    }
    const std::u32string &text = source.codePoints;
    const std::size_t first = text.find(*quote);
    if (first == std::u32string::npos) {
        d.push_back({p.where, what + ": quote not found in source '" + source.id
                                  + "' (check quotation marks, dashes and spaces: it must match character for character)"});
        return;
    }
    const std::size_t second = text.find(*quote, first + 1);
    if (second != std::u32string::npos) {
        d.push_back({p.where, what + ": quote found more than once in source '" + source.id + "' (at code points "
                                  + std::to_string(first) + " and " + std::to_string(second) + "); lengthen it"});
        return;
    }
    const std::size_t end = first + quote->size();
    const std::size_t prefixStart = first > kQuoteContext ? first - kQuoteContext : 0;
    p.start = static_cast<std::int64_t>(first);
    p.end = static_cast<std::int64_t>(end);
    p.prefix = utf8FromCodePoints(std::u32string_view(text).substr(prefixStart, first - prefixStart));
    p.suffix = utf8FromCodePoints(std::u32string_view(text).substr(end, kQuoteContext));
}

void validatePassages(CuratedData &data, Diagnostics &d, const IdRegistry &events)
{
    IdRegistry passages("passage");
    std::map<std::string, const SourceRecord *> sourceById;
    for (const SourceRecord &s : data.sources) {
        sourceById.emplace(s.id, &s);
    }
    for (PassageRecord &p : data.passages) {
        const std::string what = "passage '" + p.id + "'";
        passages.add(p.id, p.where, d);
        auto src = sourceById.find(p.source);
        if (src == sourceById.end()) {
            if (!p.source.empty()) {
                d.push_back({p.where, what + ": unknown source '" + p.source + "'"});
            }
        } else if (!p.exact.empty()) {
            locatePassage(p, *src->second, d);
        }
        if (!p.label.empty() && !inVocabulary(kPassageLabels, p.label)) {
            d.push_back({p.where, what + ": unknown label '" + p.label + "'"});
        }
        if (!p.status.empty() && !inVocabulary(kPassageStatuses, p.status)) {
            d.push_back({p.where, what + ": unknown status '" + p.status + "'"});
        }
        if (p.status == "disputed" && !p.note) {
            d.push_back({p.where, what + ": a disputed passage needs a note saying why"});
        }
        if (p.links.empty()) {
            d.push_back({p.where, what + " is linked to no event"});
        }
        std::set<std::string> linked;
        for (const PassageLink &l : p.links) {
            if (!events.contains(l.event)) {
                d.push_back({p.where, what + ": unknown event '" + l.event + "'"});
            } else if (!linked.insert(l.event).second) {
                d.push_back({p.where, what + ": linked twice to event '" + l.event + "'"});
            }
            if (!inVocabulary(kPassageRelations, l.relation)) {
                d.push_back({p.where, what + ": unknown relation '" + l.relation + "'"});
            }
        }
    }
}

} // namespace

void validate(CuratedData &data, Diagnostics &diagnostics)
{
    IdRegistry forums("forum"), topics("topic"), actors("actor"), sources("source"), events("event");
    validateTaxonomy(data, diagnostics, forums, topics, actors);
    validateSources(data, diagnostics, sources);
    validateEvents(data, diagnostics, events, forums, topics, actors, sources);
    validatePassages(data, diagnostics, events);
}

// ---- A built database file ---------------------------------------------------

namespace {

void checkDatabaseEvents(sql::Database &db, const Location &file, Diagnostics &d)
{
    auto stmt = db.prepare("SELECT slug, start_edtf, end_edtf, start_earliest, end_latest, "
                           "(SELECT count(*) FROM citation c WHERE c.event_id = e.id), "
                           "(SELECT count(*) FROM event_topic t WHERE t.event_id = e.id) FROM event e ORDER BY id");
    if (!stmt) {
        d.push_back({file, stmt.error().message});
        return;
    }
    while (true) {
        auto row = stmt->step();
        if (!row) {
            d.push_back({file, row.error().message});
            return;
        }
        if (!*row) {
            break;
        }
        const std::string what = "event '" + std::string(stmt->text(0)) + "'";
        const std::string start(stmt->text(1));
        auto end = stmt->optionalText(2);
        auto dates = end ? parseEdtfInterval(start, *end) : parseEdtf(start);
        if (!dates) {
            d.push_back({file, what + ": " + dates.error().message});
        } else if (dates->earliest() != stmt->int64(3) || dates->latest() != stmt->int64(4)) {
            d.push_back({file, what + ": stored day bounds do not match its EDTF dates"});
        }
        if (stmt->int64(5) == 0) {
            d.push_back({file, what + " has no citation"});
        }
        if (stmt->int64(6) == 0) {
            d.push_back({file, what + " has no topic"});
        }
    }
}

void checkDatabasePassages(sql::Database &db, const Location &file, Diagnostics &d)
{
    auto stmt = db.prepare("SELECT p.slug, s.slug, s.text, p.start_offset, p.end_offset, p.exact, p.prefix, p.suffix, "
                           "(SELECT count(*) FROM event_passage ep WHERE ep.passage_id = p.id) "
                           "FROM passage p JOIN source s ON s.id = p.source_id ORDER BY s.id, p.start_offset");
    if (!stmt) {
        d.push_back({file, stmt.error().message});
        return;
    }
    std::string currentSource;
    std::u32string text;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            d.push_back({file, row.error().message});
            return;
        }
        if (!*row) {
            break;
        }
        const std::string what = "passage '" + std::string(stmt->text(0)) + "'";
        if (stmt->text(1) != currentSource) {
            currentSource = std::string(stmt->text(1));
            text = codePointsFromUtf8(stmt->text(2)).value_or(std::u32string());
        }
        const auto start = stmt->int64(3);
        const auto end = stmt->int64(4);
        if (start < 0 || end <= start || static_cast<std::size_t>(end) > text.size()) {
            d.push_back({file, what + ": offsets " + std::to_string(start) + ".." + std::to_string(end)
                                   + " are outside source '" + currentSource + "'"});
            continue;
        }
        const auto s = static_cast<std::size_t>(start);
        const auto e = static_cast<std::size_t>(end);
        const std::u32string_view view(text);
        if (utf8FromCodePoints(view.substr(s, e - s)) != stmt->text(5)) {
            d.push_back({file, what + ": exact text is not at offsets " + std::to_string(start) + ".."
                                   + std::to_string(end) + " of source '" + currentSource + "'"});
        }
        const std::size_t prefixStart = s > kQuoteContext ? s - kQuoteContext : 0;
        if (utf8FromCodePoints(view.substr(prefixStart, s - prefixStart)) != stmt->text(6)) {
            d.push_back({file, what + ": prefix does not match the source text before the passage"});
        }
        if (utf8FromCodePoints(view.substr(e, kQuoteContext)) != stmt->text(7)) {
            d.push_back({file, what + ": suffix does not match the source text after the passage"});
        }
        if (stmt->int64(8) == 0) {
            d.push_back({file, what + " is linked to no event"});
        }
    }
}

void checkDatabaseSources(sql::Database &db, const Location &file, Diagnostics &d)
{
    auto stmt = db.prepare("SELECT slug, text, sha256 FROM source ORDER BY id");
    if (!stmt) {
        d.push_back({file, stmt.error().message});
        return;
    }
    auto checked = stmt->forEach([&](const sql::Statement &row) {
        if (sha256Hex(std::string(row.text(1))) != row.text(2)) {
            d.push_back({file, "source '" + std::string(row.text(0)) + "': sha256 mismatch"});
        }
    });
    if (!checked) {
        d.push_back({file, checked.error().message});
    }
}

} // namespace

Diagnostics validateDatabaseFile(const std::string &path)
{
    Diagnostics d;
    const Location file{path, 0};
    auto db = sql::Database::open(path, sql::Database::Mode::ReadOnly);
    if (!db) {
        d.push_back({file, db.error().message});
        return d;
    }
    auto version = db->scalarInt("PRAGMA user_version");
    if (!version) {
        d.push_back({file, version.error().message});
        return d;
    }
    if (*version != kSchemaVersion) {
        d.push_back({file, "schema version " + std::to_string(*version) + ", expected "
                               + std::to_string(kSchemaVersion)});
        return d;
    }
    for (const char *table : {"event", "passage", "source", "citation", "event_passage", "event_topic", "forum"}) {
        if (!db->hasTable(table)) {
            d.push_back({file, std::string("required table '") + table + "' is missing"});
        }
    }
    if (!d.empty()) {
        return d;
    }
    auto fk = db->prepare("PRAGMA foreign_key_check");
    if (!fk) {
        d.push_back({file, fk.error().message});
    } else if (auto row = fk->step(); !row) {
        d.push_back({file, row.error().message});
    } else if (*row) {
        d.push_back({file, "a row refers to a missing row (table " + std::string(fk->text(0)) + ")"});
    }
    checkDatabaseEvents(*db, file, d);
    checkDatabasePassages(*db, file, d);
    checkDatabaseSources(*db, file, d);
    return d;
}

} // namespace ict::core::curation
