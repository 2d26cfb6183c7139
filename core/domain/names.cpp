#include "names.h"

#include <QLocale>

namespace zx {

namespace {

QString pick(const QString &zh, const QString &en, const QString &code)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString &preferred = chinese ? zh : en;
    const QString &other = chinese ? en : zh;
    if (!preferred.isEmpty())
        return preferred;
    return other.isEmpty() ? code : other;
}

} // namespace

QString displayName(const Indicator &i) { return pick(i.name, i.nameEn, i.code); }
QString displayName(const Region &r) { return pick(r.name, r.nameEn, r.code); }
QString displayName(const Category &c) { return pick(c.name, c.nameEn, c.code); }

} // namespace zx
