#include "accumulation.h"

#include <vector>

namespace zx {

namespace {

bool isQuarter(int quarter)
{
    return quarter >= 1 && quarter <= 4;
}

// Flow: each quarter is new work, so the year so far is the sum of what was entered.
// A quarter left empty is skipped rather than read as zero: it is not known to be zero.
// A sum beyond the largest supported figure has no figure (never a wrapped one); the
// checker reports it (yearToDateOverflows).
std::optional<Decimal> sumUpTo(const QuarterValues &quarters, int quarter)
{
    std::vector<Decimal> entered;
    for (int i = 0; i < quarter; ++i) {
        if (quarters[i])
            entered.push_back(*quarters[i]);
    }
    if (entered.empty())
        return std::nullopt;
    return Decimal::sum(entered);
}

// Cumulative and stock: each figure already stands for the whole year so far (or the level
// at that moment), so the latest one entered is the answer.
std::optional<Decimal> latestUpTo(const QuarterValues &quarters, int quarter)
{
    for (int i = quarter - 1; i >= 0; --i) {
        if (quarters[i])
            return quarters[i];
    }
    return std::nullopt;
}

} // namespace

std::optional<Decimal> yearToDate(Accumulation accumulation, const QuarterValues &quarters,
                                  int quarter)
{
    if (!isQuarter(quarter))
        return std::nullopt;
    if (accumulation == Accumulation::Flow)
        return sumUpTo(quarters, quarter);
    return latestUpTo(quarters, quarter);
}

std::optional<Decimal> yearActual(Accumulation accumulation, const QuarterValues &quarters)
{
    return yearToDate(accumulation, quarters, 4);
}

std::optional<Decimal> quarterFigure(Accumulation accumulation, const QuarterValues &quarters,
                                     int quarter)
{
    if (!isQuarter(quarter))
        return std::nullopt;
    const std::optional<Decimal> &current = quarters[quarter - 1];
    if (accumulation != Accumulation::Cumulative || quarter == 1 || !current)
        return current;
    // A running total: the quarter's own work is the growth since the previous report.
    // Without that report the growth is unknown; guessing from an older one would lump
    // several quarters together.
    const std::optional<Decimal> &previous = quarters[quarter - 2];
    if (!previous)
        return std::nullopt;
    return Decimal::checkedSub(*current, *previous);
}

bool yearToDateOverflows(Accumulation accumulation, const QuarterValues &quarters, int quarter)
{
    if (accumulation != Accumulation::Flow || !isQuarter(quarter))
        return false;
    bool entered = false;
    for (int i = 0; i < quarter; ++i)
        entered = entered || quarters[i].has_value();
    return entered && !sumUpTo(quarters, quarter);
}

} // namespace zx
