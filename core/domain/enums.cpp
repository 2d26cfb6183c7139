#include "enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace zx {

namespace {

template <typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, code] : table)
        if (e == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromCode(const std::array<std::pair<E, const char *>, N> &table,
                          const QString &code)
{
    for (const auto &[e, c] : table)
        if (code == QLatin1String(c))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<Accumulation, const char *>, 3> accumulations{
    {{Accumulation::Flow, "flow"},
     {Accumulation::Cumulative, "cumulative"},
     {Accumulation::Stock, "stock"}}};
constexpr std::array<std::pair<Aggregation, const char *>, 5> aggregations{
    {{Aggregation::Sum, "sum"},
     {Aggregation::Mean, "mean"},
     {Aggregation::Max, "max"},
     {Aggregation::Min, "min"},
     {Aggregation::Ratio, "ratio"}}};
constexpr std::array<std::pair<TargetMode, const char *>, 3> targetModes{
    {{TargetMode::AtLeast, "at_least"},
     {TargetMode::AtMost, "at_most"},
     {TargetMode::Reduce, "reduce"}}};
constexpr std::array<std::pair<IndicatorKind, const char *>, 2> kinds{
    {{IndicatorKind::Binding, "binding"}, {IndicatorKind::Expected, "expected"}}};
constexpr std::array<std::pair<PartRule, const char *>, 3> partRules{
    {{PartRule::None, ""},
     {PartRule::PartsSumToTotal, "parts_sum_to_total"},
     {PartRule::PartNotAboveTotal, "part_not_above_total"}}};
constexpr std::array<std::pair<TrackStatus, const char *>, 6> statuses{
    {{TrackStatus::Done, "done"},
     {TrackStatus::OnTrack, "on_track"},
     {TrackStatus::Lagging, "lagging"},
     {TrackStatus::Behind, "behind"},
     {TrackStatus::NotReported, "not_reported"},
     {TrackStatus::Untracked, "untracked"}}};
constexpr std::array<std::pair<PeriodState, const char *>, 4> periodStates{
    {{PeriodState::Draft, "draft"},
     {PeriodState::Submitted, "submitted"},
     {PeriodState::Approved, "approved"},
     {PeriodState::Returned, "returned"}}};

} // namespace

QString toCode(RegionLevel v) { return QString::number(static_cast<int>(v)); }
QString toCode(Accumulation v) { return codeOf(accumulations, v); }
QString toCode(Aggregation v) { return codeOf(aggregations, v); }
QString toCode(TargetMode v) { return codeOf(targetModes, v); }
QString toCode(IndicatorKind v) { return codeOf(kinds, v); }
QString toCode(PartRule v) { return codeOf(partRules, v); }
QString toCode(TrackStatus v) { return codeOf(statuses, v); }
QString toCode(PeriodState v) { return codeOf(periodStates, v); }

std::optional<Accumulation> accumulationFromCode(const QString &c) { return fromCode(accumulations, c); }
std::optional<Aggregation> aggregationFromCode(const QString &c) { return fromCode(aggregations, c); }
std::optional<TargetMode> targetModeFromCode(const QString &c) { return fromCode(targetModes, c); }
std::optional<IndicatorKind> kindFromCode(const QString &c) { return fromCode(kinds, c); }
std::optional<PartRule> partRuleFromCode(const QString &c) { return fromCode(partRules, c); }
std::optional<PeriodState> periodStateFromCode(const QString &c) { return fromCode(periodStates, c); }
std::optional<TrackStatus> trackStatusFromCode(const QString &c) { return fromCode(statuses, c); }

std::optional<RegionLevel> regionLevelFromInt(int level)
{
    if (level < 0 || level > 3)
        return std::nullopt;
    return static_cast<RegionLevel>(level);
}

QString statusLabel(TrackStatus v)
{
    switch (v) {
    case TrackStatus::Done:
        return QCoreApplication::translate("zx::Status", "Done");
    case TrackStatus::OnTrack:
        return QCoreApplication::translate("zx::Status", "On track");
    case TrackStatus::Lagging:
        return QCoreApplication::translate("zx::Status", "Lagging");
    case TrackStatus::Behind:
        return QCoreApplication::translate("zx::Status", "Behind");
    case TrackStatus::NotReported:
        return QCoreApplication::translate("zx::Status", "Not reported");
    case TrackStatus::Untracked:
        // The bulletin's and the exports' words too (reportStatusText): one vocabulary.
        return QCoreApplication::translate("zx::Status", "No target");
    }
    return {};
}

QString periodStateLabel(PeriodState v)
{
    switch (v) {
    case PeriodState::Draft:
        return QCoreApplication::translate("zx::Workflow", "draft");
    case PeriodState::Submitted:
        return QCoreApplication::translate("zx::Workflow", "submitted");
    case PeriodState::Approved:
        return QCoreApplication::translate("zx::Workflow", "approved");
    case PeriodState::Returned:
        return QCoreApplication::translate("zx::Workflow", "returned");
    }
    return {};
}

} // namespace zx
