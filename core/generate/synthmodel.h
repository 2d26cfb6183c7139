#pragma once

#include "domain/types.h"
#include "generate/samplecatalogue.h"

#include <QtGlobal>

#include <optional>
#include <vector>

namespace zx {

// The shape of a synthetic database: how many regions, indicators and years, and the seed
// that makes every figure reproducible.
struct GenerateOptions
{
    int counties = 10;
    int townshipsPerCounty = 15;
    int villagesPerTownship = 20;
    int indicators = 80;
    int years = 5;
    int firstYear = 2020;
    quint64 seed = 1;
};

// The synthetic city as pure functions of the options: its region tree, its catalogue (the
// sample's 75 indicators plus numbered copies of the standalone ones) and every figure,
// each drawn from a hash of (seed, indicator, region, year, quarter), so that any figure
// can be computed on its own, in any order, and again with the same result. Figures live on
// villages, except for parts groups whose parts the sample keeps on different levels
// (river patrols: district, sub-district, village parts, with the total on the county).
// Parts add up to their totals exactly; a part never exceeds a not-above total.
class SynthModel
{
public:
    struct Node
    {
        Region region;
        int parent = -1;           // index into regions(), -1 for the root
        std::vector<int> children; // indices, in code order
        int villages = 0;          // villages in the subtree (1 for a village)
        int depth = 0;             // 0 the city, 1 a county, 2 a township, 3 a village
    };
    struct Item
    {
        Indicator indicator;
        double villageScale = 1.0;
        int level = 3;      // depth (1–3) of the regions holding the figures; 0: computed (ratio)
        int total = -1;     // index of the total this is a part of
        std::vector<int> parts;
        bool multiLevel = false; // a total whose parts sit on different levels
        std::array<std::optional<double>, 4> milestonePct;
        quint64 salt = 0;
    };

    SynthModel(const SampleCatalogue &sample, const GenerateOptions &options);

    const GenerateOptions &options() const { return m_options; }
    const std::vector<Category> &categories() const { return m_categories; }
    // Regions in code order, which is also depth-first order: a parent before its children.
    const std::vector<Node> &regions() const { return m_regions; }
    const std::vector<Item> &items() const { return m_items; }
    int itemIndex(const QString &code) const;

    // The stored figure, or nullopt where none is stored (wrong level, ratio).
    std::optional<Decimal> value(int item, int region, int year, int quarter) const;
    // Whether the item's figures are stored on the region (rather than rolled up or computed).
    bool isStoredOn(int item, int region) const;

private:
    void buildRegions();
    void buildCatalogue(const SampleCatalogue &sample);
    double uniform(quint64 a, quint64 b, quint64 c, quint64 d) const;
    double ownFigure(int item, int region, int year, int quarter) const;
    std::optional<Decimal> partOfSum(int item, int region, int year, int quarter) const;
    std::optional<Decimal> multiLevelTotal(int item, int region, int year, int quarter) const;
    Decimal rounded(int item, double x, double u) const;

    GenerateOptions m_options;
    std::vector<Category> m_categories;
    std::vector<Node> m_regions;
    std::vector<Item> m_items;
};

} // namespace zx
