#include "rollup.h"

#include <algorithm>
#include <cstdlib>

namespace zx {

namespace {

// Decimal keeps its integer units private; its text form is exact, so read them back from it.
std::int64_t unitsOf(const Decimal &value)
{
    QString text = value.toString();
    text.remove(u'.');
    return text.toLongLong();
}

Decimal decimalFromUnits(std::int64_t units, int scale)
{
    const std::int64_t magnitude = units < 0 ? -units : units;
    QString text = QString::number(magnitude).rightJustified(scale + 1, u'0');
    if (scale > 0)
        text.insert(text.size() - scale, u'.');
    if (units < 0)
        text.prepend(u'-');
    return Decimal::parse(text).value_or(Decimal());
}

// The mean rounded half away from zero in integers, not through a double: the mean of
// 1.00 and 1.01 is exactly 1.005 and must show 1.01, while 1.005 as a double is 1.00499999…
Decimal exactMean(const std::vector<Decimal> &children, int meanScale)
{
    Decimal sum;
    for (const Decimal &child : children)
        sum = sum + child;
    const int scale = std::clamp(meanScale, 0, Decimal::MaxScale);
    std::int64_t numerator = unitsOf(sum);
    auto denominator = static_cast<std::int64_t>(children.size());
    for (int s = sum.scale(); s < scale; ++s)
        numerator *= 10;
    for (int s = sum.scale(); s > scale; --s)
        denominator *= 10;
    const std::int64_t magnitude = (2 * std::llabs(numerator) + denominator) / (2 * denominator);
    return decimalFromUnits(numerator < 0 ? -magnitude : magnitude, scale);
}

} // namespace

int meanScale(const Indicator &indicator)
{
    return std::min(indicator.decimals + 2, Decimal::MaxScale);
}

std::optional<Decimal> rollUp(Aggregation aggregation, const std::vector<Decimal> &children,
                              int meanScale)
{
    if (children.empty())
        return std::nullopt;
    switch (aggregation) {
    case Aggregation::Sum: {
        Decimal sum;
        for (const Decimal &child : children)
            sum = sum + child;
        return sum;
    }
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
