#include "entrychecks.h"

#include "summary/dataset.h"

#include <QCoreApplication>

#include <algorithm>

namespace zx::entrychecks {

ParsedCell parseCell(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {true, std::nullopt};
    const auto value = Decimal::parseInput(text);
    return {value.has_value(), value};
}

RuleViolation notANumber(const QString &text)
{
    if (Decimal::exceedsRange(text))
        return {Severity::Error, QStringLiteral("beyond_range"),
                Decimal::rangeMessage(QStringLiteral("'%1'").arg(text.trimmed()))};
    return {Severity::Error, QStringLiteral("not_a_number"),
            QCoreApplication::translate("zx::EntryGridModel", "'%1' is not a number")
                .arg(text.trimmed())};
}

bool acceptable(const std::vector<RuleViolation> &found, const QString &comment)
{
    return std::none_of(found.begin(), found.end(), [&](const RuleViolation &v) {
        return v.severity == Severity::Error || comment.trimmed().isEmpty();
    });
}

std::vector<std::vector<RuleViolation>> checkBlock(const Dataset &data,
                                                   const std::vector<ValueChange> &changes)
{
    // A single figure is judged by checkEntry against the figures as they are; a block is
    // judged on a copy holding the whole block, so a part and its total pasted together are
    // held against each other rather than against the figures they replace.
    std::optional<Dataset> overlaid;
    if (changes.size() > 1) {
        overlaid.emplace(data);
        for (const ValueChange &c : changes)
            overlaid->overlay(c.key.indicatorCode, c.key.regionCode, c.key.year, c.key.quarter,
                              c.value);
    }
    const Dataset &context = overlaid ? *overlaid : data;
    std::vector<std::vector<RuleViolation>> result;
    for (const ValueChange &c : changes)
        result.push_back(c.value ? checkEntry(context, c.key, *c.value)
                                 : std::vector<RuleViolation>{});
    return result;
}

} // namespace zx::entrychecks
