#pragma once

#include "types.h"

#include <QString>

namespace zx {

// The name a person reads in the current language (the default QLocale, set from the
// user's language choice): the Chinese name in Chinese, else the English one; falling back
// to the other name, then the code.
QString displayName(const Indicator &indicator);
QString displayName(const Region &region);
QString displayName(const Category &category);

} // namespace zx
