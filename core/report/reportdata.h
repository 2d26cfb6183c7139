#pragma once

#include "domain/types.h"
#include "report/narrative.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace zx {

class Evaluator;

// The one report model (STYLE 7): everything the bulletin says for a region and period, as
// plain data in the report's own language. The renderer (ui/report) only lays it out; the
// preview, printing, the PDF and the ODT all draw this.

// One line of the summary table.
struct ReportRow
{
    QString code;
    QString name;
    QString unit; // in the report's language (reportUnit): 亩 / mu, 人 / nothing
    QString actual; // as reports write it, empty when there is no figure
    QString target; // empty when there is no target
    std::optional<double> completionPct;
    double timeProgressPct = 0;
    TrackStatus status = TrackStatus::Untracked;
};

// One bar of a target-vs-actual chart (bars are drawn relative to the target = 100 %).
struct ReportBar
{
    QString code;
    QString label;
    QString unit; // in the report's language (reportUnit): 亩 / mu, 人 / nothing
    QString actualText;
    QString targetText;
    double completionPct = 0;
    TrackStatus status = TrackStatus::Untracked;
};

// One child region in a ranking, best first.
struct ReportRankItem
{
    QString regionCode;
    QString regionName;
    std::optional<double> completionPct;
    int rank = 0; // 0 = no figure
    TrackStatus status = TrackStatus::Untracked;
};

struct ReportSection
{
    QString categoryCode;
    QString title;     // numbered: "一、党建引领" / "1. Party building"
    QString name;      // the category alone: "党建引领" (a document that numbers its headings anew)
    QString paragraph; // the narrative; "本期暂无数据" / "No figures for this period" without data
    bool hasData = false;
    std::vector<ReportBar> bars;
    QString rankingTitle; // empty when there is no ranking (a region without children)
    std::vector<ReportRankItem> ranking;
};

struct ReportFinding
{
    bool error = true;
    QString regionName;
    QString indicatorName;
    QString period; // "2023年第2季度" / "2023 Q2"
    QString message;
};

struct ReportData
{
    ReportLanguage language = ReportLanguage::Chinese;
    QString regionCode;
    QString regionName;
    int year = 0;
    int quarter = 4;
    QString title;
    QString periodText;
    QString generatedDate;
    // The audit chain's head when the report was made ("1234:9f86d081884c", auditstore::headText),
    // printed in the footer so a paper copy anchors the trail; empty: not shown. Set by the caller.
    QString auditHead;
    double timeProgressPct = 0;
    bool hasData = false;
    std::vector<ReportRow> summary;
    std::vector<ReportSection> sections;
    // The open findings, worded in the report's language whatever the program's language
    // (they are made under a ScopedLanguage, core/i18n/language.h).
    std::vector<ReportFinding> findings;
};

// Builds the report of `regionCode` for `year` up to `quarter`. The Evaluator's Dataset should
// hold the year before too (year-over-year figures). An unknown region gives an empty report
// (hasData false, no rows): callers check the region first.
ReportData buildReport(const Evaluator &eval, const QString &regionCode, int year, int quarter,
                       ReportLanguage language, const QDate &generated = QDate::currentDate());

// The fixed words of the report in the report's language, independent of the UI language
// (a Chinese report can be made from an English UI). Keys: "title", "period", "generated",
// "summary", "findings", "noData", "noFindings", "ranking", "targetActual", "page",
// "col.indicator", "col.unit", "col.actual", "col.target", "col.completion",
// "col.timeProgress", "col.status", "col.rank", "col.region", "status.done", "status.onTrack",
// "status.lagging", "status.behind", "status.notReported", "status.untracked", "error",
// "warning", "statusCounts",
// "timeProgress", "auditHead", "findingPeriod". An unknown key returns itself.
QString reportText(const QString &key, ReportLanguage language);
// The number of the n-th (from 1) heading at `level` 1–4 as official documents number them
// (GB/T 9704-2012): "一、", "（一）", "1.", "（1）"; in English "1. ", "(a) ", "1. ", "(1) ".
QString headingNumber(int level, int n, ReportLanguage language);
QString reportStatusText(TrackStatus status, ReportLanguage language);

} // namespace zx
