#pragma once

// Internal to core/io: what the xlsx writers (xlsxexport.cpp, xlsxtemplate.cpp) share — the
// write-beside-then-rename file, sheet names, column widths and libxlsxwriter error texts.

#include "result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <xlsxwriter.h>

namespace zx::xlsxwrite {

// A workbook written to a temporary file beside `path` (same folder, so the rename cannot cross
// file systems) and renamed over `path` by commit() only. Destroyed uncommitted, it discards the
// temporary file and leaves `path` as it was.
class AtomicWorkbook
{
public:
    explicit AtomicWorkbook(const QString &path);
    ~AtomicWorkbook();
    AtomicWorkbook(const AtomicWorkbook &) = delete;
    AtomicWorkbook &operator=(const AtomicWorkbook &) = delete;

    // Creates the temporary file and the workbook; the error names `path`.
    Outcome open();
    lxw_workbook *workbook() const { return m_workbook; }
    // Writes the workbook out (workbook_close) and renames it over the target.
    Outcome commit();
    // "cannot write FILE: reason" for a libxlsxwriter error (or any reason).
    QString failure(lxw_error error) const;
    QString failure(const QString &reason) const;

private:
    void discard();

    QString m_path;
    QString m_temp;
    lxw_workbook *m_workbook = nullptr;
};

// A worksheet name Excel accepts: []:*?/\ replaced by '_', no leading or trailing apostrophe,
// at most 31 characters, never empty (`fallback`, then "Sheet"), and unique (case-insensitively)
// among `used`, to which it is added: a clash gets `suffix` (default "~2", "~3", …) appended
// within the 31 characters.
QString sheetName(const QString &wanted, QSet<QString> &used, const QString &fallback = {},
                  const QString &suffix = {});

// Display width in character cells: CJK and other wide characters count as two.
int displayWidth(const QString &text);

// The text of a lxw_error, e.g. "Error creating output xlsx file. Usually a permissions error."
QString errorText(lxw_error error);

// UTF-8 for libxlsxwriter (kept alive by the caller).
inline QByteArray utf8(const QString &s) { return s.toUtf8(); }
// A cell's text for libxlsxwriter, which writes control characters as OOXML escapes
// ("_x000D_"): a literal "_xHHHH_" in the text is written "_x005F_xHHHH_" so it reads back
// as typed (decodeOoxmlEscapes in xlsxreader.h).
QByteArray cellText(const QString &s);

} // namespace zx::xlsxwrite
