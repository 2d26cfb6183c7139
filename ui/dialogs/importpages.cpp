#include "importpages.h"

#include "dialogs/importmodels.h"
#include "dialogs/importwizard.h"
#include "savefilename.h"
#include "session/workspace.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace zx {

namespace {

const char *const LastFolderKey = "import/lastFolder";

// The scroll area a message label sits in (messageArea), if any.
QScrollArea *areaOf(QLabel *label)
{
    QWidget *viewport = label->parentWidget();
    return viewport ? qobject_cast<QScrollArea *>(viewport->parentWidget()) : nullptr;
}

void setMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    label->setVisible(!text.isEmpty());
    if (QScrollArea *area = areaOf(label))
        area->setVisible(!text.isEmpty());
}

// A message that may run long (a refusal naming who changed what and when) wraps and, past
// about eight lines, scrolls; it is never cut off at the wizard's edge.
QScrollArea *messageArea(QLabel *label, QWidget *parent)
{
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *area = new QScrollArea(parent);
    area->setWidget(label);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    area->setMaximumHeight(label->fontMetrics().lineSpacing() * 8 + 4);
    area->setVisible(label->isVisibleTo(parent) && !label->text().isEmpty());
    return area;
}

// A busy bar until the worker knows the total; then per mille (totals may exceed int).
void showProgress(QProgressBar *bar, qint64 done, qint64 total)
{
    if (total <= 0) {
        bar->setRange(0, 0);
        return;
    }
    bar->setRange(0, 1000);
    bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

QProgressBar *newProgressBar(QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->hide();
    return bar;
}

QTableView *newTableView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QString kindText(const ImportPlan &plan)
{
    if (plan.sheet == QLatin1String("template"))
        return ImportPreviewPage::tr("filled-in template");
    switch (plan.kind) {
    case ImportPlan::Kind::Values: return ImportPreviewPage::tr("quarterly figures");
    case ImportPlan::Kind::Targets: return ImportPreviewPage::tr("annual targets");
    case ImportPlan::Kind::Catalogue: return ImportPreviewPage::tr("indicator catalogue");
    case ImportPlan::Kind::Regions: return ImportPreviewPage::tr("regions");
    case ImportPlan::Kind::Categories: return ImportPreviewPage::tr("indicator categories");
    case ImportPlan::Kind::Unknown: break;
    }
    return ImportPreviewPage::tr("not recognised");
}

} // namespace

QString importCountsText(const ImportPlan &plan)
{
    return ImportPreviewPage::tr("New %1, changed %2, unchanged %3")
        .arg(plan.newCount)
        .arg(plan.changedCount)
        .arg(plan.unchangedCount);
}

