#include "core/taxonomy.h"

#include <gtest/gtest.h>

using namespace ict::core;

TEST(UnSymbol, AcceptsTheSymbolsTheDataUses)
{
    for (const char *s : {"A/RES/53/70", "A/RES/73/27", "A/RES/73/266", "A/C.1/73/L.27/Rev.1", "A/AC.290/2019/1",
                          "A/HRC/RES/20/8", "A/68/98", "A/65/201", "A/66/359", "A/AC.292/2025/CRP.1", "A/80/L.41",
                          "A/AC.291/22/Rev.3", "A/HRC/20/L.13"}) {
        EXPECT_TRUE(isWellFormedUnSymbol(s)) << s;
    }
}

TEST(UnSymbol, RejectsMalformedSymbols)
{
    for (const char *s : {"", "A", "A/", "/RES/53/70", "A/RES/73-27", "A//RES/53", "a/res/53/70", "A/RES/53/70 ",
                          "A/RES/53/70*", "ETS No. 185", "A/C..1/73", "A/RES/53/70/"}) {
        EXPECT_FALSE(isWellFormedUnSymbol(s)) << s;
    }
}

TEST(Taxonomy, EventKindSlugsRoundTrip)
{
    for (auto slug : kEventKindSlugs) {
        auto kind = eventKindFromSlug(slug);
        ASSERT_TRUE(kind.has_value()) << slug;
        EXPECT_EQ(slugOf(*kind), slug);
    }
    EXPECT_FALSE(eventKindFromSlug("resolution").has_value());
}
