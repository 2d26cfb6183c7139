#pragma once

#include "dashboardcontext.h"
#include "result.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <vector>

class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace zx {

class AuditViewer;
class CatalogueEditor;
class RegionEditor;
class CategoryPage;
class DueList;
class EmptyFilePage;
class EntryPage;
class TargetsEditor;
class FileActions;
class OverviewPage;
class PeriodPicker;
class RegionTreeModel;
class Workspace;

// The desktop window: the region tree and the period picker drive every page (the overview
// and one page per category). Loads a year's data off the UI thread, shows a busy indicator
// when that takes over half a second, and reloads whenever the ChangeNotifier reports a
// change. Does not own the Workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    const DashboardContext &context() const { return m_context; }
    void selectRegion(const QString &code);
    void selectPeriod(int year, int quarter);

    OverviewPage *overviewPage() const { return m_overview; }
    EntryPage *entryPage() const { return m_entryPage; }
    const std::vector<CategoryPage *> &categoryPages() const { return m_categoryPages; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *regionView() const { return m_regionView; }
    RegionTreeModel *regionModel() const { return m_regions; }
    PeriodPicker *periodPicker() const { return m_period; }
    // Shown instead of the pages while the open file has no county to show (File → New).
    EmptyFilePage *emptyFilePage() const { return m_emptyFile; }

signals:
    // The pages show a new region, period or data.
    void contextChanged();

public slots:
    void openIndicator(const QString &code);
    // File → Import data… (Ctrl+I).
    void showImportWizard();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void databaseReplaced();
    void showAccess();
    // The dashboard, or what to do next when the file has no regions or no indicators.
    void showEmptyState(bool hasRegions, bool hasIndicators);
    void closeTools();
    void rebuildCategoryPages(const Dataset &data);
    void reload();
    void loaded();
    void pushContext();
    QString selectedRegion() const;
    void restoreSettings();
    void addToolMenus();
    void addAccountActions(QMenu *edit);
    QString accountsRefusal() const;
    // Opens (or raises) a tool window that follows the chosen region and period.
    template <typename Tool>
    void showTool(QPointer<Tool> &tool);

    Workspace *m_workspace;
    DashboardContext m_context;
    RegionTreeModel *m_regions;
    QTreeView *m_regionView;
    PeriodPicker *m_period;
    QTabWidget *m_tabs;
    EmptyFilePage *m_emptyFile;
    QStackedWidget *m_central;
    QString m_shownFile; // the file the window shows, to tell a new file from a reload
    OverviewPage *m_overview;
    EntryPage *m_entryPage;
    std::vector<CategoryPage *> m_categoryPages;
    FileActions *m_fileActions;
    QFutureWatcher<Result<std::shared_ptr<const Dataset>>> m_loader;
    int m_loadingYear = 0;
    QString m_loadingRegion; // the focus of the load in flight (Dataset::loadScoped)
    bool m_reloadPending = false;
    QProgressBar *m_busy;
    QLabel *m_pathLabel;
    QLabel *m_accessLabel; // "read-only" / "damaged" while the open file cannot be changed
    QPointer<TargetsEditor> m_targets;
    QPointer<CatalogueEditor> m_catalogue;
    QPointer<RegionEditor> m_regionEditor;
    QPointer<AuditViewer> m_audit;
    QPointer<DueList> m_due;
};

} // namespace zx
