#include "core/synth/text.h"

#include <charconv>

namespace ict::core::synth {

namespace {

constexpr std::string_view kCities[] = {"New York", "Geneva", "Vienna", "Nairobi", "Singapore", "Moscow", "Brussels",
    "São Paulo", "Hanoi", "Paris", "Addis Ababa", "Tallinn", "Montréal", "Beijing", "Doha", "Bangkok"};
constexpr std::string_view kMeetingWords[] = {"informal consultations", "intersessional meeting", "expert briefing",
    "workshop", "roundtable", "open consultation", "high-level panel", "regional consultation"};
// The same, as a noun phrase with its article.
constexpr std::string_view kMeetingPhrases[]
    = {"informal consultations", "an intersessional meeting", "an expert briefing", "a workshop", "a roundtable",
        "an open consultation", "a high-level panel", "a regional consultation"};
static_assert(std::size(kMeetingWords) == std::size(kMeetingPhrases));
constexpr std::string_view kOrdinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth"};
constexpr std::string_view kOutlets[] = {"International Affairs Review", "Cyber Diplomacy Quarterly",
    "The Geneva Observer", "Security Dialogue Today", "Global Policy Monitor", "Eurasian Affairs Weekly"};
constexpr std::string_view kFirstNames[]
    = {"Anna", "Pedro", "Li", "Amina", "Oleg", "Sarah", "Kwame", "Elena", "Rahul", "Marta", "Jonas", "Yuki"};
constexpr std::string_view kLastNames[] = {
    "Petrova", "Silva", "Wei", "Diallo", "Novák", "Jensen", "Mensah", "García", "Sharma", "Kowalska", "Berg", "Tanaka"};
constexpr std::string_view kLanguages[]
    = {"en", "en", "en", "en", "en", "en", "en", "en", "en", "en", "en", "en", "en", "ru", "fr", "es", "zh", "ar"};

// ---- Templates ------------------------------------------------------------------
// {F} forum short name, {L} forum name, {T} a phrase of the primary topic,
// {U} of the second topic, {A} {B} actors, {S} session number, {s} its
// ordinal (74th), {N} a number, {Y} year, {C} city, {M} kind of meeting,
// {m} the same with its article, {O} ordinal word, {P} outlet.

constexpr std::string_view kResolutionTitles[] = {"{F} adopts resolution {S}/{N} on {T}",
    "Resolution on {T} adopted by the {F}", "{F} adopts without a vote a text on {T}"};
constexpr std::string_view kDraftTitles[] = {"{A} tables a draft resolution on {T}",
    "Draft on {T} submitted to the {F}", "Revised draft on {T} circulated in the {F}"};
constexpr std::string_view kVoteTitles[]
    = {"{F} votes on the draft resolution on {T}", "Recorded vote in the {F} on {T}", "{F} approves draft {N} on {T}"};
constexpr std::string_view kReportTitles[]
    = {"{F} adopts its report on {T}", "Consensus report of the {F} on {T}", "{O} progress report on {T} adopted"};
constexpr std::string_view kSessionTitles[]
    = {"{O} session of the {F}", "{F} session on {T}", "{F} convenes in {C} to discuss {T}"};
constexpr std::string_view kTreatyAdoptedTitles[]
    = {"{F} adopts the convention text on {T}", "Convention on {T} adopted in {C}"};
constexpr std::string_view kSignatureTitles[]
    = {"{A} signs the convention on {T}", "Signing ceremony in {C} for the convention on {T}"};
constexpr std::string_view kInForceTitles[]
    = {"Convention enters into force for {A}", "Instrument on {T} enters into force"};
constexpr std::string_view kMeetingTitles[] = {"{F} {M} on {T}", "{M} in {C} on {T}", "{A} hosts {m} on {T}"};
constexpr std::string_view kStatementTitles[]
    = {"{A} statement on {T}", "{A} addresses the {F} on {T}", "Joint statement on {T} by {A} and partners"};
constexpr std::string_view kPublicationTitles[]
    = {"{P} publishes an analysis of {T}", "New study on {T} released in {C}", "{F} background paper on {T}"};
constexpr std::string_view kOtherTitles[] = {"{F} note on {T}", "Side event on {T} in {C}"};

constexpr std::string_view kTitlePadding[] = {" in {C}", " ({Y})", ": {O} round"};

constexpr std::string_view kResolutionOpenings[] = {"The {L} adopted resolution {S}/{N} on {T} without a vote.",
    "The {L} adopted resolution {S}/{N} on {T} by a recorded vote.",
    "At its {s} session the {L} adopted a resolution on {T}."};
constexpr std::string_view kDraftOpenings[] = {"{A} introduced a draft resolution on {T} in the {L}.",
    "A draft on {T}, sponsored by {A} and {B}, was circulated in the {L}."};
constexpr std::string_view kVoteOpenings[]
    = {"The {L} voted on a draft resolution on {T}, which was approved by a recorded vote.",
        "In a recorded vote the {L} approved the draft on {T} sponsored by {A}."};
constexpr std::string_view kReportOpenings[] = {"The {L} adopted by consensus a report on {T} and {U}.",
    "After a final round in {C}, the {L} agreed its report on {T}."};
constexpr std::string_view kSessionOpenings[] = {"The {L} held its {O} session in {C}, with a focus on {T}.",
    "Delegations gathered in {C} for the {O} session of the {L} to discuss {T}."};
constexpr std::string_view kTreatyOpenings[]
    = {"The convention’s provisions on {T} were at the centre of the ceremony in {C}.",
        "{A} deposited its instrument, citing the provisions on {T}."};
constexpr std::string_view kMeetingOpenings[]
    = {"Delegates met in {C} for {m} on {T}, organised by the {L}.", "The {L} convened {m} on {T} in {C}."};
constexpr std::string_view kStatementOpenings[] = {"{A} delivered a statement on {T} at the {L}.",
    "Speaking at the {L}, the delegation of {A} set out its position on {T}."};
constexpr std::string_view kPublicationOpenings[] = {"{P} published an analysis of {T} and its implications for {U}.",
    "A study released in {C} examines {T} in the work of the {L}."};
constexpr std::string_view kOtherOpenings[]
    = {"The {L} circulated a note on {T}.", "A side event in {C} looked at {T}."};

constexpr std::string_view kFollowUps[] = {
    "Delegations stressed the need for progress on {U}.",
    "Several States called for further work on {U}, while others preferred to wait for the next report.",
    "The text requests the Secretary-General to report on {U} at the {s} session.",
    "Speakers linked {T} to {U}.",
    "{A} and {B} expressed reservations about the language on {U}.",
    "The chair’s summary notes broad support for {U}.",
    "Observers described the outcome as a modest step forward.",
    "Civil-society participants raised concerns about {U}.",
    "The decision followed three rounds of informal consultations in {C}.",
    "The delegation of {B} — speaking for a group of States — welcomed the outcome.",
    "In Russian-language documents, {T} falls under «международная информационная безопасность».",
};

constexpr std::string_view kSourceSentences[] = {
    "The {L} recalled that {T} remains a matter of concern for all States.",
    "Member States reaffirmed that international law, and in particular the Charter of the United Nations, "
    "applies to {T}.",
    "The representative of {A} said that {U} could not be separated from {T}.",
    "At its {s} session, the General Assembly took note of the progress made on {T}.",
    "Several delegations — among them {A} and {B} — proposed that {U} be addressed in a separate track.",
    "“We cannot afford a fragmented approach to {T},” the representative of {A} told the meeting.",
    "The Group recommends that States consider {U} as a matter of priority.",
    "{A} expressed its readiness to share national experience on {T}.",
    "The Secretariat was requested to compile the views of Member States on {U} before the {s} session.",
    "Participants noted that the discussion on {T} had matured considerably since {Y}.",
    "The chair’s summary, issued under the chair’s own responsibility, lists {U} among the areas of convergence.",
    "Russian-language documents refer to the subject as «международная информационная безопасность».",
    "The meeting in {C} heard briefings from experts on {T} and {U}.",
    "Developing States stressed that {U} requires predictable and sustainable funding.",
    "A number of States reserved their position on the paragraph concerning {T}.",
    "{B} called for a legally binding instrument on {T}, a proposal that others did not support.",
    "The text was adopted at the {O} meeting, held in {C} in {Y}.",
    "Observers from civil society and the private sector contributed written input on {U}.",
    "The delegation of {A} noted that the {F} had taken up {T} for the first time in {Y}.",
    "Experts from {C} presented a survey of national practice on {U}.",
};

constexpr std::string_view kUnDocumentTitles[] = {"Report of the {L} on {T}", "Note by the Secretary-General on {T}",
    "Letter from the Permanent Representative of {A} on {T}", "Chair’s summary of the {O} session of the {F}"};
constexpr std::string_view kArticleTitles[]
    = {"Why {T} matters for {U}", "The long road to {T}", "{A} and the politics of {T}"};
constexpr std::string_view kPressTitles[] = {"{F} concludes debate on {T}", "{F} approves drafts on {T} and {U}"};
constexpr std::string_view kTreatyTitles[] = {"Convention on {T}"};
constexpr std::string_view kOtherSourceTitles[] = {"Summary of the {M} on {T}"};

// Words a cut title must not end on.
constexpr std::string_view kDanglingWords[] = {
    "on", "of", "the", "and", "in", "for", "a", "an", "to", "by", "at", "against", "with", "from", "about", "between"};

void appendNumber(std::string &out, int value)
{
    char buf[16];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, r.ptr);
}

void appendOrdinalNumber(std::string &out, int n)
{
    appendNumber(out, n);
    const int lastTwo = n % 100;
    const int last = n % 10;
    if (lastTwo >= 11 && lastTwo <= 13) {
        out += "th";
    } else {
        out += last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    }
}

std::string_view topicPhrase(Rng &rng, int topic)
{
    return rng.pick(topics()[static_cast<std::size_t>(topic)].phrases);
}

void expand(std::string &out, std::string_view pattern, Rng &rng, const TextFacts &f)
{
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{' || i + 2 >= pattern.size() || pattern[i + 2] != '}') {
            out += pattern[i];
            continue;
        }
        switch (pattern[i + 1]) {
        case 'F':
            out += f.forum->shortName;
            break;
        case 'L':
            out += f.forum->name;
            break;
        case 'T':
            out += topicPhrase(rng, f.topic);
            break;
        case 'U':
            out += topicPhrase(rng, f.otherTopic);
            break;
        case 'A':
            out += f.actor;
            break;
        case 'B':
            out += f.otherActor;
            break;
        case 'S':
            appendNumber(out, f.session);
            break;
        case 's':
            appendOrdinalNumber(out, f.session);
            break;
        case 'N':
            appendNumber(out, f.number);
            break;
        case 'Y':
            appendNumber(out, f.year);
            break;
        case 'C':
            out += rng.pick(kCities);
            break;
        case 'M':
            out += rng.pick(kMeetingWords);
            break;
        case 'm':
            out += rng.pick(kMeetingPhrases);
            break;
        case 'O':
            out += rng.pick(kOrdinals);
            break;
        case 'P':
            out += rng.pick(kOutlets);
            break;
        default:
            out.append(pattern.substr(i, 3));
            break;
        }
        i += 2;
    }
}

