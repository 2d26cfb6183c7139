// File → Import data… and File → Export data… as a clerk uses them: the wizard driven through
// its pages on a fresh copy of the sample county per test (planning and applying run on the
// wizard's worker thread; every wait is QTest::qWaitFor on a visible state, never a fixed
// sleep), and the export dialog writing CSV and xlsx files. What the dashboard sees is checked
// on a MainWindow that reloads on its own after the import.
//
// ZX_IMPORT_WIZARD_SCREENSHOT=path.png (with ZX_EXTRA_QM=extra.qm for strings not yet in the
// committed translation) saves the findings page in Chinese for docs/screenshots/.
#include "answermodal.h"
#include "dialogs/exportdatadialog.h"
#include "dialogs/exportreportdialog.h"
#include "dialogs/importmodels.h"
#include "dialogs/importpages.h"
#include "dialogs/importwizard.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "widgets/periodpicker.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/valuestore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileDialog>
#include <QScrollArea>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

#include <time.h>

using namespace zx;

namespace {

const QString County = QStringLiteral("410104");
const QString Village = QStringLiteral("410104001001");
const QString Entrepreneurs = QStringLiteral("returning_entrepreneurs");
constexpr int Timeout = 60000;

class ImportExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        // Own settings per test: the wizard remembers the last folder.
        QCoreApplication::setOrganizationName(QStringLiteral("zx-importtest-") +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        auto created = m_workspace.createSample(m_dir.filePath(QStringLiteral("s.db")));
        ASSERT_TRUE(created) << created.error().toStdString();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    std::optional<Value> stored(const QString &indicator, const QString &region, int year,
                                int quarter)
    {
        auto v = valuestore::find(*m_workspace.database(), ValueKey{indicator, region, year, quarter});
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value() : std::nullopt;
    }

    size_t auditCount()
    {
        auto all = auditstore::all(*m_workspace.database());
        EXPECT_TRUE(all.ok());
        return all.ok() ? all->size() : 0;
    }

    // Opens the wizard on `path` and presses Next; waits until the plan is there.
    std::unique_ptr<ImportWizard> planned(const QString &path)
    {
        auto wizard = std::make_unique<ImportWizard>(&m_workspace);
        wizard->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
        wizard->filePage()->pathEdit()->setText(path);
        wizard->next();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !wizard->job()->isRunning(); }, Timeout));
        return wizard;
    }

    static QByteArray valuesCsv(const QStringList &rows)
    {
        return (QStringLiteral("indicator,region,year,quarter,value,comment\n") +
                rows.join(QLatin1Char('\n')) + QLatin1Char('\n'))
            .toUtf8();
    }

    QTemporaryDir m_dir;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
};

