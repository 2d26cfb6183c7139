#pragma once

#include "dashboardcontext.h"
#include "report/reportdata.h"
#include "report/reportprofile.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;

namespace zx {

class Workspace;

// File → Export report…: the bulletin of the chosen region and period, in Chinese or
// English, with the category sections to include, in a layout (official 公文格式 or plain); a
// print preview (the same renderer on a QPrinter), and export to an editable Word document
// (first: what offices edit and forward) or ODT, or to PDF.
class ExportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportReportDialog(const DashboardContext &context, QWidget *parent = nullptr);

    // The report as chosen in the dialog (language, sections).
    ReportData report() const;
    // The section check boxes, one per category in catalogue order (for tests).
    const std::vector<QCheckBox *> &sectionBoxes() const { return m_sections; }
    QComboBox *languageBox() const { return m_language; }
    // Automatic (official for .docx and .odt, plain for .pdf), official, or plain.
    QComboBox *layoutBox() const { return m_layout; }
    // The layout for a file of `path`'s kind, as chosen.
    ReportProfile profileFor(const QString &path) const;
    // Writes to `path` (.docx, .odt or .pdf by extension); the error says what went wrong.
    // Refuses the open database and any other database file.
    Outcome exportTo(const QString &path) const;
    // The open database: its audit chain's head goes in the footer, and the report never
    // overwrites it. Without one the footer has no head.
    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }

private:
    void preview();
    void exportFile();

    DashboardContext m_context;
    QComboBox *m_language;
    QComboBox *m_layout;
    std::vector<QCheckBox *> m_sections;
    QLabel *m_message;
    Workspace *m_workspace = nullptr;
};

} // namespace zx
