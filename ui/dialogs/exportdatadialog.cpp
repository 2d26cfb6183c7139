#include "exportdatadialog.h"

#include "domain/names.h"
#include "savefilename.h"
#include "io/csvexport.h"
#include "io/xlsxexport.h"
#include "session/workspace.h"

#include <algorithm>

#include <QComboBox>
#include <QSignalBlocker>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace zx {

namespace {

const char *const LastFolderKey = "export/lastFolder";

Outcome writeCsv(const ExportSheet &sheet, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exporttable::toCsv(sheet)) < 0 ||
        !file.commit())
        return Error{ExportDataDialog::tr("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return Outcome::success();
}

void setItemEnabled(QComboBox *box, int row, bool enabled)
{
    if (auto *model = qobject_cast<QStandardItemModel *>(box->model()))
        if (QStandardItem *item = model->item(row))
            item->setEnabled(enabled);
}

} // namespace

ExportDataDialog::ExportDataDialog(Workspace *workspace, const DashboardContext &context,
                                   QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_context(context), m_what(new QComboBox(this)),
      m_format(new QComboBox(this)), m_year(new QComboBox(this)), m_region(new QComboBox(this)),
      m_language(new QComboBox(this)), m_path(new QLineEdit(this)), m_export(nullptr),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("ExportDataDialog"));
    setWindowTitle(tr("Export data"));
    m_what->addItem(tr("Quarterly figures (all regions)"), Values);
    m_what->addItem(tr("Annual targets (all regions)"), Targets);
    m_what->addItem(tr("Indicator catalogue"), Catalogue);
    m_what->addItem(tr("Indicator categories"), Categories);
    m_what->addItem(tr("Status table of a region (chosen quarter)"), Status);
    m_what->addItem(tr("Fill-in template of a region and year"), Template);
    m_format->addItem(tr("CSV (.csv)"), false);
    m_format->addItem(tr("Excel workbook (.xlsx)"), true);
    m_year->addItem(tr("All years"), 0);
    const std::vector<int> years = workspace->years();
    for (auto it = years.rbegin(); it != years.rend(); ++it)
        m_year->addItem(QString::number(*it), *it);
    if (context.data)
        for (const Region &r : context.data->regions())
            m_region->addItem(QString(std::max(0, int(r.level) - 1) * 2, QLatin1Char(' ')) +
                                  displayName(r),
                              r.code);
    m_region->setCurrentIndex(std::max(0, m_region->findData(context.regionCode)));
    // The status table comes from the dashboard's loaded year: none loaded, none to export.
    setItemEnabled(m_what, Status, context.isValid());
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 0 : 1);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    const QString folder = QSettings().value(QLatin1String(LastFolderKey),
                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(defaultFileName())));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), m_what);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Language of the words:"), m_language);
    form->addRow(tr("File:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_export->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    for (QComboBox *box : {m_what, m_format, m_year, m_region, m_language})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDataDialog::updateControls);
    connect(browse, &QPushButton::clicked, this, &ExportDataDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDataDialog::exportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportDataDialog::finished);
    updateControls();
}

ExportDataDialog::~ExportDataDialog()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished(); // the worker holds a connection and a half-written file
}

void ExportDataDialog::updateControls()
{
    const auto what = What(m_what->currentData().toInt());
    const bool perRegion = what == Status || what == Template;
    const QSignalBlocker blockFormat(m_format); // this is their slot already
    const QSignalBlocker blockYear(m_year);
    // The template is a workbook by nature; the others come in both formats.
    if (what == Template)
        m_format->setCurrentIndex(1);
    m_format->setEnabled(what != Template);
    // A template is for one year; the status table is the dashboard's year and quarter.
    setItemEnabled(m_year, 0, what != Template && what != Status);
    if (what == Status)
        m_year->setCurrentIndex(std::max(0, m_year->findData(m_context.year)));
    else if (what == Template && m_year->currentIndex() == 0 && m_year->count() > 1)
        m_year->setCurrentIndex(std::max(1, m_year->findData(m_context.year)));
    m_year->setEnabled(what != Catalogue && what != Categories && what != Status);
    m_region->setEnabled(perRegion);
    m_language->setEnabled(perRegion);
    const QString current = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString folder = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(defaultFileName())));
}

