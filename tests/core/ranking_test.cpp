#include "analytics/ranking.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace zx;

namespace {

std::vector<std::string> codes(const std::vector<RankedRegion> &ranked)
{
    std::vector<std::string> out;
    for (const RankedRegion &r : ranked)
        out.push_back(r.regionCode.toStdString());
    return out;
}

std::vector<int> ranks(const std::vector<RankedRegion> &ranked)
{
    std::vector<int> out;
    for (const RankedRegion &r : ranked)
        out.push_back(r.rank);
    return out;
}

const RankedRegion &find(const std::vector<RankedRegion> &ranked, const char *code)
{
    for (const RankedRegion &r : ranked) {
        if (r.regionCode == QLatin1String(code))
            return r;
    }
    throw std::runtime_error("region missing from the ranking");
}

} // namespace

TEST(Ranking, BestFirstWithCompetitionRanksForTies)
{
    const auto ranked = rankRegions({
        {"410104003", 90.0, std::nullopt},
        {"410104002", 136.86, std::nullopt},
        {"410104004", 150.0, std::nullopt},
        {"410104001", 136.857142, std::nullopt}, // shown as 136.86 too
    });
    EXPECT_EQ(codes(ranked),
              (std::vector<std::string>{"410104004", "410104001", "410104002", "410104003"}));
    EXPECT_EQ(ranks(ranked), (std::vector<int>{1, 2, 2, 4}));
}

TEST(Ranking, UnscoredRegionsComeLastByCodeWithRankZero)
{
    const auto ranked = rankRegions({
        {"B", std::nullopt, 50.0},
        {"C", 10.0, std::nullopt},
        {"A", std::nullopt, std::nullopt},
        {"D", 20.0, std::nullopt},
    });
    EXPECT_EQ(codes(ranked), (std::vector<std::string>{"D", "C", "A", "B"}));
    EXPECT_EQ(ranks(ranked), (std::vector<int>{1, 2, 0, 0}));
    EXPECT_FALSE(find(ranked, "A").score);
}

TEST(Ranking, RankChangeAgainstThePreviousQuarter)
{
    const auto ranked = rankRegions({
        {"A", 120.0, 120.0}, // was 1st, now 2nd
        {"B", 110.0, 100.0}, // was 2nd, now 3rd
        {"C", 150.0, 80.0},  // was 3rd, now 1st
        {"D", 90.0, std::nullopt},
        {"E", std::nullopt, 50.0},
    });
    EXPECT_EQ(find(ranked, "C").rank, 1);
    EXPECT_EQ(find(ranked, "C").previousRank, 3);
    EXPECT_EQ(find(ranked, "C").rankChange, 2);
    EXPECT_EQ(find(ranked, "A").previousRank, 1);
    EXPECT_EQ(find(ranked, "A").rankChange, -1);
    EXPECT_EQ(find(ranked, "B").rankChange, -1);
    // No previous score: no previous rank, no arrow.
    EXPECT_FALSE(find(ranked, "D").previousRank);
    EXPECT_FALSE(find(ranked, "D").rankChange);
    // Scored before but not now: a previous rank, but no change to show.
    EXPECT_EQ(find(ranked, "E").previousRank, 4);
    EXPECT_FALSE(find(ranked, "E").rankChange);
}

TEST(Ranking, PreviousTiesShareARankToo)
{
    const auto ranked = rankRegions({
        {"A", 90.0, 80.0},
        {"B", 80.0, 80.004}, // shown as 80.00: tied with A last quarter
        {"C", 70.0, 90.0},
    });
    EXPECT_EQ(find(ranked, "A").previousRank, 2);
    EXPECT_EQ(find(ranked, "B").previousRank, 2);
    EXPECT_EQ(find(ranked, "C").previousRank, 1);
    EXPECT_EQ(find(ranked, "A").rankChange, 1);
    EXPECT_EQ(find(ranked, "B").rankChange, 0);
    EXPECT_EQ(find(ranked, "C").rankChange, -2);
}

TEST(Ranking, OrderDoesNotDependOnInputOrder)
{
    const auto forward = rankRegions({{"A", 50.0, {}}, {"B", 50.0, {}}, {"C", 60.0, {}}});
    const auto backward = rankRegions({{"C", 60.0, {}}, {"B", 50.0, {}}, {"A", 50.0, {}}});
    EXPECT_EQ(codes(forward), (std::vector<std::string>{"C", "A", "B"}));
    EXPECT_EQ(codes(backward), codes(forward));
    EXPECT_EQ(ranks(backward), (std::vector<int>{1, 2, 2}));
}

TEST(Ranking, KeepsTheUnroundedScoreForDisplay)
{
    const auto ranked = rankRegions({{"A", 136.857142, std::nullopt}});
    ASSERT_EQ(ranked.size(), 1u);
    EXPECT_DOUBLE_EQ(ranked[0].score.value(), 136.857142);
    EXPECT_TRUE(rankRegions({}).empty());
}
