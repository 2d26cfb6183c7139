#pragma once

#include "generate/synthmodel.h"
#include "result.h"

#include <functional>

namespace zx {

class Database;

// What generateDatabase wrote.
struct GenerateSummary
{
    qint64 regions = 0;
    qint64 indicators = 0;
    qint64 values = 0;
    qint64 targets = 0;
};

// `progress(done, total)` counts figures written; called now and then.
using GenerateProgress = std::function<void(qint64 done, qint64 total)>;

// Fills an empty database with a deterministic synthetic prefecture-level city (see
// SynthModel): regions, the sample's categories and indicators plus synthetic copies,
// quarterly figures for every year, and a target for every indicator, region and year where
// the indicator has a figure. One write transaction; no audit entry per figure, one
// `data.generate` entry naming what was generated. Refuses a database that is not empty.
Result<GenerateSummary> generateDatabase(Database &db, const GenerateOptions &options,
                                         const QString &userName,
                                         const GenerateProgress &progress = {});

// Checks the options (sizes within the region code widths); an error names the first bad one.
Outcome checkOptions(const GenerateOptions &options);

} // namespace zx
