#pragma once

#include "dialogs/importjob.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace zx {

class ImportChangesModel;
class ImportFindingsModel;
class ImportPreviewModel;
class ImportWizard;

// Page 1: the file. On Next the file is planned in the background (progress, Cancel); the
// wizard moves on only when a plan is there. Remembers the last folder in QSettings.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    QLineEdit *pathEdit() const { return m_path; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void showRunning(bool running);
    void planned(ImportJob::PlanPtr plan, const QString &error, bool cancelRequested);
    void showMessage(const QString &text, bool error);

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_message;
    bool m_advancing = false;
};

// Page 2: what was read (kind, encoding or sheet, the first rows), what it would change
// (new / changed / unchanged, and figure by figure: names, what is stored, who entered it and
// when in local time) and every finding, sortable, to copy or save. Blocked plans cannot go on.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Also when Next is not pressed but called (QWizard::next() does not ask isComplete).
    bool validatePage() override { return isComplete(); }

    QLabel *kindLabel() const { return m_kind; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *blockedLabel() const { return m_blocked; }
    QTableView *previewView() const { return m_previewView; }
    QTableView *changesView() const { return m_changesView; }
    ImportChangesModel *changesModel() const { return m_changes; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *findingsView() const { return m_findingsView; }
    ImportFindingsModel *findingsModel() const { return m_findings; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }

private:
    void copyFindings();
    void saveFindings();

    ImportWizard *m_wizard;
    QLabel *m_kind;
    QLabel *m_counts;
    QLabel *m_blocked;
    QLabel *m_findingsTitle;
    ImportPreviewModel *m_preview;
    QTableView *m_previewView;
    ImportChangesModel *m_changes;
    QTableView *m_changesView;
    QTabWidget *m_tabs;
    ImportFindingsModel *m_findings;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_findingsView;
    QPushButton *m_copy;
    QPushButton *m_save;
};

// Page 3: confirm and write. Finish reads "Import"; the write runs in the background with
// progress and Cancel (which rolls it back). On success the result is shown, the change is
// announced and Finish reads "Close".
class ImportApplyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportApplyPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isApplied() const { return m_applied; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Starts the import (what Finish does the first time).
    void startImport();

private:
    void applied(const Outcome &outcome, bool cancelRequested);
    void showRunning(bool running);

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_result;
    bool m_applied = false;
};

// "新增 3、修改 1、不变 5" for a plan.
QString importCountsText(const ImportPlan &plan);

} // namespace zx
