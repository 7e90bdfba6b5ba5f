#pragma once

// Full-text search over a database's FTS5 indexes: events (title, summary),
// passages (the quoted text) and sources (title, full text).
//
// Users type a small query language, which translateQuery() turns into a
// safe FTS5 expression (every word and phrase becomes an FTS5 string, so no
// character the user types can reach FTS5's own syntax):
//
//   budapest convention      both words (implicit AND)
//   budap*                   prefix
//   "Budapest Convention"    phrase ("Budapest Conv"* : phrase with a prefix)
//   budapest OR cybercrime   either (OR in capitals, as in web search engines)
//   cybercrime -budapest     exclusion; also: cybercrime NOT budapest
//   AND                      accepted, and means what a space means
//
// Precedence: OR binds its neighbours first, so `a b OR c -d` is
// a AND (b OR c) AND NOT d. Case and diacritics fold through the index's
// tokenizer (unicode61, remove_diacritics 2): "Киберпреступ*" finds
// "киберпреступность", "budapest" finds "Budapest".
//
// Ordering: events first, then passages, then sources; within each kind by
// bm25 (title matches weigh ten times a summary or text match). Kinds are not
// merged by score because bm25 values from different tables use different
// corpus statistics and are not comparable; the app shows the kinds as
// groups. `limit` caps each kind separately, so a word found in many events
// still shows its passages.
//
// Speed: bm25 must look at every match, which for a word found in a third of
// a million events takes hundreds of milliseconds, however small the LIMIT.
// So each kind is probed first (the newest rankWindow() matches, by row id:
// cheap); when there are more, only those are ranked, by bm25 without its
// idf factor (ict_rank, registered on this connection). lastSummary() says
// which kinds were ranked that way. A one-word search at a million events
// then takes a few milliseconds. Prefix queries cost more (about 30 ms for
// a common stem at a million events): the FTS5 tables have no prefix index,
// so FTS5 merges the lists of every term with the prefix on each query.
// Phrases of two common words cost more too (positions must be compared).
//
// Not thread-safe: one SearchIndex per thread (each owns its connection).

#include "core/dataset.h"
#include "core/result.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ict::core {
class TimelineDatabase;
}

namespace ict::core::filter {

// Snippets mark matched words between these two control characters, which
// never occur in the curated text; snippetToHtml() turns them into <b></b>.
inline constexpr char kSnippetOpen = '\x01';
inline constexpr char kSnippetClose = '\x02';

enum class HitKind : std::uint8_t { Event, Passage, Source };

struct SearchHit {
    HitKind kind = HitKind::Event;
    // Event: an EventIndex into the Dataset. Passage: the passage's row id
    // (TimelineDatabase::passageById, eventsOf). Source: the source's row id
    // (TimelineDatabase::source).
    std::int64_t id = 0;
    // A few words around the best match, UTF-8, matches between kSnippetOpen
    // and kSnippetClose, elided parts as "…".
    std::string snippet;
    // bm25: more negative is a better match. Comparable within one kind only.
    double rank = 0.0;
    // What a result list heads the hit with: the event's title, or the title
    // of the source (for a passage, the source it quotes). Read with the hit
    // on a statement the index prepared once, so a list of a hundred results
    // prepares nothing per row.
    std::string title;
};

// The user's query as an FTS5 expression, or an InvalidArgument error whose
// message a person understands: "the query is empty", "the query has no
// words", "unbalanced quotes", "OR needs a word on each side", ... Never
// throws. Exposed so the app can check a query as it is typed.
Result<std::string> translateQuery(std::string_view userQuery);

// Escapes the snippet for rich text and turns the match markers into <b></b>.
QString snippetToHtml(std::string_view snippet);

// How the last search ranked each kind of hit.
struct SearchSummary {
    struct Kind {
        std::size_t hits = 0; // returned
        // True: every match was ranked by bm25, so these are the best hits.
        // False: more than SearchIndex::rankWindow() rows matched; the hits
        // are the best of the newest rankWindow() matches (highest row ids),
        // ranked by bm25 without idf. The app can say "many matches: add a
        // word or a filter".
        bool rankedAll = true;
    };
    Kind events, passages, sources;

    Kind &of(HitKind kind) { return kind == HitKind::Event ? events : kind == HitKind::Passage ? passages : sources; }
};

class SearchIndex {
public:
    // Opens a read-only connection of its own on db.path() and prepares the
    // three queries once. The index refers to db.dataset(): it must not
    // outlive `db`.
    static Result<SearchIndex> open(const TimelineDatabase &db);
    // The same for a database file whose events are loaded in `dataset`.
    static Result<SearchIndex> open(const std::string &path, const Dataset &dataset);

    SearchIndex(SearchIndex &&) noexcept;
    SearchIndex &operator=(SearchIndex &&) noexcept;
    ~SearchIndex();

    // Up to `limit` hits of each kind, in the order described above. A query
    // that cannot be translated is an InvalidArgument error (see
    // translateQuery); no match is an empty vector.
    Result<std::vector<SearchHit>> search(const std::string &userQuery, std::size_t limit);

    // Of the last search() (all zero after an error).
    const SearchSummary &lastSummary() const;
    // Matches per kind up to which ranking is exact (bm25 over all matches);
    // 4000 unless set (tests set it small).
    std::int64_t rankWindow() const;
    void setRankWindow(std::int64_t matches);

private:
    struct Impl;
    explicit SearchIndex(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ict::core::filter
