#include "outliers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace zx {

using namespace outliers;

namespace {

RuleViolation warning(const char *rule, const QString &message)
{
    return {Severity::Warning, QString::fromLatin1(rule), message};
}

// What a figure is held against: the like-for-like figure, and where it comes from (the
// message's words are made only for a figure that is flagged).
struct Reference
{
    enum class Kind { Usual, Earlier, PaceOf, Siblings };
    Kind kind = Kind::Earlier;
    double figure = 0;
    Decimal shown;        // the figure as the message names it
    EarlierFigure source; // Earlier, PaceOf: the stored figure it comes from
};

// Where x lies against r. Near: within FarFactor, or both small counts (|√x − √r| in units of
// the last decimal below MinRootGap: 0 after 1, 9 after 1); NoScale: r is zero or negative and
// x is not small, so r can neither confirm nor flag it.
enum class Side { Near, Above, Below, NoScale };

Side sideOf(double x, double r, int decimals)
{
    const double unit = std::pow(10.0, decimals);
    if (r >= 0 && std::abs(std::sqrt(x * unit) - std::sqrt(r * unit)) < MinRootGap)
        return Side::Near;
    if (r <= 0)
        return Side::NoScale;
    if (x > FarFactor * r)
        return Side::Above;
    if (x * FarFactor < r)
        return Side::Below;
    return Side::Near;
}

bool isFar(Side side)
{
    return side == Side::Above || side == Side::Below;
}

QString describe(const Reference &ref, const FigureSurroundings &around)
{
    switch (ref.kind) {
    case Reference::Kind::Usual:
        return QCoreApplication::translate("zx::Validation", "the usual figure for this quarter");
    case Reference::Kind::Earlier:
        return QCoreApplication::translate("zx::Validation", "the figure of %1 Q%2")
            .arg(ref.source.year)
            .arg(ref.source.quarter);
    case Reference::Kind::PaceOf:
        return QCoreApplication::translate("zx::Validation",
                                           "expected at the pace of the year-to-date %1 of %2 Q%3")
            .arg(ref.source.figure.toString())
            .arg(ref.source.year)
            .arg(ref.source.quarter);
    case Reference::Kind::Siblings:
        return QCoreApplication::translate("zx::Validation",
                                           "the median of the %1 other sub-regions of %2")
            .arg(qsizetype(around.siblings.size()))
            .arg(around.parentName);
    }
    return {};
}

Reference earlier(const EarlierFigure &e)
{
    return {Reference::Kind::Earlier, e.figure.toDouble(), e.figure, e};
}

// The same quarter in earlier years: their median from MinYearsForMedian years on, else the
// latest earlier year.
std::optional<Reference> sameQuarterReference(const FigureSurroundings &around)
{
    const auto &before = around.sameQuarter;
    if (before.empty())
        return std::nullopt;
    if (int(before.size()) < MinYearsForMedian)
        return earlier(*std::max_element(
            before.begin(), before.end(),
            [](const EarlierFigure &a, const EarlierFigure &b) { return a.year < b.year; }));
    std::vector<Decimal> figures;
    for (const EarlierFigure &e : before)
        figures.push_back(e.figure);
    const Decimal usual = medianOf(figures);
    return Reference{Reference::Kind::Usual, usual.toDouble(), usual, {}};
}

// The quarter before, like for like: a stock's level as it is; a cumulative year-to-date at its
// pace, scaled to this quarter (Q3's 65 → 65 × 4/3 at Q4). None for a cumulative Q1 (the year
// starts again) nor for a flow: their quarters are seasonal (subsidies paid from Q2, a campaign
// in Q1), and the same quarter a year before is the like-for-like figure.
std::optional<Reference> previousQuarterReference(const Indicator &ind,
                                                  const FigureSurroundings &around)
{
    if (!around.previousQuarter || ind.accumulation == Accumulation::Flow)
        return std::nullopt;
    const EarlierFigure &e = *around.previousQuarter;
    if (ind.accumulation == Accumulation::Stock)
        return earlier(e);
    if (e.year != around.year || e.quarter < 1 || e.quarter >= around.quarter)
        return std::nullopt;
    const double expected = e.figure.toDouble() * around.quarter / e.quarter;
    const auto shown = Decimal::fromDouble(expected, ind.decimals);
    if (!shown)
        return std::nullopt;
    return Reference{Reference::Kind::PaceOf, expected, *shown, e};
}

// The region's own references, the same quarter's first.
std::vector<Reference> ownReferences(const Indicator &ind, const FigureSurroundings &around)
{
    std::vector<Reference> refs;
    for (auto ref : {sameQuarterReference(around), previousQuarterReference(ind, around)})
        if (ref)
            refs.push_back(*ref);
    return refs;
}

double medianOfDoubles(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2.0;
}

// The siblings' median and how far x stands from it on the robust score.
struct Siblings
{
    Reference median;
    std::optional<double> z; // nullopt when every sibling has the same figure

