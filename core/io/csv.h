#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace zx {

// A parsed CSV file (RFC 4180: comma separated, "double quotes" around fields holding commas,
// quotes or line breaks, "" for a quote inside). The first record is the header.
class CsvTable
{
public:
    // `source` names the file in error messages.
    static Result<CsvTable> parse(const QString &text, const QString &source);

    const QStringList &header() const { return m_header; }
    int headerLine() const { return m_headerLine; } // 1-based line of the header
    qsizetype rowCount() const { return qsizetype(m_rows.size()); }
    const QStringList &row(qsizetype i) const { return m_rows[i]; }
    int lineOf(qsizetype i) const { return m_lines[i]; } // 1-based line where the record starts
    // Column index by header name, or -1.
    int column(const QString &name) const { return int(m_header.indexOf(name)); }
    // The field of row `i` in the named column; empty when the column or field is absent.
    QString field(qsizetype i, const QString &name) const;

private:
    QStringList m_header;
    int m_headerLine = 1;
    std::vector<QStringList> m_rows;
    std::vector<int> m_lines;
};

} // namespace zx
