// writeTemplate: the fill-in template (docs/formats.md, "Fill-in template"). One protected sheet
// per region laid out like the paper form, and the hidden sheet "_zhenxing" that tells the
// reader (xlsxreader) which sheet is which region and year. The layout is a contract with the
// reader: change both or neither.
#include "xlsxexport.h"

#include "io/readahead.h"
#include "storage/periodstore.h"
#include "storage/rollupstore.h"
#include "summary/dataset.h"
#include "summary/evaluator.h"
#include "xlsxwrite.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <optional>

namespace zx::xlsxexport {

namespace {

using xlsxwrite::utf8;

struct Words
{
    const char *key;
    const char *english; // the source text, also in the .ts file (context zx::Template)
    const char *chinese;
};

// The template's words in both languages: the file is in the language asked for, whatever the
// UI language (as the report does).
const Words kWords[] = {
    {"title", QT_TRANSLATE_NOOP("zx::Template", "%1 %2 rural revitalisation indicator form"),
     "%1 %2年 乡村振兴指标填报表"},
    {"caption",
     QT_TRANSLATE_NOOP("zx::Template",
                       "Region: %1 (%2)   Year: %3   Fill in the white cells; grey cells are locked."),
     "地区：%1（%2）   年度：%3   请在白色单元格中填写数据；灰色单元格已锁定，不能修改。"},
    {"col.code", QT_TRANSLATE_NOOP("zx::Template", "Code"), "指标代码"},
    {"col.name", QT_TRANSLATE_NOOP("zx::Template", "Indicator"), "指标名称"},
    {"col.unit", QT_TRANSLATE_NOOP("zx::Template", "Unit"), "单位"},
    {"col.q1", QT_TRANSLATE_NOOP("zx::Template", "Q1"), "一季度"},
    {"col.q2", QT_TRANSLATE_NOOP("zx::Template", "Q2"), "二季度"},
    {"col.q3", QT_TRANSLATE_NOOP("zx::Template", "Q3"), "三季度"},
    {"col.q4", QT_TRANSLATE_NOOP("zx::Template", "Q4"), "四季度"},
    {"col.comment", QT_TRANSLATE_NOOP("zx::Template", "Comment"), "备注"},
};

QString word(const char *key, bool english)
{
    for (const Words &w : kWords)
        if (qstrcmp(key, w.key) == 0)
            return QString::fromUtf8(english ? w.english : w.chinese);
    return QString::fromLatin1(key);
}

QString pick(const QString &zh, const QString &en, const QString &code, bool english)
{
    const QString &preferred = english ? en : zh;
    const QString &other = english ? zh : en;
    if (!preferred.isEmpty())
        return preferred;
    return other.isEmpty() ? code : other;
}

// The regions of the template: `root` and its subtree depth-first in region order, or every
// tree when `root` is empty.
std::vector<const Region *> regionsUnder(const Dataset &data, const QString &root)
{
    std::vector<const Region *> out;
    QSet<QString> seen;
    const auto visit = [&](const auto &self, const QString &code) -> void {
        const Region *r = data.region(code);
        if (!r || seen.contains(code))
            return;
        seen.insert(code);
        out.push_back(r);
        for (const QString &child : data.children(code))
            self(self, child);
    };
    if (!root.isEmpty()) {
        visit(visit, root);
        return out;
    }
    for (const Region &r : data.regions())
        if (r.parentCode.isEmpty() || !data.region(r.parentCode))
            visit(visit, r.code);
    return out;
}

// The indicators that can be entered at `region` in `year`, in catalogue order: the entry
// grid's rows without the read-only ones (retired, ratios, figures rolled up from children).
std::vector<const Indicator *> enterable(const Dataset &data, const Evaluator &eval,
                                         const QString &region, int year)
{
    std::vector<const Indicator *> out;
    for (const Category &c : data.categories())
        for (const Indicator &ind : data.indicators()) {
            if (ind.categoryCode != c.code || ind.retired || ind.isRatio())
                continue;
            bool rolledUp = false;
            for (int q = 1; q <= 4 && !rolledUp; ++q)
                rolledUp = eval.childrenRollup(ind, region, year, q).has_value();
            if (!rolledUp)
                out.push_back(&ind);
        }
    return out;
}

constexpr lxw_color_t White = 0xFFFFFF;
constexpr lxw_color_t LightGrey = 0xE7E6E6;
constexpr lxw_color_t Grey = 0xD0CECE;

// The formats of the fill-in sheets, made once per workbook.
class Formats
{
public:
    explicit Formats(lxw_workbook *wb) : m_wb(wb) {}