void capitalise(std::string &s, std::size_t at)
{
    if (at < s.size() && s[at] >= 'a' && s[at] <= 'z') {
        s[at] = static_cast<char>(s[at] - 'a' + 'A');
    }
}

// The byte offset just after the first `n` code points of s (s.size() if shorter).
std::size_t byteOffsetOfCodePoint(std::string_view s, std::size_t n)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0U) != 0x80U) {
            if (count == n) {
                return i;
            }
            ++count;
        }
    }
    return s.size();
}

// Cuts s (from byte `from` on) to at most `maxCodePoints` code points at a
// word boundary, dropping words a phrase cannot end on.
void cutAtWord(std::string &s, std::size_t from, std::size_t maxCodePoints)
{
    const std::size_t limit = from + byteOffsetOfCodePoint(std::string_view(s).substr(from), maxCodePoints);
    if (limit >= s.size()) {
        return;
    }
    std::size_t cut = s.rfind(' ', limit);
    if (cut == std::string::npos || cut <= from) {
        cut = limit; // one very long word: cannot happen with these word lists
    }
    s.resize(cut);
    while (true) {
        while (!s.empty() && s.size() > from && (s.back() == ',' || s.back() == ' ' || s.back() == ':')) {
            s.pop_back();
        }
        const std::size_t space = s.rfind(' ');
        if (space == std::string::npos || space < from) {
            return;
        }
        const std::string_view last = std::string_view(s).substr(space + 1);
        bool dangling = false;
        for (auto w : kDanglingWords) {
            dangling = dangling || last == w;
        }
        if (!dangling) {
            return;
        }
        s.resize(space);
    }
}