TEST_F(ImportExportTest, AValidValuesFileIsImportedAndTheDashboardShowsIt)
{
    // The dashboard, open while the import runs: it must reload on its own.
    MainWindow window(&m_workspace);
    QSignalSpy contextChanged(&window, &MainWindow::contextChanged);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.context().isValid(); }, Timeout));
    window.selectPeriod(2023, 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.context().quarter == 1; }, Timeout));

    // What the dashboard shows for the selected region (the county: a roll-up of its villages).
    const auto shown = [&window]() -> std::optional<Decimal> {
        const DashboardContext &c = window.context();
        if (!c.isValid() || c.year != 2023 || c.quarter != 1)
            return std::nullopt;
        return c.eval->quarterValue(*c.data->indicator(Entrepreneurs), c.regionCode, 2023, 1);
    };
    const std::optional<Decimal> shownBefore = shown();
    ASSERT_TRUE(shownBefore);
    const std::optional<Value> before = stored(Entrepreneurs, Village, 2023, 1);
    ASSERT_TRUE(before);
    const std::optional<Value> same = stored(Entrepreneurs, QStringLiteral("410104001002"), 2023, 1);
    ASSERT_TRUE(same);
    const Decimal changed = Decimal::fromInt(before->value.toString().toInt() + 1);
    const QString path = writeFile(
        QStringLiteral("values.csv"),
        valuesCsv({QStringLiteral("%1,%2,2023,1,%3,乡镇复核后更正").arg(Entrepreneurs, Village, changed.toString()),
                   QStringLiteral("%1,410104001002,2023,1,%2,%3")
                       .arg(Entrepreneurs, same->value.toString(), same->comment),
                   QStringLiteral("%1,%2,2024,1,3,").arg(Entrepreneurs, Village)}));
    QSignalSpy valueChanged(&m_notifier, &ChangeNotifier::valueChanged);
    const size_t auditBefore = auditCount();

    // File → Import data… on the main window.
    window.showImportWizard();
    ImportWizard *wizard = window.findChild<ImportWizard *>();
    ASSERT_NE(wizard, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard));
    wizard->filePage()->pathEdit()->setText(path);
    wizard->next();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->job()->isRunning(); }, Timeout));
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPageId)
        << wizard->filePage()->messageLabel()->text().toStdString();
    ASSERT_TRUE(wizard->plan());
    const ImportPlan &plan = *wizard->plan();
    EXPECT_TRUE(plan.findings.empty());
    EXPECT_EQ(plan.kind, ImportPlan::Kind::Values);
    EXPECT_EQ(plan.newCount, 1);
    EXPECT_EQ(plan.changedCount, 1);
    EXPECT_EQ(plan.unchangedCount, 1);
    ImportPreviewPage *preview = wizard->previewPage();
    EXPECT_EQ(preview->countsLabel()->text(), importCountsText(plan));
    EXPECT_EQ(preview->findingsModel()->rowCount(), 0);
    EXPECT_EQ(preview->previewView()->model()->rowCount(), 3);
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());

    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::ApplyPageId);
    QSignalSpy imported(wizard, &ImportWizard::imported);
    wizard->button(QWizard::FinishButton)->click(); // reads "Import" here
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->applyPage()->isApplied() || !wizard->job()->isRunning(); }, Timeout));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->job()->isRunning(); }, Timeout));
    ASSERT_TRUE(wizard->applyPage()->isApplied()) << wizard->applyPage()->resultLabel()->text().toStdString();
    EXPECT_EQ(imported.count(), 1);
    EXPECT_FALSE(wizard->applyPage()->resultLabel()->text().isEmpty());

    // Stored, audited (one entry per written figure), announced.
    const std::optional<Value> after = stored(Entrepreneurs, Village, 2023, 1);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->value.toString(), changed.toString());
    EXPECT_EQ(after->comment, QStringLiteral("乡镇复核后更正"));
    EXPECT_TRUE(stored(Entrepreneurs, Village, 2024, 1));
    EXPECT_EQ(auditCount(), auditBefore + 2);
    EXPECT_GE(valueChanged.count(), 1);
    // The import is not an undo step.
    EXPECT_EQ(m_workspace.undoStack()->count(), 0);

    // The Workspace's next dataset holds it, and the open dashboard reloaded by itself.
    auto data = m_workspace.dataset(2023);
    ASSERT_TRUE(data);
    const Indicator *ind = data.value()->indicator(Entrepreneurs);
    ASSERT_NE(ind, nullptr);
    EXPECT_EQ(Evaluator(*data.value()).quarterValue(*ind, Village, 2023, 1)->toString(), changed.toString());
    const Decimal expected = *shownBefore + Decimal::fromInt(1); // the village's figure went up by one
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto v = shown();
            return v && v->toString() == expected.toString();
        },
        Timeout));
    // The new year is offered in the period picker.
    EXPECT_GE(window.periodPicker()->yearBox()->findData(2024), 0);
    wizard->button(QWizard::FinishButton)->click(); // now "Close"
    EXPECT_FALSE(wizard->isVisible());
}

