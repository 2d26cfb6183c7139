#pragma once

#include <QString>

class QCoreApplication;

namespace zx {

// Installs Zhenxing's translation (and Qt's own, for standard dialogs) for `language`
// ("zh_CN" or "en"); an empty `language` follows the system locale, so a Chinese system gets
// Chinese. Also makes it the default QLocale, which picks Chinese or English indicator names.
// Returns the language in effect. The translators are children of `app`.
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace zx
