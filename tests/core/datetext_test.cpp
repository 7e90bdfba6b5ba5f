#include "core/datetext.h"
#include "core/navigationhistory.h"

#include <gtest/gtest.h>

using namespace ict::core;

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kRussian(QLocale::Russian, QLocale::Russia);

std::string words(std::string_view start, std::string_view end = {}, const QLocale &locale = kEnglish)
{
    return describeDates(start, end, locale).toStdString();
}
} // namespace

TEST(DateText, DescribesEachPrecision)
{
    EXPECT_EQ(words("1998-12-04"), "4 December 1998");
    EXPECT_EQ(words("1998-12"), "December 1998");
    EXPECT_EQ(words("2011"), "2011");
    EXPECT_EQ(words("201X"), "2010–2019");
}

TEST(DateText, PutsUncertaintyIntoWords)
{
    EXPECT_EQ(words("2023~"), "about 2023");
    EXPECT_EQ(words("2017-06?"), "June 2017 (uncertain)");
    EXPECT_EQ(words("2004-06%"), "about June 2004 (uncertain)");
}

TEST(DateText, ShortensIntervalsLikeAnEditor)
{
    EXPECT_EQ(words("2019-06-03", "2019-06-04"), "3–4 June 2019");
    EXPECT_EQ(words("2024-07-29", "2024-08-09"), "29 July – 9 August 2024");
    EXPECT_EQ(words("2009-11", "2010-07"), "November 2009 – July 2010");
    EXPECT_EQ(words("2025-10-25", ".."), "from 25 October 2025");
    EXPECT_EQ(words("2004", "2005"), "2004 – 2005");
}

TEST(DateText, UsesTheLocalesMonthNames)
{
    EXPECT_EQ(words("1998-12-04", {}, kRussian), "4 декабря 1998");
    EXPECT_EQ(words("1998-12", {}, kRussian), "декабрь 1998");
}

TEST(DateText, UsesTheGenitiveMonthAfterAPreposition)
{
    // Core's own strings are untranslated here ("about", "from"); what is
    // checked is the month's grammatical form that QLocale supplies.
    EXPECT_EQ(words("2022-12~", {}, kRussian), "about декабря 2022");
    EXPECT_EQ(words("2022-12", "..", kRussian), "from декабря 2022");
    EXPECT_EQ(words("2022-12?", {}, kRussian), "декабрь 2022 (uncertain)");
    EXPECT_EQ(words("2022-12~"), "about December 2022");
}

TEST(DateText, FallsBackToTheTextAsWrittenWhenItCannotParse)
{
    EXPECT_EQ(words("2019-13-01"), "2019-13-01");
}

TEST(NavigationHistory, GoesBackAndForwardAndDropsForwardOnANewJump)
{
    NavigationHistory h;
    EXPECT_FALSE(h.canGoBack());
    h.visit({Place::Kind::Event, 1});
    h.visit({Place::Kind::Passage, 7});
    h.visit({Place::Kind::Event, 2});
    h.visit({Place::Kind::Event, 2}); // repeat ignored
    ASSERT_TRUE(h.canGoBack());
    EXPECT_EQ(h.back(), (Place{Place::Kind::Passage, 7}));
    EXPECT_EQ(h.back(), (Place{Place::Kind::Event, 1}));
    EXPECT_FALSE(h.back().has_value());
    EXPECT_EQ(h.forward(), (Place{Place::Kind::Passage, 7}));
    h.visit({Place::Kind::Event, 3});
    EXPECT_FALSE(h.canGoForward());
    EXPECT_EQ(h.back(), (Place{Place::Kind::Passage, 7}));
}

#include "core/citationtext.h"

TEST(CitationText, FormatsAResolutionLikeAReference)
{
    EventDetails e;
    e.title = "GA resolution 53/70 adopted";
    e.startText = "1998-12-04";
    Citation c;
    c.symbol = "A/RES/53/70";
    EXPECT_EQ(formatCitation(e, c, kEnglish).toStdString(),
              "UN General Assembly resolution 53/70, A/RES/53/70, 4 December 1998");
    c.symbol = "A/65/201";
    c.pinpoint = "paragraph 18";
    EXPECT_EQ(formatCitation(e, c, kEnglish).toStdString(), "UN document, A/65/201, paragraph 18, 4 December 1998");
}

TEST(CitationText, MarksAttributedAuthorsAndReconstructedTitles)
{
    SourceInfo s;
    s.author = "Sergey Lavrov";
    s.authorAttributed = true;
    s.title = "Working title";
    s.titleReconstructed = true;
    s.outlet = "A magazine";
    s.date = "2020-09";
    PassageInfo p;
    p.exact = "A quote.";
    EXPECT_EQ(formatQuoteWithCitation(p, s, kEnglish).toStdString(),
              "\u201cA quote.\u201d \u2014 Sergey Lavrov (attributed), Working title (title reconstructed), A magazine, "
              "September 2020");
}
