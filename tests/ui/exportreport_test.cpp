// File → Export report…: the dialog builds the chosen report and writes PDF or ODT.
#include "dialogs/exportreportdialog.h"
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace zx {
namespace {

class ExportReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_workspace.createSample(m_dir.filePath(QStringLiteral("s.db"))).ok());
        auto data = m_workspace.dataset(2023);
        ASSERT_TRUE(data.ok());
        m_context.data = data.value();
        m_context.eval = std::make_shared<const Evaluator>(*m_context.data);
        m_context.regionCode = QStringLiteral("410104");
        m_context.year = 2023;
        m_context.quarter = 4;
    }

    QTemporaryDir m_dir;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
    DashboardContext m_context;
};

TEST_F(ExportReportTest, UncheckedSectionsAreLeftOutAndTheLanguageIsTheChosenOne)
{
    ExportReportDialog dialog(m_context);
    ASSERT_EQ(dialog.sectionBoxes().size(), 6u);
    EXPECT_EQ(dialog.report().sections.size(), 6u);
    dialog.sectionBoxes()[0]->setChecked(false); // organization
    const ReportData zh = [&] {
        dialog.languageBox()->setCurrentIndex(0);
        return dialog.report();
    }();
    ASSERT_EQ(zh.sections.size(), 5u);
    for (const ReportSection &s : zh.sections)
        EXPECT_NE(s.categoryCode, QStringLiteral("organization"));
    bool found = false;
    for (const ReportSection &s : zh.sections)
        found = found || s.paragraph.contains(
                             QStringLiteral("新增返乡下乡创业人员479人，占年度目标任务350人的136.86%"));
    EXPECT_TRUE(found);
    dialog.languageBox()->setCurrentIndex(1);
    EXPECT_EQ(dialog.report().language, ReportLanguage::English);
}

TEST_F(ExportReportTest, ExportsAPdfAndAnOdt)
{
    ExportReportDialog dialog(m_context);
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    const QString odt = m_dir.filePath(QStringLiteral("r.odt"));
    ASSERT_TRUE(dialog.exportTo(pdf).ok());
    ASSERT_TRUE(dialog.exportTo(odt).ok());
    QFile p(pdf);
    ASSERT_TRUE(p.open(QIODevice::ReadOnly));
    EXPECT_TRUE(p.read(5).startsWith("%PDF"));
    EXPECT_LT(p.size(), 2 * 1024 * 1024);
    QFile o(odt);
    ASSERT_TRUE(o.open(QIODevice::ReadOnly));
    EXPECT_TRUE(o.read(2).startsWith("PK")); // an OpenDocument file is a zip
}

// Word first (issue 20): a .docx in the official layout unless Plain is chosen; the PDF plain
// unless Official is chosen.
TEST_F(ExportReportTest, ExportsWordInTheOfficialLayoutByDefault)
{
    ExportReportDialog dialog(m_context);
    EXPECT_EQ(dialog.profileFor(QStringLiteral("b.docx")), ReportProfile::Official);
    EXPECT_EQ(dialog.profileFor(QStringLiteral("b.odt")), ReportProfile::Official);
    EXPECT_EQ(dialog.profileFor(QStringLiteral("b.pdf")), ReportProfile::Plain);
    const QString docx = m_dir.filePath(QStringLiteral("r.docx"));
    ASSERT_TRUE(dialog.exportTo(docx).ok());
    QFile d(docx);
    ASSERT_TRUE(d.open(QIODevice::ReadOnly));
    EXPECT_TRUE(d.read(2).startsWith("PK")); // a Word document is a zip
    dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(int(ReportProfile::Plain)));
    EXPECT_EQ(dialog.profileFor(QStringLiteral("b.docx")), ReportProfile::Plain);
    dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(int(ReportProfile::Official)));
    EXPECT_EQ(dialog.profileFor(QStringLiteral("b.pdf")), ReportProfile::Official);
    const QString pdf = m_dir.filePath(QStringLiteral("official.pdf"));
    ASSERT_TRUE(dialog.exportTo(pdf).ok());
    EXPECT_GT(QFileInfo(pdf).size(), 0);
}

TEST_F(ExportReportTest, AnUnwritablePathSaysSo)
{
    ExportReportDialog dialog(m_context);
    const Outcome ok = dialog.exportTo(QStringLiteral("/nonexistent-folder/r.pdf"));
    EXPECT_FALSE(ok.ok());
    EXPECT_FALSE(ok.error().isEmpty());
}

} // namespace
} // namespace zx
