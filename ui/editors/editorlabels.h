#pragma once

#include "domain/types.h"

#include <QString>

namespace zx {

// Words a person reads for the catalogue's and the workflow's codes, shared by the editors
// and viewers of issue 4 (translated in the context "zx::EditorLabels"): 流量/累计/存量,
// 求和/平均/最大/最小/比率, 不低于/不超过/压减, 约束性/预期性 and the audit actions. (The review
// states are core's periodStateLabel.)
namespace editorlabels {

QString accumulation(Accumulation v);
QString aggregation(Aggregation v);
QString targetMode(TargetMode v);
QString kind(IndicatorKind v);
QString partRule(PartRule v);
// "value.set" → 修改数值; an unknown action is shown as its code.
QString auditAction(const QString &action);
// "2023 Q4" (2023年第4季度), "2023" (2023年) for quarter 0, empty for year 0.
QString period(int year, int quarter);
// An ISO 8601 UTC time as local "yyyy-MM-dd HH:mm:ss"; empty stays empty.
// A stored UTC time (ISO 8601) in local time, to the second or to the minute; the text
// itself when it does not parse.
QString localTime(const QString &isoUtc, bool withSeconds = true);

} // namespace editorlabels
} // namespace zx
