#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace zx {

struct RankInput
{
    QString regionCode;
    std::optional<double> score;         // completion % this period
    std::optional<double> previousScore; // completion % the period before
};

struct RankedRegion
{
    QString regionCode;
    std::optional<double> score;
    int rank = 0;                    // 1 = best; ties share a rank (1, 2, 2, 4); 0 = no score
    std::optional<int> previousRank; // rank among the previous scores
    std::optional<int> rankChange;   // previousRank − rank: positive = moved up
};

// Ranks child regions by completion, best first; regions without a score come last with
// rank 0, ordered by code. Ties keep code order.
std::vector<RankedRegion> rankRegions(const std::vector<RankInput> &inputs);

} // namespace zx
