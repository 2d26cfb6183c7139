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
std::optional<TrackStatus> trackStatusFromCode(const QString &code);
std::optional<RegionLevel> regionLevelFromInt(int level);

// Words a person reads (translated through QCoreApplication::translate).
// done 已完成, on_track 序时推进, lagging 略有滞后, behind 明显滞后, not_reported 未填报 (a target,
// no figure yet), untracked 未设目标 (no target): the same words as the bulletin and exports.
QString statusLabel(TrackStatus v);
QString periodStateLabel(PeriodState v); // draft, submitted, approved, returned

} // namespace zx