// ---- page 1: the file ---------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit(this)),
      m_progress(newProgressBar(this)), m_cancel(new QPushButton(tr("Cancel reading"), this)),
      m_message(new QLabel(this))
{
    setTitle(tr("Choose the file to import"));
    setSubTitle(tr("Nothing is written before you confirm on the last page."));
    auto *formats = new QLabel(
        tr("<p>Accepted files, CSV (UTF-8 or GBK) or Excel (.xlsx):</p><ul>"
           "<li><b>Quarterly figures</b>: columns indicator, region, year, quarter, value, comment</li>"
           "<li><b>Annual targets</b>: columns indicator, region, year, target, baseline, m1–m4</li>"
           "<li><b>Indicator catalogue</b>: the columns of an exported catalogue</li>"
           "<li><b>Filled-in template</b>: the .xlsx made by File → Export data…</li></ul>"
           "<p>Columns are found by their names in the first row. The whole file is checked "
           "first; if any row has a problem, nothing is imported.</p>"),
        this);
    formats->setWordWrap(true);
    formats->setTextFormat(Qt::RichText);
    m_path->setPlaceholderText(tr("Path of a .csv or .xlsx file"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_cancel->hide();
    m_message->setWordWrap(true);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("File:"), this));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formats);
    layout->addLayout(row);
    layout->addLayout(progressRow);
    layout->addWidget(messageArea(m_message, this));
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::completeChanged);
    connect(m_cancel, &QPushButton::clicked, m_wizard->job(), &ImportJob::cancel);
    connect(m_wizard->job(), &ImportJob::progress, this,
            [this](qint64 done, qint64 total) { showProgress(m_progress, done, total); });
    connect(m_wizard->job(), &ImportJob::planned, this, &ImportFilePage::planned);
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty() && !m_wizard->job()->isRunning();
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString start = m_path->text().trimmed().isEmpty()
                              ? settings.value(QLatin1String(LastFolderKey)).toString()
                              : m_path->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import data"), start,
        tr("Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(LastFolderKey), QFileInfo(path).absolutePath());
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    // Next by hand always reads the file again (it may have been fixed meanwhile); only the
    // step the finished plan takes goes on without reading.
    if (m_advancing)
        return true;
    if (m_wizard->job()->isRunning())
        return false;
    const QFileInfo info(path);
    if (!info.isFile()) {
        showMessage(tr("%1 does not exist or is not a file.").arg(m_path->text()), true);
        return false;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        showMessage(tr("Only .csv and .xlsx files can be imported."), true);
        return false;
    }
    QSettings().setValue(QLatin1String(LastFolderKey), info.absolutePath());
    m_wizard->setPlan(nullptr);
    showMessage(tr("Reading and checking %1…").arg(info.fileName()), false);
    m_wizard->job()->plan(path);
    showRunning(true);
    return false;
}

void ImportFilePage::showRunning(bool running)
{
    m_progress->setRange(0, 0);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_path->setReadOnly(running);
    emit completeChanged();
}

void ImportFilePage::planned(ImportJob::PlanPtr plan, const QString &error, bool cancelRequested)
{
    showRunning(false);
    if (cancelRequested || (plan && plan->cancelled)) {
        showMessage(tr("Reading was cancelled. Nothing was imported; the database is unchanged."),
                    false);
        return;
    }
    if (!plan) {
        showMessage(tr("The database could not be opened for the import: %1").arg(error), true);
        return;
    }
    showMessage(QString(), false);
    m_wizard->setPlan(std::move(plan));
    if (m_wizard->currentPage() == this) {
        m_advancing = true;
        m_wizard->next();
        m_advancing = false;
    }
}

void ImportFilePage::showMessage(const QString &text, bool error)
{
    setMessage(m_message, text, error);
}

// ---- page 2: preview and findings ---------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_kind(new QLabel(this)), m_counts(new QLabel(this)),
      m_blocked(new QLabel(this)), m_findingsTitle(new QLabel(this)),
      m_preview(new ImportPreviewModel(this)), m_previewView(newTableView(this)),
      m_changes(new ImportChangesModel(this)), m_changesView(newTableView(this)),
      m_tabs(new QTabWidget(this)), m_findings(new ImportFindingsModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_findingsView(newTableView(this)), m_copy(new QPushButton(tr("Copy findings"), this)),
      m_save(new QPushButton(tr("Save findings…"), this))
{
    setTitle(tr("Check what the file holds"));
    setSubTitle(tr("The first rows as read, what the import would change, and every problem found."));
    m_kind->setWordWrap(true);
    m_kind->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_blocked->setWordWrap(true);
    m_previewView->setModel(m_preview);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_changesView->setModel(m_changes);
    m_changesView->setObjectName(QStringLiteral("ChangesView"));
    // The indicator's name takes the room left; the figures stay next to their labels.
    m_changesView->horizontalHeader()->setStretchLastSection(false);
    m_tabs->addTab(m_changesView, tr("What would change"));
    m_tabs->addTab(m_previewView, tr("First rows of the file"));
    m_tabs->setMinimumHeight(150);
    m_sorted->setSourceModel(m_findings);
    m_sorted->setSortRole(ImportFindingsModel::SortRole);
    m_findingsView->setModel(m_sorted);
    m_findingsView->setSortingEnabled(true);
    m_findingsView->sortByColumn(ImportFindingsModel::Where, Qt::AscendingOrder);
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->setObjectName(QStringLiteral("FindingsView"));
    // The first column names the line; a second numbering beside it would only confuse.
    m_findingsView->verticalHeader()->hide();

    auto *findingsRow = new QHBoxLayout;
    findingsRow->addWidget(m_findingsTitle, 1);
    findingsRow->addWidget(m_copy);
    findingsRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kind);
    layout->addWidget(m_counts);
    layout->addWidget(m_tabs, 3);
    layout->addLayout(findingsRow);
    layout->addWidget(m_findingsView, 2);
    layout->addWidget(messageArea(m_blocked, this));

    connect(m_copy, &QPushButton::clicked, this, &ImportPreviewPage::copyFindings);
    connect(m_save, &QPushButton::clicked, this, &ImportPreviewPage::saveFindings);
}

