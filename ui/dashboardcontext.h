#pragma once

#include "summary/dataset.h"
#include "summary/evaluator.h"

#include <memory>

namespace zx {

// What every page shows: one loaded Dataset with its Evaluator, and the region and period
// chosen in the main window. Cheap to copy; pages keep it and recompute from it.
struct DashboardContext
{
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const Evaluator> eval;
    QString regionCode;
    int year = 0;
    int quarter = 4;

    bool isValid() const { return data && eval && data->region(regionCode); }
};

} // namespace zx
