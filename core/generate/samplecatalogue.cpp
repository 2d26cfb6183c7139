#include "samplecatalogue.h"

#include "domain/enums.h"
#include "io/csv.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace zx {

namespace {

// The sample is one district of 5 sub-districts and 20 villages; its county figures are
// spread over 20 villages to give a village's share.
constexpr double SampleVillages = 20.0;
constexpr int SampleYear = 2023;

Result<CsvTable> readTable(const QString &folder, const QString &name)
{
    QFile file(folder + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("zx::Sample", "Cannot read %1: %2")
                         .arg(file.fileName(), file.errorString())};
    return CsvTable::parse(QString::fromUtf8(file.readAll()), name);
}

std::optional<Indicator> indicatorFromRow(const CsvTable &t, qsizetype i)
{
    const auto f = [&](const char *column) { return t.field(i, QString::fromLatin1(column)); };
    const auto acc = accumulationFromCode(f("accumulation"));
    const auto agg = aggregationFromCode(f("aggregation"));
    const auto mode = targetModeFromCode(f("target_mode"));
    const auto kind = kindFromCode(f("kind"));
    const auto rule = partRuleFromCode(f("part_rule"));
    if (!acc || !agg || !mode || !kind || !rule)
        return std::nullopt;
    Indicator ind;
    ind.code = f("code");
    ind.categoryCode = f("category");
    ind.name = f("name");
    ind.nameEn = f("name_en");
    ind.unit = f("unit");
    ind.unitEn = f("unit_en");
    ind.decimals = f("decimals").toInt();
    ind.accumulation = *acc;
    ind.aggregation = *agg;
    ind.targetMode = *mode;
    ind.kind = *kind;
    ind.partRule = *rule;
    ind.numeratorCode = f("numerator");
    ind.denominatorCode = f("denominator");
    ind.ratioScale = f("ratio_scale").isEmpty() ? 100.0 : f("ratio_scale").toDouble();
    if (!f("min").isEmpty())
        ind.minValue = Decimal::parse(f("min"));
    if (!f("max").isEmpty())
        ind.maxValue = Decimal::parse(f("max"));
    ind.parentCode = f("parent");
    ind.headline = f("headline") == QLatin1String("1");
    ind.sortOrder = f("sort_order").toInt();
    ind.narrativeZh = f("narrative_zh");
    ind.narrativeEn = f("narrative_en");
    ind.description = f("description");
    return ind;
}

int levelOfCode(const QString &region)
{
    return region.size() <= 6 ? 1 : region.size() <= 9 ? 2 : 3;
}

// Sums of the sample's SampleYear figures per indicator: over the year and at Q4, and the
// count of figures, to turn into a village's typical figure.
struct Tally
{
    double yearSum = 0;
    double q4Sum = 0;
    int count = 0;
    double sum = 0;
    int level = 0;
};

void applyTallies(SampleCatalogue &c, const CsvTable &values)
{
    QHash<QString, Tally> tallies;
    for (qsizetype i = 0; i < values.rowCount(); ++i) {
        Tally &t = tallies[values.field(i, QStringLiteral("indicator"))];
        t.level = std::max(t.level, levelOfCode(values.field(i, QStringLiteral("region"))));
        if (values.field(i, QStringLiteral("year")).toInt() != SampleYear)
            continue;
        const double v = values.field(i, QStringLiteral("value")).toDouble();
        t.yearSum += v;
        t.sum += v;
        ++t.count;
        if (values.field(i, QStringLiteral("quarter")) == QLatin1String("4"))
            t.q4Sum += v;
    }
    for (SampleIndicator &s : c.indicators) {
        const Indicator &ind = s.indicator;
        const Tally t = tallies.value(ind.code);
        s.sampleLevel = t.level == 0 ? 3 : t.level;
        double scale = 0;
        if (ind.aggregation != Aggregation::Sum)
            scale = t.count > 0 ? t.sum / t.count : 0;
        else if (ind.accumulation == Accumulation::Flow)
            scale = t.yearSum / 4.0 / SampleVillages;
        else
            scale = t.q4Sum / SampleVillages;
        s.villageScale = scale > 0 ? scale : 0.5;
    }
}

void applyMilestones(SampleCatalogue &c, const CsvTable &targets)
{
    for (qsizetype i = 0; i < targets.rowCount(); ++i) {
        if (targets.field(i, QStringLiteral("m1")).isEmpty())
            continue;
        const QString code = targets.field(i, QStringLiteral("indicator"));
        for (SampleIndicator &s : c.indicators)
            if (s.indicator.code == code)
                for (int q = 0; q < 4; ++q)
                    s.milestonePct[q] = targets.field(i, QStringLiteral("m%1").arg(q + 1)).toDouble();
    }
}

} // namespace

Result<SampleCatalogue> readSampleCatalogue(const QString &folder)
{
    SampleCatalogue c;
    auto categories = readTable(folder, QStringLiteral("categories.csv"));
    auto indicators = readTable(folder, QStringLiteral("indicators.csv"));
    auto values = readTable(folder, QStringLiteral("values.csv"));
    auto targets = readTable(folder, QStringLiteral("targets.csv"));
    for (const auto *t : {&categories, &indicators, &values, &targets})
        if (!*t)
            return Error{t->error()};
    for (qsizetype i = 0; i < categories->rowCount(); ++i)
        c.categories.push_back({categories->field(i, QStringLiteral("code")),
                                categories->field(i, QStringLiteral("name")),
                                categories->field(i, QStringLiteral("name_en")),
                                categories->field(i, QStringLiteral("sort_order")).toInt()});
    for (qsizetype i = 0; i < indicators->rowCount(); ++i) {
        auto ind = indicatorFromRow(*indicators, i);
        if (!ind)
            return Error{QCoreApplication::translate("zx::Sample", "%1, line %2: bad indicator")
                             .arg(QStringLiteral("indicators.csv"))
                             .arg(indicators->lineOf(i))};
        c.indicators.push_back({*ind, 1.0, 3, {}});
    }
    applyTallies(c, *values);
    applyMilestones(c, *targets);
    return c;
}

} // namespace zx
