#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace zx {

// Installs Zhenxing's translation (and Qt's own, for standard dialogs) for `language`
// ("zh_CN" or "en"); an empty `language` follows the system locale, so a Chinese system gets
// Chinese. Also makes it the default QLocale, which picks Chinese or English indicator names.
// Returns the language in effect. The translators are children of `app`.
QString installTranslations(QCoreApplication &app, const QString &language = {});

// For as long as it lives, messages (QCoreApplication::translate) and names (displayName,
// through the default QLocale) come in `language` — "zh_CN" or "en" — whatever the program's
// own language is; the destructor puts both back. The bulletin builds its validation findings
// in one: they are worded when they are made, and a report in English from a Chinese desktop
// (or `zhenxing-cli report --lang en` on a Chinese system) must not carry Chinese findings.
// It installs one translator on top of the others: for Chinese, our zh_CN translation; for
// English, one that answers every message with its English source text. Installing and
// removing a translator sends LanguageChange to the application (widgets retranslate to the
// restored language). The default QLocale is process-wide: use it on the thread that owns the
// application, for a short computation, and never nest it across threads.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
    QLocale m_previousLocale;
};

} // namespace zx
