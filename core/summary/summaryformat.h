#pragma once

#include "dataset.h"
#include "evaluator.h"

#include <QJsonObject>
#include <QString>

namespace zx {

// The machine-readable summary: {"region", "year", "quarter", "time_progress_pct",
// "indicators": [{"code", "name", "unit", "actual", "target", "completion_pct", "status"},
// …]} with numbers as JSON numbers (null when absent).
QJsonObject summaryToJson(const RegionSummary &summary);

// A fixed-width text table for terminals; CJK characters count two columns.
QString summaryToText(const RegionSummary &summary, const Dataset &data);

// Percent with two decimals ("136.86"), or "—" when absent.
QString formatPct(std::optional<double> pct);
// A figure exactly as stored ("4296.3"), or "—" when absent.
QString formatFigure(const std::optional<Decimal> &figure);
// A completion with its sign of percent ("136.86%"), or "—" when absent.
QString formatCompletion(std::optional<double> pct);

} // namespace zx
