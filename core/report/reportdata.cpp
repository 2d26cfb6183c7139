#include "reportdata.h"

#include "i18n/language.h"
#include "summary/checker.h"
#include "summary/evaluator.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace zx {

namespace {

struct Words
{
    const char *key;
    const char *english; // the source text, also in the .ts file (context zx::Report)
    const char *chinese;
};

// The report's fixed words in both languages. The English text is marked for lupdate so the
// translation file lists them; the report picks its own language from this table.
const Words kWords[] = {
    {"title", QT_TRANSLATE_NOOP("zx::Report", "%2 rural revitalization indicators, %1 Q%3"),
     "%1年%2乡村振兴指标通报（第%3季度）"},
    {"period", QT_TRANSLATE_NOOP("zx::Report", "%1 Q%2 (year to date)"), "%1年第%2季度（年度累计）"},
    {"generated", QT_TRANSLATE_NOOP("zx::Report", "Generated %1"), "生成日期：%1"},
    {"summary", QT_TRANSLATE_NOOP("zx::Report", "Summary of indicators"), "指标完成情况汇总"},
    {"findings", QT_TRANSLATE_NOOP("zx::Report", "Open validation findings"), "待核实的数据问题"},
    {"noData", QT_TRANSLATE_NOOP("zx::Report", "No figures for this period"), "本期暂无数据"},
    {"noFindings", QT_TRANSLATE_NOOP("zx::Report", "No open findings."), "无待核实问题。"},
    {"ranking", QT_TRANSLATE_NOOP("zx::Report", "Ranking of sub-districts: %1"), "各街道排名：%1"},
    {"targetActual", QT_TRANSLATE_NOOP("zx::Report", "Target vs actual (target = 100%)"),
     "目标任务完成情况（目标 = 100%）"},
    {"page", QT_TRANSLATE_NOOP("zx::Report", "Page %1 of %2"), "第 %1 页 / 共 %2 页"},
    {"col.indicator", QT_TRANSLATE_NOOP("zx::Report", "Indicator"), "指标"},
    {"col.unit", QT_TRANSLATE_NOOP("zx::Report", "Unit"), "单位"},
    {"col.actual", QT_TRANSLATE_NOOP("zx::Report", "Actual"), "完成值"},
    {"col.target", QT_TRANSLATE_NOOP("zx::Report", "Target"), "年度目标"},
    {"col.completion", QT_TRANSLATE_NOOP("zx::Report", "Completion"), "完成率"},
    {"col.timeProgress", QT_TRANSLATE_NOOP("zx::Report", "Time progress"), "序时进度"},
    {"col.status", QT_TRANSLATE_NOOP("zx::Report", "Status"), "状态"},
    {"col.rank", QT_TRANSLATE_NOOP("zx::Report", "Rank"), "名次"},
    {"col.region", QT_TRANSLATE_NOOP("zx::Report", "Region"), "地区"},
    {"status.done", QT_TRANSLATE_NOOP("zx::Report", "Done"), "已完成"},
    {"status.onTrack", QT_TRANSLATE_NOOP("zx::Report", "On track"), "序时推进"},
    {"status.lagging", QT_TRANSLATE_NOOP("zx::Report", "Lagging"), "略有滞后"},
    // The app's words (README, the status tiles): one vocabulary in the app, the PDF and exports.
    {"status.behind", QT_TRANSLATE_NOOP("zx::Report", "Behind"), "明显滞后"},
    {"status.notReported", QT_TRANSLATE_NOOP("zx::Report", "Not reported"), "未填报"},
    {"status.untracked", QT_TRANSLATE_NOOP("zx::Report", "No target"), "未设目标"},
    {"error", QT_TRANSLATE_NOOP("zx::Report", "Error"), "错误"},
    {"warning", QT_TRANSLATE_NOOP("zx::Report", "Warning"), "提示"},
    {"statusCounts", QT_TRANSLATE_NOOP("zx::Report", "Indicators by status"), "指标状态分布"},
    {"timeProgress", QT_TRANSLATE_NOOP("zx::Report", "Time progress %1%"), "序时进度 %1%"},
    {"indicatorCount", QT_TRANSLATE_NOOP("zx::Report", "%1 indicators"), "共 %1 项指标"},
    {"auditHead", QT_TRANSLATE_NOOP("zx::Report", "Audit trail %1"), "审计链 %1"},
    {"findingPeriod", QT_TRANSLATE_NOOP("zx::Report", "%1 Q%2"), "%1年第%2季度"},
};

QString chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 10)
        return n == 10 ? QStringLiteral("十") : QString(digits.at(n));
    if (n < 20)
        return u'十' + QString(digits.at(n % 10));
    return QString::number(n);
}

