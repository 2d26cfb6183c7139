#pragma once

#include "generate/synthmodel.h"

#include <optional>
#include <vector>

namespace zx {

// Annual targets for the synthetic city, worked out once from the model's figures: for every
// indicator, region and year where the indicator has a figure (stored or rolled up). Summed
// indicators get targets near each village's actual year (between 88 % and 118 % of it, so
// statuses vary; 0 where the village has none) and every parent the sum of its children's;
// mean/min/max indicators and rates a target near their own figure; `reduce` indicators a baseline (the level a year
// before) and a target about half of it. Sample milestones are kept.
class SynthTargets
{
public:
    explicit SynthTargets(const SynthModel &model);

    std::optional<Target> target(int item, int region, int year) const;

private:
    struct Entry
    {
        qint64 units = 0;
        qint64 baselineUnits = -1; // -1: none
        bool present = false;
    };
    using Actuals = std::vector<std::optional<double>>; // per region, for one item and year

    Actuals yearActuals(int item, int year) const;
    Actuals ratioActuals(int item, int year) const;
    void setTargets(int item, int year, const Actuals &actual, const Actuals &previous);
    std::size_t slot(int item, int region, int year) const;

    const SynthModel &m_model;
    std::vector<Entry> m_entries;
    std::vector<Actuals> m_actuals; // per item × year, kept for ratios
};

} // namespace zx
