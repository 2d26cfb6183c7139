#pragma once

#include "dialogs/importjob.h"

#include <QWizard>

namespace zx {

class ImportApplyPage;
class ImportFilePage;
class ImportPreviewPage;
class Workspace;

// File → Import data…: choose a values, targets or catalogue file (CSV or xlsx, or a filled-in
// template), see what it would change and what is wrong with it, then write it all or nothing.
// Planning and writing run on an ImportJob (a worker thread with its own connection to the
// open database file) so a large file never freezes the window; both can be cancelled.
// An import is audited but is not an undo step; on success the Workspace announces it on the
// notifier so every view reloads. Does not own the Workspace.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, PreviewPageId, ApplyPageId };

    explicit ImportWizard(Workspace *workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Workspace *workspace() const { return m_workspace; }
    ImportJob *job() const { return m_job; }
    ImportJob::PlanPtr plan() const { return m_plan; }
    void setPlan(ImportJob::PlanPtr plan) { m_plan = std::move(plan); }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportApplyPage *applyPage() const { return m_applyPage; }

    // While a plan or an import runs, Cancel (and Esc) cancels that first; the wizard closes
    // only when nothing runs.
    void reject() override;

signals:
    // The import was written and announced.
    void imported();

private:
    Workspace *m_workspace;
    ImportJob *m_job;
    ImportJob::PlanPtr m_plan;
    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportApplyPage *m_applyPage;
};

} // namespace zx
