#pragma once

// Reads an xlsx back the way another program would: Debian's python3-openpyxl (through
// /usr/bin/python3, not a python3 on PATH that may lack it), dumped as JSON.
//   {"active": "sheet title",
//    "sheets": [{"name", "state" ("visible"/"hidden"), "protected" (bool), "freeze" ("A2"),
//                "merged": ["A1:H1"], "orientation", "paper", "titleRows" ("$3:$3"),
//                "rows": [[{"v": value, "t": data_type ('s','n','f',…), "locked": bool,
//                           "bold": bool, "fill": "FFFFFFFF" or null, "fmt": number format}]]}]}
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

#include <gtest/gtest.h>

namespace zx::test {

inline const char *openpyxlScript()
{
    return R"PY(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def fill(c):
    if c.fill is None or c.fill.fill_type != 'solid':
        return None
    rgb = c.fill.fgColor.rgb
    return rgb if isinstance(rgb, str) else None
out = {"active": wb.active.title, "sheets": []}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        rows.append([{"v": c.value, "t": c.data_type, "locked": bool(c.protection.locked),
                      "bold": bool(c.font.b), "fill": fill(c), "fmt": c.number_format}
                     for c in row])
    out["sheets"].append({
        "name": ws.title, "state": ws.sheet_state, "protected": bool(ws.protection.sheet),
        "freeze": ws.freeze_panes, "merged": [str(r) for r in ws.merged_cells.ranges],
        "orientation": ws.page_setup.orientation, "paper": ws.page_setup.paperSize,
        "titleRows": ws.print_title_rows, "rows": rows})
sys.stdout.write(json.dumps(out, ensure_ascii=False, default=str))
)PY";
}

// The workbook as JSON; an empty object (and a test failure) when openpyxl cannot read it.
inline QJsonObject readXlsx(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QString::fromUtf8(openpyxlScript()), path});
    if (!p.waitForFinished(120000)) {
        ADD_FAILURE() << "python3 did not finish reading " << path.toStdString();
        return {};
    }
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ADD_FAILURE() << "openpyxl cannot read " << path.toStdString() << ":\n"
                      << p.readAllStandardError().toStdString();
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (!doc.isObject())
        ADD_FAILURE() << "bad JSON from openpyxl: " << error.errorString().toStdString();
    return doc.object();
}

inline QJsonObject sheetNamed(const QJsonObject &book, const QString &name)
{
    for (const QJsonValue &s : book[QStringLiteral("sheets")].toArray())
        if (s[QStringLiteral("name")].toString() == name)
            return s.toObject();
    return {};
}

inline QStringList sheetNames(const QJsonObject &book)
{
    QStringList names;
    for (const QJsonValue &s : book[QStringLiteral("sheets")].toArray())
        names << s[QStringLiteral("name")].toString();
    return names;
}

inline QJsonArray rowsOf(const QJsonObject &sheet)
{
    return sheet[QStringLiteral("rows")].toArray();
}

// Cell (row, column), both counted from 0 as in libxlsxwriter; null when outside the data.
inline QJsonObject cellAt(const QJsonObject &sheet, int row, int column)
{
    return rowsOf(sheet).at(row).toArray().at(column).toObject();
}

inline QString text(const QJsonObject &cell)
{
    return cell[QStringLiteral("v")].toString();
}

inline QString type(const QJsonObject &cell)
{
    return cell[QStringLiteral("t")].toString();
}

} // namespace zx::test
