#include "synthmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace zx {

namespace {

// SplitMix64: a fast, well-mixed hash, so that every figure is its own function of its key.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// FNV-1a over the code: stable across runs and Qt versions, unlike qHash with its seed.
quint64 hashCode(const QString &code)
{
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : code) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

double power10(int decimals)
{
    static const double table[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    return table[std::clamp(decimals, 0, 6)];
}

Decimal fromUnits(qint64 units, int decimals)
{
    // The generator's figures are far inside the supported range.
    return Decimal::fromDouble(double(units) / power10(decimals), decimals).value_or(Decimal());
}

qint64 toUnits(const Decimal &d, int decimals)
{
    return qint64(std::llround(d.toDouble() * power10(decimals)));
}

const char16_t *const CountyNames[] = {
    u"金水", u"中原", u"二七", u"管城", u"惠济", u"上街", u"新郑", u"荥阳", u"新密", u"登封",
    u"中牟", u"巩义", u"航空", u"东城", u"西湖", u"南阳", u"北山", u"长乐", u"永和", u"安宁",
    u"平阳", u"清河", u"太和", u"兴隆", u"宁远", u"嘉禾", u"梅溪", u"丰泽", u"白沙", u"龙湖"};
const char16_t *const FirstSyllables[] = {
    u"张", u"王", u"李", u"刘", u"陈", u"杨", u"赵", u"黄", u"周", u"吴",
    u"东", u"西", u"南", u"北", u"前", u"后", u"上", u"下", u"大", u"小"};
const char16_t *const SecondSyllables[] = {
    u"庄", u"营", u"寨", u"楼", u"店", u"集", u"岗", u"河", u"湾", u"桥",
    u"坡", u"沟", u"屯", u"堡", u"园", u"林", u"台", u"滩", u"铺", u"坊"};

QString syllables(int index, quint64 seed)
{
    const int n = 20;
    const int a = int((index + seed) % n);
    const int b = int((index / n + index * 7 + seed / 3) % n);
    return QString::fromUtf16(FirstSyllables[a]) + QString::fromUtf16(SecondSyllables[b]);
}

} // namespace

SynthModel::SynthModel(const SampleCatalogue &sample, const GenerateOptions &options)
    : m_options(options), m_categories(sample.categories)
{
    buildRegions();
    buildCatalogue(sample);
}

void SynthModel::buildRegions()
{
    const auto add = [&](Region r, int parent) {
        const int index = int(m_regions.size());
        m_regions.push_back({std::move(r), parent, {}, 0, parent < 0 ? 0 : m_regions[parent].depth + 1});
        if (parent >= 0)
            m_regions[parent].children.push_back(index);
        return index;
    };
    // The prefecture-level city on top (level 0, schema version 4), then its counties.
    const int city = add({QStringLiteral("4101"), QStringLiteral("示例市"), QStringLiteral("Sample City"),
                          RegionLevel::City, QString(), 0},
                         -1);
    const quint64 seed = m_options.seed;
    for (int c = 1; c <= m_options.counties; ++c) {
        const QString cCode = QStringLiteral("4101%1").arg(c, 2, 10, QLatin1Char('0'));
        const int nameIndex = int((c - 1 + seed) % std::size(CountyNames));
        QString cName = QString::fromUtf16(CountyNames[nameIndex]) + (c % 3 == 0 ? QStringLiteral("县") : QStringLiteral("区"));
        if (c > int(std::size(CountyNames)))
            cName.prepend(QString::number(c));
        const int county = add({cCode, cName, QStringLiteral("County %1").arg(c, 2, 10, QLatin1Char('0')),
                                RegionLevel::County, m_regions[city].region.code, c},
                               city);
        for (int t = 1; t <= m_options.townshipsPerCounty; ++t) {
            const QString tCode = cCode + QStringLiteral("%1").arg(t, 3, 10, QLatin1Char('0'));
            const QString tName = syllables(c * 31 + t, seed) + (t % 4 == 1 ? QStringLiteral("街道办事处") : QStringLiteral("镇"));
            const int town = add({tCode, tName, QStringLiteral("Township %1-%2").arg(c).arg(t),
                                  RegionLevel::Township, cCode, t},
                                 county);
            for (int v = 1; v <= m_options.villagesPerTownship; ++v) {
                const QString vCode = tCode + QStringLiteral("%1").arg(v, 3, 10, QLatin1Char('0'));
                add({vCode, syllables(t * 53 + v * 11 + c, seed + 7) + QStringLiteral("村"),
                     QStringLiteral("Village %1-%2-%3").arg(c).arg(t).arg(v), RegionLevel::Village,
                     tCode, v},
                    town);
            }
        }
    }
    // Children come after their parent, so a backward pass counts the villages below each.
    for (int i = int(m_regions.size()) - 1; i >= 0; --i) {
        Node &n = m_regions[i];
        if (n.region.level == RegionLevel::Village)
            n.villages = 1;
        if (n.parent >= 0)
            m_regions[n.parent].villages += n.villages;
    }
}

void SynthModel::buildCatalogue(const SampleCatalogue &sample)
{
    for (const SampleIndicator &s : sample.indicators)
        m_items.push_back({s.indicator, s.villageScale, s.sampleLevel, -1, {}, false,
                           s.milestonePct, 0});
    for (int i = 0; i < int(m_items.size()); ++i) {
        Item &item = m_items[i];
        if (!item.indicator.parentCode.isEmpty()) {
            item.total = itemIndex(item.indicator.parentCode);
            m_items[item.total].parts.push_back(i);
        }
    }
    // A group whose parts the sample keeps on different levels stays so (the total on the
    // county); every other figure is stored on the villages.
    for (Item &item : m_items) {
        bool multi = false;
        for (int p : item.parts)
            multi = multi || m_items[p].level != m_items[item.parts.front()].level;
        item.multiLevel = multi;
    }
    for (Item &item : m_items) {
        const bool keepLevel = item.multiLevel || (item.total >= 0 && m_items[item.total].multiLevel);
        item.level = item.indicator.isRatio() ? 0 : keepLevel ? item.level : 3;
    }
    std::vector<int> standalone;
    for (int i = 0; i < int(m_items.size()); ++i) {
        const Item &item = m_items[i];
        if (item.total < 0 && item.parts.empty() && !item.indicator.isRatio() &&
            item.indicator.targetMode != TargetMode::Reduce)
            standalone.push_back(i);
    }
    for (int n = 0; int(m_items.size()) < m_options.indicators && !standalone.empty(); ++n) {
        Item copy = m_items[standalone[n % standalone.size()]];
        const int round = n / int(standalone.size()) + 2;
        copy.indicator.code += QStringLiteral("_%1").arg(round);
        copy.indicator.name += QStringLiteral("（%1）").arg(round);
        copy.indicator.nameEn += QStringLiteral(" (%1)").arg(round);
        copy.indicator.sortOrder += 100 * round;
        copy.indicator.headline = false;
        copy.indicator.description =
            QCoreApplication::translate("zx::Generate", "Synthetic copy of %1 for benchmarks.")
                .arg(m_items[standalone[n % standalone.size()]].indicator.code);
        m_items.push_back(copy);
    }
    for (Item &item : m_items)
        item.salt = hashCode(item.indicator.code);
}

int SynthModel::itemIndex(const QString &code) const
{
    for (int i = 0; i < int(m_items.size()); ++i)
        if (m_items[i].indicator.code == code)
            return i;
    return -1;
}

double SynthModel::uniform(quint64 a, quint64 b, quint64 c, quint64 d) const
{
    quint64 h = mix(m_options.seed ^ mix(a));
    h = mix(h ^ b);
    h = mix(h ^ c);
    h = mix(h ^ d);
    return double(h >> 11) * 0x1.0p-53;
}

bool SynthModel::isStoredOn(int item, int region) const
{
    const int level = m_items[item].level;
    if (level == 0)
        return false;
    return m_regions[region].depth == level;
}

// Stochastic rounding to the indicator's decimals: small counts (0.2 bulletins a quarter
// per village) come out as 0 or 1 with the right mean rather than always 0.
Decimal SynthModel::rounded(int item, double x, double u) const
{
    const Indicator &ind = m_items[item].indicator;
    double capped = std::max(0.0, x);
    if (ind.maxValue)
        capped = std::min(capped, ind.maxValue->toDouble());
    else if (ind.isPercentage())
        capped = std::min(capped, 100.0);
    const double scale = power10(ind.decimals);
    qint64 units = qint64(std::floor(capped * scale + u));
    if (ind.maxValue || ind.isPercentage()) // rounding up must not cross the ceiling
        units = std::min(units, qint64(std::floor((ind.maxValue ? ind.maxValue->toDouble() : 100.0) * scale + 1e-9)));
    return fromUnits(units, ind.decimals);
}

double SynthModel::ownFigure(int item, int region, int year, int quarter) const
{
    const Item &it = m_items[item];
    const Indicator &ind = it.indicator;
    const double regionFactor = 0.6 + 0.8 * uniform(it.salt, region, 0, 1);
    if (ind.aggregation != Aggregation::Sum && ind.isPercentage()) {
        const double gap = std::max(0.5, 100.0 - it.villageScale);
        return 100.0 - gap * regionFactor * (0.5 + uniform(it.salt, region, year, quarter));
    }
    const double size = ind.aggregation == Aggregation::Sum ? m_regions[region].villages : 1;
    const double growth = 1.0 + 0.04 * (year - m_options.firstYear);
    return it.villageScale * size * regionFactor * growth;
}

std::optional<Decimal> SynthModel::value(int item, int region, int year, int quarter) const
{
    if (!isStoredOn(item, region))
        return std::nullopt;
    const Item &it = m_items[item];
    if (it.total >= 0 && !m_items[it.total].multiLevel)
        return partOfSum(item, region, year, quarter);
    if (it.multiLevel)
        return multiLevelTotal(item, region, year, quarter);
    const Indicator &ind = it.indicator;
    const double base = ownFigure(item, region, year, quarter);
    if (ind.aggregation != Aggregation::Sum && ind.isPercentage())
        return rounded(item, base, 0.5);
    if (ind.targetMode == TargetMode::Reduce) {
        // Still to do, coming down year by year: the same threshold every quarter keeps the
        // level from bouncing back up.
        const double t = (year - m_options.firstYear) + quarter / 4.0;
        const double level = base / (1.0 + 0.04 * (year - m_options.firstYear)) * std::max(0.0, 1.0 - 0.12 * t);
        return rounded(item, level, uniform(it.salt, region, 7, 7));
    }
    switch (ind.accumulation) {
    case Accumulation::Flow:
        return rounded(item, base * (0.75 + 0.5 * uniform(it.salt, region, year, quarter)),
                       uniform(it.salt, region, year, quarter + 10));
    case Accumulation::Stock:
        return rounded(item, base * (0.97 + 0.06 * uniform(it.salt, region, year, quarter)),
                       uniform(it.salt, region, year, quarter + 10));
    case Accumulation::Cumulative: {
        Decimal sum;
        for (int q = 1; q <= quarter; ++q)
            sum = sum + rounded(item, base / 4.0 * (0.7 + 0.6 * uniform(it.salt, region, year, q)),
                                uniform(it.salt, region, year, q + 10));
        return sum;
    }
    }
    return std::nullopt;
}

// A part of a same-level group: the total is split among its parts (each part its share of
// the sample's figures, jittered); the last part takes what is left, so they add up exactly.
std::optional<Decimal> SynthModel::partOfSum(int item, int region, int year, int quarter) const
{
    const Item &it = m_items[item];
    const Item &total = m_items[it.total];
    const auto totalValue = value(it.total, region, year, quarter);
    if (!totalValue)
        return std::nullopt;
    const int decimals = total.indicator.decimals;
    const qint64 totalUnits = toUnits(*totalValue, decimals);
    if (it.indicator.partRule == PartRule::PartNotAboveTotal) {
        const double share = 0.3 + 0.25 * uniform(it.salt, region, year, quarter);
        return fromUnits(qint64(std::floor(totalUnits * share)), decimals);
    }
    double weightSum = 0;
    std::vector<double> weights;
    for (int p : total.parts) {
        weights.push_back(m_items[p].villageScale * (0.6 + 0.8 * uniform(m_items[p].salt, region, year, quarter)));
        weightSum += weights.back();
    }
    qint64 remaining = totalUnits;
    for (std::size_t k = 0; k < total.parts.size(); ++k) {
        const bool last = k + 1 == total.parts.size();
        const double u = uniform(total.salt, region, year, quarter * 16 + k);
        const qint64 units = last ? remaining
                                  : std::min(remaining, qint64(std::floor(totalUnits * weights[k] / weightSum + u)));
        if (total.parts[k] == item)
            return fromUnits(units, decimals);
        remaining -= units;
    }
    return std::nullopt;
}

// A total whose parts sit on different levels is stored on its own level as the sum of every
// part figure stored in its subtree (district + sub-district + village patrols).
std::optional<Decimal> SynthModel::multiLevelTotal(int item, int region, int year, int quarter) const
{
    const Item &it = m_items[item];
    Decimal sum;
    std::vector<int> stack{region};
    while (!stack.empty()) {
        const int r = stack.back();
        stack.pop_back();
        for (int p : it.parts)
            if (auto v = value(p, r, year, quarter))
                sum = sum + *v;
        for (int c : m_regions[r].children)
            stack.push_back(c);
    }
    return sum;
}

} // namespace zx
