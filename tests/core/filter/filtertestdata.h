#pragma once

// A nine-event Dataset and its actors, small enough to count every facet by
// hand (the expected numbers in eventfilter_test.cpp are worked out from the
// table below, not computed).
//
//  #  start        end          forum            kind                status    topics            actors
//  0  2010-01-10   =            unga-plenary     resolution-adopted  verified  threats           RUS
//  1  2012-06-01   2013-06-30   un-gge-2012      report-adopted      verified  norms, cbms       USA, RUS
//  2  2015-03-01   =            unga-c1          draft-tabled        partly    norms             RUS, CHN
//  3  2016-11-01   =            unga-c1          committee-vote      verified  norms, threats    USA
//  4  2018-12-05   =            unga-plenary     resolution-adopted  verified  norms             RUS (sponsor and
//  chair) 5  2019-01-01   2021-03-12   un-gge           session             unverif.  cbms              - 6  2020-05-01
//  =            osce             meeting             verified  cbms, cybercrime  FRA 7  2022-01-10   = unga-c1
//  draft-tabled        verified  norms             USA, FRA 8  2024-07-01   =            osce             statement
//  unverif.  -                 CHN
//
// Forum tree: unga (0) > unga-plenary (1), unga-c1 (2); un-gge (3) >
// un-gge-2012 (4); osce (5).

#include "core/civildate.h"
#include "core/dataset.h"
#include "core/filter/eventfilter.h"

#include <string>
#include <vector>

namespace ict::core::filter::testing {

enum FixtureForum : int { kUnga = 0, kPlenary = 1, kC1 = 2, kGge = 3, kGge2012 = 4, kOsce = 5 };
enum FixtureTopic : int { kThreats = 0, kNorms = 1, kCbms = 2, kCybercrime = 3 };

inline DayNumber day(int y, int m, int d)
{
    return daysFromCivil(y, m, d);
}

inline Dataset fixtureDataset()
{
    Dataset ds;
    ds.setTaxonomy({{"unga", "UN General Assembly", -1, {}}, {"unga-plenary", "Plenary", kUnga, "A/RES/"},
                       {"unga-c1", "First Committee", kUnga, "A/C.1/"}, {"un-gge", "GGEs", -1, {}},
                       {"un-gge-2012", "GGE 2012-2013", kGge, {}}, {"osce", "OSCE", -1, {}}},
        {{"threats", "Threats"}, {"norms", "Norms"}, {"cbms", "CBMs"}, {"cybercrime", "Cybercrime"}});
    struct Row {
        DayNumber start, end;
        int forum;
        EventKind kind;
        Verification status;
        std::vector<int> topics;
    };
    const std::vector<Row> rows = {
        {day(2010, 1, 10), day(2010, 1, 10), kPlenary, EventKind::ResolutionAdopted, Verification::Verified,
            {kThreats}},
        {day(2012, 6, 1), day(2013, 6, 30), kGge2012, EventKind::ReportAdopted, Verification::Verified,
            {kNorms, kCbms}},
        {day(2015, 3, 1), day(2015, 3, 1), kC1, EventKind::DraftTabled, Verification::PartlyVerified, {kNorms}},
        {day(2016, 11, 1), day(2016, 11, 1), kC1, EventKind::CommitteeVote, Verification::Verified, {kNorms, kThreats}},
        {day(2018, 12, 5), day(2018, 12, 5), kPlenary, EventKind::ResolutionAdopted, Verification::Verified, {kNorms}},
        {day(2019, 1, 1), day(2021, 3, 12), kGge, EventKind::Session, Verification::Unverified, {kCbms}},
        {day(2020, 5, 1), day(2020, 5, 1), kOsce, EventKind::Meeting, Verification::Verified, {kCbms, kCybercrime}},
        {day(2022, 1, 10), day(2022, 1, 10), kC1, EventKind::DraftTabled, Verification::Verified, {kNorms}},
        {day(2024, 7, 1), day(2024, 7, 1), kOsce, EventKind::Statement, Verification::Unverified, {}},
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::string slug = "event-";
        slug += std::to_string(i);
        Dataset::EventRecord r;
        r.rowId = static_cast<std::int64_t>(100 + i);
        r.slug = slug;
        r.title = slug;
        r.startText = "x";
        r.start = rows[i].start;
        r.end = rows[i].end;
        r.forum = static_cast<std::uint16_t>(rows[i].forum);
        r.kind = rows[i].kind;
        r.status = rows[i].status;
        ds.append(r);
        for (int t : rows[i].topics) {
            ds.addTopic(static_cast<EventIndex>(i), t);
        }
    }
    ds.finish();
    return ds;
}

// Actors given out of code order on purpose: FacetData sorts them.
inline FacetData fixtureFacets(std::size_t eventCount = 9)
{
    std::vector<ActorInfo> actors = {{"USA", "United States of America", "state"},
        {"RUS", "Russian Federation", "state"}, {"FRA", "France", "state"}, {"CHN", "China", "state"}};
    enum : ActorId { USA = 0, RUS = 1, FRA = 2, CHN = 3 };
    const std::vector<ActorLink> links = {{0, RUS}, {1, USA}, {1, RUS}, {2, CHN}, {2, RUS}, {3, USA}, {4, RUS},
        {4, RUS}, {6, FRA}, {7, FRA}, {7, USA}, {8, CHN}};
    return FacetData::fromLinks(eventCount, std::move(actors), links);
}

} // namespace ict::core::filter::testing
