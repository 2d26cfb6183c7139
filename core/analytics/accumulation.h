#pragma once

#include "domain/types.h"

#include <optional>

namespace zx {

// Year-to-date figure at `quarter` (1..4) from the quarters of one year:
// flow = sum of the quarters entered up to `quarter`; cumulative and stock = the latest
// quarter entered up to `quarter`. nullopt when nothing was entered up to that quarter, or
// when `quarter` is outside 1..4.
std::optional<Decimal> yearToDate(Accumulation accumulation, const QuarterValues &quarters,
                                  int quarter);

// Whether a flow's year-to-date sum up to `quarter` exceeds the largest supported figure, so
// yearToDate has no figure although quarters were entered.
bool yearToDateOverflows(Accumulation accumulation, const QuarterValues &quarters, int quarter);

// The year's figure: year-to-date at Q4.
std::optional<Decimal> yearActual(Accumulation accumulation, const QuarterValues &quarters);

// What happened within one quarter: flow = the quarter's own figure; cumulative = the
// growth of the running total in that quarter (Q1: its own figure); stock = the level at the
// quarter's end. nullopt when the quarter (or, for cumulative, the one before) is missing.
std::optional<Decimal> quarterFigure(Accumulation accumulation, const QuarterValues &quarters,
                                     int quarter);

} // namespace zx