// The time zone and the default locale for one test, put back afterwards.
class ChinaTimeAndNames
{
public:
    ChinaTimeAndNames() : m_tz(qgetenv("TZ")), m_hadTz(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~ChinaTimeAndNames()
    {
        if (m_hadTz)
            qputenv("TZ", m_tz);
        else
            qunsetenv("TZ");
        tzset();
        QLocale::setDefault(m_locale);
    }

private:
    QByteArray m_tz;
    bool m_hadTz;
    QLocale m_locale;
};

// Who entered the stored figure and when, as another program would have written it.
void setEntered(const QString &database, const QString &by, const QString &atUtc)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                     QStringLiteral("import-test-raw"));
        raw.setDatabaseName(database);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE indicator_value SET entered_by='%1', "
                                          "entered_at='%2' WHERE indicator_code='%3' AND "
                                          "region_code='%4' AND year=2023 AND quarter=1")
                               .arg(by, atUtc, Entrepreneurs, Village)));
        // Through the indicator_value view (storage v5): its trigger's change is not counted in
        // numRowsAffected, so look at the figure itself.
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM indicator_value WHERE "
                                          "entered_by='%1' AND entered_at='%2'")
                               .arg(by, atUtc)));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1) << "the sample stores entrepreneurs on 张庄村 in 2023 Q1";
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("import-test-raw"));
}

// Issue 14: before anything is written the wizard lists each figure by the names a clerk
// knows, with the figure stored now, who entered it and when in the office's local time.
TEST_F(ImportExportTest, TheWizardListsEachChangeByNameWithWhoAndWhenInLocalTime)
{
    ChinaTimeAndNames china;
    setEntered(m_workspace.path(), QStringLiteral("lihua"), QStringLiteral("2023-04-10T02:30:00Z"));
    const QString path = writeFile(
        QStringLiteral("values.csv"),
        valuesCsv({QStringLiteral("%1,%2,2023,1,5,乡镇复核后更正").arg(Entrepreneurs, Village),
                   QStringLiteral("%1,%2,2024,1,3,").arg(Entrepreneurs, Village)}));
    auto wizard = planned(path);
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPageId)
        << wizard->filePage()->messageLabel()->text().toStdString();
    ImportPreviewPage *preview = wizard->previewPage();
    EXPECT_TRUE(preview->changesView()->isVisible());
    const QAbstractItemModel *changes = preview->changesView()->model();
    ASSERT_EQ(changes->rowCount(), 2);
    const auto cell = [changes](int row, int column) {
        return changes->index(row, column).data().toString();
    };
    // The sample stores 4 for 张庄村's 2023 Q1; 02:30 UTC is 10:30 in Beijing.
    EXPECT_EQ(cell(0, ImportChangesModel::Indicator), QStringLiteral("返乡下乡创业人员"));
    EXPECT_EQ(cell(0, ImportChangesModel::Region), QStringLiteral("张庄村"));
    EXPECT_EQ(cell(0, ImportChangesModel::Period), QStringLiteral("2023 Q1"));
    EXPECT_EQ(cell(0, ImportChangesModel::Stored), QStringLiteral("4 人"));
    EXPECT_EQ(cell(0, ImportChangesModel::EnteredBy), QStringLiteral("lihua"));
    EXPECT_EQ(cell(0, ImportChangesModel::EnteredAt), QStringLiteral("2023-04-10 10:30"));
    EXPECT_EQ(cell(0, ImportChangesModel::InFile), QStringLiteral("5 人"));
    EXPECT_EQ(cell(1, ImportChangesModel::Period), QStringLiteral("2024 Q1"));
    EXPECT_EQ(cell(1, ImportChangesModel::Stored), QStringLiteral("(new)"));
    EXPECT_EQ(cell(1, ImportChangesModel::EnteredAt), QString());
    EXPECT_EQ(cell(1, ImportChangesModel::InFile), QStringLiteral("3 人"));
    for (int r = 0; r < changes->rowCount(); ++r)
        for (int c = 0; c < changes->columnCount(); ++c) {
            EXPECT_FALSE(cell(r, c).contains(QLatin1String("410104"))) << cell(r, c).toStdString();
            EXPECT_FALSE(cell(r, c).contains(Entrepreneurs)) << cell(r, c).toStdString();
        }
}

