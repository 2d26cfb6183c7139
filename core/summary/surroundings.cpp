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
            m_groups[Dataset::slot(v.indicatorCode, r->parentCode, v.year, v.quarter)].push_back(i);
    }
}

const std::vector<qsizetype> *SiblingIndex::group(const QString &indicator, const QString &parent,
                                                  int year, int quarter) const
{
    const auto it = m_groups.constFind(Dataset::slot(indicator, parent, year, quarter));
    return it == m_groups.cend() ? nullptr : &*it;
}

namespace {

std::vector<Decimal> siblingFigures(const Dataset &data, const QString &indicator,
                                    const Region &self, int year, int quarter,
                                    const SiblingIndex *index)
{
    std::vector<Decimal> figures;
    if (index) {
        const auto *group = index->group(indicator, self.parentCode, year, quarter);
        if (!group)
            return figures;
        figures.reserve(group->size());
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

// The region's own figures: the same quarter in earlier years and the quarter before.
FigureSurroundings ownSurroundings(const Dataset &data, const QString &indicator,
                                   const QString &region, int year, int quarter)
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
    return around;
}

// The same quarter at the other regions under the region's parent, with the parent's name.
void addSiblings(FigureSurroundings &around, const Dataset &data, const QString &indicator,
                 const QString &region, const SiblingIndex *index)
{
    const Region *self = data.region(region);
    const Region *parent = self ? data.region(self->parentCode) : nullptr;
    if (!parent)
        return;
    around.siblings = siblingFigures(data, indicator, *self, around.year, around.quarter, index);
    if (int(around.siblings.size()) >= outliers::MinSiblings)
        around.parentName = displayName(*parent);
}

} // namespace

FigureSurroundings surroundingsOf(const Dataset &data, const QString &indicator,
                                  const QString &region, int year, int quarter,
                                  const SiblingIndex *siblings)
{
    FigureSurroundings around = ownSurroundings(data, indicator, region, year, quarter);
    addSiblings(around, data, indicator, region, siblings);
    return around;
}

std::vector<RuleViolation> checkOutliersIn(const Dataset &data, const Indicator &indicator,
                                           const QString &region, int year, int quarter,
                                           const Decimal &value, const SiblingIndex *siblings)
{
    FigureSurroundings around = ownSurroundings(data, indicator.code, region, year, quarter);
    // Most figures follow their own: their siblings are not even looked up.
    if (followsOwnFigures(indicator, value, around))
        return {};
    addSiblings(around, data, indicator.code, region, siblings);
    return checkOutliers(indicator, value, around);
}

} // namespace zx