std::span<const std::string_view> titlesOf(EventKind kind)
{
    switch (kind) {
    case EventKind::ResolutionAdopted:
        return kResolutionTitles;
    case EventKind::DraftTabled:
        return kDraftTitles;
    case EventKind::CommitteeVote:
        return kVoteTitles;
    case EventKind::ReportAdopted:
        return kReportTitles;
    case EventKind::Session:
        return kSessionTitles;
    case EventKind::TreatyAdopted:
        return kTreatyAdoptedTitles;
    case EventKind::TreatySignature:
        return kSignatureTitles;
    case EventKind::TreatyInForce:
        return kInForceTitles;
    case EventKind::Meeting:
        return kMeetingTitles;
    case EventKind::Statement:
        return kStatementTitles;
    case EventKind::Publication:
        return kPublicationTitles;
    case EventKind::Other:
        break;
    }
    return kOtherTitles;
}

std::span<const std::string_view> openingsOf(EventKind kind)
{
    switch (kind) {
    case EventKind::ResolutionAdopted:
        return kResolutionOpenings;
    case EventKind::DraftTabled:
        return kDraftOpenings;
    case EventKind::CommitteeVote:
        return kVoteOpenings;
    case EventKind::ReportAdopted:
        return kReportOpenings;
    case EventKind::Session:
        return kSessionOpenings;
    case EventKind::TreatyAdopted:
    case EventKind::TreatySignature:
    case EventKind::TreatyInForce:
        return kTreatyOpenings;
    case EventKind::Meeting:
        return kMeetingOpenings;
    case EventKind::Statement:
        return kStatementOpenings;
    case EventKind::Publication:
        return kPublicationOpenings;
    case EventKind::Other:
        break;
    }
    return kOtherOpenings;
}

} // namespace

