#pragma once

#include "report/reportdata.h"

#include <QColor>
#include <QString>

#include <optional>

namespace zx::reportformat {

// What every rendering of the bulletin (PDF, .docx, .odt, the chart images) shares: its
// colours and the way it writes percentages, figures with units and findings.

inline QColor ink() { return {0x21, 0x21, 0x21}; }
inline QColor muted() { return {0x61, 0x61, 0x61}; }
inline QColor rule() { return {0xbd, 0xbd, 0xbd}; }
inline QColor headerFill() { return {0xee, 0xee, 0xee}; }
inline QColor track() { return {0xf0, 0xf0, 0xf0}; }
inline QColor accent() { return {0xb7, 0x1c, 0x1c}; } // the red of official bulletins

// "136.86%", "—" without a value.
QString pct(std::optional<double> value);
// A figure with its unit: 350人, 2450 mu, 98%, and 350 where English has no unit word.
QString withUnit(const QString &number, const QString &unit, ReportLanguage language);
// A finding as the bulletin prints it: "[错误] 张庄村 · 农村户数 · 2023年第2季度：…".
QString findingLine(const ReportFinding &finding, ReportLanguage language);

// A status cell's shading in an editable document: a light tint of the status colour
// (statuspalette::fill) on which ink() is readable — so the word stays readable in every
// reader, printed in black and white, and even where a reader drops the shading: never white
// text on nothing.
QColor statusShade(TrackStatus status);

} // namespace zx::reportformat