void ImportPreviewPage::initializePage()
{
    const ImportJob::PlanPtr plan = m_wizard->plan();
    if (!plan)
        return;
    QString source = plan->encoding == QLatin1String("xlsx")
                         ? tr("Excel workbook, sheet %1").arg(plan->sheet)
                         : tr("CSV, %1").arg(plan->encoding);
    m_kind->setText(tr("File: %1 · Kind: %2 · %3").arg(plan->fileName, kindText(*plan), source));
    const bool csv = plan->encoding != QLatin1String("xlsx");
    m_preview->setTable(plan->previewHeader, plan->previewRows, csv ? 2 : 1);
    m_previewView->resizeColumnsToContents();
    m_changes->setChanges(m_wizard->job()->changes());
    m_changesView->resizeColumnsToContents();
    m_changesView->horizontalHeader()->setSectionResizeMode(ImportChangesModel::Indicator,
                                                            QHeaderView::Stretch);
    const int changes = plan->newCount + plan->changedCount;
    const int listed = m_changes->rowCount();
    m_tabs->setTabText(0, listed < changes ? tr("What would change (first %1 of %2)").arg(listed).arg(changes)
                                           : tr("What would change (%1)").arg(listed));
    // Figures and targets are listed by name; a catalogue or regions file shows its own rows.
    m_tabs->setTabVisible(0, listed > 0);
    m_tabs->setCurrentIndex(listed > 0 ? 0 : 1);
    m_counts->setText(plan->blocked() ? importCountsText(*plan) + QLatin1Char(' ') +
                                            tr("(rows with problems not counted)")
                                      : importCountsText(*plan));
    m_findings->setFindings(plan->findings);
    const int n = int(plan->findings.size());
    m_findingsTitle->setText(n == 0 ? tr("No problems found.") : tr("Problems found: %1").arg(n));
    // Measuring every row of a huge list would stall the window; a few hundred are enough.
    if (n <= 500)
        m_findingsView->resizeColumnsToContents();
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_copy->setEnabled(n > 0);
    m_save->setEnabled(n > 0);
    m_findingsView->setVisible(n > 0);
    if (n > 0)
        m_findingsView->setFocus();
    if (plan->blocked())
        setMessage(m_blocked,
                   tr("Nothing will be imported until the file is fixed: correct the rows listed "
                      "above (or add a comment where a figure is unusual) and choose the file again."),
                   true);
    else if (plan->newCount + plan->changedCount == 0)
        setMessage(m_blocked, tr("The file holds nothing new: every row is already in the database."),
                   false);
    else
        setMessage(m_blocked, QString(), false);
}

bool ImportPreviewPage::isComplete() const
{
    const ImportJob::PlanPtr plan = m_wizard->plan();
    return plan && !plan->blocked() && plan->newCount + plan->changedCount > 0;
}

void ImportPreviewPage::copyFindings()
{
    QApplication::clipboard()->setText(m_findings->toText());
}