std::size_t codePointCount(std::string_view utf8)
{
    std::size_t n = 0;
    for (char c : utf8) {
        n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    }
    return n;
}

std::size_t codePointsBefore(std::string_view utf8, std::size_t at, std::size_t count)
{
    for (std::size_t n = 0; n < count && at > 0; ++n) {
        do {
            --at;
        } while (at > 0 && (static_cast<unsigned char>(utf8[at]) & 0xC0U) == 0x80U);
    }
    return at;
}

std::size_t codePointsAfter(std::string_view utf8, std::size_t at, std::size_t count)
{
    for (std::size_t n = 0; n < count && at < utf8.size(); ++n) {
        do {
            ++at;
        } while (at < utf8.size() && (static_cast<unsigned char>(utf8[at]) & 0xC0U) == 0x80U);
    }
    return at;
}

void appendTitle(std::string &out, Rng &rng, const TextFacts &facts)
{
    const std::size_t begin = out.size();
    // A title that comes out too long is drawn again (other template, other
    // phrases) before it is cut, so few titles end mid-phrase.
    for (int attempt = 0; attempt < 4; ++attempt) {
        out.resize(begin);
        expand(out, rng.pick(titlesOf(facts.kind)), rng, facts);
        if (codePointCount(std::string_view(out).substr(begin)) <= kTitleMax) {
            break;
        }
    }
    for (std::size_t i = 0; codePointCount(std::string_view(out).substr(begin)) < kTitleMin; ++i) {
        expand(out, kTitlePadding[i % std::size(kTitlePadding)], rng, facts);
    }
    cutAtWord(out, begin, kTitleMax);
    capitalise(out, begin);
}

void appendSummary(std::string &out, Rng &rng, const TextFacts &facts)
{
    const std::size_t begin = out.size();
    expand(out, rng.pick(openingsOf(facts.kind)), rng, facts);
    capitalise(out, begin);
    std::string sentence;
    // Sentences are added while they fit; a handful of tries always reaches
    // the minimum, since no follow-up is longer than 110 code points.
    for (int attempt = 0; attempt < 12; ++attempt) {
        const std::size_t length = codePointCount(std::string_view(out).substr(begin));
        if (length >= kSummaryMin && (length >= kSummaryMin + 60 || rng.percent(50))) {
            break;
        }
        sentence.clear();
        sentence += ' ';
        expand(sentence, rng.pick(kFollowUps), rng, facts);
        if (length + codePointCount(sentence) <= kSummaryMax) {
            out += sentence;
        }
    }
    if (codePointCount(std::string_view(out).substr(begin)) < kSummaryMin) {
        out += " Observers described the outcome as a modest step forward, and the next meeting is expected to "
               "return to the question.";
        cutAtWord(out, begin, kSummaryMax - 1);
        out += '.';
    }
}