// Issue 14: a figure changed by someone else after the file was checked refuses the import,
// and the refusal (who, when in local time, what) is shown whole, wrapped and scrollable.
TEST_F(ImportExportTest, ARefusalAtImportIsShownWholeWithTheLocalTime)
{
    ChinaTimeAndNames china;
    const QString path = writeFile(
        QStringLiteral("values.csv"),
        valuesCsv({QStringLiteral("%1,%2,2023,1,5,乡镇复核后更正").arg(Entrepreneurs, Village)}));
    auto wizard = planned(path);
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPageId);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::ApplyPageId);
    // Meanwhile wangfang enters 6 at 2023-04-11 09:05 Beijing time (01:05 UTC).
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                     QStringLiteral("import-test-raw"));
        raw.setDatabaseName(m_workspace.path());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE indicator_value SET amount='6', "
                                          "entered_by='wangfang', entered_at='2023-04-11T01:05:00Z' "
                                          "WHERE indicator_code='%1' AND region_code='%2' AND "
                                          "year=2023 AND quarter=1")
                               .arg(Entrepreneurs, Village)));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("import-test-raw"));
    wizard->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->job()->isRunning(); }, Timeout));
    QCoreApplication::processEvents();
    EXPECT_FALSE(wizard->applyPage()->isApplied());
    QLabel *result = wizard->applyPage()->resultLabel();
    const QString text = result->text();
    EXPECT_TRUE(text.contains(QStringLiteral("wangfang at 2023-04-11 09:05 to 6"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("返乡下乡创业人员, 张庄村, 2023 Q1"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1String("T01:05"))) << text.toStdString();
    // Whole: wrapped to the page's width and given every line it needs (the area scrolls).
    EXPECT_TRUE(result->isVisible());
    EXPECT_TRUE(result->wordWrap());
    EXPECT_LE(result->width(), wizard->applyPage()->width());
    EXPECT_GE(result->height(), result->heightForWidth(result->width()));
    EXPECT_NE(qobject_cast<QScrollArea *>(result->parentWidget()->parentWidget()), nullptr);
    // ZX_DIALOG_SHOTS=folder: the page as shown, to look at.
    if (const QString shots = qEnvironmentVariable("ZX_DIALOG_SHOTS"); !shots.isEmpty())
        EXPECT_TRUE(wizard->grab().save(QDir(shots).filePath(QStringLiteral("import-refusal.png"))));
}

TEST_F(ImportExportTest, ABadRowIsListedAndBlocksTheImport)
{
    const QString path = writeFile(
        QStringLiteral("bad.csv"),
        valuesCsv({QStringLiteral("%1,%2,2023,1,4,").arg(Entrepreneurs, Village),
                   QStringLiteral("no_such_indicator,%1,2023,1,4,").arg(Village),
                   QStringLiteral("%1,%2,2023,7,4,").arg(Entrepreneurs, Village)}));
    const std::optional<Value> before = stored(Entrepreneurs, Village, 2023, 1);
    const size_t auditBefore = auditCount();

    auto wizard = planned(path);
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPageId);
    ImportPreviewPage *preview = wizard->previewPage();
    ImportFindingsModel *findings = preview->findingsModel();
    QAbstractItemModelTester tester(preview->findingsView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GE(findings->rowCount(), 2);
    bool line3 = false;
    bool line4 = false;
    for (const ImportFinding &f : findings->findings()) {
        EXPECT_FALSE(f.reason.isEmpty());
        line3 = line3 || (f.line == 3 && f.reason.contains(QLatin1String("no_such_indicator")));
        line4 = line4 || (f.line == 4 && f.column == QLatin1String("quarter"));
    }
    EXPECT_TRUE(line3);
    EXPECT_TRUE(line4);
    // What the table shows: the line and the reason, sorted by line.
    QAbstractItemModel *shown = preview->findingsView()->model();
    EXPECT_EQ(shown->index(0, ImportFindingsModel::Where).data().toString(), ImportFindingsModel::tr("line %1").arg(3));
    EXPECT_FALSE(shown->index(0, ImportFindingsModel::Reason).data().toString().isEmpty());
    preview->findingsView()->sortByColumn(ImportFindingsModel::Where, Qt::DescendingOrder);
    EXPECT_EQ(shown->index(0, ImportFindingsModel::Where).data().toString(), ImportFindingsModel::tr("line %1").arg(4));
    EXPECT_TRUE(findings->toText().contains(QLatin1String("no_such_indicator")));
    EXPECT_TRUE(preview->copyButton()->isEnabled());

    // Blocked: no way on, and it says why.
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(preview->isComplete());
    EXPECT_TRUE(preview->blockedLabel()->isVisible());
    EXPECT_FALSE(preview->blockedLabel()->text().isEmpty());
    wizard->next();
    EXPECT_EQ(wizard->currentId(), ImportWizard::PreviewPageId);

    const std::optional<Value> after = stored(Entrepreneurs, Village, 2023, 1);
    ASSERT_TRUE(before && after);
    EXPECT_EQ(after->value.toString(), before->value.toString());
    EXPECT_EQ(auditCount(), auditBefore);
}

TEST_F(ImportExportTest, CancellingWhilePlanningALargeFileReturnsToTheFirstPage)
{
    // 200 000 rows: long enough to still be reading when Cancel is pressed.
    QByteArray bytes("indicator,region,year,quarter,value,comment\n");
    bytes.reserve(200000 * 48);
    for (int i = 0; i < 200000; ++i)
        bytes += QStringLiteral("%1,%2,%3,%4,%5,\n")
                     .arg(Entrepreneurs, Village)
                     .arg(2000 + i / 4 % 900)
                     .arg(i % 4 + 1)
                     .arg(i % 7)
                     .toUtf8();
    const QString path = writeFile(QStringLiteral("large.csv"), bytes);
    const size_t auditBefore = auditCount();

    ImportWizard wizard(&m_workspace);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    ImportFilePage *page = wizard.filePage();
    page->pathEdit()->setText(path);
    wizard.next();
    ASSERT_TRUE(wizard.job()->isRunning());
    // The window keeps running its event loop while the worker reads.
    EXPECT_TRUE(page->cancelButton()->isVisible());
    EXPECT_TRUE(page->progressBar()->isVisible());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    // Cancel once the worker reports it is part-way through the file, not after a guessed delay.
    qint64 doneAtCancel = -1;
    qint64 totalAtCancel = -1;
    QObject::connect(wizard.job(), &ImportJob::progress, page, [&](qint64 done, qint64 total) {
        if (doneAtCancel < 0 && done > 0 && done < total) {
            doneAtCancel = done;
            totalAtCancel = total;
            page->cancelButton()->click();
        }
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return doneAtCancel >= 0 || !wizard.job()->isRunning(); },
                                Timeout));
    ASSERT_GT(doneAtCancel, 0) << "the worker finished without reporting progress part-way";
    EXPECT_LT(doneAtCancel, totalAtCancel);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.job()->isRunning(); }, Timeout));
    QTest::qWait(0);

    EXPECT_EQ(wizard.currentId(), ImportWizard::FilePageId);
    EXPECT_FALSE(wizard.plan());
    EXPECT_TRUE(page->messageLabel()->isVisible());
    EXPECT_FALSE(page->messageLabel()->text().isEmpty());
    EXPECT_FALSE(page->cancelButton()->isVisible());
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled()); // usable again
    EXPECT_EQ(auditCount(), auditBefore);
}

