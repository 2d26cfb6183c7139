#include "importwizard.h"

#include "screenfit.h"
#include "dialogs/importpages.h"
#include "session/workspace.h"

namespace zx {

ImportWizard::ImportWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent), m_workspace(workspace),
      m_job(new ImportJob(workspace->connection(), workspace->userName(), this)),
      m_filePage(new ImportFilePage(this)), m_previewPage(new ImportPreviewPage(this)),
      m_applyPage(new ImportApplyPage(this))
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(ApplyPageId, m_applyPage);
    setStartId(FilePageId);
    resizeToFit(this, QSize(860, 640));
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel(); // the page reports the outcome; the wizard stays open
        return;
    }
    QWizard::reject();
}

} // namespace zx
