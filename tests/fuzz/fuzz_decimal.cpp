// Decimal::parseInput on any text, and the arithmetic on what it accepts. Invariants: an
// accepted figure is within the range and its text reads back as the same figure; a figure
// the strict parser refuses is never called beyond the range unless it is too long; sums and
// differences never wrap (checked against long double); the mean lies between min and max.
// The input is two figures separated by '|'.
#include "analytics/rollup.h"
#include "domain/decimal.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

using zx::Decimal;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

std::optional<Decimal> figure(QStringView text)
{
    const auto d = Decimal::parseInput(text);
    if (!d)
        return std::nullopt;
    require(!Decimal::exceedsRange(text));
    require(d->isWithinRange());
    require(d->scale() >= 0 && d->scale() <= Decimal::MaxScale);
    const auto back = Decimal::parse(d->toString());
    require(back.has_value() && *back == *d && back->toString() == d->toString());
    const auto plain = Decimal::parse(d->toPlainString());
    require(plain.has_value() && *plain == *d);
    require(std::fabs(d->toDouble()) <= 1e12); // 999999999999.999999 is 1e12 as a double
    return d;
}

long double exact(const Decimal &d)
{
    return std::strtold(d.toString().toLatin1().constData(), nullptr);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype bar = text.indexOf(u'|');
    const auto a = figure(bar < 0 ? QStringView(text) : QStringView(text).left(bar));
    if (bar < 0 || !a)
        return 0;
    const auto b = figure(QStringView(text).mid(bar + 1));
    if (!b)
        return 0;
    const long double limit = 1e12L;
    const auto sum = Decimal::checkedAdd(*a, *b);
    const long double trueSum = exact(*a) + exact(*b);
    require(sum.has_value() == (std::fabs(trueSum) < limit - 1e-7L) ||
            std::fabs(std::fabs(trueSum) - limit) < 1e-3L);
    if (sum) {
        require(Decimal::checkedAdd(*b, *a) == sum);
        require(Decimal::checkedSub(*sum, *b) == a);
        require(Decimal::sum(std::vector<Decimal>{*a, *b}) == sum);
    }
    const auto difference = Decimal::checkedSub(*a, *b);
    if (difference)
        require(Decimal::checkedAdd(*difference, *b) == a);
    const std::vector<Decimal> both{*a, *b};
    const auto mean = zx::rollUp(zx::Aggregation::Mean, both, Decimal::MaxScale);
    const Decimal low = std::min(*a, *b);
    const Decimal high = std::max(*a, *b);
    if (mean)
        require(low <= *mean && *mean <= high);
    require(zx::rollUp(zx::Aggregation::Max, both, 0) == high);
    require(zx::rollUp(zx::Aggregation::Sum, both, 0) == sum);
    require(zx::checkedRollUp(zx::Aggregation::Sum, both, 0).ok() == sum.has_value());
    return 0;
}