QString ExportDataDialog::defaultFileName() const
{
    const auto what = What(m_what->currentData().toInt());
    const int year = m_year->currentData().toInt();
    const QString yearText = year > 0 ? QString::number(year) : tr("all years");
    const QString suffix = m_format->currentData().toBool() ? QStringLiteral(".xlsx")
                                                            : QStringLiteral(".csv");
    const Region *root = m_context.data && !m_context.data->regions().empty()
                             ? &m_context.data->regions().front()
                             : nullptr;
    const Region *chosen = m_context.data ? m_context.data->region(m_region->currentData().toString())
                                          : nullptr;
    const QString rootName = root ? displayName(*root) : tr("Zhenxing");
    const QString regionName = chosen ? displayName(*chosen) : rootName;
    QStringList parts;
    switch (what) {
    case Values: parts = {rootName, yearText, tr("figures")}; break;
    case Targets: parts = {rootName, yearText, tr("targets")}; break;
    case Catalogue: parts = {rootName, tr("indicator catalogue")}; break;
    case Categories: parts = {rootName, tr("indicator categories")}; break;
    case Status:
        parts = {regionName, tr("%1Q%2").arg(m_context.year).arg(m_context.quarter), tr("status")};
        break;
    case Template: parts = {regionName, yearText, tr("fill-in template")}; break;
    }
    QString name = parts.join(QLatin1Char('_')) + suffix;
    // No characters that Windows refuses in a file name.
    static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|]"));
    return name.replace(bad, QStringLiteral("-"));
}

ExportDataDialog::Request ExportDataDialog::request(const QString &path) const
{
    Request r;
    r.what = What(m_what->currentData().toInt());
    r.xlsx = r.what == Template || m_format->currentData().toBool();
    if (const int year = m_year->currentData().toInt(); year > 0)
        r.year = year;
    r.regionCode = m_region->currentData().toString();
    r.language = m_language->currentData().toString();
    r.connection = m_workspace->connection();
    r.path = path;
    if (r.what == Status && m_context.eval && m_context.data)
        r.status = exporttable::status(
            m_context.eval->summarize(r.regionCode, m_context.year, m_context.quarter),
            *m_context.data, r.language);
    return r;
}

Outcome ExportDataDialog::exportTo(const QString &path) const
{
    return write(request(path));
}

Outcome ExportDataDialog::write(const Request &r)
{
    if (r.path.isEmpty())
        return Error{tr("Choose a file to export to.")};
    // Never over the open database, nor over any other database file.
    if (auto ok = Workspace::checkWriteTarget(r.path, r.connection); !ok)
        return ok;
    if (r.what == Status)
        return r.xlsx ? xlsxexport::writeWorkbook({r.status}, r.path) : writeCsv(r.status, r.path);
    // The worker's own connection: a connection belongs to the thread that opened it.
    auto db = Workspace::openWorker(r.connection);
    if (!db)
        return Error{db.error()};
    if (r.what == Template) {
        if (!r.year)
            return Error{tr("Choose the year of the template.")};
        return xlsxexport::writeTemplate(*db.value(), r.path, *r.year, r.regionCode, r.language);
    }
    if (r.what == Values) // streamed a batch of regions at a time: a city's figures never sit in memory
        return r.xlsx ? xlsxexport::writeValues(*db.value(), r.year, r.path)
                      : csvexport::writeValues(*db.value(), r.year, r.path);
    Result<ExportSheet> sheet = r.what == Targets      ? exporttable::targets(*db.value(), r.year)
                                : r.what == Categories ? exporttable::categories(*db.value())
                                                       : exporttable::catalogue(*db.value());
    if (!sheet)
        return Error{sheet.error()};
    return r.xlsx ? xlsxexport::writeWorkbook({sheet.value()}, r.path)
                  : writeCsv(sheet.value(), r.path);
}

void ExportDataDialog::browse()
{
    const bool xlsx = m_format->currentData().toBool();
    const QString path = getSaveFileName(
        this, tr("Export data"), QDir::fromNativeSeparators(m_path->text().trimmed()),
        xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDataDialog::exportFile()
{
    if (m_watcher.isRunning())
        return;
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        showMessage(tr("Choose a file to export to."), true);
        return;
    }
    const QString suffix = m_format->currentData().toBool() ? QStringLiteral("xlsx")
                                                            : QStringLiteral("csv");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    if (auto ok = m_workspace->checkWriteTarget(path); !ok) {
        showMessage(ok.error(), true);
        return;
    }
    if (QFileInfo::exists(path) &&
        QMessageBox::question(this, tr("Export data"),
                              tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes)
        return;
    QSettings().setValue(QLatin1String(LastFolderKey), QFileInfo(path).absolutePath());
    m_writing = path;
    m_export->setEnabled(false);
    showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), false);
    m_watcher.setFuture(QtConcurrent::run(&ExportDataDialog::write, request(path)));
}

void ExportDataDialog::finished()
{
    m_export->setEnabled(true);
    const Outcome ok = m_watcher.result();
    showMessage(ok ? tr("Exported to %1").arg(QDir::toNativeSeparators(m_writing)) : ok.error(), !ok);
}

void ExportDataDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace zx
