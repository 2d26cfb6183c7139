#include "mainwindow.h"

#include "dialogs/accountsdialog.h"
#include "dialogs/indicatordetaildialog.h"
#include "dialogs/newyeardialog.h"
#include "editors/auditviewer.h"
#include "editors/catalogueeditor.h"
#include "editors/regioneditor.h"
#include "editors/duelist.h"
#include "editors/targetseditor.h"
#include "entry/entrypage.h"
#include "dialogs/exportdatadialog.h"
#include "dialogs/exportreportdialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/preferencesdialog.h"
#include "domain/names.h"
#include "fileactions.h"
#include "models/regiontreemodel.h"
#include "pages/categorypage.h"
#include "pages/emptyfilepage.h"
#include "pages/overviewpage.h"
#include "widgets/undostackaction.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "widgets/periodpicker.h"
#include "widgets/tableexport.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace zx {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_regions(new RegionTreeModel(this)),
      m_regionView(new QTreeView(this)), m_period(new PeriodPicker(this)),
      m_tabs(new QTabWidget(this)), m_emptyFile(new EmptyFilePage(this)),
      m_central(new QStackedWidget(this)), m_overview(new OverviewPage(this)),
      m_fileActions(new FileActions(workspace, this)), m_busy(new QProgressBar(this)),
      m_pathLabel(new QLabel(this)), m_accessLabel(new QLabel(this))
{
    setWindowTitle(tr("Zhenxing — rural revitalization indicators"));
    setObjectName(QStringLiteral("MainWindow"));
    m_regionView->setModel(m_regions);
    m_regionView->header()->hide();
    // A floor for the region panel: its width is saved with the window state, and a panel once
    // dragged to a sliver would otherwise come back as a sliver on every start.
    m_regionView->setMinimumWidth(m_regionView->fontMetrics().averageCharWidth() * 16);
    auto *dock = new QDockWidget(tr("Regions"), this);
    dock->setObjectName(QStringLiteral("RegionDock"));
    dock->setWidget(m_regionView);
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    auto *toolbar = addToolBar(tr("Period"));
    toolbar->setObjectName(QStringLiteral("PeriodToolBar"));
    toolbar->addWidget(m_period);

    m_tabs->addTab(m_overview, tr("Overview"));
    m_entryPage = new EntryPage(m_workspace, m_tabs);
    m_tabs->addTab(m_entryPage, tr("Data entry"));
    m_central->addWidget(m_tabs);
    m_central->addWidget(m_emptyFile);
    setCentralWidget(m_central);
    connect(m_emptyFile, &EmptyFilePage::newCountyRequested, m_fileActions,
            [this] { m_fileActions->newCounty(); });
    connect(m_emptyFile, &EmptyFilePage::importRequested, this, &MainWindow::showImportWizard);
    connect(m_emptyFile, &EmptyFilePage::sampleRequested, m_fileActions, &FileActions::openSample);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    m_pathLabel->setObjectName(QStringLiteral("PathLabel"));
    statusBar()->addPermanentWidget(m_pathLabel);
    m_accessLabel->setObjectName(QStringLiteral("AccessLabel"));
    m_accessLabel->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_accessLabel->hide();
    statusBar()->addPermanentWidget(m_accessLabel);

    m_fileActions->populate(menuBar());
    addToolMenus();
    connect(m_regionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { pushContext(); });
    connect(m_period, &PeriodPicker::periodChanged, this, [this](int year, int) {
        if (m_context.data && year == m_context.year)
            pushContext();
        else
            reload();
    });
    connect(m_overview, &OverviewPage::indicatorActivated, this, &MainWindow::openIndicator);
    // An export of the status table never writes over the open file (Workspace::checkWriteTarget).
    m_overview->tableExport()->setWorkspace(m_workspace);
    connect(&m_loader, &QFutureWatcherBase::finished, this, &MainWindow::loaded);
    ChangeNotifier *notifier = m_workspace->notifier();
    connect(notifier, &ChangeNotifier::databaseReplaced, this, &MainWindow::databaseReplaced);
    connect(notifier, &ChangeNotifier::valueChanged, this, &MainWindow::reload);
    connect(notifier, &ChangeNotifier::targetChanged, this, &MainWindow::reload);
    connect(notifier, &ChangeNotifier::catalogueChanged, this, &MainWindow::databaseReplaced);
    connect(notifier, &ChangeNotifier::regionsChanged, this, &MainWindow::databaseReplaced);
    restoreSettings();
    if (m_workspace->isOpen())
        databaseReplaced();
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
}

