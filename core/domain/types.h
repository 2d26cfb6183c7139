#pragma once

#include "decimal.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace zx {

// Plain domain records, as stored and as the computations see them. No behaviour here:
// the rules live in analytics/, the persistence in storage/.

enum class RegionLevel { City = 0, County = 1, Township = 2, Village = 3 };
enum class Accumulation { Flow, Cumulative, Stock };
enum class Aggregation { Sum, Mean, Max, Min, Ratio };
enum class TargetMode { AtLeast, AtMost, Reduce };
enum class IndicatorKind { Binding, Expected };
enum class PartRule { None, PartsSumToTotal, PartNotAboveTotal };
// In display order. NotReported: a target but no figure yet (未填报); Untracked: no target
// (未设目标), or one that cannot be measured (a target of 0 to reach, a reduction without a
// baseline).
enum class TrackStatus { Done, OnTrack, Lagging, Behind, NotReported, Untracked };
enum class PeriodState { Draft, Submitted, Approved, Returned };

struct Region
{
    QString code;
    QString name;
    QString nameEn;
    RegionLevel level = RegionLevel::County;
    QString parentCode; // empty for the root
    int sortOrder = 0;
    int retiredFrom = 0; // the first year it takes no figures (村庄撤并); 0 = active
    QString mergedInto;  // the region that took over its work when merged; empty otherwise

    bool isRetired() const { return retiredFrom > 0; }
    // Whether it takes figures in `year`.
    bool activeIn(int year) const { return retiredFrom <= 0 || year < retiredFrom; }
};

struct Category
{
    QString code;
    QString name;
    QString nameEn;
    int sortOrder = 0;
};

struct Indicator
{
    QString code;
    QString categoryCode;
    QString name;
    QString nameEn;
    QString unit;
    // The unit in English ("mu", "10k yuan", "persons"); empty: the English interface and
    // reports use the standard form of `unit` (englishUnit in names.h).
    QString unitEn;
    int decimals = 0;
    Accumulation accumulation = Accumulation::Flow;
    Aggregation aggregation = Aggregation::Sum;
    QString numeratorCode;   // Ratio only
    QString denominatorCode; // Ratio only
    double ratioScale = 100.0;
    TargetMode targetMode = TargetMode::AtLeast;
    IndicatorKind kind = IndicatorKind::Expected;
    std::optional<Decimal> minValue;
    std::optional<Decimal> maxValue;
    QString parentCode; // the total this indicator is a part of
    PartRule partRule = PartRule::None;
    // On a total: how far the sum of its parts_sum_to_total parts may differ from it (absolute,
    // in the total's unit; zero: exactly), for totals rounded in a report (1.17亿元 over
    // 4539 + 4758 + 2427 万元).
    Decimal partTolerance;
    QString narrativeZh;
    QString narrativeEn;
    QString description;
    bool headline = false;
    bool retired = false;
    int sortOrder = 0;

    bool isPercentage() const { return unit == QStringLiteral("%"); }
    bool isRatio() const { return aggregation == Aggregation::Ratio; }
};

struct Target
{
    QString indicatorCode;
    QString regionCode;
    int year = 0;
    Decimal value;
    std::optional<Decimal> baseline;                 // Reduce mode: the level to come down from
    std::array<std::optional<double>, 4> milestonePct; // optional time progress per quarter, %
};

struct Value
{
    QString indicatorCode;
    QString regionCode;
    int year = 0;
    int quarter = 0; // 1..4
    Decimal value;
    QString comment;
    QString enteredBy;
    QString enteredAt; // ISO 8601, UTC
};

struct PeriodStatus
{
    QString regionCode;
    int year = 0;
    int quarter = 0;
    PeriodState state = PeriodState::Draft;
    QString reason;
    QString changedBy;
    QString changedAt;
};

struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString user;
    QString action; // value.set, value.delete, target.set, period.approve, ...
    QString indicatorCode;
    QString regionCode;
    int year = 0;
    int quarter = 0;
    QString oldValue;
    QString newValue;
    QString comment;
    QString prevHash;
    QString hash;
};

// Quarterly figures of one indicator, region and year; index 0 is Q1.
using QuarterValues = std::array<std::optional<Decimal>, 4>;

} // namespace zx
