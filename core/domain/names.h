#pragma once

#include "types.h"

#include <QString>

namespace zx {

// The name a person reads in the current language (the default QLocale, set from the
// user's language choice): the Chinese name in Chinese, else the English one; falling back
// to the other name, then the code. An indicator's English name starts with a capital.
QString displayName(const Indicator &indicator);
QString displayName(const Region &region);
QString displayName(const Category &category);

// The unit a person reads in the current language: the Chinese unit in Chinese; in English the
// catalogue's English unit, else englishUnit(unit).
QString displayUnit(const Indicator &indicator);

// The standard English form of a Chinese unit as tables, axes and editors write it: measures
// in their usual short form (亩 mu, 万元 10k yuan, 公里 km, % %), what is counted where English
// names it (人 persons, 户 households, 次 times …), nothing for 个; a unit it does not know
// stays as entered.
QString englishUnit(const QString &unit);

} // namespace zx