    bool make()
    {
        title = add();
        caption = add();
        header = add();
        text = add();
        comment = add();
        if (!title || !caption || !header || !text || !comment)
            return false;
        format_set_bold(title);
        format_set_font_size(title, 14);
        format_set_align(title, LXW_ALIGN_CENTER);
        format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
        format_set_align(caption, LXW_ALIGN_LEFT);
        format_set_align(caption, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bold(header);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(header);
        cell(header, Grey);
        cell(text, LightGrey);
        format_set_num_format(text, "@");
        cell(comment, White);
        format_set_unlocked(comment);
        format_set_num_format(comment, "@");
        return true;
    }

    // A quarter cell: white and unlocked for input, grey and locked when the quarter is locked;
    // shown with at least `decimals` decimals.
    lxw_format *figure(int decimals, bool locked)
    {
        decimals = std::clamp(decimals, 0, Decimal::MaxScale);
        lxw_format *&f = m_figures[decimals * 2 + (locked ? 1 : 0)];
        if (!f && (f = add())) {
            cell(f, locked ? Grey : White);
            if (!locked)
                format_set_unlocked(f);
            const QByteArray pattern =
                decimals > 0 ? "0." + QByteArray(decimals, '0') : QByteArray("0");
            format_set_num_format(f, pattern.constData());
        }
        return f;
    }

    lxw_format *title = nullptr;
    lxw_format *caption = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;    // columns A..C: locked, light grey
    lxw_format *comment = nullptr; // column H: unlocked, white

private:
    lxw_format *add() { return workbook_add_format(m_wb); }
    static void cell(lxw_format *f, lxw_color_t fill)
    {
        format_set_pattern(f, LXW_PATTERN_SOLID);
        format_set_bg_color(f, fill);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_border_color(f, 0xA6A6A6);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    }

    lxw_workbook *m_wb;
    std::array<lxw_format *, (Decimal::MaxScale + 1) * 2> m_figures{};
};

#define ZX_TRY(call)                                                                               \
    do {                                                                                           \
        if (const lxw_error zxError = (call); zxError != LXW_NO_ERROR)                             \
            return zxError;                                                                        \
    } while (false)

struct Sheet
{
    const Region *region = nullptr;
    QString name;
    std::array<bool, 4> locked{};
};

lxw_error writeFillIn(lxw_worksheet *ws, Formats &f, const Sheet &sheet, const Dataset &data,
                      const Evaluator &eval, int year, bool english)
{
    const Region &region = *sheet.region;
    const QString regionName = pick(region.name, region.nameEn, region.code, english);
    const std::vector<const Indicator *> rows = enterable(data, eval, region.code, year);

    // Row 1: title; row 2: region, code, year and what to do; row 3: column captions.
    ZX_TRY(worksheet_set_row(ws, 0, 26, nullptr));
    ZX_TRY(worksheet_merge_range(
        ws, 0, 0, 0, 7, utf8(word("title", english).arg(regionName).arg(year)).constData(), f.title));
    ZX_TRY(worksheet_set_row(ws, 1, 20, nullptr));
    ZX_TRY(worksheet_merge_range(
        ws, 1, 0, 1, 7,
        utf8(word("caption", english).arg(regionName, region.code).arg(year)).constData(),
        f.caption));
    static const char *const captions[] = {"col.code", "col.name", "col.unit", "col.q1",
                                           "col.q2",   "col.q3",   "col.q4",   "col.comment"};
    int codeWidth = 0, nameWidth = 0, unitWidth = 0;
    for (lxw_col_t c = 0; c < 8; ++c) {
        const QString caption = word(captions[c], english);
        ZX_TRY(worksheet_write_string(ws, 2, c, utf8(caption).constData(), f.header));
        const int w = xlsxwrite::displayWidth(caption);
        if (c == 0)
            codeWidth = w;
        else if (c == 1)
            nameWidth = w;
        else if (c == 2)
            unitWidth = w;
    }

    // Rows 4…: one per indicator that can be entered here.
    lxw_row_t row = 3;
    for (const Indicator *ind : rows) {
        const QString name = pick(ind->name, ind->nameEn, ind->code, english);
        ZX_TRY(worksheet_write_string(ws, row, 0, xlsxwrite::cellText(ind->code).constData(), f.text));
        ZX_TRY(worksheet_write_string(ws, row, 1, xlsxwrite::cellText(name).constData(), f.text));
        ZX_TRY(worksheet_write_string(ws, row, 2, xlsxwrite::cellText(ind->unit).constData(), f.text));
        codeWidth = std::max(codeWidth, xlsxwrite::displayWidth(ind->code));
        nameWidth = std::max(nameWidth, xlsxwrite::displayWidth(name));
        unitWidth = std::max(unitWidth, xlsxwrite::displayWidth(ind->unit));
        for (int q = 1; q <= 4; ++q) {
            const std::optional<Decimal> &v = data.stored(ind->code, region.code, year, q);
            const int decimals = std::max(ind->decimals, v ? v->scale() : 0);
            lxw_format *format = f.figure(decimals, sheet.locked[q - 1]);
            if (!format)
                return LXW_ERROR_MEMORY_MALLOC_FAILED;
            const lxw_col_t col = lxw_col_t(2 + q);
            ZX_TRY(v ? worksheet_write_number(ws, row, col, v->toDouble(), format)
                     : worksheet_write_blank(ws, row, col, format));
        }
        ZX_TRY(worksheet_write_blank(ws, row, 7, f.comment));
        ++row;
    }

    ZX_TRY(worksheet_set_column(ws, 0, 0, std::clamp(codeWidth + 2, 10, 40), nullptr));
    ZX_TRY(worksheet_set_column(ws, 1, 1, std::clamp(nameWidth + 2, 16, 60), nullptr));
    ZX_TRY(worksheet_set_column(ws, 2, 2, std::clamp(unitWidth + 2, 8, 20), nullptr));
    ZX_TRY(worksheet_set_column(ws, 3, 6, 12, nullptr));
    ZX_TRY(worksheet_set_column(ws, 7, 7, 30, nullptr));
    worksheet_freeze_panes(ws, 3, 0);

    // Landscape A4, one page wide, the column captions on every page.
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);
    ZX_TRY(worksheet_repeat_rows(ws, 2, 2));
    ZX_TRY(worksheet_set_footer(ws, "&C&P / &N"));