QString nameIn(const QString &zh, const QString &en, ReportLanguage language)
{
    if (language == ReportLanguage::English && !en.isEmpty())
        return en;
    return zh.isEmpty() ? en : zh;
}

// An indicator's name standing on its own — a table row, a bar's label — in English starts with
// a capital ("Five-star Party branches"); sentences keep it as written, for their middle.
QString labelIn(const QString &zh, const QString &en, ReportLanguage language)
{
    QString name = nameIn(zh, en, language);
    if (language == ReportLanguage::English && !name.isEmpty() && name.front().isLower())
        name.front() = name.front().toUpper();
    return name;
}

// Joins the category's sentences into one paragraph in the report's punctuation.
QString paragraphOf(const QStringList &sentences, ReportLanguage language)
{
    if (language == ReportLanguage::Chinese)
        return sentences.join(QStringLiteral("；")) + QStringLiteral("。");
    QStringList out;
    for (QString s : sentences) {
        s = s.trimmed();
        if (!s.isEmpty())
            s[0] = s[0].toUpper();
        out << s;
    }
    return out.join(QStringLiteral(". ")) + u'.';
}

// A part whose total's sentence in the same section already names it (the total has a figure
// and its template does not say {noparts}): not repeated as a sentence of its own.
bool listedByItsTotal(const Evaluator &eval, const Indicator &ind, const QString &category,
                      const QString &region, int year, int quarter, ReportLanguage language)
{
    const Indicator *total =
        ind.parentCode.isEmpty() ? nullptr : eval.dataset().indicator(ind.parentCode);
    return total && total->categoryCode == category && !total->retired &&
           sentenceListsParts(*total, language) &&
           eval.summarize(*total, region, year, quarter).actual.has_value();
}

// The validation findings worded in the report's language: their messages are translated,
// and their names chosen, when they are made, so they are made with that language in force —
// not the program's (a Chinese desktop's English report, `report --lang en` on a Chinese
// system).
// Only the report's region, its subtree and year are checked (runChecksWithin): the report's
// time does not grow with the other counties of the file.
std::vector<Finding> findingsIn(const Dataset &data, const QString &region, int year,
                                ReportLanguage language)
{
    const ScopedLanguage scope(language == ReportLanguage::Chinese ? QStringLiteral("zh_CN")
                                                                   : QStringLiteral("en"));
    return runChecksWithin(data, region, year);
}

} // namespace

QString reportText(const QString &key, ReportLanguage language)
{
    for (const Words &w : kWords)
        if (key == QLatin1String(w.key))
            return language == ReportLanguage::Chinese ? QString::fromUtf8(w.chinese)
                                                       : QString::fromUtf8(w.english);
    return key;
}

QString reportStatusText(TrackStatus status, ReportLanguage language)
{
    switch (status) {
    case TrackStatus::Done:
        return reportText(QStringLiteral("status.done"), language);
    case TrackStatus::OnTrack:
        return reportText(QStringLiteral("status.onTrack"), language);
    case TrackStatus::Lagging:
        return reportText(QStringLiteral("status.lagging"), language);
    case TrackStatus::Behind:
        return reportText(QStringLiteral("status.behind"), language);
    case TrackStatus::NotReported:
        return reportText(QStringLiteral("status.notReported"), language);
    case TrackStatus::Untracked:
        break;
    }
    return reportText(QStringLiteral("status.untracked"), language);
}

QString headingNumber(int level, int n, ReportLanguage language)
{
    if (language == ReportLanguage::English) {
        switch (level) {
        case 2:
            return QStringLiteral("(%1) ").arg(n >= 1 && n <= 26 ? QChar(u'a' + n - 1) : QChar(u'?'));
        case 4:
            return QStringLiteral("(%1) ").arg(n);
        default:
            return QStringLiteral("%1. ").arg(n);
        }
    }
    switch (level) {
    case 1:
        return chineseNumeral(n) + u'、';
    case 2:
        return u'（' + chineseNumeral(n) + u'）';
    case 3:
        return QString::number(n) + u'.';
    default:
        return u'（' + QString::number(n) + u'）';
    }
}

