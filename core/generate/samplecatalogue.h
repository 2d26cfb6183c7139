#pragma once

#include "domain/types.h"
#include "result.h"

#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace zx {

// What the synthetic generator borrows from the bundled sample county (:/sample): its
// categories and 75 indicators, and for each indicator how large a village's figure
// typically is, at which region level the sample stores it, and its target milestones.
// Read-only; owned by the generator for the duration of one run.
struct SampleIndicator
{
    Indicator indicator;
    // A village's typical figure: per quarter (flow), at year end (cumulative) or as a level
    // (stock). For mean/min/max indicators it is the typical figure itself, not a share.
    double villageScale = 1.0;
    int sampleLevel = 3; // the lowest region level (1–3) the sample stores figures on
    std::array<std::optional<double>, 4> milestonePct;
};

struct SampleCatalogue
{
    std::vector<Category> categories;
    std::vector<SampleIndicator> indicators; // catalogue order
};

// Reads categories.csv, indicators.csv, values.csv and targets.csv from `folder`.
Result<SampleCatalogue> readSampleCatalogue(const QString &folder = QStringLiteral(":/sample"));

} // namespace zx