    worksheet_protect(ws, nullptr, nullptr);
    return LXW_NO_ERROR;
}

lxw_error writeIndex(lxw_worksheet *ws, const std::vector<Sheet> &sheets, int year)
{
    ZX_TRY(worksheet_write_string(ws, 0, 0, "zhenxing-template", nullptr));
    ZX_TRY(worksheet_write_number(ws, 0, 1, 1, nullptr));
    ZX_TRY(worksheet_write_string(ws, 1, 0, "sheet", nullptr));
    ZX_TRY(worksheet_write_string(ws, 1, 1, "region", nullptr));
    ZX_TRY(worksheet_write_string(ws, 1, 2, "year", nullptr));
    lxw_row_t row = 2;
    for (const Sheet &s : sheets) {
        ZX_TRY(worksheet_write_string(ws, row, 0, utf8(s.name).constData(), nullptr));
        // The code as a string: 410104001001 must not become 4.10104E+11.
        ZX_TRY(worksheet_write_string(ws, row, 1, utf8(s.region->code).constData(), nullptr));
        ZX_TRY(worksheet_write_number(ws, row, 2, year, nullptr));
        ++row;
    }
    worksheet_hide(ws);
    return LXW_NO_ERROR;
}

#undef ZX_TRY

// The regions whose quarter is submitted or approved, per quarter of `year`: four reads instead
// of periodstore::checkEditable's two per region and level for every sheet and quarter.
using ClosedRegions = std::array<QSet<QString>, 4>;
Result<ClosedRegions> closedRegions(Database &db, int year)
{
    ClosedRegions closed;
    for (int q = 1; q <= 4; ++q) {
        auto states = periodstore::ofQuarter(db, year, q);
        if (!states)
            return Error{states.error()};
        for (const PeriodStatus &s : *states)
            if (s.state == PeriodState::Submitted || s.state == PeriodState::Approved)
                closed[q - 1].insert(s.regionCode);
    }
    return closed;
}

// Which quarters of `region` cannot be entered, as periodstore::checkEditable decides: the
// quarter is submitted or approved at the region or at any region above it.
std::array<bool, 4> lockedQuarters(const ClosedRegions &closed, const Dataset &tree,
                                   const QString &region)
{
    std::array<bool, 4> locked{};
    for (int q = 0; q < 4; ++q) {
        QString code = region;
        for (int depth = 0; !code.isEmpty() && depth < 16 && !locked[q]; ++depth) {
            locked[q] = closed[q].contains(code);
            const Region *r = tree.region(code);
            code = r ? r->parentCode : QString();
        }
    }
    return locked;
}

// The regions whose figures are read together: a county's subtree of a few hundred, its
// townships and villages, in one query of each kind.
constexpr std::size_t RegionsPerRead = 400;

} // namespace

Outcome writeTemplate(Database &db, const QString &path, int year, const QString &rootRegion,
                      const QString &lang)
{
    xlsxwrite::AtomicWorkbook book(path);
    const bool english = lang == QLatin1String("en");
    // With a current roll-up cache the tree comes without figures and the sheets' figures are
    // read a few hundred regions at a time (a county's template reads its county, not the
    // city's year); otherwise the whole year is read at once, as the cache cannot stand in for
    // the regions below.
    const bool streamed = rollupstore::isCurrent(db);
    auto tree = streamed ? Dataset::loadCatalogue(db) : Dataset::load(db, year, year);
    if (!tree)
        return Error{book.failure(tree.error())};
    if (!rootRegion.isEmpty() && !tree->region(rootRegion))
        return Error{book.failure(
            QCoreApplication::translate("zx::Export", "unknown region '%1'").arg(rootRegion))};

    // The sheets and their names; which quarters are locked (approved here or above).
    auto closed = closedRegions(db, year);
    if (!closed)
        return Error{book.failure(closed.error())};
    const QString indexName = QStringLiteral("_zhenxing");
    QSet<QString> used{indexName.toCaseFolded()};
    std::vector<Sheet> sheets;
    for (const Region *r : regionsUnder(*tree, rootRegion)) {
        Sheet s;
        s.region = r;
        s.name = xlsxwrite::sheetName(pick(r->name, r->nameEn, r->code, english), used, r->code,
                                      u'_' + r->code.right(6));
        s.locked = lockedQuarters(*closed, *tree, r->code);
        sheets.push_back(s);
    }
    if (sheets.empty())
        return Error{book.failure(QCoreApplication::translate("zx::Export", "there are no regions"))};

    if (auto ok = book.open(); !ok)
        return ok;
    lxw_workbook *wb = book.workbook();
    Formats formats(wb);
    if (!formats.make())
        return Error{book.failure(LXW_ERROR_MEMORY_MALLOC_FAILED)};
    // Streamed: the sheets' figures in pieces of RegionsPerRead regions, the next piece read on a
    // second connection while this thread writes the sheets of the one before.
    const std::size_t pieces = streamed ? (sheets.size() + RegionsPerRead - 1) / RegionsPerRead : 1;
    const auto sheetsOf = [&](std::size_t piece) {
        const std::size_t from = piece * RegionsPerRead;
        return std::make_pair(from, streamed ? std::min(sheets.size(), from + RegionsPerRead)
                                             : sheets.size());
    };
    std::optional<ReadAhead<Dataset>> ahead;
    if (streamed)
        ahead.emplace(db.location(), pieces, [&](Database &reader, std::size_t piece) {
            QStringList focus;
            const auto [from, to] = sheetsOf(piece);
            for (std::size_t i = from; i < to; ++i)
                focus.append(sheets[i].region->code);
            return Dataset::loadScopedWithTree(reader, *tree, focus, year, year,
                                               Dataset::Reading::FiguresAlone);
        });
    for (std::size_t piece = 0; piece < pieces; ++piece) {
        std::optional<Dataset> scoped;
        if (streamed) {
            auto read = ahead->next();
            if (!read)
                return Error{book.failure(read.error())};
            scoped = std::move(read).value();
        }
        const Dataset &data = streamed ? *scoped : *tree;
        const Evaluator eval(data);
        const auto [from, to] = sheetsOf(piece);
        for (std::size_t i = from; i < to; ++i) {
            const Sheet &s = sheets[i];
            lxw_worksheet *ws = workbook_add_worksheet(wb, utf8(s.name).constData());
            if (!ws)
                return Error{book.failure(
                    QCoreApplication::translate("zx::Export", "cannot add the sheet '%1'").arg(s.name))};
            if (const lxw_error e = writeFillIn(ws, formats, s, data, eval, year, english))
                return Error{book.failure(e)};
        }
    }
    // Last, so that the first fill-in sheet is the active one.
    lxw_worksheet *index = workbook_add_worksheet(wb, utf8(indexName).constData());
    if (!index)
        return Error{book.failure(
            QCoreApplication::translate("zx::Export", "cannot add the sheet '%1'").arg(indexName))};
    if (const lxw_error e = writeIndex(index, sheets, year))
        return Error{book.failure(e)};
    return book.commit();
}

} // namespace zx::xlsxexport