    static std::optional<Siblings> of(const FigureSurroundings &around, double x)
    {
        if (int(around.siblings.size()) < MinSiblings)
            return std::nullopt;
        const Decimal m = medianOf(around.siblings);
        Siblings s;
        s.median = {Reference::Kind::Siblings, m.toDouble(), m, {}};
        std::vector<double> deviations;
        double sum = 0;
        for (const Decimal &f : around.siblings) {
            deviations.push_back(std::abs(f.toDouble() - s.median.figure));
            sum += deviations.back();
        }
        const double mad = medianOfDoubles(deviations);
        const double meanAd = sum / double(deviations.size());
        const double gap = std::abs(x - s.median.figure);
        if (mad > 0)
            s.z = MadFactor * gap / mad;
        else if (meanAd > 0)
            s.z = gap / (MeanAdFactor * meanAd);
        return s;
    }
    // Far by the far factor, and on the robust score when the siblings differ at all.
    bool far(double x, int decimals) const
    {
        return isFar(sideOf(x, median.figure, decimals)) && (!z || *z > RobustZLimit);
    }
    // In line with them: near their median, or far from it but not on the robust score. A
    // median of 0 says neither (most siblings had nothing to report).
    bool agree(double x, int decimals) const
    {
        const Side side = sideOf(x, median.figure, decimals);
        return side == Side::Near || (isFar(side) && !far(x, decimals));
    }
};

// `value` read as the figure `ref` holds with its point moved: "did you mean 67?".
std::optional<RuleViolation> slipAgainst(const Indicator &ind, const Decimal &value,
                                         const Reference &ref, const FigureSurroundings &around)
{
    for (int places = -MaxSlipPlaces; places <= MaxSlipPlaces; ++places) {
        const std::optional<Decimal> meant =
            places == 0 ? std::nullopt : shiftPoint(value, places, ind.decimals);
        if (!meant || meant->isZero())
            continue;
        const double m = meant->toDouble();
        if (m <= ref.figure * SlipTolerance && m * SlipTolerance >= ref.figure)
            return warning("magnitude_slip",
                           QCoreApplication::translate(
                               "zx::Validation", "%1 is out of scale with %2, %3: did you mean %4?")
                               .arg(value.toString(), ref.shown.toString(), describe(ref, around),
                                    meant->toString()));
    }
    return std::nullopt;
}

RuleViolation farFrom(const Decimal &value, const Reference &ref, Side side,
                      const FigureSurroundings &around)
{
    const QString text =
        side == Side::Above
            ? QCoreApplication::translate("zx::Validation", "%1 is more than three times %2, %3")
            : QCoreApplication::translate("zx::Validation", "%1 is less than a third of %2, %3");
    return warning("outlier",
                   text.arg(value.toString(), ref.shown.toString(), describe(ref, around)));
}

// Far from the siblings: by the robust score, or by the far factor alone when they have no
// spread (all equal).
RuleViolation siblingOutlier(const Decimal &value, const Siblings &siblings, int decimals,
                             const FigureSurroundings &around)
{
    const Reference &median = siblings.median;
    if (!siblings.z)
        return farFrom(value, median, sideOf(value.toDouble(), median.figure, decimals), around);
    return warning("outlier",
                   QCoreApplication::translate(
                       "zx::Validation", "%1 is far from %2, %3 (robust z-score %4, above %5)")
                       .arg(value.toString(), median.shown.toString(), describe(median, around),
                            QString::number(*siblings.z, 'f', 1), QString::number(RobustZLimit)));
}

} // namespace

