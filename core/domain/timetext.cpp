#include "timetext.h"

#include <QDateTime>

namespace zx {

QString localTimeText(const QString &isoUtc)
{
    QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!time.isValid())
        return isoUtc;
    if (time.timeSpec() == Qt::LocalTime) // stored without a zone: written as UTC
        time.setTimeSpec(Qt::UTC);
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace zx
