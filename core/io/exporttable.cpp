// The export tables (values, targets, catalogue, the dashboard's status table), built once and
// written as CSV here or as xlsx by xlsxexport.
#include "exporttable.h"

#include "csvexport.h"
#include "domain/enums.h"
#include "io/valuestream.h"
#include "report/reportdata.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/regionstore.h"
#include "storage/valuestore.h"
#include "summary/evaluator.h"

#include <cmath>

namespace zx::exporttable {

namespace {

// Appends the cells of one row.
class RowBuilder
{
public:
    RowBuilder &text(const QString &v)
    {
        m_cells.push_back(ExportCell::textCell(v));
        return *this;
    }
    // An empty number text is an empty cell.
    RowBuilder &number(const QString &v)
    {
        m_cells.push_back(v.isEmpty() ? ExportCell{} : ExportCell::numberCell(v));
        return *this;
    }
    RowBuilder &number(int v) { return number(QString::number(v)); }
    RowBuilder &decimal(const std::optional<Decimal> &v)
    {
        return number(v ? v->toString() : QString());
    }
    // A percentage to two decimals, as the dashboard shows it (completion is computed that
    // way; year on year and quarter on quarter are not); shortest text, so 136.86 stays 136.86.
    RowBuilder &pct(const std::optional<double> &v)
    {
        if (!v)
            return number(QString());
        const double rounded = std::round(*v * 100) / 100;
        return number(QString::number(rounded == 0 ? 0.0 : rounded, 'g', 15)); // no "-0"
    }
    std::vector<ExportCell> take() { return std::move(m_cells); }

private:
    std::vector<ExportCell> m_cells;
};

QString milestone(const std::optional<double> &m)
{
    return m ? QString::number(*m) : QString();
}

// One year, or every year (targets may lie beyond the years with figures).
std::pair<int, int> span(std::optional<int> year)
{
    if (year)
        return {*year, *year};
    return {1900, 9999};
}

QString nameIn(const Indicator &ind, bool english)
{
    const QString &preferred = english ? ind.nameEn : ind.name;
    const QString &other = english ? ind.name : ind.nameEn;
    if (!preferred.isEmpty())
        return preferred;
    return other.isEmpty() ? ind.code : other;
}

} // namespace

QStringList valuesHeader()
{
    return QStringList{QStringLiteral("indicator"), QStringLiteral("region"),
                       QStringLiteral("year"),      QStringLiteral("quarter"),
                       QStringLiteral("value"),     QStringLiteral("comment")};
}

std::vector<ExportCell> valueRow(const Value &v)
{
    RowBuilder r;
    r.text(v.indicatorCode).text(v.regionCode).number(v.year).number(v.quarter)
        .number(v.value.toString()).text(v.comment);
    return r.take();
}

Result<ExportSheet> values(Database &db, std::optional<int> year)
{
    ExportSheet sheet;
    sheet.name = QStringLiteral("values");
    sheet.header = valuesHeader();
    auto read = valuestream::forEachBatch(db, year, [&sheet](std::vector<Value> &&batch) {
        for (const Value &v : batch)
            sheet.rows.push_back(valueRow(v));
        return Outcome::success();
    });
    if (!read)
        return Error{read.error()};
    return sheet;
}

Result<ExportSheet> targets(Database &db, std::optional<int> year)
{
    const auto [from, to] = span(year);
    auto all = valuestore::targetsInYears(db, from, to);
    if (!all)
        return Error{all.error()};
    ExportSheet sheet;
    sheet.name = QStringLiteral("targets");
    sheet.header = QStringList{QStringLiteral("indicator"), QStringLiteral("region"),
                               QStringLiteral("year"),      QStringLiteral("target"),
                               QStringLiteral("baseline"),  QStringLiteral("m1"),
                               QStringLiteral("m2"),        QStringLiteral("m3"),
                               QStringLiteral("m4")};
    sheet.rows.reserve(all->size());
    for (const Target &t : *all) {
        RowBuilder r;
        r.text(t.indicatorCode).text(t.regionCode).number(t.year).number(t.value.toString())
            .decimal(t.baseline);
        for (const auto &m : t.milestonePct)
            r.number(milestone(m));
        sheet.rows.push_back(r.take());
    }
    return sheet;
}

Result<ExportSheet> regions(Database &db)
{
    auto all = regionstore::all(db); // parents before their children
    if (!all)
        return Error{all.error()};
    ExportSheet sheet;
    sheet.name = QStringLiteral("regions");
    sheet.header = QStringLiteral("code,name,name_en,parent_code,level,sort_order,retired")
                       .split(QLatin1Char(','));
    sheet.rows.reserve(all->size());
    for (const Region &r : *all)
        sheet.rows.push_back(RowBuilder()
                                 .text(r.code)
                                 .text(r.name)
                                 .text(r.nameEn)
                                 .text(r.parentCode)
                                 .number(int(r.level))
                                 .number(r.sortOrder)
                                 .number(r.isRetired() ? 1 : 0)
                                 .take());
    return sheet;
}

Result<ExportSheet> categories(Database &db)
{
    auto all = catalogstore::categories(db);
    if (!all)
        return Error{all.error()};
    ExportSheet sheet;
    sheet.name = QStringLiteral("categories");
    sheet.header = QStringLiteral("code,name,name_en,sort_order").split(QLatin1Char(','));
    for (const Category &c : *all)
        sheet.rows.push_back(
            RowBuilder().text(c.code).text(c.name).text(c.nameEn).number(c.sortOrder).take());
    return sheet;
}

Result<ExportSheet> catalogue(Database &db)
{
    auto all = catalogstore::indicators(db);
    if (!all)
        return Error{all.error()};
    ExportSheet sheet;
    sheet.name = QStringLiteral("catalogue");
    sheet.header = QStringLiteral("code,category,name,name_en,unit,unit_en,decimals,accumulation,"
                                  "aggregation,numerator,denominator,ratio_scale,target_mode,kind,"
                                  "min,max,parent,part_rule,headline,sort_order,narrative_zh,"
                                  "narrative_en,description,retired,part_tolerance")
                       .split(QLatin1Char(','));
    sheet.rows.reserve(all->size());
    for (const Indicator &i : *all) {
        RowBuilder r;
        r.text(i.code).text(i.categoryCode).text(i.name).text(i.nameEn).text(i.unit)
            .text(i.unitEn).number(i.decimals).text(toCode(i.accumulation)).text(toCode(i.aggregation))
            .text(i.numeratorCode).text(i.denominatorCode)
            .number(i.isRatio() ? QString::number(i.ratioScale) : QString())
            .text(toCode(i.targetMode)).text(toCode(i.kind)).decimal(i.minValue)
            .decimal(i.maxValue).text(i.parentCode)
            .text(i.partRule == PartRule::None ? QString() : toCode(i.partRule))
            .number(i.headline ? 1 : 0).number(i.sortOrder).text(i.narrativeZh)
            .text(i.narrativeEn).text(i.description).number(i.retired ? 1 : 0)
            .text(i.partTolerance.isZero() ? QString() : i.partTolerance.toString());
        sheet.rows.push_back(r.take());
    }
    return sheet;
}

ExportSheet status(const RegionSummary &summary, const Dataset &, const QString &lang)
{
    const bool english = lang == QLatin1String("en");
    const ReportLanguage language = english ? ReportLanguage::English : ReportLanguage::Chinese;
    ExportSheet sheet;
    sheet.name = QStringLiteral("status");
    sheet.header = QStringList{QStringLiteral("code"),
                               QStringLiteral("name"),
                               QStringLiteral("unit"),
                               QStringLiteral("actual"),
                               QStringLiteral("target"),
                               QStringLiteral("completion_pct"),
                               QStringLiteral("time_progress_pct"),
                               QStringLiteral("status"),
                               QStringLiteral("yoy_pct"),
                               QStringLiteral("qoq_pct")};
    sheet.rows.reserve(summary.indicators.size());
    for (const IndicatorSummary &s : summary.indicators) {
        if (!s.indicator)
            continue;
        RowBuilder r;
        r.text(s.indicator->code).text(nameIn(*s.indicator, english)).text(unitIn(*s.indicator, language))
            .decimal(s.actual).decimal(s.target).pct(s.completionPct).pct(s.timeProgressPct)
            .text(reportStatusText(s.status, language)).pct(s.yearOverYearPct)
            .pct(s.quarterOverQuarterPct);
        sheet.rows.push_back(r.take());
    }
    return sheet;
}

QByteArray toCsv(const ExportSheet &sheet)
{
    QString out;
    const auto endRow = [&out](const QStringList &fields) {
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QStringList fields;
    for (const QString &h : sheet.header)
        fields << csvexport::textField(h);
    endRow(fields);
    for (const auto &row : sheet.rows) {
        fields.clear();
        for (const ExportCell &c : row)
            fields << (c.kind == ExportCell::Kind::Text ? csvexport::textField(c.text)
                                                        : csvexport::numberField(c.text));
        endRow(fields);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace zx::exporttable