std::vector<RuleViolation> checkOutliers(const Indicator &indicator, const Decimal &value,
                                         const FigureSurroundings &around)
{
    // Ratios say nothing about a negative figure.
    if (value.isNegative())
        return {};
    const double x = value.toDouble();
    const int decimals = indicator.decimals;
    // A figure in line with any of the region's own figures follows its own trend: no typo.
    std::vector<Reference> farOwn;
    for (const Reference &ref : ownReferences(indicator, around)) {
        const Side side = sideOf(x, ref.figure, decimals);
        if (side == Side::Near)
            return {};
        if (isFar(side))
            farOwn.push_back(ref);
    }
    // So does a figure in line with its siblings: the region may simply have caught up.
    const std::optional<Siblings> siblings = Siblings::of(around, x);
    const bool farFromSiblings = siblings && siblings->far(x, decimals);
    if (siblings && siblings->agree(x, decimals))
        return {};
    for (const Reference &ref : farOwn)
        if (auto slip = slipAgainst(indicator, value, ref, around))
            return {*slip};
    if (farFromSiblings)
        if (auto slip = slipAgainst(indicator, value, siblings->median, around))
            return {*slip};
    if (!farOwn.empty())
        return {farFrom(value, farOwn.front(), sideOf(x, farOwn.front().figure, decimals), around)};
    if (farFromSiblings)
        return {siblingOutlier(value, *siblings, decimals, around)};
    return {};
}

bool followsOwnFigures(const Indicator &indicator, const Decimal &value,
                       const FigureSurroundings &around)
{
    if (value.isNegative())
        return false;
    const std::vector<Reference> own = ownReferences(indicator, around);
    return std::any_of(own.begin(), own.end(), [&](const Reference &ref) {
        return sideOf(value.toDouble(), ref.figure, indicator.decimals) == Side::Near;
    });
}

std::optional<Decimal> shiftPoint(const Decimal &value, int places, int decimals)
{
    QString digits = value.toPlainString();
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    qsizetype point = digits.indexOf(u'.');
    if (point < 0)
        point = digits.size();
    else
        digits.remove(point, 1);
    point -= places;
    if (point < 1) {
        digits.prepend(QString(1 - point, u'0'));
        point = 1;
    }
    if (point > digits.size())
        digits.append(QString(point - digits.size(), u'0'));
    QString whole = digits.left(point);
    QString fraction = digits.mid(point);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > decimals)
        return std::nullopt; // digits would be lost: not the same figure
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    QString text = negative ? QStringLiteral("-") + whole : whole;
    if (decimals > 0)
        text += u'.' + fraction.leftJustified(decimals, u'0');
    return Decimal::parse(text);
}

Decimal medianOf(std::vector<Decimal> figures)
{
    if (figures.empty())
        return {};
    std::sort(figures.begin(), figures.end());
    const std::size_t mid = figures.size() / 2;
    if (figures.size() % 2 == 1)
        return figures[mid];
    // a + (b - a) / 2 stays between the two middle figures, so within the range.
    const auto gap = Decimal::checkedSub(figures[mid], figures[mid - 1]);
    if (!gap)
        return figures[mid];
    const int scale = std::max(figures[mid].scale(), figures[mid - 1].scale());
    for (int s : {scale, std::min(scale + 1, int(Decimal::MaxScale))}) {
        const auto halfGap = Decimal::fromDouble(gap->toDouble() / 2.0, s);
        if (!halfGap)
            break;
        const auto doubled = Decimal::checkedAdd(*halfGap, *halfGap);
        if (doubled && *doubled == *gap)
            if (auto median = Decimal::checkedAdd(figures[mid - 1], *halfGap))
                return *median;
    }
    return figures[mid];
}

} // namespace zx
