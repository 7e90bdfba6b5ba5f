#include "core/synth/vocabulary.h"

namespace ict::core::synth {

namespace {

// Topic indexes, in the order of topics() (and of db/topics.jsonl).
enum : std::uint8_t {
    Threats,
    Norms,
    InternationalLaw,
    Cbms,
    CapacityBuilding,
    InstitutionalDialogue,
    Cybercrime,
    InternetGovernance,
    MilitaryUse,
    HumanRights,
    Development,
};

// ---- Calendars ---------------------------------------------------------------
// Dates are typical, not historical: enough to make the timeline bunch up
// where the real one does.

constexpr SessionPattern kGeneralDebate[] = {{9, 20, 9, 1}};
// The plenary adopts the First and Third Committee drafts in early December.
constexpr SessionPattern kPlenary[] = {{12, 2, 22, 6}, {9, 14, 10, 1}, {3, 1, 120, 1}};
constexpr SessionPattern kFirstCommittee[] = {{10, 2, 36, 5}, {6, 1, 60, 1}};
constexpr SessionPattern kThirdCommittee[] = {{10, 1, 50, 5}, {4, 1, 60, 1}};
constexpr SessionPattern kGgeParent[] = {{7, 1, 60, 1}};
constexpr SessionPattern kGge[] = {{1, 13, 5, 2}, {4, 8, 5, 2}, {7, 13, 5, 3}, {8, 24, 5, 1}};
constexpr SessionPattern kOewg[] = {{9, 9, 5, 3}, {2, 10, 5, 2}, {3, 7, 5, 3}, {7, 24, 5, 3}, {12, 11, 5, 2}};
constexpr SessionPattern kMechanism[] = {{3, 23, 5, 2}, {7, 6, 5, 2}};
constexpr SessionPattern kAdHocCommittee[] = {{1, 16, 14, 3}, {5, 29, 12, 2}, {8, 28, 12, 3}};
constexpr SessionPattern kConvention[] = {{12, 22, 4, 2}, {10, 24, 3, 3}, {4, 1, 200, 1}};
constexpr SessionPattern kBudapest[] = {{11, 20, 5, 3}, {6, 8, 5, 2}, {1, 15, 340, 1}};
// The Permanent Council meets every week; the Ministerial Council in December.
constexpr SessionPattern kOsce[] = {{1, 10, 340, 3}, {12, 4, 3, 2}};
constexpr SessionPattern kSco[] = {{6, 10, 15, 3}, {9, 10, 60, 1}};
constexpr SessionPattern kNato[] = {{5, 27, 5, 2}, {6, 10, 20, 2}, {1, 15, 330, 1}};
constexpr SessionPattern kItu[] = {{10, 14, 20, 2}, {6, 1, 12, 2}, {3, 1, 200, 1}};
constexpr SessionPattern kIgf[] = {{11, 8, 35, 4}, {6, 10, 20, 1}};
constexpr SessionPattern kParisCall[] = {{11, 10, 4, 3}, {5, 1, 60, 1}};
constexpr SessionPattern kAllYear[] = {{1, 2, 362, 1}};

// ---- Favoured topics -----------------------------------------------------------

constexpr std::uint8_t kSecurityTopics[] = {Threats, Norms, InternationalLaw, Cbms, InstitutionalDialogue, MilitaryUse};
constexpr std::uint8_t kExpertTopics[] = {Norms, InternationalLaw, Cbms, Threats, CapacityBuilding};
constexpr std::uint8_t kWorkingGroupTopics[]
    = {InstitutionalDialogue, Norms, CapacityBuilding, Cbms, Threats, InternationalLaw};
constexpr std::uint8_t kCrimeTopics[] = {Cybercrime, Cybercrime, HumanRights, CapacityBuilding};
constexpr std::uint8_t kRegionalTopics[] = {Cbms, Threats, MilitaryUse, Norms};
constexpr std::uint8_t kGovernanceTopics[] = {InternetGovernance, Development, HumanRights, CapacityBuilding};
constexpr std::uint8_t kAnyTopic[] = {Threats, Norms, InternationalLaw, Cbms, CapacityBuilding, InstitutionalDialogue,
    Cybercrime, InternetGovernance, MilitaryUse, HumanRights, Development};

constexpr ForumSpec kForums[] = {
    {"unga", "UN General Assembly", "General Assembly", -1, {}, 1990, 2026, 2, kGeneralDebate, KindProfile::Assembly,
        CitationStyle::Url, "https://press.un.org/en/{y}/ga{n}.doc.htm", kSecurityTopics},
    {"unga-plenary", "UN General Assembly (plenary)", "General Assembly", 0, "A/RES/", 1998, 2026, 10, kPlenary,
        KindProfile::Assembly, CitationStyle::Resolution, "https://press.un.org/en/{y}/ga{n}.doc.htm", kAnyTopic},
    {"unga-c1", "UNGA First Committee (Disarmament and International Security)", "First Committee", 0, "A/C.1/", 1998,
        2026, 9, kFirstCommittee, KindProfile::Committee, CitationStyle::CommitteeL,
        "https://press.un.org/en/{y}/gadis{n}.doc.htm", kSecurityTopics},
    {"unga-c3", "UNGA Third Committee (Social, Humanitarian and Cultural)", "Third Committee", 0, "A/C.3/", 2001, 2026,
        5, kThirdCommittee, KindProfile::Committee, CitationStyle::CommitteeL,
        "https://press.un.org/en/{y}/gashc{n}.doc.htm", kCrimeTopics},
    {"un-gge", "UN Groups of Governmental Experts", "Groups of Governmental Experts", -1, {}, 2004, 2021, 1, kGgeParent,
        KindProfile::Experts, CitationStyle::GgeReport, "https://www.un.org/disarmament/ict-security/{y}/note-{n}",
        kExpertTopics},
    {"un-gge-2004", "UN Group of Governmental Experts 2004–2005", "Group of Governmental Experts", 4, {}, 2004, 2005, 8,
        kGge, KindProfile::Experts, CitationStyle::GgeReport,
        "https://www.un.org/disarmament/ict-security/{y}/session-{n}", kExpertTopics},
    {"un-gge-2009", "UN Group of Governmental Experts 2009–2010", "Group of Governmental Experts", 4, {}, 2009, 2010, 8,
        kGge, KindProfile::Experts, CitationStyle::GgeReport,
        "https://www.un.org/disarmament/ict-security/{y}/session-{n}", kExpertTopics},
    {"un-gge-2012", "UN Group of Governmental Experts 2012–2013", "Group of Governmental Experts", 4, {}, 2012, 2013, 8,
        kGge, KindProfile::Experts, CitationStyle::GgeReport,
        "https://www.un.org/disarmament/ict-security/{y}/session-{n}", kExpertTopics},
    {"un-gge-2014", "UN Group of Governmental Experts 2014–2015", "Group of Governmental Experts", 4, {}, 2014, 2015, 8,
        kGge, KindProfile::Experts, CitationStyle::GgeReport,
        "https://www.un.org/disarmament/ict-security/{y}/session-{n}", kExpertTopics},
    {"un-gge-2016", "UN Group of Governmental Experts 2016–2017", "Group of Governmental Experts", 4, {}, 2016, 2017, 8,
        kGge, KindProfile::Experts, CitationStyle::GgeReport,
        "https://www.un.org/disarmament/ict-security/{y}/session-{n}", kExpertTopics},
    {"un-gge-2019", "UN Group of Governmental Experts 2019–2021", "Group of Governmental Experts", 4, {}, 2019, 2021, 8,
        kGge, KindProfile::Experts, CitationStyle::GgeReport,
        "https://www.un.org/disarmament/ict-security/{y}/session-{n}", kExpertTopics},
    {"un-oewg-2019", "Open-ended Working Group 2019–2021", "Open-ended Working Group", -1, "A/AC.290/", 2019, 2021, 12,
        kOewg, KindProfile::WorkingGroup, CitationStyle::SubsidiaryDoc,
        "https://meetings.unoda.org/open-ended-working-group-on-ict/{y}/meeting-{n}", kWorkingGroupTopics},
    {"un-oewg-2021", "Open-ended Working Group 2021–2025", "Open-ended Working Group", -1, "A/AC.292/", 2021, 2025, 12,
        kOewg, KindProfile::WorkingGroup, CitationStyle::SubsidiaryDoc,
        "https://meetings.unoda.org/open-ended-working-group-on-ict/{y}/meeting-{n}", kWorkingGroupTopics},
    {"un-global-mechanism-ict", "Global Mechanism on ICT security (from 2026)", "Global Mechanism", -1, {}, 2026, 2026,
        12, kMechanism, KindProfile::WorkingGroup, CitationStyle::Url,
        "https://meetings.unoda.org/global-mechanism-ict/{y}/meeting-{n}", kWorkingGroupTopics},
    {"un-ahc-cybercrime",
        "Ad Hoc Committee on a comprehensive convention on countering the use of ICTs for "
        "criminal purposes",
        "Ad Hoc Committee", -1, "A/AC.291/", 2022, 2024, 12, kAdHocCommittee, KindProfile::Negotiation,
        CitationStyle::SubsidiaryDoc, "https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/session-{n}.html",
        kCrimeTopics},
    {"un-cybercrime-convention", "UN Convention against Cybercrime (treaty life: adoption, signature, ratification)",
        "Convention against Cybercrime", -1, {}, 2024, 2026, 6, kConvention, KindProfile::Treaty, CitationStyle::Url,
        "https://treaties.un.org/pages/cybercrime/{y}/{n}", kCrimeTopics},
    {"coe-budapest", "Council of Europe Convention on Cybercrime (Budapest)", "Budapest Convention Committee", -1, {},
        1997, 2026, 3, kBudapest, KindProfile::Treaty, CitationStyle::Url,
        "https://www.coe.int/en/web/cybercrime/-/news-{y}-{n}", kCrimeTopics},
    {"osce", "OSCE", "OSCE Permanent Council", -1, "PC.DEC/", 1995, 2026, 4, kOsce, KindProfile::Regional,
        CitationStyle::Url, "https://www.osce.org/permanent-council/{n}", kRegionalTopics},
    {"sco", "Shanghai Cooperation Organisation", "SCO", -1, {}, 2001, 2026, 3, kSco, KindProfile::Regional,
        CitationStyle::Url, "https://eng.sectsco.org/news/{y}{n}.html", kRegionalTopics},
    {"nato", "NATO and NATO CCDCOE", "NATO", -1, {}, 2002, 2026, 3, kNato, KindProfile::Regional, CitationStyle::Url,
        "https://www.nato.int/cps/en/natohq/news_{n}.htm", kRegionalTopics},
    {"itu", "International Telecommunication Union", "ITU", -1, {}, 1990, 2026, 3, kItu, KindProfile::Governance,
        CitationStyle::Url, "https://www.itu.int/en/mediacentre/Pages/{y}-PR{n}.aspx", kGovernanceTopics},
    {"igf", "Internet Governance Forum / WSIS", "Internet Governance Forum", -1, {}, 2003, 2026, 4, kIgf,
        KindProfile::Governance, CitationStyle::Url, "https://www.intgovforum.org/en/content/igf-{y}-session-{n}",
        kGovernanceTopics},
    {"paris-call", "Paris Call for Trust and Security in Cyberspace", "Paris Call", -1, {}, 2018, 2026, 2, kParisCall,
        KindProfile::Statements, CitationStyle::Url, "https://pariscall.international/en/news/{y}-{n}",
        kSecurityTopics},
    {"bilateral", "bilateral meetings and statements", "bilateral talks", -1, {}, 1990, 2026, 4, kAllYear,
        KindProfile::Statements, CitationStyle::Url, "https://mfa.example.org/{y}/statements/{n}", kAnyTopic},
    {"press", "opinion articles and press statements", "the press", -1, {}, 1990, 2026, 5, kAllYear, KindProfile::Press,
        CitationStyle::Url, "https://news.example.org/{y}/analysis/{n}", kAnyTopic},
};

// ---- Topics ----------------------------------------------------------------------

constexpr std::string_view kThreats[] = {"existing and potential threats in the ICT environment",
    "ransomware attacks on critical infrastructure", "malicious ICT activity against health-care facilities",
    "threats to the ICT supply chain", "the use of ICTs for terrorist purposes", "attacks on financial institutions"};
constexpr std::string_view kNorms[] = {"norms of responsible State behaviour", "voluntary, non-binding norms",
    "the protection of critical infrastructure", "the integrity of the supply chain",
    "responsible reporting of ICT vulnerabilities", "the eleven norms of the 2015 report"};
constexpr std::string_view kInternationalLaw[]
    = {"the application of international law in cyberspace", "State sovereignty in the information space",
        "international humanitarian law and ICT operations", "due diligence and State responsibility",
        "the peaceful settlement of ICT disputes", "the Charter of the United Nations in cyberspace"};
constexpr std::string_view kCbms[] = {"confidence-building measures", "a global directory of points of contact",
    "regional confidence-building measures", "transparency about national ICT doctrines",
    "crisis communication between CERTs", "notification of major ICT incidents"};
constexpr std::string_view kCapacityBuilding[]
    = {"capacity-building for developing States", "cyber capacity-building programmes",
        "training for diplomats on ICT security", "national computer emergency response teams",
        "gender-sensitive capacity-building", "a global ICT security cooperation portal"};
constexpr std::string_view kInstitutionalDialogue[] = {"regular institutional dialogue",
    "a permanent mechanism on ICT security", "the programme of action", "the future of the open-ended working group",
    "a single-track process under UN auspices", "the modalities of the global mechanism"};
constexpr std::string_view kCybercrime[]
    = {"countering the use of ICTs for criminal purposes", "a comprehensive convention on cybercrime",
        "cross-border access to electronic evidence", "mutual legal assistance in cybercrime cases",
        "online child sexual exploitation", "the criminalisation of illegal access"};
constexpr std::string_view kInternetGovernance[]
    = {"the governance of the Internet", "multistakeholder Internet governance", "the role of the ITU",
        "the public core of the Internet", "critical Internet resources", "the future of the WSIS process"};
constexpr std::string_view kMilitaryUse[] = {"the military use of ICTs", "the development of cyber weapons",
    "offensive cyber capabilities", "an arms race in the information space", "ICT operations in armed conflict",
    "international information security"};
constexpr std::string_view kHumanRights[]
    = {"human rights and privacy online", "the right to privacy in the digital age", "freedom of expression online",
        "Internet shutdowns", "surveillance technologies", "safeguards for personal data"};
constexpr std::string_view kDevelopment[]
    = {"the digital divide", "ICTs for sustainable development", "connectivity in least developed countries",
        "digital public infrastructure", "affordable broadband access", "digital skills for young people"};

constexpr TopicSpec kTopics[] = {
    {"threats", "Existing and potential threats", kThreats},
    {"norms", "Norms, rules and principles of responsible State behaviour", kNorms},
    {"international-law", "Application of international law", kInternationalLaw},
    {"cbms", "Confidence-building measures", kCbms},
    {"capacity-building", "Capacity-building", kCapacityBuilding},
    {"institutional-dialogue", "Regular institutional dialogue", kInstitutionalDialogue},
    {"cybercrime", "Countering the use of ICTs for criminal purposes", kCybercrime},
    {"internet-governance", "Internet governance", kInternetGovernance},
    {"military-use", "Military and political use of ICTs", kMilitaryUse},
    {"human-rights", "Human rights and privacy online", kHumanRights},
    {"development", "Digital divide and development", kDevelopment},
};

// ---- Actors: real states and organisations, invented people ---------------------

constexpr ActorSpec kActors[] = {
    {"BRA", "Brazil", "state"},
    {"CAN", "Canada", "state"},
    {"CHN", "China", "state"},
    {"CIV", "Côte d’Ivoire", "state"},
    {"DEU", "Germany", "state"},
    {"EGY", "Egypt", "state"},
    {"EST", "Estonia", "state"},
    {"FRA", "France", "state"},
    {"GBR", "United Kingdom of Great Britain and Northern Ireland", "state"},
    {"IND", "India", "state"},
    {"IRN", "Iran (Islamic Republic of)", "state"},
    {"KEN", "Kenya", "state"},
    {"MEX", "Mexico", "state"},
    {"RUS", "Russian Federation", "state"},
    {"SGP", "Singapore", "state"},
    {"TUR", "Türkiye", "state"},
    {"USA", "United States of America", "state"},
    {"ZAF", "South Africa", "state"},
    {"eu", "European Union", "organisation"},
    {"au", "African Union", "organisation"},
    {"asean", "Association of Southeast Asian Nations", "organisation"},
    {"lindqvist-maja", "Maja Lindqvist", "person"},
    {"okafor-chidi", "Chidi Okafor", "person"},
    {"sokolova-irina", "Irina Sokolova", "person"},
    {"moreau-etienne", "Étienne Moreau", "person"},
};

constexpr bool actorsAreGrouped()
{
    for (std::size_t i = 0; i < std::size(kActors); ++i) {
        const std::string_view expected = i < kStateCount ? "state"
            : i < kStateCount + kOrganisationCount        ? "organisation"
                                                          : "person";
        if (kActors[i].type != expected) {
            return false;
        }
    }
    return true;
}
static_assert(actorsAreGrouped(), "kStateCount and kOrganisationCount must match the actor table");

// ---- Kinds ----------------------------------------------------------------------

using K = EventKind;
constexpr KindWeight kAssembly[] = {{K::ResolutionAdopted, 50}, {K::Statement, 15}, {K::Meeting, 12},
    {K::DraftTabled, 8}, {K::ReportAdopted, 5}, {K::Other, 5}};
constexpr KindWeight kCommittee[]
    = {{K::CommitteeVote, 35}, {K::DraftTabled, 30}, {K::Statement, 25}, {K::Meeting, 10}};
constexpr KindWeight kExperts[] = {
    {K::Meeting, 40}, {K::Session, 25}, {K::ReportAdopted, 12}, {K::Statement, 10}, {K::Publication, 8}, {K::Other, 5}};
constexpr KindWeight kWorkingGroup[] = {{K::Statement, 35}, {K::Meeting, 30}, {K::Session, 15}, {K::ReportAdopted, 10},
    {K::Publication, 5}, {K::DraftTabled, 5}};
constexpr KindWeight kNegotiation[]
    = {{K::Statement, 30}, {K::Meeting, 25}, {K::Session, 20}, {K::DraftTabled, 20}, {K::TreatyAdopted, 5}};
constexpr KindWeight kTreaty[]
    = {{K::TreatySignature, 45}, {K::TreatyInForce, 20}, {K::Meeting, 20}, {K::TreatyAdopted, 5}, {K::Publication, 10}};
constexpr KindWeight kRegional[]
    = {{K::Meeting, 40}, {K::Statement, 30}, {K::Publication, 15}, {K::ResolutionAdopted, 5}, {K::Other, 10}};
constexpr KindWeight kGovernance[]
    = {{K::Meeting, 50}, {K::Publication, 25}, {K::Statement, 20}, {K::ResolutionAdopted, 5}};
constexpr KindWeight kStatements[] = {{K::Statement, 55}, {K::Meeting, 40}, {K::Other, 5}};
constexpr KindWeight kPress[] = {{K::Publication, 70}, {K::Statement, 25}, {K::Other, 5}};

} // namespace

std::span<const ForumSpec> forums()
{
    return kForums;
}

std::span<const TopicSpec> topics()
{
    return kTopics;
}

std::span<const ActorSpec> actors()
{
    return kActors;
}

std::span<const KindWeight> kindsOf(KindProfile profile)
{
    switch (profile) {
    case KindProfile::Assembly:
        return kAssembly;
    case KindProfile::Committee:
        return kCommittee;
    case KindProfile::Experts:
        return kExperts;
    case KindProfile::WorkingGroup:
        return kWorkingGroup;
    case KindProfile::Negotiation:
        return kNegotiation;
    case KindProfile::Treaty:
        return kTreaty;
    case KindProfile::Regional:
        return kRegional;
    case KindProfile::Governance:
        return kGovernance;
    case KindProfile::Statements:
        return kStatements;
    case KindProfile::Press:
        return kPress;
    }
    return kStatements;
}

} // namespace ict::core::synth
