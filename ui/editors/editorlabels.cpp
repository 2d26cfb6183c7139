#include "editorlabels.h"

#include <QCoreApplication>
#include <QDateTime>

namespace zx::editorlabels {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("zx::EditorLabels", text);
}

} // namespace

QString accumulation(Accumulation v)
{
    switch (v) {
    case Accumulation::Flow:
        return QCoreApplication::translate("zx::EditorLabels", "Flow");
    case Accumulation::Cumulative:
        return QCoreApplication::translate("zx::EditorLabels", "Cumulative");
    case Accumulation::Stock:
        return QCoreApplication::translate("zx::EditorLabels", "Stock");
    }
    return {};
}

QString aggregation(Aggregation v)
{
    switch (v) {
    case Aggregation::Sum:
        return QCoreApplication::translate("zx::EditorLabels", "Sum");
    case Aggregation::Mean:
        return QCoreApplication::translate("zx::EditorLabels", "Mean");
    case Aggregation::Max:
        return QCoreApplication::translate("zx::EditorLabels", "Maximum");
    case Aggregation::Min:
        return QCoreApplication::translate("zx::EditorLabels", "Minimum");
    case Aggregation::Ratio:
        return QCoreApplication::translate("zx::EditorLabels", "Ratio");
    }
    return {};
}

QString targetMode(TargetMode v)
{
    switch (v) {
    case TargetMode::AtLeast:
        return QCoreApplication::translate("zx::EditorLabels", "At least");
    case TargetMode::AtMost:
        return QCoreApplication::translate("zx::EditorLabels", "At most");
    case TargetMode::Reduce:
        return QCoreApplication::translate("zx::EditorLabels", "Reduce");
    }
    return {};
}

QString kind(IndicatorKind v)
{
    return v == IndicatorKind::Binding
               ? QCoreApplication::translate("zx::EditorLabels", "Binding")
               : QCoreApplication::translate("zx::EditorLabels", "Expected");
}

QString partRule(PartRule v)
{
    switch (v) {
    case PartRule::None:
        return QCoreApplication::translate("zx::EditorLabels", "(none)");
    case PartRule::PartsSumToTotal:
        return QCoreApplication::translate("zx::EditorLabels", "Parts add up to the total");
    case PartRule::PartNotAboveTotal:
        return QCoreApplication::translate("zx::EditorLabels", "Part not above the total");
    }
    return {};
}

QString auditAction(const QString &action)
{
    struct Word
    {
        const char *code;
        const char *text;
    };
    static const Word words[] = {
        {"value.set", QT_TRANSLATE_NOOP("zx::EditorLabels", "Figure changed")},
        {"value.delete", QT_TRANSLATE_NOOP("zx::EditorLabels", "Figure deleted")},
        {"target.set", QT_TRANSLATE_NOOP("zx::EditorLabels", "Target set")},
        {"target.delete", QT_TRANSLATE_NOOP("zx::EditorLabels", "Target deleted")},
        {"period.submit", QT_TRANSLATE_NOOP("zx::EditorLabels", "Submitted")},
        {"period.approve", QT_TRANSLATE_NOOP("zx::EditorLabels", "Approved")},
        {"period.return", QT_TRANSLATE_NOOP("zx::EditorLabels", "Returned")},
        {"period.reopen", QT_TRANSLATE_NOOP("zx::EditorLabels", "Reopened")},
        {"catalogue.category", QT_TRANSLATE_NOOP("zx::EditorLabels", "Catalogue changed")},
        {"catalogue.indicator", QT_TRANSLATE_NOOP("zx::EditorLabels", "Catalogue changed")},
        {"sample.load", QT_TRANSLATE_NOOP("zx::EditorLabels", "Sample loaded")},
        {"user.save", QT_TRANSLATE_NOOP("zx::EditorLabels", "User account changed")},
        {"user.remove", QT_TRANSLATE_NOOP("zx::EditorLabels", "User account removed")},
        {"setting.save", QT_TRANSLATE_NOOP("zx::EditorLabels", "Office rules changed")},
        {"county.create", QT_TRANSLATE_NOOP("zx::EditorLabels", "County created")},
    };
    for (const Word &w : words)
        if (action == QLatin1String(w.code))
            return translated(w.text);
    return action;
}

QString period(int year, int quarter)
{
    if (year == 0)
        return {};
    if (quarter == 0)
        return QCoreApplication::translate("zx::EditorLabels", "Year %1").arg(year);
    return QCoreApplication::translate("zx::EditorLabels", "%1 Q%2").arg(year).arg(quarter);
}

QString localTime(const QString &isoUtc, bool withSeconds)
{
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!at.isValid())
        return isoUtc;
    return at.toLocalTime().toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                 : QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace zx::editorlabels