void MainWindow::addToolMenus()
{
    // File → Export report… sits with the other file actions, before Save a Copy.
    for (QAction *action : menuBar()->actions())
        if (QMenu *file = action->menu(); file && file->objectName() == QLatin1String("FileMenu")) {
            auto *exportReport = new QAction(tr("&Export Report…"), this);
            exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
            connect(exportReport, &QAction::triggered, this, [this] {
                if (!m_context.isValid())
                    return;
                auto *dialog = new ExportReportDialog(m_context, this);
                dialog->setWorkspace(m_workspace);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
            const auto actions = file->actions();
            const auto separator = std::find_if(actions.begin(), actions.end(),
                                                [](QAction *a) { return a->isSeparator(); });
            file->insertAction(separator == actions.end() ? nullptr : *separator, exportReport);
            QAction *before = separator == actions.end() ? nullptr : *separator;
            auto *importData = new QAction(tr("&Import Data…"), this);
            importData->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
            connect(importData, &QAction::triggered, this, &MainWindow::showImportWizard);
            file->insertAction(before, importData);
            auto *exportData = new QAction(tr("Export &Data…"), this);
            connect(exportData, &QAction::triggered, this, [this] {
                if (!m_workspace->isOpen())
                    return;
                auto *dialog = new ExportDataDialog(m_workspace, m_context, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
            file->insertAction(before, exportData);
        }
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // No window-wide shortcuts here: the entry grid and the targets editor bind Ctrl+Z /
    // Ctrl+Shift+Z within themselves, and a second binding would make both ambiguous.
    QAction *undo = undoStackAction(m_workspace->undoStack(), false, this, true);
    QAction *redo = undoStackAction(m_workspace->undoStack(), true, this, true);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Targets…"), this, [this] { showTool(m_targets); });
    edit->addAction(tr("Indicator &catalogue…"), this, [this] { showTool(m_catalogue); });
    edit->addAction(tr("&Regions…"), this, [this] { showTool(m_regionEditor); });
    addAccountActions(edit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Audit trail…"), this, [this] { showTool(m_audit); });
    view->addAction(tr("&Due list…"), this, [this] { showTool(m_due); });
    // The Help menu (added by FileActions) stays last.
    for (QAction *action : menuBar()->actions())
        if (action->menu() && action->menu()->objectName() == QLatin1String("HelpMenu"))
            menuBar()->addAction(action);
}

// Edit → New year… and Edit → Accounts… (administrators: off, saying why, for the others).
void MainWindow::addAccountActions(QMenu *edit)
{
    edit->addSeparator();
    QAction *newYear = edit->addAction(tr("&New year…"), this, [this] {
        if (!m_workspace->isOpen())
            return;
        NewYearDialog dialog(m_workspace, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_period->setYears(m_workspace->years());
        m_period->setPeriod(dialog.startedYear(), 1);
        statusBar()->showMessage(
            tr("Started %1: %2 target(s)").arg(dialog.startedYear()).arg(dialog.writtenTargets()));
    });
    newYear->setObjectName(QStringLiteral("NewYearAction"));
    QAction *accounts = edit->addAction(tr("&Accounts…"), this, [this] {
        if (!m_workspace->isOpen())
            return;
        AccountsDialog dialog(m_workspace, this);
        dialog.exec();
    });
    accounts->setObjectName(QStringLiteral("AccountsAction"));
    connect(edit, &QMenu::aboutToShow, this, [this, accounts] {
        const QString reason = accountsRefusal();
        accounts->setEnabled(reason.isEmpty());
        accounts->setToolTip(reason);
        accounts->setStatusTip(reason);
    });
}

// Empty when the user may manage the accounts of the open file; otherwise why not.
QString MainWindow::accountsRefusal() const
{
    if (!m_workspace->isOpen())
        return tr("No database is open");
    auto account = m_workspace->account();
    if (!account)
        return account.error();
    if (account->role != Role::Administrator)
        return tr("Only an administrator may manage accounts; you are a %1")
            .arg(roleLabel(account->role));
    return {};
}

void MainWindow::showImportWizard()
{
    if (!m_workspace->isOpen())
        return;
    auto *wizard = new ImportWizard(m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // An import may bring a year the period picker does not offer yet.
    connect(wizard, &ImportWizard::imported, this,
            [this] { m_period->setYears(m_workspace->years()); });
    wizard->open();
}

template <typename Tool>
void MainWindow::showTool(QPointer<Tool> &tool)
{
    if (!tool) {
        tool = new Tool(m_workspace, this);
        tool->setWindowFlag(Qt::Window);
        tool->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &MainWindow::contextChanged, tool,
                [this, t = tool.data()] { t->setContext(m_context); });
    }
    if (m_context.isValid())
        tool->setContext(m_context);
    tool->show();
    tool->raise();
    tool->activateWindow();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // Never larger than the screen: offices use 1366×768 and 1280×720 screens minus a taskbar,
    // and a geometry saved on a larger screen would put the status bar below the bottom edge.
    const QSize available =
        screen() ? screen()->availableGeometry().size() : QSize(1280, 720);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(QSize(1280, 860).boundedTo(available));
    else if (!isMaximized() && !isFullScreen() && !size().boundedTo(available).isEmpty())
        resize(size().boundedTo(available));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::databaseReplaced()
{
    m_context = {};
    // A server says so, and who signed in: the same screens work on a county's file.
    m_pathLabel->setText(m_workspace->connection().isServer()
                             ? tr("Server %1 · signed in as %2")
                                   .arg(m_workspace->path(), m_workspace->userName())
                             : m_workspace->path());
    auto data = m_workspace->isOpen() ? m_workspace->catalogue() : Result<Workspace::DatasetPtr>(Error{});
    // The catalogue and the region tree do not depend on the year.
    m_regions->setRegions(data ? data.value()->regions() : std::vector<Region>{});
    m_regionView->expandToDepth(0);
    showAccess(); // the title names the county, so after the tree
    if (data) {
        rebuildCategoryPages(*data.value());
    } else { // no catalogue to read: none of the previous file's categories either
        qDeleteAll(m_categoryPages);
        m_categoryPages.clear();
    }
    showEmptyState(m_regions->rowCount() > 0, data && !data.value()->indicators().empty());
    const std::vector<int> years = m_workspace->years();
    m_period->setYears(years);
    if (m_regions->rowCount() > 0)
        m_regionView->setCurrentIndex(m_regions->index(0, 0));
    // The newest year with figures, whole year; a file without figures opens on the newest year
    // offered (this year), first quarter, ready for its first figure.
    const std::vector<int> figureYears = m_workspace->figureYears();
    if (!figureYears.empty())
        m_period->setPeriod(figureYears.back(), 4);
    else if (!years.empty())
        m_period->setPeriod(years.back(), 1);
    if (figureYears.empty())
        statusBar()->showMessage(tr("The database holds no figures yet."));
    if (years.empty() || m_regions->rowCount() == 0) {
        // Nothing will load: the pages must not keep showing the previous file's county.
        m_overview->setContext(m_context);
        m_entryPage->setContext(m_context);
    }
}

// A file without a county (File → New) shows what to do next instead of empty pages; tool
// windows of the previous file close, so nothing of its county stays on screen.
void MainWindow::showEmptyState(bool hasRegions, bool hasIndicators)
{
    const bool empty = m_workspace->isOpen() && (!hasRegions || !hasIndicators);
    // Only another file's tools: the region editor filling this empty file stays open.
    const bool anotherFile = m_workspace->path() != m_shownFile;
    m_shownFile = m_workspace->path();
    if (empty) {
        m_emptyFile->setFile(QFileInfo(m_workspace->path()).fileName(), hasRegions, hasIndicators);
        if (anotherFile)
            closeTools();
    }
    m_central->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyFile) : m_tabs);
}

void MainWindow::closeTools()
{
    const std::vector<QWidget *> tools = {m_targets, m_catalogue, m_regionEditor, m_audit, m_due};
    for (QWidget *tool : tools)
        if (tool)
            tool->close(); // WA_DeleteOnClose
}

// A file that cannot be changed says so where the eye goes: the title, a red mark in the status
// bar (the reason in its tooltip) and, for a damaged file, a message once when it opens.
void MainWindow::showAccess()
{
    const QString refusal = m_workspace->writeRefusal();
    // The title names the county and its file, so two windows (or a file just replaced by
    // File → New) are told apart: "XX区 · county.db — Zhenxing — …".
    QString title = tr("Zhenxing — rural revitalization indicators");
    if (m_workspace->isOpen()) {
        const QModelIndex root = m_regions->index(0, 0);
        const QString file = m_workspace->connection().isServer()
                                 ? tr("server %1, signed in as %2")
                                       .arg(m_workspace->path(), m_workspace->userName())
                                 : QFileInfo(m_workspace->path()).fileName();
        title = QStringLiteral("%1 — %2")
                    .arg(root.isValid() ? QStringLiteral("%1 · %2").arg(root.data().toString(), file)
                                        : file,
                         title);
    }
    if (refusal.isEmpty()) {
        setWindowTitle(title);
        m_accessLabel->hide();
        return;
    }
    const bool damaged = m_workspace->isDamaged();
    const QString mark = damaged ? tr("Damaged: read only") : tr("Read-only");
    setWindowTitle(QStringLiteral("%1 [%2]").arg(title, mark));
    m_accessLabel->setText(mark);
    m_accessLabel->setToolTip(refusal);
    m_accessLabel->show();
    statusBar()->showMessage(refusal);
    if (damaged) { // said once, without blocking: the figures can still be read and printed
        auto *box = new QMessageBox(QMessageBox::Warning, mark, refusal, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("DamagedFileMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::rebuildCategoryPages(const Dataset &data)
{
    for (CategoryPage *page : m_categoryPages)
        delete page;
    m_categoryPages.clear();
    for (const Category &c : data.categories()) {
        auto *page = new CategoryPage(c.code, m_tabs);
        // The tab says the name without its explanation in brackets ("Party building
        // (organizational revitalization)" → "Party building"), so that the tabs of a county's
        // categories fit a 1280-pixel screen in English; the full name is in the tooltip.
        const QString name = displayName(c);
        static const QRegularExpression bracketed(QStringLiteral("\\s*[(（][^()（）]*[)）]\\s*$"));
        QString label = name;
        label.remove(bracketed);
        const int index = m_tabs->addTab(page, label.isEmpty() ? name : label);
        m_tabs->setTabToolTip(index, name);
        connect(page, &CategoryPage::indicatorActivated, this, &MainWindow::openIndicator);
        connect(page, &CategoryPage::regionActivated, this, &MainWindow::selectRegion);
        m_categoryPages.push_back(page);
    }
}

void MainWindow::reload()
{
    if (!m_workspace->isOpen() || m_period->year() == 0)
        return;
    if (m_loader.isRunning()) {
        m_reloadPending = true; // load again once the running load is done
        return;
    }
    m_loadingYear = m_period->year();
    // Only the selected region and its children: a city's villages are never read here.
    m_loadingRegion = selectedRegion();
    m_loader.setFuture(m_workspace->datasetAsync(m_loadingYear, m_loadingRegion));
    // Quick loads never flash a busy indicator; slow ones show it after half a second.
    QTimer::singleShot(500, this, [this] {
        if (m_loader.isRunning()) {
            m_busy->show();
            statusBar()->showMessage(tr("Loading %1…").arg(m_loadingYear));
        }
    });
}

void MainWindow::loaded()
{
    m_busy->hide();
    statusBar()->clearMessage();
    auto result = m_loader.result();
    if (m_reloadPending || m_loadingYear != m_period->year() ||
        m_loadingRegion != selectedRegion()) {
        m_reloadPending = false;
        reload();
        return;
    }
    if (!result) {
        QMessageBox::warning(this, tr("Zhenxing"), result.error());
        return;
    }
    m_context.data = result.value();
    m_context.eval = std::make_shared<const Evaluator>(*m_context.data, PreferencesDialog::lagBand());
    m_context.year = m_loadingYear;
    pushContext();
}

QString MainWindow::selectedRegion() const
{
    return m_regionView->currentIndex().data(RegionTreeModel::CodeRole).toString();
}

void MainWindow::pushContext()
{
    if (m_context.data && !m_context.data->covers(selectedRegion())) {
        reload(); // another region: load its own slice
        return;
    }
    if (!m_context.data || m_context.year != m_period->year())
        return;
    m_context.regionCode = selectedRegion();
    m_context.quarter = m_period->quarter();
    if (!m_context.isValid())
        return;
    m_overview->setContext(m_context);
    m_entryPage->setContext(m_context);
    for (CategoryPage *page : m_categoryPages)
        page->setContext(m_context);
    emit contextChanged();
}

void MainWindow::selectRegion(const QString &code)
{
    const QModelIndex index = m_regions->indexOf(code);
    if (index.isValid())
        m_regionView->setCurrentIndex(index);
}

void MainWindow::selectPeriod(int year, int quarter)
{
    m_period->setPeriod(year, quarter);
}

void MainWindow::openIndicator(const QString &code)
{
    if (!m_context.isValid() || !m_context.data->indicator(code))
        return;
    auto *dialog = new IndicatorDetailDialog(*m_workspace, m_context, code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace zx
