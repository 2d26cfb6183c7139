// writeWorkbook: export tables as xlsx sheets with libxlsxwriter. The fill-in template is in
// xlsxtemplate.cpp.
#include "xlsxexport.h"

#include "xlsxwrite.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace zx::xlsxexport {

namespace {

using xlsxwrite::utf8;

int significantDigits(const QString &number)
{
    int digits = 0;
    bool leading = true;
    for (QChar c : number) {
        if (!c.isDigit())
            continue;
        if (leading && c == u'0')
            continue;
        leading = false;
        ++digits;
    }
    return digits;
}

// The workbook's number formats, one lxw_format per format text, made when first used.
class NumberFormats
{
public:
    explicit NumberFormats(lxw_workbook *wb) : m_workbook(wb) {}
    // nullptr (General) for an empty format, or when the format cannot be added.
    lxw_format *get(const QString &numFormat)
    {
        if (numFormat.isEmpty())
            return nullptr;
        if (const auto it = m_formats.constFind(numFormat); it != m_formats.cend())
            return *it;
        lxw_format *f = workbook_add_format(m_workbook);
        if (f)
            format_set_num_format(f, utf8(numFormat).constData());
        m_formats.insert(numFormat, f);
        return f;
    }

private:
    lxw_workbook *m_workbook;
    QHash<QString, lxw_format *> m_formats;
};

// Writes one table: bold header row, frozen; numbers as numbers (in their format, if any);
// text always as a string cell.
lxw_error writeSheet(lxw_worksheet *ws, const ExportSheet &sheet, lxw_format *bold,
                     NumberFormats &formats)
{
    std::vector<int> widths(sheet.header.size(), 0);
    const auto widen = [&widths](qsizetype col, const QString &text) {
        if (col >= qsizetype(widths.size()))
            widths.resize(col + 1, 0);
        widths[col] = std::max(widths[col], xlsxwrite::displayWidth(text));
    };
    for (qsizetype c = 0; c < sheet.header.size(); ++c) {
        if (const lxw_error e = worksheet_write_string(ws, 0, lxw_col_t(c),
                                                       xlsxwrite::cellText(sheet.header[c]).constData(), bold))
            return e;
        widen(c, sheet.header[c]);
    }
    lxw_row_t row = 1;
    for (const auto &cells : sheet.rows) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const ExportCell &cell = cells[c];
            lxw_error e = LXW_NO_ERROR;
            switch (cell.kind) {
            case ExportCell::Kind::Empty:
                continue;
            case ExportCell::Kind::Number: {
                // Decimal text of at most 15 significant digits is exact as a double; a
                // longer figure (up to 12 + 6 digits) is written as text so no digit is lost.
                bool ok = false;
                const double v = cell.text.toDouble(&ok);
                ok = ok && significantDigits(cell.text) <= 15;
                e = ok ? worksheet_write_number(ws, row, lxw_col_t(c), v, formats.get(cell.format))
                       : worksheet_write_string(ws, row, lxw_col_t(c),
                                                xlsxwrite::cellText(cell.text).constData(), nullptr);
                break;
            }
            case ExportCell::Kind::Text:
                // Kept exactly: a string cell is never evaluated, so "=1+1" stays text and
                // needs no apostrophe (unlike CSV).
                e = worksheet_write_string(ws, row, lxw_col_t(c),
                                           xlsxwrite::cellText(cell.text).constData(), nullptr);
                break;
            }
            if (e != LXW_NO_ERROR)
                return e;
            widen(qsizetype(c), cell.text);
        }
        ++row;
    }
    worksheet_freeze_panes(ws, 1, 0);
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const double width = std::clamp(widths[c] + 2, 8, 60);
        if (const lxw_error e = worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr))
            return e;
    }
    return LXW_NO_ERROR;
}

} // namespace

Outcome writeWorkbook(const std::vector<ExportSheet> &sheets, const QString &path)
{
    xlsxwrite::AtomicWorkbook book(path);
    if (sheets.empty())
        return Error{book.failure(QCoreApplication::translate("zx::Export", "nothing to export"))};
    if (auto ok = book.open(); !ok)
        return ok;
    lxw_workbook *wb = book.workbook();
    lxw_format *bold = workbook_add_format(wb);
    if (!bold)
        return Error{book.failure(xlsxwrite::errorText(LXW_ERROR_MEMORY_MALLOC_FAILED))};
    format_set_bold(bold);
    QSet<QString> used;
    NumberFormats formats(wb);
    for (const ExportSheet &sheet : sheets) {
        const QString name = xlsxwrite::sheetName(sheet.name, used, QStringLiteral("Sheet"));
        lxw_worksheet *ws = workbook_add_worksheet(wb, utf8(name).constData());
        if (!ws)
            return Error{book.failure(
                QCoreApplication::translate("zx::Export", "cannot add the sheet '%1'").arg(name))};
        if (const lxw_error e = writeSheet(ws, sheet, bold, formats))
            return Error{book.failure(e)};
    }
    return book.commit();
}

} // namespace zx::xlsxexport
