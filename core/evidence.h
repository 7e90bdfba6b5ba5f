#pragma once

// What the details pane and the source reader show: an event's citations,
// votes, actors and passages, and the sources passages come from. Fetched
// from SQLite on demand (see TimelineDatabase); plain values, no Qt.

#include "core/dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ict::core {

struct Citation {
    std::string symbol;     // UN document symbol, or empty
    std::string url;        // a URL, or empty
    std::string sourceSlug; // a source of this database, or empty
    std::string language;   // for symbols; "en" when not given
    std::string pinpoint;   // e.g. "operative paragraph 1"
    // https://docs.un.org/{language}/{symbol} for a symbol, else the URL.
    std::string link() const;
};

struct Vote {
    std::string stage; // first-committee, third-committee, plenary, committee, council
    std::optional<std::int64_t> inFavour, against, abstaining; // nullopt: not known
    bool withoutVote = false;
    std::string document; // the draft's symbol, if recorded
};

struct ActorRole {
    std::string code, name, type, role;
};

struct EventDetails {
    EventIndex index = 0;
    std::string slug, title, summary;
    std::string startText, endText; // EDTF as written; endText empty for a single date
    std::string kind, forumSlug, forumName, status, note;
    std::vector<std::string> topicSlugs; // primary topic first
    std::vector<ActorRole> actors;
    std::vector<Citation> citations;
    std::vector<Vote> votes;
    std::vector<EventIndex> related;
};

struct PassageInfo {
    std::int64_t id = 0;
    std::string slug;
    std::int64_t sourceId = 0;
    std::string sourceSlug;
    std::int64_t start = 0, end = 0; // code points into the source text, end exclusive
    std::string exact, prefix, suffix;
    std::string label, status, note;
    std::string relation; // supports / mentions / disputes, when read through an event
};

struct SourceInfo {
    std::int64_t id = 0;
    std::string slug, kind, title;
    bool titleReconstructed = false;
    std::string author;
    bool authorAttributed = false;
    std::string outlet, date, url, symbol, language, genre, sha256, attribution;
    std::string text; // the full text, UTF-8
};

struct DatabaseMeta {
    int schemaVersion = 0;
    std::string dataVersion, builtAt, generator;
};

} // namespace ict::core