void ImportPreviewPage::saveFindings()
{
    const ImportJob::PlanPtr plan = m_wizard->plan();
    const QString suggested =
        QFileInfo(QSettings().value(QLatin1String(LastFolderKey)).toString(),
                  QFileInfo(plan ? plan->fileName : QString()).completeBaseName() +
                      tr("-findings") + QStringLiteral(".txt"))
            .filePath();
    const QString path = getSaveFileName(this, tr("Save findings"), suggested,
                                         tr("Text (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    // UTF-8 with a byte order mark, so Notepad and Excel read the Chinese right.
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    file.write("\xEF\xBB\xBF" + m_findings->toText().toUtf8()) >= 0 && file.commit();
    setMessage(m_blocked,
               ok ? tr("Findings saved to %1").arg(QDir::toNativeSeparators(path))
                  : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
               !ok);
}

// ---- page 3: confirm and apply ------------------------------------------------------------

ImportApplyPage::ImportApplyPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(new QLabel(this)),
      m_progress(newProgressBar(this)), m_cancel(new QPushButton(tr("Cancel import"), this)),
      m_result(new QLabel(this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("Write the file into the open database, all rows or none."));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    m_summary->setWordWrap(true);
    auto *note = new QLabel(
        tr("The import is recorded in the audit trail, one entry per figure, under your name. "
           "It is not an editing step: Edit → Undo cannot take it back."),
        this);
    note->setWordWrap(true);
    m_cancel->hide();
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(note);
    layout->addLayout(progressRow);
    layout->addWidget(messageArea(m_result, this));
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, m_wizard->job(), &ImportJob::cancel);
    connect(m_wizard->job(), &ImportJob::progress, this,
            [this](qint64 done, qint64 total) { showProgress(m_progress, done, total); });
    connect(m_wizard->job(), &ImportJob::applied, this, &ImportApplyPage::applied);
}

void ImportApplyPage::initializePage()
{
    const ImportJob::PlanPtr plan = m_wizard->plan();
    if (!plan)
        return;
    m_summary->setText(tr("Import %1 into %2: %3.")
                           .arg(plan->fileName,
                                QDir::toNativeSeparators(m_wizard->workspace()->path()),
                                importCountsText(*plan)));
    setMessage(m_result, QString(), false);
}

bool ImportApplyPage::isComplete() const
{
    return !m_wizard->job()->isRunning();
}

bool ImportApplyPage::validatePage()
{
    if (m_applied)
        return true;
    startImport();
    return false;
}

void ImportApplyPage::startImport()
{
    const ImportJob::PlanPtr plan = m_wizard->plan();
    if (m_applied || !plan || plan->blocked() || m_wizard->job()->isRunning())
        return;
    setMessage(m_result, tr("Importing…"), false);
    m_wizard->job()->apply(plan);
    showRunning(true);
}

void ImportApplyPage::showRunning(bool running)
{
    m_progress->setRange(0, 0);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    // No going back while the database is being written, nor after it was.
    m_wizard->setOption(QWizard::NoBackButtonOnLastPage, running || m_applied);
    emit completeChanged();
}

void ImportApplyPage::applied(const Outcome &outcome, bool cancelRequested)
{
    const ImportJob::PlanPtr plan = m_wizard->plan();
    if (outcome) {
        m_applied = true;
        m_wizard->workspace()->announceImported(*plan);
        QString text = tr("Imported: %1.").arg(importCountsText(*plan));
        if (cancelRequested)
            text += QLatin1Char(' ') + tr("(The import had already finished when you cancelled.)");
        setMessage(m_result, text, false);
        m_result->setStyleSheet(QStringLiteral("color: #2e7d32; font-weight: bold;"));
        setButtonText(QWizard::FinishButton, tr("Close"));
        m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, true);
        showRunning(false);
        emit m_wizard->imported();
        return;
    }
    showRunning(false);
    if (cancelRequested)
        setMessage(m_result, tr("Cancelled. The database is unchanged."), false);
    else
        setMessage(m_result, tr("Nothing was imported; the database is unchanged. %1").arg(outcome.error()),
                   true);
}

} // namespace zx
