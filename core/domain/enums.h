#pragma once

#include "types.h"

#include <QString>

#include <optional>

namespace zx {

// The stable text codes used in the database, the CSV formats and the CLI's JSON.
QString toCode(RegionLevel v);
QString toCode(Accumulation v);
QString toCode(Aggregation v);
QString toCode(TargetMode v);
QString toCode(IndicatorKind v);
QString toCode(PartRule v);
QString toCode(TrackStatus v);
QString toCode(PeriodState v);

std::optional<Accumulation> accumulationFromCode(const QString &code);
std::optional<Aggregation> aggregationFromCode(const QString &code);
std::optional<TargetMode> targetModeFromCode(const QString &code);
std::optional<IndicatorKind> kindFromCode(const QString &code);
std::optional<PartRule> partRuleFromCode(const QString &code);
std::optional<PeriodState> periodStateFromCode(const QString &code);
std::optional<RegionLevel> regionLevelFromInt(int level);

// Words a person reads (translated through QCoreApplication::translate).
QString statusLabel(TrackStatus v);
QString periodStateLabel(PeriodState v); // draft, submitted, approved, returned

} // namespace zx
