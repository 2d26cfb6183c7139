#include "importtable.h"

#include "io/csv.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace zx {

ImportTable::ImportTable(const QString &fileName, const QStringList &header, bool xlsx)
    : m_file(fileName), m_xlsx(xlsx), m_header(header)
{
}

ImportTable ImportTable::fromCsv(const CsvTable &csv, const QString &fileName)
{
    ImportTable t(fileName, csv.header(), false);
    t.m_headerLine = csv.headerLine();
    t.m_rows.reserve(std::size_t(csv.rowCount()));
    for (qsizetype i = 0; i < csv.rowCount(); ++i)
        t.m_rows.push_back({csv.row(i), csv.lineOf(i), QString(), {}});
    return t;
}

ImportTable ImportTable::fromSheet(const XlsxSheet &sheet, const QString &fileName)
{
    QStringList header;
    QList<int> columns;
    if (!sheet.rows.empty()) {
        const QStringList &first = sheet.rows.front();
        for (int c = 0; c < first.size(); ++c) {
            const QString name = first[c].trimmed();
            if (name.isEmpty())
                continue;
            header << name;
            columns << c;
        }
    }
    ImportTable t(fileName, header, true);
    t.m_columns = columns;
    for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows[r];
        if (std::all_of(cells.cbegin(), cells.cend(),
                        [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        QStringList fields;
        fields.reserve(columns.size());
        for (int c : columns)
            fields << cells.value(c);
        t.m_rows.push_back({fields, int(r) + 1, sheet.name, {}});
    }
    return t;
}

bool ImportTable::hasColumns(std::initializer_list<const char *> names) const
{
    return std::all_of(names.begin(), names.end(),
                       [&](const char *n) { return column(QString::fromLatin1(n)) >= 0; });
}

QString ImportTable::columnLabel(int index) const
{
    if (m_xlsx && index >= 0 && index < m_columns.size()) {
        QString ref = cellReference(0, m_columns[index]);
        ref.chop(1); // the row number "1"
        return ref;
    }
    return QString::number(index + 1);
}

QString ImportTable::field(qsizetype i, const QString &name) const
{
    const int c = column(name);
    return c < 0 ? QString() : row(i).fields.value(c);
}

QString ImportTable::text(qsizetype i, const QString &name) const
{
    QString t = field(i, name);
    static const QString trigger = QStringLiteral("=+-@\t\r");
    if (!m_xlsx && t.size() > 1 && t.front() == u'\'' && trigger.contains(t.at(1)))
        t.remove(0, 1);
    return t;
}

QString ImportTable::cellOf(qsizetype i, const QString &name) const
{
    if (!m_xlsx || i < 0)
        return QString();
    const int c = column(name);
    const Row &r = row(i);
    const QList<int> &map = r.columns.isEmpty() ? m_columns : r.columns;
    if (c < 0 || c >= map.size() || map[c] < 0)
        return QString();
    return cellReference(r.line - 1, map[c]);
}

QString ImportTable::placeOf(qsizetype i) const
{
    if (!m_xlsx)
        return QCoreApplication::translate("zx::Import", "line %1").arg(lineOf(i));
    return QCoreApplication::translate("zx::Import", "%1 row %2").arg(row(i).sheet).arg(lineOf(i));
}

ImportFinding ImportTable::finding(qsizetype i, const QString &name, const QString &reason) const
{
    ImportFinding f;
    f.file = m_file;
    f.column = name;
    f.reason = reason;
    if (i >= 0) {
        f.line = lineOf(i);
        f.sheet = row(i).sheet;
        f.cell = cellOf(i, name);
    }
    return f;
}

void ImportTable::fillPreview(ImportPlan &plan, int count) const
{
    plan.previewHeader = m_header;
    plan.previewRows.clear();
    for (qsizetype i = 0; i < rowCount() && i < count; ++i)
        plan.previewRows.push_back(row(i).fields);
}

ImportPlan::Kind kindOf(const ImportTable &t)
{
    if (t.hasColumns({"indicator", "region", "year", "quarter", "value"}))
        return ImportPlan::Kind::Values;
    if (t.hasColumns({"indicator", "region", "year", "target"}))
        return ImportPlan::Kind::Targets;
    if (t.hasColumns({"code", "category", "name", "unit", "accumulation", "aggregation"}))
        return ImportPlan::Kind::Catalogue;
    // Before any table of code,name,…: a regions file is told by parent_code and level.
    if (t.hasColumns({"code", "name", "parent_code", "level"}))
        return ImportPlan::Kind::Regions;
    // Categories: code and name, and no column but name_en and sort_order.
    if (t.hasColumns({"code", "name"}) &&
        std::all_of(t.header().cbegin(), t.header().cend(), [](const QString &c) {
            return c == QLatin1String("code") || c == QLatin1String("name") ||
                   c == QLatin1String("name_en") || c == QLatin1String("sort_order");
        }))
        return ImportPlan::Kind::Categories;
    return ImportPlan::Kind::Unknown;
}

QString expectedHeaders()
{
    return QCoreApplication::translate(
        "zx::Import",
        "unknown header: expected indicator,region,year,quarter,value,comment (values), "
        "indicator,region,year,target,baseline (targets) or "
        "code,category,name,unit,accumulation,aggregation,… (catalogue) or "
        "code,name,name_en,parent_code,level,sort_order,retired (regions) or "
        "code,name,name_en,sort_order (categories)");
}

} // namespace zx
