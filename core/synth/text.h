#pragma once

// Generated prose: event titles (40-90 code points) and summaries (150-300),
// source documents of a few KB, all from word lists and templates, so that
// full-text search, text layout and the details pane see text of realistic
// length and vocabulary. A little of it is not ASCII (curly quotes, dashes,
// accented names, a Russian term), as the curated data is, so code-point
// offsets and accent folding are exercised too.

#include "core/synth/random.h"
#include "core/synth/vocabulary.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ict::core::synth {

inline constexpr std::size_t kTitleMin = 40, kTitleMax = 90;
inline constexpr std::size_t kSummaryMin = 150, kSummaryMax = 300;

// What the text of one event or source talks about.
struct TextFacts {
    const ForumSpec *forum = nullptr;
    EventKind kind = EventKind::Other;
    int topic = 0; // primary topic (index into topics())
    int otherTopic = 0; // a second topic for the text, may equal `topic`
    int year = 2000;
    int session = 55; // the General Assembly session of the date
    int number = 1; // a resolution or document number
    std::string_view actor; // the state (or organisation) the text names
    std::string_view otherActor; // a second one
};

// Number of code points in UTF-8 text.
std::size_t codePointCount(std::string_view utf8);

// The byte offset `count` code points before (after) byte offset `at` of
// valid UTF-8 text, stopping at the start (end) of the text.
std::size_t codePointsBefore(std::string_view utf8, std::size_t at, std::size_t count);
std::size_t codePointsAfter(std::string_view utf8, std::size_t at, std::size_t count);

void appendTitle(std::string &out, Rng &rng, const TextFacts &facts);
void appendSummary(std::string &out, Rng &rng, const TextFacts &facts);

// A short description of the source document itself.
struct SourceMeta {
    std::string_view kind; // un-document, article, press-release, treaty, other
    std::string_view genre;
    std::string title;
    std::string author; // empty: none
    std::string_view outlet; // empty: none
};
SourceMeta makeSourceMeta(Rng &rng, const TextFacts &facts);

// A source text of about `targetBytes` bytes (never fewer than `minSentences`
// sentences). `sentences` holds each sentence's range [start, end) in code
// points (the offsets passages store) and in bytes (to cut the text without
// decoding it), and its paragraph, so passages can quote whole sentences.
struct SentenceSpan {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t byteStart = 0;
    std::uint32_t byteEnd = 0;
    std::uint32_t paragraph = 0;
};
void makeSourceText(std::string &text, std::vector<SentenceSpan> &sentences, Rng &rng, const TextFacts &facts,
    const SourceMeta &meta, std::size_t targetBytes, std::size_t minSentences);

// A well-formed UN document symbol in the forum's style (A/RES/74/247,
// A/C.1/74/L.11, A/70/174, A/AC.290/2021/CRP.2); false when the forum has no
// symbols of its own.
bool appendSymbol(std::string &out, Rng &rng, const TextFacts &facts);
// A draft's symbol: A/C.1/74/L.11, or A/74/L.27 for a plenary draft.
void appendDraftSymbol(std::string &out, Rng &rng, const TextFacts &facts);
// A web address in the forum's pattern.
void appendUrl(std::string &out, Rng &rng, const TextFacts &facts);
// The language of a symbol citation: mostly English, sometimes another
// official UN language.
std::string_view pickLanguage(Rng &rng);

} // namespace ict::core::synth