// Issue 14: a name typed without its ending gets the one of the kind chosen.
TEST_F(ImportExportTest, ExportDialogsAddTheEndingToANameTypedWithoutIt)
{
    auto data = m_workspace.dataset(2023);
    ASSERT_TRUE(data);
    DashboardContext context;
    context.data = data.value();
    context.eval = std::make_shared<const Evaluator>(*context.data);
    context.regionCode = County;
    context.year = 2023;
    context.quarter = 4;

    ExportDataDialog dataDialog(&m_workspace, context);
    dataDialog.formatBox()->setCurrentIndex(dataDialog.formatBox()->findData(true)); // xlsx
    QPushButton *browse = nullptr;
    for (QPushButton *b : dataDialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Browse…"))
            browse = b;
    ASSERT_NE(browse, nullptr);
    const QString typed = m_dir.filePath(QStringLiteral("figures"));
    zxtest::answerNext<QFileDialog>([typed](QFileDialog *dialog) {
        zxtest::acceptTyped(dialog, typed);
    });
    browse->click();
    EXPECT_EQ(QDir::fromNativeSeparators(dataDialog.pathEdit()->text()), typed + QStringLiteral(".xlsx"));

    ExportReportDialog report(context);
    report.setWorkspace(&m_workspace);
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : report.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Export…"))
            exportButton = b;
    ASSERT_NE(exportButton, nullptr);
    const QString bulletin = m_dir.filePath(QStringLiteral("bulletin"));
    zxtest::answerNext<QFileDialog>([bulletin](QFileDialog *dialog) {
        dialog->selectNameFilter(QStringLiteral("PDF (*.pdf)"));
        zxtest::acceptTyped(dialog, bulletin);
    });
    exportButton->click();
    EXPECT_TRUE(QFileInfo::exists(bulletin + QStringLiteral(".pdf")));
    EXPECT_FALSE(QFileInfo::exists(bulletin));
    QFile pdf(bulletin + QStringLiteral(".pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
}

TEST_F(ImportExportTest, ExportWritesTheChosenRowsAsCsvAndXlsx)
{
    auto data = m_workspace.dataset(2023);
    ASSERT_TRUE(data);
    DashboardContext context;
    context.data = data.value();
    context.eval = std::make_shared<const Evaluator>(*context.data);
    context.regionCode = County;
    context.year = 2023;
    context.quarter = 4;
    ExportDataDialog dialog(&m_workspace, context);

    dialog.whatBox()->setCurrentIndex(dialog.whatBox()->findData(ExportDataDialog::Values));
    dialog.formatBox()->setCurrentIndex(0);
    dialog.yearBox()->setCurrentIndex(dialog.yearBox()->findData(2023));
    EXPECT_TRUE(dialog.defaultFileName().endsWith(QLatin1String(".csv")));
    EXPECT_TRUE(dialog.defaultFileName().contains(QLatin1String("2023")));
    const QString csv = m_dir.filePath(QStringLiteral("values-2023.csv"));
    const Outcome ok = dialog.exportTo(csv);
    ASSERT_TRUE(ok) << ok.error().toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "indicator,region,year,quarter,value,comment"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    int rows = 0;
    for (const QByteArray &line : lines.mid(1)) {
        if (line.trimmed().isEmpty())
            continue;
        ++rows;
        EXPECT_EQ(line.split(',').value(2), "2023") << line.constData();
    }
    auto stored2023 = valuestore::inYears(*m_workspace.database(), 2023, 2023);
    ASSERT_TRUE(stored2023);
    EXPECT_EQ(size_t(rows), stored2023->size());

    // The same as a workbook, the status table, and the fill-in template.
    dialog.formatBox()->setCurrentIndex(1);
    const QString xlsx = m_dir.filePath(QStringLiteral("values.xlsx"));
    const Outcome okX = dialog.exportTo(xlsx);
    ASSERT_TRUE(okX) << okX.error().toStdString();
    dialog.whatBox()->setCurrentIndex(dialog.whatBox()->findData(ExportDataDialog::Status));
    dialog.formatBox()->setCurrentIndex(0);
    const QString status = m_dir.filePath(QStringLiteral("status.csv"));
    const Outcome okS = dialog.exportTo(status);
    ASSERT_TRUE(okS) << okS.error().toStdString();
    dialog.whatBox()->setCurrentIndex(dialog.whatBox()->findData(ExportDataDialog::Template));
    EXPECT_FALSE(dialog.formatBox()->isEnabled());
    EXPECT_TRUE(dialog.defaultFileName().endsWith(QLatin1String("_2023_") + ExportDataDialog::tr("fill-in template") + QLatin1String(".xlsx")))
        << dialog.defaultFileName().toStdString();
    const QString tpl = m_dir.filePath(QStringLiteral("template.xlsx"));
    const Outcome okT = dialog.exportTo(tpl);
    ASSERT_TRUE(okT) << okT.error().toStdString();
    for (const QString &path : {xlsx, tpl}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        EXPECT_TRUE(f.read(2).startsWith("PK")) << path.toStdString();
    }
    QFile s(status);
    ASSERT_TRUE(s.open(QIODevice::ReadOnly));
    EXPECT_GT(s.readAll().count('\n'), 10);

    // An unwritable place says so.
    const Outcome bad = dialog.exportTo(QStringLiteral("/nonexistent-folder/t.xlsx"));
    EXPECT_FALSE(bad);
    EXPECT_FALSE(bad.error().isEmpty());
}

// The findings page in Chinese, rendered to a PNG: for docs/screenshots/ when
// ZX_IMPORT_WIZARD_SCREENSHOT names the file, otherwise into the test's folder (always taken,
// never skipped).
TEST_F(ImportExportTest, ScreenshotOfTheFindingsPage)
{
    QString out = qEnvironmentVariable("ZX_IMPORT_WIZARD_SCREENSHOT");
    if (out.isEmpty())
        out = m_dir.filePath(QStringLiteral("findings-page.png"));
    const QList<QTranslator *> before = QCoreApplication::instance()->findChildren<QTranslator *>();
    const QLocale previousLocale;
    installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    auto *extra = new QTranslator(QCoreApplication::instance());
    if (extra->load(qEnvironmentVariable("ZX_EXTRA_QM")))
        QCoreApplication::installTranslator(extra);
    const QString path = writeFile(
        QStringLiteral("乡镇填报_2023Q3.csv"),
        valuesCsv({QStringLiteral("%1,%2,2023,3,4,").arg(Entrepreneurs, Village),
                   QStringLiteral("%1,410104001002,2023,3,五,村委会报送").arg(Entrepreneurs),
                   QStringLiteral("returning_entrepreneur,%1,2023,3,2,").arg(Village),
                   QStringLiteral("%1,410104009001,2023,3,1,").arg(Entrepreneurs),
                   QStringLiteral("%1,410104001003,2023,5,3,").arg(Entrepreneurs),
                   QStringLiteral("%1,%2,2023,3,6,").arg(Entrepreneurs, Village)}));
    auto wizard = planned(path);
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPageId);
    EXPECT_EQ(wizard->windowTitle(), QStringLiteral("导入数据"));
    QTest::qWait(200);
    const QPixmap shot = wizard->grab();
    EXPECT_FALSE(shot.isNull());
    EXPECT_TRUE(shot.save(out));
    EXPECT_GT(QFileInfo(out).size(), 1000);
    wizard.reset();
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
        if (!before.contains(t)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    QLocale::setDefault(previousLocale);
}

} // namespace