SourceMeta makeSourceMeta(Rng &rng, const TextFacts &facts)
{
    SourceMeta m;
    const auto r = rng.below(100);
    std::span<const std::string_view> titles;
    if (r < 45) {
        m.kind = "un-document";
        constexpr std::string_view genres[] = {"report", "note", "letter", "chair's summary"};
        const std::size_t which = rng.index(std::size(genres));
        m.genre = genres[which];
        titles = std::span<const std::string_view>(kUnDocumentTitles).subspan(which, 1);
        m.outlet = "United Nations";
    } else if (r < 70) {
        m.kind = "article";
        constexpr std::string_view genres[] = {"op-ed", "analysis", "interview"};
        m.genre = rng.pick(genres);
        titles = kArticleTitles;
        m.author = rng.pick(kFirstNames);
        m.author += ' ';
        m.author += rng.pick(kLastNames);
        m.outlet = rng.pick(kOutlets);
    } else if (r < 90) {
        m.kind = "press-release";
        m.genre = "press release";
        titles = kPressTitles;
        m.outlet = facts.forum->shortName;
    } else if (r < 93) {
        m.kind = "treaty";
        m.genre = "treaty";
        titles = kTreatyTitles;
    } else {
        m.kind = "other";
        m.genre = "summary";
        titles = kOtherSourceTitles;
    }
    expand(m.title, rng.pick(titles), rng, facts);
    capitalise(m.title, 0);
    return m;
}

void makeSourceText(std::string &text, std::vector<SentenceSpan> &sentences, Rng &rng, const TextFacts &facts,
    const SourceMeta &meta, std::size_t targetBytes, std::size_t minSentences)
{
    text.clear();
    sentences.clear();
    text += meta.title;
    text += "\n\n";
    std::size_t codePoints = codePointCount(text);
    const bool numbered = meta.kind == "un-document";
    TextFacts f = facts;
    std::uint32_t paragraph = 0;
    std::string sentence;
    while (text.size() < targetBytes || sentences.size() < minSentences) {
        if (paragraph > 0) {
            text += "\n\n";
            codePoints += 2;
        }
        ++paragraph;
        if (numbered) {
            const std::size_t before = text.size();
            appendNumber(text, static_cast<int>(paragraph));
            text += ". ";
            codePoints += text.size() - before;
        }
        const int count = rng.between(2, 4);
        for (int i = 0; i < count; ++i) {
            if (i > 0) {
                text += ' ';
                ++codePoints;
            }
            // Each sentence talks about a topic of its own, so the text reads
            // less like one template repeated.
            f.otherTopic = static_cast<int>(rng.index(topics().size()));
            sentence.clear();
            expand(sentence, rng.pick(kSourceSentences), rng, f);
            capitalise(sentence, 0);
            const std::size_t length = codePointCount(sentence);
            sentences.push_back({static_cast<std::uint32_t>(codePoints),
                static_cast<std::uint32_t>(codePoints + length), static_cast<std::uint32_t>(text.size()),
                static_cast<std::uint32_t>(text.size() + sentence.size()), paragraph});
            text += sentence;
            codePoints += length;
        }
    }
    text += '\n';
}

bool appendSymbol(std::string &out, Rng &rng, const TextFacts &facts)
{
    const ForumSpec &forum = *facts.forum;
    switch (forum.citations) {
    case CitationStyle::Resolution:
        out += "A/RES/";
        appendNumber(out, facts.session);
        out += '/';
        appendNumber(out, facts.number);
        return true;
    case CitationStyle::CommitteeL:
        appendDraftSymbol(out, rng, facts);
        return true;
    case CitationStyle::GgeReport:
        out += "A/";
        appendNumber(out, facts.session);
        out += '/';
        appendNumber(out, facts.number);
        return true;
    case CitationStyle::SubsidiaryDoc: {
        out += forum.symbolPrefix;
        appendNumber(out, facts.year);
        const auto r = rng.below(3);
        out += r == 0 ? "/CRP." : r == 1 ? "/INF/" : "/";
        appendNumber(out, rng.between(1, 12));
        return true;
    }
    case CitationStyle::Url:
        break;
    }
    return false;
}

void appendDraftSymbol(std::string &out, Rng &rng, const TextFacts &facts)
{
    const std::string_view prefix
        = facts.forum->citations == CitationStyle::CommitteeL ? facts.forum->symbolPrefix : std::string_view("A/");
    out += prefix;
    appendNumber(out, facts.session);
    out += "/L.";
    appendNumber(out, rng.between(1, 75));
    if (rng.percent(15)) {
        out += "/Rev.1";
    }
}

void appendUrl(std::string &out, Rng &rng, const TextFacts &facts)
{
    const std::string_view pattern = facts.forum->urlPattern;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern.substr(i, 3) == "{y}") {
            appendNumber(out, facts.year);
            i += 2;
        } else if (pattern.substr(i, 3) == "{n}") {
            appendNumber(out, rng.between(1000, 99999));
            i += 2;
        } else {
            out += pattern[i];
        }
    }
}

std::string_view pickLanguage(Rng &rng)
{
    return rng.pick(kLanguages);
}

} // namespace ict::core::synth
