#include "surroundings.h"

#include "dataset.h"
#include "domain/names.h"

namespace zx {

SiblingIndex::SiblingIndex(const Dataset &data)
{
    const std::vector<Value> &values = data.values();
    for (qsizetype i = 0; i < qsizetype(values.size()); ++i) {
        const Value &v = values[std::size_t(i)];
        if (const Region *r = data.region(v.regionCode); r && !r->parentCode.isEmpty())
            m_groups[Dataset::key(v.indicatorCode, r->parentCode, v.year, v.quarter)].push_back(i);
    }
}

const std::vector<qsizetype> *SiblingIndex::group(const QString &indicator, const QString &parent,
                                                  int year, int quarter) const
{
    const auto it = m_groups.constFind(Dataset::key(indicator, parent, year, quarter));
    return it == m_groups.cend() ? nullptr : &*it;
}

namespace {

std::vector<Decimal> siblingFigures(const Dataset &data, const QString &indicator,
                                    const Region &self, int year, int quarter,
                                    const SiblingIndex *index)
{
    std::vector<Decimal> figures;
    if (index) {
        if (const auto *group = index->group(indicator, self.parentCode, year, quarter))
            for (qsizetype i : *group)
                if (const Value &v = data.values()[std::size_t(i)]; v.regionCode != self.code)
                    figures.push_back(v.value);
        return figures;
    }
    for (const QString &sibling : data.children(self.parentCode))
        if (sibling != self.code)
            if (const auto &f = data.stored(indicator, sibling, year, quarter))
                figures.push_back(*f);
    return figures;
}

} // namespace

FigureSurroundings surroundingsOf(const Dataset &data, const QString &indicator,
                                  const QString &region, int year, int quarter,
                                  const SiblingIndex *siblings)
{
    FigureSurroundings around;
    around.year = year;
    around.quarter = quarter;
    for (int y = data.fromYear(); y < year; ++y)
        if (const auto &f = data.stored(indicator, region, y, quarter))
            around.sameQuarter.push_back({y, quarter, *f});
    const int beforeYear = quarter > 1 ? year : year - 1;
    const int beforeQuarter = quarter > 1 ? quarter - 1 : 4;
    if (const auto &f = data.stored(indicator, region, beforeYear, beforeQuarter))
        around.previousQuarter = EarlierFigure{beforeYear, beforeQuarter, *f};
    const Region *self = data.region(region);
    const Region *parent = self ? data.region(self->parentCode) : nullptr;
    if (!parent)
        return around;
    around.siblings = siblingFigures(data, indicator, *self, year, quarter, siblings);
    if (int(around.siblings.size()) >= outliers::MinSiblings)
        around.parentName = displayName(*parent);
    return around;
}

std::vector<RuleViolation> checkOutliersIn(const Dataset &data, const Indicator &indicator,
                                           const QString &region, int year, int quarter,
                                           const Decimal &value, const SiblingIndex *siblings)
{
    return checkOutliers(indicator, value,
                         surroundingsOf(data, indicator.code, region, year, quarter, siblings));
}

} // namespace zx
