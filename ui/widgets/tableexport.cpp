#include "tableexport.h"

#include "io/exporttable.h"
#include "io/xlsxexport.h"
#include "savefilename.h"
#include "session/workspace.h"
#include "widgets/tableprinter.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace zx {

namespace {

// Shared with File → Export data…, so both offer the folder last written to.
const char *const LastFolderKey = "export/lastFolder";

} // namespace

TableExport::TableExport(QTableView *view, const QString &name)
    : QObject(view), m_view(view), m_name(name),
      m_xlsx(new QAction(tr("Export to Excel (.xlsx)…"), this)),
      m_csv(new QAction(tr("Export to CSV…"), this)),
      m_print(new QAction(tr("Print…"), this))
{
    m_xlsx->setToolTip(tr("Save the table as shown — these rows, columns and order — as an "
                          "Excel workbook"));
    m_csv->setToolTip(tr("Save the table as shown as CSV (UTF-8, opens in Excel and WPS)"));
    m_print->setToolTip(tr("Preview and print the table as shown"));
    connect(m_xlsx, &QAction::triggered, this, [this] { exportInteractively(true); });
    connect(m_csv, &QAction::triggered, this, [this] { exportInteractively(false); });
    connect(m_print, &QAction::triggered, this, &TableExport::printPreview);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_xlsx, m_csv, m_print});
}

void TableExport::setTitleSource(std::function<QString()> title)
{
    m_title = std::move(title);
}

void TableExport::setFilterSource(std::function<QString()> filter)
{
    m_filter = std::move(filter);
}

void TableExport::setFileNameSource(std::function<QString()> fileName)
{
    m_fileName = std::move(fileName);
}

void TableExport::setWorkspace(const Workspace *workspace)
{
    m_workspace = workspace;
}

QString TableExport::countText(const TableSnapshot &table) const
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_view->model());
    const int all = proxy && proxy->sourceModel() ? proxy->sourceModel()->rowCount()
                                                  : int(table.rows.size());
    return tr("%1 of %2 rows").arg(table.rows.size()).arg(all);
}

TableSnapshot TableExport::snapshot() const
{
    TableSnapshot table = snapshotOf(*m_view);
    table.title = m_title ? m_title() : m_name;
    const QString filter = m_filter ? m_filter() : QString();
    table.subtitle = filter.isEmpty() ? countText(table)
                                      : tr("%1 · %2").arg(countText(table), filter);
    return table;
}

Outcome TableExport::checkTarget(const QString &path) const
{
    return m_workspace ? m_workspace->checkWriteTarget(path)
                       : Workspace::checkWriteTarget(path, Connection());
}

Outcome TableExport::writeXlsx(const QString &path) const
{
    if (auto ok = checkTarget(path); !ok)
        return ok;
    return xlsxexport::writeWorkbook({toXlsxSheet(snapshot(), m_name)}, path);
}

Outcome TableExport::writeCsv(const QString &path) const
{
    if (auto ok = checkTarget(path); !ok)
        return ok;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(exporttable::toCsv(toCsvSheet(snapshot()))) < 0 || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path),
                                                   file.errorString())};
    return {};
}

Outcome TableExport::print(QPrinter &printer) const
{
    return printTable(snapshot(), printer);
}

QPushButton *TableExport::createButton(QWidget *parent) const
{
    auto *button = new QPushButton(tr("Export / print"), parent);
    button->setToolTip(tr("Save or print the table as shown"));
    auto *menu = new QMenu(button);
    menu->addActions({m_xlsx, m_csv, m_print});
    button->setMenu(menu);
    return button;
}

void TableExport::exportInteractively(bool xlsx)
{
    const QString suffix = xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const QString folder = QSettings().value(QLatin1String(LastFolderKey), QDir::homePath()).toString();
    const QString path = getSaveFileName(
        m_view->window(), xlsx ? tr("Export to Excel") : tr("Export to CSV"),
        QDir(folder).filePath((m_fileName ? m_fileName() : m_name) + QLatin1Char('.') + suffix),
        xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(LastFolderKey), QFileInfo(path).absolutePath());
    const Outcome ok = xlsx ? writeXlsx(path) : writeCsv(path);
    report(ok ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : ok.error(), !ok);
}

void TableExport::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    printer.setDocName(m_name);
    const TableSnapshot table = snapshot(); // what was on screen when Print was chosen
    QPrintPreviewDialog dialog(&printer, m_view->window());
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &table](QPrinter *p) {
        if (const Outcome ok = printTable(table, *p); !ok)
            report(ok.error(), true);
    });
    dialog.exec();
}

void TableExport::report(const QString &message, bool failed)
{
    if (failed) {
        QMessageBox::warning(m_view->window(), tr("Export"), message);
        return;
    }
    if (auto *main = qobject_cast<QMainWindow *>(m_view->window()))
        main->statusBar()->showMessage(message, 8000);
    emit saved(message);
}

} // namespace zx
