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
//
// A total's parts are in its sentence by default: a template (or the plain form) without
// {parts} gets them appended — "，其中{parts}" / ", of which {parts}" — so a county whose
// catalogue has no templates still reads "行政村140个，其中……86个". A template that says
// {noparts} (printed as nothing) leaves them out of the total's sentence; the parts then
// read as sentences of their own in the section's paragraph (ReportData), so no figure
// is lost from the text.

// A figure as reports write it: exactly as entered, without trailing zeros after the point
// ("4296.3", "2492", "21.9").
QString reportNumber(const Decimal &value);

// The unit as the report's language writes it. Chinese: as entered. English: the measures of
// the standard units in English (亩 mu, 万元 ×10,000 yuan, 公里 km, % …) and nothing for the
// counting words English has no use for (个 名 人 户 次 处 家 …: "479 returning
// entrepreneurs"); a unit it does not know stays as entered.
QString reportUnit(const QString &unit, ReportLanguage language);

// The indicator's unit in a table or on a chart of the report's language: the Chinese unit, or
// the catalogue's English unit (unit_en), else its standard English form (englishUnit: 10k
// yuan, persons). Sentences use reportUnit, which drops the counting words and writes a
// measure in full ("20 ×10,000 yuan of assistance funds", not "20 10k yuan").
QString unitIn(const Indicator &indicator, ReportLanguage language);

// Replaces every {key} of `fields` in `text`; unknown placeholders stay visible so a broken
// template is noticed, not silently emptied.
QString fillTemplate(const QString &text, const QHash<QString, QString> &fields);

// Whether the indicator's sentence lists its parts (a template without {noparts}). When it
// does, the report does not repeat a part as a sentence of its own.
bool sentenceListsParts(const Indicator &indicator, ReportLanguage language);

// The indicator's sentence for a region and period (year to date at `quarter`), or an
// empty string when the indicator has no figure there. A placeholder whose figure is missing
// (e.g. {target} without a target) makes the sentence fall back to the plain form
// "{name}{value}{unit}" (its parts still appended).
QString narrativeSentence(const Evaluator &eval, const Indicator &indicator,
                          const QString &regionCode, int year, int quarter,
                          ReportLanguage language);

} // namespace zx
