#include "rollup.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace zx {

namespace {

// The mean rounded half away from zero in integers, not through a double: the mean of
// 1.00 and 1.01 is exactly 1.005 and must show 1.01, while 1.005 as a double is 1.00499999…
// The sum is taken in 128 bits (figures in range cannot make it wrap), so a mean of figures
// whose sum would leave the range is still exact; the mean itself never leaves it.
std::optional<Decimal> exactMean(const std::vector<Decimal> &children, int meanScale)
{
    const int scale = std::clamp(meanScale, 0, Decimal::MaxScale);
    DecimalWide numerator = 0; // in 10^-6 units
    for (const Decimal &child : children) {
        // Exact: a figure's text is its units; in range, so at most 18 digits.
        QString text = child.toString();
        const int childScale = child.scale();
        text.remove(u'.');
        DecimalWide units = text.toLongLong();
        for (int s = childScale; s < Decimal::MaxScale; ++s)
            units *= 10;
        numerator += units;
    }
    DecimalWide denominator = static_cast<DecimalWide>(children.size());
    for (int s = Decimal::MaxScale; s > scale; --s)
        denominator *= 10;
    const DecimalWide magnitude =
        (2 * (numerator < 0 ? -numerator : numerator) + denominator) / (2 * denominator);
    const DecimalWide units = numerator < 0 ? -magnitude : magnitude;
    // Back to text at `scale` decimals: at most 12 + 6 digits, parse checks the range.
    const std::int64_t abs = static_cast<std::int64_t>(magnitude);
    QString text = QString::number(abs).rightJustified(scale + 1, u'0');
    if (scale > 0)
        text.insert(text.size() - scale, u'.');
    if (units < 0)
        text.prepend(u'-');
    return Decimal::parse(text);
}

} // namespace

int meanScale(const Indicator &indicator)
{
    return std::min(indicator.decimals + 2, Decimal::MaxScale);
}

Result<std::optional<Decimal>> checkedRollUp(Aggregation aggregation,
                                             const std::vector<Decimal> &children, int meanScale)
{
    if (aggregation == Aggregation::Sum && !children.empty() && !Decimal::sum(children))
        return Error{Decimal::rangeMessage(QCoreApplication::translate(
                                               "zx::Validation", "The sum of %1 sub-region figures")
                                               .arg(children.size()))};
    return rollUp(aggregation, children, meanScale);
}

std::optional<Decimal> rollUp(Aggregation aggregation, const std::vector<Decimal> &children,
                              int meanScale)
{
    if (children.empty())
        return std::nullopt;
    switch (aggregation) {
    case Aggregation::Sum:
        return Decimal::sum(children);
    case Aggregation::Mean:
        return exactMean(children, meanScale);
    case Aggregation::Max:
        return *std::max_element(children.begin(), children.end());
    case Aggregation::Min:
        return *std::min_element(children.begin(), children.end());
    case Aggregation::Ratio:
        // A rate is recomputed from its aggregated numerator and denominator (ratioValue);
        // any figure made from the children's rates themselves would be wrong, so none is.
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> ratioValue(const std::optional<Decimal> &numerator,
                                 const std::optional<Decimal> &denominator, double scale)
{
    if (!numerator || !denominator || denominator->isZero())
        return std::nullopt;
    return numerator->toDouble() / denominator->toDouble() * scale;
}

} // namespace zx
