#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace zx {

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
    if (ours->load(QStringLiteral(":/i18n/zhenxing_zh_CN.qm")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("zh_CN");
}

} // namespace zx
