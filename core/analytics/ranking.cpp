#include "ranking.h"

#include "completion.h"

#include <QHash>

#include <algorithm>

namespace zx {

namespace {

struct Scored
{
    QString regionCode;
    double shown = 0.0; // the score as displayed, two decimals
};

// Best first; equal shown scores keep code order so the table is the same on every run.
void sortBestFirst(std::vector<Scored> &scored)
{
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if (a.shown != b.shown)
            return a.shown > b.shown;
        return a.regionCode < b.regionCode;
    });
}

// Competition ranking (1, 2, 2, 4) of a best-first list, by region code. Scores are compared
// as shown, so 136.857 and 136.86 tie: a reader sees the same number and expects one rank.
QHash<QString, int> competitionRanks(std::vector<Scored> scored)
{
    sortBestFirst(scored);
    QHash<QString, int> ranks;
    for (std::size_t i = 0; i < scored.size(); ++i) {
        const bool tie = i > 0 && scored[i].shown == scored[i - 1].shown;
        ranks.insert(scored[i].regionCode,
                     tie ? ranks.value(scored[i - 1].regionCode) : static_cast<int>(i) + 1);
    }
    return ranks;
}

QHash<QString, int> ranksOf(const std::vector<RankInput> &inputs,
                            std::optional<double> RankInput::*score)
{
    std::vector<Scored> scored;
    for (const RankInput &input : inputs) {
        if (input.*score)
            scored.push_back({input.regionCode, roundPct(*(input.*score))});
    }
    return competitionRanks(std::move(scored));
}

} // namespace

std::vector<RankedRegion> rankRegions(const std::vector<RankInput> &inputs)
{
    const QHash<QString, int> ranks = ranksOf(inputs, &RankInput::score);
    const QHash<QString, int> previousRanks = ranksOf(inputs, &RankInput::previousScore);

    std::vector<RankedRegion> out;
    out.reserve(inputs.size());
    for (const RankInput &input : inputs) {
        RankedRegion ranked{input.regionCode, input.score, ranks.value(input.regionCode, 0),
                            std::nullopt, std::nullopt};
        if (previousRanks.contains(input.regionCode))
            ranked.previousRank = previousRanks.value(input.regionCode);
        if (ranked.rank > 0 && ranked.previousRank)
            ranked.rankChange = *ranked.previousRank - ranked.rank;
        out.push_back(ranked);
    }
    // Unscored regions (rank 0) go last, by code.
    std::sort(out.begin(), out.end(), [](const RankedRegion &a, const RankedRegion &b) {
        if ((a.rank == 0) != (b.rank == 0))
            return b.rank == 0;
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.regionCode < b.regionCode;
    });
    return out;
}

} // namespace zx
