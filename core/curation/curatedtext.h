#pragma once

// The curated data as written under db/, read into plain records that keep
// their file and line. readCuratedDirectory() only parses and type-checks;
// validate() (validator.h) checks the rules and fills in what the build
// derives: date bounds and passage offsets.

#include "core/curation/jsonlines.h"
#include "core/edtf.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ict::core::curation {

struct ForumRecord {
    Location where;
    std::string id, name;
    std::optional<std::string> parent, symbolPrefix;
};

struct TopicRecord {
    Location where;
    std::string id, name;
};

struct ActorRecord {
    Location where;
    std::string id, name, type;
};

struct SourceRecord {
    Location where;
    std::string id, kind, title;
    bool titleReconstructed = false;
    std::optional<std::string> author;
    bool authorAttributed = false;
    std::optional<std::string> outlet, date, url, symbol, language, genre, attribution;
    std::string file, sha256;
    std::string text;           // the file's bytes (UTF-8), read by the reader
    std::u32string codePoints;  // the same text as code points: passage offsets count these
};

struct CitationRecord {
    std::optional<std::string> symbol, url, source, language, pinpoint;
};

struct VoteRecord {
    std::string stage;
    std::optional<std::int64_t> inFavour, against, abstaining;
    bool withoutVote = false;
    std::optional<std::string> document;
};

struct ActorLink {
    std::string actor, role;
};

struct EventRecord {
    Location where;
    std::string id, title, summary, start;
    std::optional<std::string> end;
    std::string kind, forum;
    std::vector<std::string> topics;
    std::vector<ActorLink> actors;
    std::vector<CitationRecord> citations;
    std::vector<VoteRecord> votes;
    std::vector<std::string> related;
    std::string status;
    std::optional<std::string> note;
    Edtf dates; // derived by validate()
};

struct PassageLink {
    std::string event, relation;
};

struct PassageRecord {
    Location where;
    std::string id, source, exact, label, status;
    std::optional<std::string> note;
    std::vector<PassageLink> links;
    // Derived by validate(): TextPositionSelector and TextQuoteSelector.
    std::int64_t start = 0, end = 0; // code points, end exclusive
    std::string prefix, suffix;      // up to kQuoteContext code points
};

inline constexpr std::size_t kQuoteContext = 32;

struct CuratedData {
    std::vector<ForumRecord> forums;
    std::vector<TopicRecord> topics;
    std::vector<ActorRecord> actors;
    std::vector<SourceRecord> sources;
    std::vector<EventRecord> events;
    std::vector<PassageRecord> passages;
    std::string contentHash; // sha256 over every input file: the data version
};

// Reads db/ (see docs/data-format.md). Problems go to `diagnostics`; the
// records that could be read are returned either way.
CuratedData readCuratedDirectory(const std::filesystem::path &root, Diagnostics &diagnostics);

// UTF-8 <-> code points. fromUtf8 reports invalid UTF-8 by returning nullopt.
std::optional<std::u32string> codePointsFromUtf8(std::string_view utf8);
std::string utf8FromCodePoints(std::u32string_view codePoints);

} // namespace ict::core::curation
