#pragma once

#include "io/valueimport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace zx {

class CsvTable;
struct XlsxSheet;

// The table an import reads, whatever it came from: a CSV file, a worksheet laid out like
// one, or the long form built from a fill-in template. Columns are found by header name;
// each row knows where it came from (CSV line, or sheet + row + the cell of each column) so
// a finding can point at it.
class ImportTable
{
public:
    struct Row
    {
        QStringList fields; // parallel to the header
        int line = 0;       // 1-based CSV line or sheet row
        QString sheet;      // xlsx: the worksheet
        QList<int> columns; // xlsx: sheet column (0 = A) of each header column, -1 none;
                            // empty = the table's own mapping
    };

    static ImportTable fromCsv(const CsvTable &csv, const QString &fileName);
    // Row 1 is the header; rows with nothing in them are skipped.
    static ImportTable fromSheet(const XlsxSheet &sheet, const QString &fileName);
    // An empty table with this header, for building rows by hand (template).
    ImportTable(const QString &fileName, const QStringList &header, bool xlsx);

    const QString &fileName() const { return m_file; }
    bool isXlsx() const { return m_xlsx; }
    const QStringList &header() const { return m_header; }
    qsizetype rowCount() const { return qsizetype(m_rows.size()); }
    const Row &row(qsizetype i) const { return m_rows[std::size_t(i)]; }
    int lineOf(qsizetype i) const { return row(i).line; }
    int column(const QString &name) const { return int(m_header.indexOf(name)); }
    bool hasColumns(std::initializer_list<const char *> names) const;
    // Where header column `index` is, for messages: "E" (xlsx sheet column) or "5" (CSV).
    QString columnLabel(int index) const;
    // The line (CSV) or sheet row (xlsx) of the header.
    int headerLine() const { return m_headerLine; }
    void setHeaderLine(int line) { m_headerLine = line; }

    // The field as it stands (empty when the column or field is absent).
    QString field(qsizetype i, const QString &name) const;
    // A text field: for CSV, a leading apostrophe that export put before = + - @ is dropped.
    QString text(qsizetype i, const QString &name) const;
    // "D7" for the cell of row `i` in the named column; empty for CSV or no such cell.
    QString cellOf(qsizetype i, const QString &name) const;
    // "line 7" (CSV) or "Sheet1 row 7" (xlsx): for "duplicate of …" messages.
    QString placeOf(qsizetype i) const;

    // A finding about row `i` (or the whole file when i < 0) in the named column.
    ImportFinding finding(qsizetype i, const QString &name, const QString &reason) const;

    void addRow(Row row) { m_rows.push_back(std::move(row)); }
    // A fill-in template has one comment cell per row and shows no stored comments: an empty
    // comment there keeps the stored one instead of clearing it.
    bool keepsStoredComment() const { return m_keepComment; }
    void setKeepsStoredComment(bool keep) { m_keepComment = keep; }
    // The header and first `count` rows for the wizard's preview.
    void fillPreview(ImportPlan &plan, int count = 50) const;

private:
    QString m_file;
    bool m_xlsx = false;
    bool m_keepComment = false;
    int m_headerLine = 1;
    QStringList m_header;
    QList<int> m_columns; // sheet column of each header column (xlsx tables)
    std::vector<Row> m_rows;
};

// Which table a header is, and the message when it is none.
ImportPlan::Kind kindOf(const ImportTable &table);
QString expectedHeaders();

} // namespace zx
