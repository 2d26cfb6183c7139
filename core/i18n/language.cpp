#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace zx {

namespace {

const QString kOurs = QStringLiteral(":/i18n/zhenxing_zh_CN.qm");

// Answers every message with its source text, which is English: installed last, it stands in
// front of the zh_CN translators.
class SourceTextTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale system;
    const bool chinese = language.isEmpty() ? system.language() == QLocale::Chinese
                                            : language.startsWith(QLatin1String("zh"));
    if (!chinese) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *ours = new QTranslator(&app);
    if (ours->load(kOurs))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("zh_CN");
}

ScopedLanguage::ScopedLanguage(const QString &language)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    if (!QCoreApplication::instance())
        return; // no application: translate() answers the English source anyway
    if (chinese) {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(kOurs)) {
            m_translator.reset();
            return;
        }
    } else {
        m_translator = std::make_unique<SourceTextTranslator>();
    }
    QCoreApplication::installTranslator(m_translator.get());
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator.get());
    QLocale::setDefault(m_previousLocale);
}

} // namespace zx
