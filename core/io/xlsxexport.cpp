// writeWorkbook and writeValues: export tables as xlsx sheets with libxlsxwriter. The fill-in template is in
// xlsxtemplate.cpp.
#include "xlsxexport.h"

#include "io/valuestream.h"
#include "xlsxwrite.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>
#include <optional>

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

// Writes one table row by row: bold header row, frozen; numbers as numbers (in their format, if
// any); text always as a string cell; at the end the columns as wide as their longest entry.
class SheetWriter
{
public:
    SheetWriter(lxw_worksheet *ws, lxw_format *bold, NumberFormats &formats)
        : m_ws(ws), m_bold(bold), m_formats(formats)
    {
    }

    lxw_error header(const QStringList &header)
    {
        m_widths.assign(header.size(), 0);
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (const lxw_error e = worksheet_write_string(
                    m_ws, 0, lxw_col_t(c), xlsxwrite::cellText(header[c]).constData(), m_bold))
                return e;
            widen(c, header[c]);
        }
        return LXW_NO_ERROR;
    }

    lxw_error row(const std::vector<ExportCell> &cells)
    {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const ExportCell &cell = cells[c];
            if (cell.kind == ExportCell::Kind::Empty)
                continue;
            if (const lxw_error e = write(lxw_col_t(c), cell))
                return e;
            widen(qsizetype(c), cell.text);
        }
        ++m_row;
        return LXW_NO_ERROR;
    }

    lxw_error finish()
    {
        worksheet_freeze_panes(m_ws, 1, 0);
        for (std::size_t c = 0; c < m_widths.size(); ++c) {
            const double width = std::clamp(m_widths[c] + 2, 8, 60);
            if (const lxw_error e =
                    worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c), width, nullptr))
                return e;
        }
        return LXW_NO_ERROR;
    }

private:
    lxw_error write(lxw_col_t col, const ExportCell &cell)
    {
        if (cell.kind == ExportCell::Kind::Number) {
            // Decimal text of at most 15 significant digits is exact as a double; a longer
            // figure (up to 12 + 6 digits) is written as text so no digit is lost.
            bool ok = false;
            const double v = cell.text.toDouble(&ok);
            ok = ok && significantDigits(cell.text) <= 15;
            return ok ? worksheet_write_number(m_ws, m_row, col, v, m_formats.get(cell.format))
                      : worksheet_write_string(m_ws, m_row, col,
                                               xlsxwrite::cellText(cell.text).constData(), nullptr);
        }
        // Kept exactly: a string cell is never evaluated, so "=1+1" stays text and needs no
        // apostrophe (unlike CSV).
        return worksheet_write_string(m_ws, m_row, col, xlsxwrite::cellText(cell.text).constData(),
                                      nullptr);
    }

    void widen(qsizetype col, const QString &text)
    {
        if (col >= qsizetype(m_widths.size()))
            m_widths.resize(col + 1, 0);
        m_widths[col] = std::max(m_widths[col], xlsxwrite::displayWidth(text));
    }

    lxw_worksheet *m_ws;
    lxw_format *m_bold;
    NumberFormats &m_formats;
    std::vector<int> m_widths;
    lxw_row_t m_row = 1;
};

// A workbook of export tables: the bold header format first, number formats as first used.
class TableBook
{
public:
    explicit TableBook(const QString &path) : m_book(path) {}

    Outcome open()
    {
        if (auto ok = m_book.open(); !ok)
            return ok;
        m_bold = workbook_add_format(m_book.workbook());
        if (!m_bold)
            return Error{m_book.failure(xlsxwrite::errorText(LXW_ERROR_MEMORY_MALLOC_FAILED))};
        format_set_bold(m_bold);
        m_formats.emplace(m_book.workbook());
        return Outcome::success();
    }

    // Adds a sheet named after `name` and writes `header`; `rows` then writes every row
    // through the SheetWriter (returning the first error) and the sheet is finished.
    Outcome sheet(const QString &name, const QStringList &header,
                  const std::function<Outcome(SheetWriter &)> &rows)
    {
        const QString unique = xlsxwrite::sheetName(name, m_used, QStringLiteral("Sheet"));
        lxw_worksheet *ws = workbook_add_worksheet(m_book.workbook(), utf8(unique).constData());
        if (!ws)
            return Error{m_book.failure(
                QCoreApplication::translate("zx::Export", "cannot add the sheet '%1'").arg(unique))};
        SheetWriter writer(ws, m_bold, *m_formats);
        if (const lxw_error e = writer.header(header))
            return Error{m_book.failure(e)};
        if (auto ok = rows(writer); !ok)
            return ok;
        if (const lxw_error e = writer.finish())
            return Error{m_book.failure(e)};
        return Outcome::success();
    }

    Outcome commit() { return m_book.commit(); }
    QString failure(lxw_error e) const { return m_book.failure(e); }
    QString failure(const QString &reason) const { return m_book.failure(reason); }

private:
    xlsxwrite::AtomicWorkbook m_book;
    lxw_format *m_bold = nullptr;
    std::optional<NumberFormats> m_formats;
    QSet<QString> m_used;
};

} // namespace

Outcome writeWorkbook(const std::vector<ExportSheet> &sheets, const QString &path)
{
    TableBook book(path);
    if (sheets.empty())
        return Error{book.failure(QCoreApplication::translate("zx::Export", "nothing to export"))};
    if (auto ok = book.open(); !ok)
        return ok;
    for (const ExportSheet &sheet : sheets) {
        auto ok = book.sheet(sheet.name, sheet.header, [&](SheetWriter &w) -> Outcome {
            for (const auto &cells : sheet.rows)
                if (const lxw_error e = w.row(cells))
                    return Error{book.failure(e)};
            return Outcome::success();
        });
        if (!ok)
            return ok;
    }
    return book.commit();
}

Outcome writeValues(Database &db, std::optional<int> year, const QString &path)
{
    TableBook book(path);
    if (auto ok = book.open(); !ok)
        return ok;
    auto ok = book.sheet(QStringLiteral("values"), exporttable::valuesHeader(), [&](SheetWriter &w) {
        // The next batches are read on two threads while this one writes.
        return valuestream::forEachBatchReadAhead(db, year, [&](std::vector<Value> &&batch) -> Outcome {
            for (const Value &v : batch)
                if (const lxw_error e = w.row(exporttable::valueRow(v)))
                    return Error{e == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE
                                     ? book.failure(QCoreApplication::translate(
                                           "zx::Export", "a sheet holds at most 1,048,576 rows: "
                                                         "export the values a year at a time"))
                                     : book.failure(e)};
            return Outcome::success();
        });
    });
    if (!ok)
        return ok;
    return book.commit();
}

} // namespace zx::xlsxexport
