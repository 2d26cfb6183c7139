#pragma once

#include "result.h"
#include "widgets/tablesnapshot.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QPrinter;
class QTableView;
class QPushButton;
class QWidget;

namespace zx {

class Workspace;

// Export and print for one table view: "Export to Excel…", "Export to CSV…" and "Print…"
// (through a print preview) on the view's context menu and on a tool button for the page's
// own button row. Everything written or printed is a TableSnapshot of the view taken at that
// moment, so it is what the user sees: the visible columns in their order, the rows the
// filters let through in the order sorted, the texts as shown; numbers stay numbers in xlsx.
// A child of the view; it does not own the view.
class TableExport : public QObject
{
    Q_OBJECT

public:
    // `name`: the worksheet's name and the suggested file name ("指标状态").
    TableExport(QTableView *view, const QString &name);

    // The title printed above the table (the region and period, what the trail is filtered by).
    void setTitleSource(std::function<QString()> title);
    // What the rows are filtered by, printed under the title; empty: nothing.
    void setFilterSource(std::function<QString()> filter);
    // The file name offered, without extension; default: the name given.
    void setFileNameSource(std::function<QString()> fileName);
    // The workspace whose open database no export may overwrite (Workspace::checkWriteTarget);
    // not owned. Without one, only other database files are refused.
    void setWorkspace(const Workspace *workspace);

    TableSnapshot snapshot() const;
    Outcome writeXlsx(const QString &path) const;
    Outcome writeCsv(const QString &path) const; // UTF-8 with BOM, so Excel reads Chinese
    Outcome print(QPrinter &printer) const;

    QAction *xlsxAction() const { return m_xlsx; }
    QAction *csvAction() const { return m_csv; }
    QAction *printAction() const { return m_print; }
    // "Export" with a menu of the three actions, for a row of buttons above the table.
    QPushButton *createButton(QWidget *parent) const;

    // Asks for a file (xlsx or csv; a name typed without its extension gets it, savefilename.h)
    // and writes it; what the menu actions do.
    void exportInteractively(bool xlsx);
    // Opens the print preview, from which the user prints.
    void printPreview();

signals:
    // A file was written: "Saved …" (also shown in a main window's status bar).
    void saved(const QString &message);

private:
    Outcome checkTarget(const QString &path) const;
    QString countText(const TableSnapshot &table) const;
    void report(const QString &message, bool failed);

    QTableView *m_view;
    QString m_name;
    std::function<QString()> m_title;
    std::function<QString()> m_filter;
    std::function<QString()> m_fileName;
    const Workspace *m_workspace = nullptr;
    QAction *m_xlsx;
    QAction *m_csv;
    QAction *m_print;
};

} // namespace zx