ReportData buildReport(const Evaluator &eval, const QString &regionCode, int year, int quarter,
                       ReportLanguage language, const QDate &generated)
{
    const Dataset &data = eval.dataset();
    ReportData r;
    r.language = language;
    r.regionCode = regionCode;
    r.year = year;
    r.quarter = quarter;
    r.generatedDate = generated.toString(Qt::ISODate);
    const Region *region = data.region(regionCode);
    if (!region)
        return r;
    r.regionName = nameIn(region->name, region->nameEn, language);
    r.title = reportText(QStringLiteral("title"), language).arg(year).arg(r.regionName).arg(quarter);
    r.periodText = reportText(QStringLiteral("period"), language).arg(year).arg(quarter);

    const RegionSummary summary = eval.summarize(regionCode, year, quarter);
    r.timeProgressPct = summary.timeProgressPct;
    QHash<QString, const IndicatorSummary *> byCode;
    for (const IndicatorSummary &s : summary.indicators) {
        if (!s.indicator || s.indicator->retired)
            continue;
        byCode.insert(s.indicator->code, &s);
        r.hasData = r.hasData || s.actual.has_value();
        ReportRow row;
        row.code = s.indicator->code;
        row.name = labelIn(s.indicator->name, s.indicator->nameEn, language);
        row.unit = unitIn(*s.indicator, language);
        if (s.actual)
            row.actual = reportNumber(*s.actual);
        if (s.target)
            row.target = reportNumber(*s.target);
        row.completionPct = s.completionPct;
        row.timeProgressPct = s.timeProgressPct;
        row.status = s.status;
        r.summary.push_back(row);
    }

    const bool hasChildren = !data.children(regionCode).isEmpty();
    int number = 0;
    for (const Category &cat : data.categories()) {
        std::vector<const Indicator *> indicators;
        for (const Indicator &ind : data.indicators())
            if (ind.categoryCode == cat.code && !ind.retired)
                indicators.push_back(&ind);
        if (indicators.empty())
            continue;
        ++number;
        ReportSection sec;
        sec.categoryCode = cat.code;
        const QString catName = nameIn(cat.name, cat.nameEn, language);
        sec.name = catName;
        sec.title = headingNumber(1, number, language) + catName;
        QStringList sentences;
        for (const Indicator *ind : indicators) {
            if (listedByItsTotal(eval, *ind, cat.code, regionCode, year, quarter, language))
                continue;
            if (const QString s =
                    narrativeSentence(eval, *ind, regionCode, year, quarter, language);
                !s.isEmpty())
                sentences << s;
        }
        sec.hasData = !sentences.isEmpty();
        if (!sec.hasData) {
            sec.paragraph = reportText(QStringLiteral("noData"), language);
            r.sections.push_back(sec);
            continue;
        }
        sec.paragraph = paragraphOf(sentences, language);
        const Indicator *rankable = nullptr;
        for (const Indicator *ind : indicators) {
            const IndicatorSummary *s = byCode.value(ind->code);
            if (!s || !s->actual || !s->target || !s->completionPct)
                continue;
            ReportBar bar;
            bar.code = ind->code;
            bar.label = labelIn(ind->name, ind->nameEn, language);
            bar.unit = unitIn(*ind, language);
            bar.actualText = reportNumber(*s->actual);
            bar.targetText = reportNumber(*s->target);
            bar.completionPct = *s->completionPct;
            bar.status = s->status;
            sec.bars.push_back(bar);
        }
        if (hasChildren) {
            for (const Indicator *ind : indicators) {
                const auto ranked = eval.rankChildren(*ind, regionCode, year, quarter);
                const bool any = std::any_of(ranked.begin(), ranked.end(),
                                             [](const RankedRegion &rr) { return rr.rank > 0; });
                if (!any)
                    continue;
                rankable = ind;
                for (const RankedRegion &rr : ranked) {
                    ReportRankItem item;
                    item.regionCode = rr.regionCode;
                    if (const Region *child = data.region(rr.regionCode))
                        item.regionName = nameIn(child->name, child->nameEn, language);
                    item.completionPct = rr.score;
                    item.rank = rr.rank;
                    item.status = eval.summarize(*ind, rr.regionCode, year, quarter).status;
                    sec.ranking.push_back(item);
                }
                break;
            }
            if (rankable)
                sec.rankingTitle = reportText(QStringLiteral("ranking"), language)
                                       .arg(nameIn(rankable->name, rankable->nameEn, language));
        }
        r.sections.push_back(sec);
    }

    for (const Finding &f : findingsIn(data, regionCode, year, language)) {
        if (f.quarter > quarter)
            continue;
        ReportFinding rf;
        rf.error = f.severity == Severity::Error;
        if (const Region *fr = data.region(f.regionCode))
            rf.regionName = nameIn(fr->name, fr->nameEn, language);
        if (const Indicator *fi = data.indicator(f.indicatorCode))
            rf.indicatorName = nameIn(fi->name, fi->nameEn, language);
        rf.period =
            reportText(QStringLiteral("findingPeriod"), language).arg(f.year).arg(f.quarter);
        rf.message = f.message;
        r.findings.push_back(rf);
    }
    return r;
}

} // namespace zx
