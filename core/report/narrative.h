#pragma once

#include "domain/types.h"

#include <QHash>
#include <QString>

namespace zx {

class Evaluator;

enum class ReportLanguage { Chinese, English };

// Report sentences in the users' own phrasing. Each indicator carries a template per language
// with placeholders {name} {value} {unit} {target} {completion} {yoy} {parts}; the defaults
// reproduce the 2023 report, e.g.
//   新增{name}{value}{unit}，占年度目标任务{target}{unit}的{completion}%
//   → 新增返乡下乡创业人员479人，占年度目标任务350人的136.86%
// {parts} joins the parts' own sentences: 区级48次、街道211次、村级2177次.

// A figure as reports write it: exactly as entered, without trailing zeros after the point
// ("4296.3", "2492", "21.9").
QString reportNumber(const Decimal &value);

// Replaces every {key} of `fields` in `text`; unknown placeholders stay visible so a broken
// template is noticed, not silently emptied.
QString fillTemplate(const QString &text, const QHash<QString, QString> &fields);

// The indicator's sentence for a region and period (year to date at `quarter`), or an
// empty string when the indicator has no figure there. A placeholder whose figure is missing
// (e.g. {target} without a target) makes the sentence fall back to the plain form
// "{name}{value}{unit}".
QString narrativeSentence(const Evaluator &eval, const Indicator &indicator,
                          const QString &regionCode, int year, int quarter,
                          ReportLanguage language);

} // namespace zx
