#pragma once

#include "analytics/validation.h"
#include "domain/types.h"

#include <QString>

#include <optional>
#include <vector>

namespace zx {

// Figures that are probably typed wrong: far from what the region reported before and from
// what its sibling regions report (rule "outlier"), or the right digits with the decimal point
// in the wrong place (rule "magnitude_slip", "did you mean 67?"). Both are warnings: a figure
// may stand with a comment. docs/validation.md explains every threshold with examples.
namespace outliers {

// A figure beyond 3× or below ⅓ of what it is compared with is far from it. The messages say
// "three times" and "a third": change them with it.
inline constexpr double FarFactor = 3.0;
// The same quarter's median needs two earlier years; one earlier year is compared on its own.
inline constexpr int MinYearsForMedian = 2;
// The robust score against the siblings needs this many other regions with a figure.
inline constexpr int MinSiblings = 3;
// Modified z-score 0.6745·|x − median| / MAD (Iglewicz and Hoaglin; DHIS2's outlier detection)
// above 3.5 is an outlier.
inline constexpr double RobustZLimit = 3.5;
inline constexpr double MadFactor = 0.6745;
// With MAD = 0 (most siblings equal), the mean absolute deviation stands in: |x − median| /
// (1.2533·MeanAD). With both 0 (all siblings equal), the far-factor test alone decides.
inline constexpr double MeanAdFactor = 1.2533;
// Chance alone moves small counts a lot (0 after 1, 9 after 1): a comparison counts only when
// |√x − √r| reaches 2.5, both counted in units of the indicator's last decimal. The square
// root of a count varies by about ½ whatever its size, the difference of two by √2·½ ≈ 0.71,
// and 2.5 is 3.5 of those — the robust score's limit.
inline constexpr double MinRootGap = 2.5;
// A slip: the typed figure with its point moved 1 to 3 places lands within a factor 1.5 of
// what it is compared with.
inline constexpr int MaxSlipPlaces = 3;
inline constexpr double SlipTolerance = 1.5;

} // namespace outliers

// An earlier figure of the same region.
struct EarlierFigure
{
    int year = 0;
    int quarter = 0;
    Decimal figure;
};

// What one figure is judged against, gathered from the stored figures (surroundingsOf in
// summary/surroundings.h).
struct FigureSurroundings
{
    int year = 0;
    int quarter = 0;
    // The same region and quarter in earlier years, any order.
    std::vector<EarlierFigure> sameQuarter;
    // The same region's quarter before (Q1: Q4 of the year before).
    std::optional<EarlierFigure> previousQuarter;
    // The same quarter at the other regions under the same parent (the other villages of the
    // township), and the parent's name for the message.
    std::vector<Decimal> siblings;
    QString parentName;
};

// The outlier and magnitude-slip warnings of `value`: at most one, "magnitude_slip" or
// "outlier". The region's own references are the median of the same quarter in earlier years
// (or the latest earlier year) and the quarter before — a stock's level as it is, a cumulative
// year-to-date at its pace within the year (Q3's 65 → 65 × 4/3 at Q4), never a flow's (flows
// are seasonal). The siblings (at least MinSiblings) are judged by their median, the far factor
// and the robust score together. A figure near any of these is not flagged. Otherwise it is a
// slip when moving its point 1–3 places lands within SlipTolerance of one of them ("6700 … did
// you mean 67?"), else an outlier, named against its own first reference or the siblings.
std::vector<RuleViolation> checkOutliers(const Indicator &indicator, const Decimal &value,
                                         const FigureSurroundings &around);

// Whether `value` is near one of the region's own references (checkOutliers' first test): such
// a figure is never flagged, so its siblings need not be gathered at all.
bool followsOwnFigures(const Indicator &indicator, const Decimal &value,
                       const FigureSurroundings &around);

// The figure with its decimal point moved `places` to the left (negative: to the right),
// written with `decimals` decimals: 6700, 2 → 67. nullopt when digits would be lost (6705, 2
// with 0 decimals) or the result leaves the supported range.
std::optional<Decimal> shiftPoint(const Decimal &value, int places, int decimals);

// The median as an exact decimal: the middle figure, or the mean of the two middle ones (one
// more decimal only when the halving needs it, so 10 and 12 give 11, not 11.0); 0 for none.
Decimal medianOf(std::vector<Decimal> figures);

} // namespace zx
