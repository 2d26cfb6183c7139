#pragma once

#include "connection.h"
#include "dashboardcontext.h"
#include "io/exporttable.h"
#include "result.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zx {

class Workspace;

// File → Export data…: the figures, the targets or the catalogue as CSV or an Excel workbook;
// the status table of a region at the chosen quarter; or the fill-in template (xlsx) of a
// region and year, which imports back through File → Import data…. Tables are read and
// written on a worker thread with its own connection to the open file (the status table,
// which comes from the dashboard's Evaluator, is built on the UI thread first). Does not own
// the Workspace.
class ExportDataDialog : public QDialog
{
    Q_OBJECT

public:
    enum What { Values, Targets, Catalogue, Status, Template, Categories };

    // What the dialog would write: everything the worker needs, copied.
    struct Request
    {
        What what = Values;
        bool xlsx = false;
        std::optional<int> year; // Values, Targets: nullopt = all years; Template: the year
        QString regionCode;      // Status, Template
        QString language;        // "zh" / "en": Status, Template
        Connection connection; // the open database, read on the worker's own connection
        QString path;
        ExportSheet status; // Status: built on the UI thread
    };

    ExportDataDialog(Workspace *workspace, const DashboardContext &context,
                     QWidget *parent = nullptr);
    ~ExportDataDialog() override;

    QComboBox *whatBox() const { return m_what; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *yearBox() const { return m_year; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *messageLabel() const { return m_message; }

    // A file name for the current choices, e.g. "XX区_2023_填报模板.xlsx".
    QString defaultFileName() const;
    Request request(const QString &path) const;
    // Writes the current choices to `path` here and now (tests, and the worker's job).
    Outcome exportTo(const QString &path) const;
    static Outcome write(const Request &request);

private:
    void updateControls();
    void browse();
    void exportFile();
    void finished();
    void showMessage(const QString &text, bool error);

    Workspace *m_workspace;
    DashboardContext m_context;
    QComboBox *m_what;
    QComboBox *m_format;
    QComboBox *m_year;
    QComboBox *m_region;
    QComboBox *m_language;
    QLineEdit *m_path;
    QPushButton *m_export;
    QLabel *m_message;
    QFutureWatcher<Outcome> m_watcher;
    QString m_writing;
};

} // namespace zx
