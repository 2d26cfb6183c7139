// The entry grid as a clerk uses it: an EntryPage on a fresh copy of the sample county per
// test, driven with QTest key clicks on the grid (type, Enter, Ctrl+C, Ctrl+V, Delete) and
// checked against the database (valuestore::find, the audit trail, the undo stack) and against
// an Evaluator on a freshly loaded Dataset, i.e. what the dashboard would show.
#include "entry/entrygridmodel.h"
#include "entry/entrygridview.h"
#include "entry/entrypage.h"
#include "entry/workflowbar.h"
#include "session/changenotifier.h"
#include "entry/valueentry.h"
#include "entry/workflow.h"
#include "session/workspace.h"
#include "storage/database.h"
#include "storage/auditstore.h"
#include "storage/valuestore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace zx;

namespace {

const QString County = QStringLiteral("410104");
const QString SubDistrict = QStringLiteral("410104001");
const QString Village = QStringLiteral("410104001001");
const QString GrainVillage = QStringLiteral("410104003004"); // has summer sowing and corn
const QString Entrepreneurs = QStringLiteral("returning_entrepreneurs");

QStringList g_modelFailures;
QtMessageHandler g_previousHandler = nullptr;

void recordModelFailures(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    if (type != QtDebugMsg && type != QtInfoMsg &&
        (qstrcmp(context.category, "qt.modeltest") == 0 || msg.contains(QLatin1String("FAIL!"))))
        g_modelFailures.append(msg);
    if (g_previousHandler)
        g_previousHandler(type, context, msg);
}

class EntryGridTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        auto created = m_workspace.createSample(m_dir.filePath(QStringLiteral("s.db")));
        ASSERT_TRUE(created) << created.error().toStdString();
        m_page = std::make_unique<EntryPage>(&m_workspace);
        m_page->resize(1200, 800);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
        showRegion(Village);
    }

    void showRegion(const QString &region, int quarter = 4)
    {
        auto data = m_workspace.dataset(2023);
        ASSERT_TRUE(data) << data.error().toStdString();
        DashboardContext context;
        context.data = data.value();
        context.eval = std::make_shared<const Evaluator>(*context.data);
        context.regionCode = region;
        context.year = 2023;
        context.quarter = quarter;
        m_page->setContext(context);
        ASSERT_EQ(model()->regionCode(), region);
    }

    EntryGridModel *model() const { return m_page->model(); }
    EntryGridView *view() const { return m_page->view(); }

    // The row showing `code`: an indicator (by indicator) or a region (by sub-region).
    int rowOf(const QString &code) const
    {
        const int role = model()->layout() == EntryGridModel::Layout::ByIndicator
                             ? EntryGridModel::IndicatorCodeRole
                             : EntryGridModel::RegionCodeRole;
        for (int r = 0; r < model()->rowCount(); ++r)
            if (!model()->isHeading(r) && model()->index(r, 0).data(role).toString() == code)
                return r;
        return -1;
    }

    QModelIndex cell(const QString &code, int quarter) const
    {
        const int r = rowOf(code);
        EXPECT_GE(r, 0) << code.toStdString();
        return model()->index(r, EntryGridModel::Q1 + quarter - 1);
    }

    // Types into a cell as a clerk does: select it, type, Enter.
    void type(const QModelIndex &at, const QString &text)
    {
        view()->setCurrentIndex(at);
        QTest::keyClicks(view(), text);
        QTest::keyClick(view(), Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits on a queued call
        QCoreApplication::processEvents();
    }

    std::optional<Decimal> stored(const QString &indicator, const QString &region, int year,
                                  int quarter)
    {
        auto found = valuestore::find(*m_workspace.database(), {indicator, region, year, quarter});
        EXPECT_TRUE(found) << found.error().toStdString();
        return found && found.value() ? std::optional<Decimal>(found.value()->value)
                                      : std::nullopt;
    }

    std::size_t auditCount()
    {
        auto all = auditstore::all(*m_workspace.database());
        EXPECT_TRUE(all) << all.error().toStdString();
        return all ? all->size() : 0;
    }

    QString findingsText() const
    {
        QStringList lines;
        for (int i = 0; i < m_page->findingsList()->count(); ++i)
            lines << m_page->findingsList()->item(i)->text();
        return lines.join(u'\n');
    }

    // An entry refused: the reason in the cell's tooltip and in the findings panel, the cell
    // tinted, and neither the figure nor the audit trail touched.
    void expectRefused(const QModelIndex &at, const QString &reason,
                       const std::optional<Decimal> &before, std::size_t auditBefore)
    {
        const ValueKey key{at.data(EntryGridModel::IndicatorCodeRole).toString(),
                           at.data(EntryGridModel::RegionCodeRole).toString(), 2023,
                           at.column() - EntryGridModel::Q1 + 1};
        EXPECT_TRUE(at.data(Qt::ToolTipRole).toString().contains(reason))
            << at.data(Qt::ToolTipRole).toString().toStdString();
        EXPECT_TRUE(findingsText().contains(reason)) << findingsText().toStdString();
        EXPECT_EQ(at.data(EntryGridModel::SeverityRole).toInt(), int(Severity::Error));
        EXPECT_EQ(stored(key.indicatorCode, key.regionCode, 2023, key.quarter), before);
        EXPECT_EQ(auditCount(), auditBefore);
    }

    QTemporaryDir m_dir;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
    std::unique_ptr<EntryPage> m_page;
};

} // namespace

// --- typing ----------------------------------------------------------------------------------

TEST_F(EntryGridTest, TypingAFigureStoresItAndTheDashboardFollows)
{
    const QModelIndex q1 = cell(Entrepreneurs, 1);
    ASSERT_TRUE(model()->flags(q1) & Qt::ItemIsEditable) << q1.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_EQ(q1.data().toString(), QStringLiteral("4"));
    const int steps = m_workspace.undoStack()->count();

    type(q1, QStringLiteral("12"));

    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(12));
    EXPECT_EQ(m_workspace.undoStack()->count(), steps + 1);
    EXPECT_EQ(cell(Entrepreneurs, 1).data().toString(), QStringLiteral("12"));
    EXPECT_EQ(cell(Entrepreneurs, 1).data(EntryGridModel::SeverityRole).toInt(), -1);
    // Enter moved down to the next row.
    EXPECT_EQ(view()->currentIndex().row(), q1.row() + 1);
    EXPECT_EQ(view()->currentIndex().column(), q1.column());
    // The grid's year total and the dashboard's figures (a fresh Dataset) follow: 12+5+5+7.
    EXPECT_EQ(model()->index(q1.row(), EntryGridModel::YearTotal).data().toString(),
              QStringLiteral("29"));
    auto data = m_workspace.dataset(2023);
    ASSERT_TRUE(data);
    const Evaluator eval(*data.value());
    const Indicator *ind = data.value()->indicator(Entrepreneurs);
    EXPECT_EQ(eval.yearToDate(*ind, Village, 2023, 4), Decimal::fromInt(29));
    EXPECT_EQ(eval.yearToDate(*ind, County, 2023, 4), Decimal::fromInt(479 - 4 + 12));
}

TEST_F(EntryGridTest, TabCommitsAndMovesRightArrowsMove)
{
    const QModelIndex q1 = cell(Entrepreneurs, 1);
    view()->setCurrentIndex(q1);
    QTest::keyClicks(view(), QStringLiteral("8"));
    QTest::keyClick(view(), Qt::Key_Tab);
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(8));
    EXPECT_EQ(view()->currentIndex(), cell(Entrepreneurs, 2));
    QTest::keyClick(view(), Qt::Key_Escape); // leave the editor Tab opened on Q2
    QTest::keyClick(view(), Qt::Key_Right);
    EXPECT_EQ(view()->currentIndex(), cell(Entrepreneurs, 3));
    QTest::keyClick(view(), Qt::Key_Down);
    EXPECT_EQ(view()->currentIndex().row(), q1.row() + 1);
    // Enter outside an editor also moves down, over a category heading.
    int next = q1.row() + 2;
    while (model()->isHeading(next))
        ++next;
    QTest::keyClick(view(), Qt::Key_Return);
    EXPECT_EQ(view()->currentIndex().row(), next);
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 2), Decimal::fromInt(5));
}

TEST_F(EntryGridTest, FullWidthDigitsTypedByAnInputMethodAreStoredAsNumbers)
{
    // 15 (the village had 6 a year before, its neighbours 5 each: an ordinary figure).
    const QModelIndex q2 = cell(Entrepreneurs, 2);
    view()->setCurrentIndex(q2);
    for (QChar c : QStringLiteral("１５")) {
        QTest::sendKeyEvent(QTest::Press, view(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, view(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    QTest::keyClick(view(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 2), Decimal::fromInt(15));
    EXPECT_EQ(cell(Entrepreneurs, 2).data().toString(), QStringLiteral("15"));
}

TEST_F(EntryGridTest, TextThatIsNotANumberIsRefusedWithTheReason)
{
    const QModelIndex q1 = cell(Entrepreneurs, 1);
    const std::size_t audit = auditCount();
    type(q1, QStringLiteral("abc"));
    expectRefused(q1, QStringLiteral("'abc' is not a number"), Decimal::fromInt(4), audit);
    EXPECT_EQ(view()->currentIndex(), q1); // stays on the cell to correct it
    // Correcting the cell clears the finding.
    type(q1, QStringLiteral("6"));
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(6));
    EXPECT_EQ(q1.data(EntryGridModel::SeverityRole).toInt(), -1);
    EXPECT_FALSE(findingsText().contains(QStringLiteral("abc")));
}

TEST_F(EntryGridTest, ANegativeCountIsRefused)
{
    const QModelIndex q3 = cell(Entrepreneurs, 3);
    const std::size_t audit = auditCount();
    type(q3, QStringLiteral("-5"));
    expectRefused(q3, QStringLiteral("must not be negative"), Decimal::fromInt(5), audit);
}

TEST_F(EntryGridTest, APercentageAbove100IsRefused)
{
    // Entered for the whole county only, so editable there.
    showRegion(County);
    const QString rate = QStringLiteral("subsidy_success_rate");
    const QModelIndex q4 = cell(rate, 4);
    ASSERT_TRUE(model()->flags(q4) & Qt::ItemIsEditable)
        << q4.data(Qt::ToolTipRole).toString().toStdString();
    const auto before = stored(rate, County, 2023, 4);
    const std::size_t audit = auditCount();
    type(q4, QStringLiteral("120"));
    expectRefused(q4, QStringLiteral("100"), before, audit);
}

TEST_F(EntryGridTest, APartAboveItsTotalIsRefused)
{
    showRegion(GrainVillage);
    const QString corn = QStringLiteral("corn_area");
    const QModelIndex q2 = cell(corn, 2);
    ASSERT_EQ(stored(QStringLiteral("summer_sowing_area"), GrainVillage, 2023, 2),
              Decimal::parse(u"878.6"));
    const std::size_t audit = auditCount();
    type(q2, QStringLiteral("900"));
    expectRefused(q2, QStringLiteral("878.6"), Decimal::parse(u"335.8"), audit);
}

TEST_F(EntryGridTest, AWarningNeedsACommentAndTheCommentKeepsTheFigure)
{
    // Two earlier first quarters (2021: 3, 2022: the sample's) make a history to judge by.
    ASSERT_TRUE(m_workspace.setValues({{{Entrepreneurs, Village, 2021, 1}, Decimal::fromInt(3), {}}},
                                      QStringLiteral("history")));
    showRegion(Village);
    const QModelIndex q1 = cell(Entrepreneurs, 1);
    type(q1, QStringLiteral("90"));
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(4));
    EXPECT_EQ(q1.data(EntryGridModel::SeverityRole).toInt(), int(Severity::Warning));
    EXPECT_TRUE(findingsText().contains(QStringLiteral("enter a comment"), Qt::CaseInsensitive));

    QLineEdit *comment = m_page->commentEdit();
    QTest::keyClicks(comment, QStringLiteral("new factory opened"));
    QTest::keyClick(comment, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(90));
    auto value = valuestore::find(*m_workspace.database(), {Entrepreneurs, Village, 2023, 1});
    ASSERT_TRUE(value && value.value());
    EXPECT_EQ(value.value()->comment, QStringLiteral("new factory opened"));
    EXPECT_EQ(q1.data(EntryGridModel::SeverityRole).toInt(), -1);
}

// Issue 13: 陈湾村 reported 67 party members linked to households at the end of 2023 (64 a year
// before); 6700 is the same figure with two zeros too many.
TEST_F(EntryGridTest, AMagnitudeSlipIsAWarningThatSuggestsTheFigureMeant)
{
    const QString chenwan = QStringLiteral("410104002001");
    const QString linked = QStringLiteral("party_members_linked");
    showRegion(chenwan);
    const QModelIndex q4 = cell(linked, 4);
    type(q4, QStringLiteral("6700"));
    EXPECT_EQ(stored(linked, chenwan, 2023, 4), Decimal::fromInt(67));
    EXPECT_EQ(q4.data(EntryGridModel::SeverityRole).toInt(), int(Severity::Warning));
    EXPECT_TRUE(findingsText().contains(QStringLiteral("did you mean 67?")))
        << findingsText().toStdString();
    EXPECT_TRUE(q4.data(Qt::ToolTipRole).toString().contains(QStringLiteral("did you mean 67?")))
        << q4.data(Qt::ToolTipRole).toString().toStdString();
}

// Without a figure of its own to go by, a village is held against the other villages of its
// township, which the grid loads with it: 陈湾村's 2023 Q1 has no 2022 Q1 (removed here) and a
// year-to-date starts afresh in Q1, so 3900 is read against 36, 44 and 45 (median 44).
TEST_F(EntryGridTest, AFigureWithoutHistoryIsHeldAgainstItsSiblings)
{
    const QString chenwan = QStringLiteral("410104002001");
    const QString linked = QStringLiteral("party_members_linked");
    ASSERT_TRUE(m_workspace.setValues({{{linked, chenwan, 2022, 1}, std::nullopt, {}}},
                                      QStringLiteral("history")));
    showRegion(chenwan, 1);
    const QModelIndex q1 = cell(linked, 1);
    type(q1, QStringLiteral("3900"));
    EXPECT_EQ(stored(linked, chenwan, 2023, 1), Decimal::fromInt(39));
    EXPECT_EQ(q1.data(EntryGridModel::SeverityRole).toInt(), int(Severity::Warning));
    EXPECT_TRUE(findingsText().contains(QStringLiteral("did you mean 39?")))
        << findingsText().toStdString();
    EXPECT_TRUE(findingsText().contains(QStringLiteral("44"))) << findingsText().toStdString();
}

// --- read-only cells -------------------------------------------------------------------------

TEST_F(EntryGridTest, ComputedAndRolledUpCellsAreReadOnlyAndSayWhy)
{
    showRegion(County);
    const QModelIndex rolled = cell(Entrepreneurs, 1);
    EXPECT_FALSE(model()->flags(rolled) & Qt::ItemIsEditable);
    EXPECT_EQ(rolled.data(Qt::ToolTipRole).toString(), QStringLiteral("Rolled up from the sub-regions"));
    EXPECT_TRUE(rolled.data(Qt::BackgroundRole).isValid());
    const QModelIndex ratio = cell(QStringLiteral("rectification_rate"), 1);
    EXPECT_FALSE(model()->flags(ratio) & Qt::ItemIsEditable);
    EXPECT_TRUE(ratio.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Computed from")));
    const QModelIndex total = model()->index(rolled.row(), EntryGridModel::YearTotal);
    EXPECT_FALSE(model()->flags(total) & Qt::ItemIsEditable);
    EXPECT_EQ(total.data().toString(), QStringLiteral("479"));
    EXPECT_EQ(model()->index(rolled.row(), EntryGridModel::Target).data().toString(),
              QStringLiteral("350"));
    EXPECT_EQ(model()->index(rolled.row(), EntryGridModel::Completion).data().toString(),
              QStringLiteral("136.86%"));
    // A heading row spans the table and cannot be edited.
    ASSERT_TRUE(model()->isHeading(0));
    EXPECT_EQ(view()->columnSpan(0, 0), int(EntryGridModel::COLUMNS));
    EXPECT_FALSE(model()->flags(model()->index(0, EntryGridModel::Q1)) & Qt::ItemIsEditable);
    // Typing on a rolled-up cell opens no editor and stores nothing.
    const std::size_t audit = auditCount();
    type(rolled, QStringLiteral("9"));
    EXPECT_EQ(auditCount(), audit);
}

TEST_F(EntryGridTest, AnApprovedQuarterIsLockedAndNamesTheApprover)
{
    ASSERT_TRUE(m_workspace.submit(Village, 2023, 1));
    ASSERT_TRUE(m_workspace.approve(Village, 2023, 1));
    QCoreApplication::processEvents();
    const QModelIndex q1 = cell(Entrepreneurs, 1);
    EXPECT_FALSE(model()->flags(q1) & Qt::ItemIsEditable);
    EXPECT_TRUE(model()->flags(cell(Entrepreneurs, 2)) & Qt::ItemIsEditable);
    const QString approver = m_workspace.userName();
    EXPECT_TRUE(q1.data(Qt::ToolTipRole).toString().contains(approver));
    EXPECT_TRUE(q1.data(Qt::ToolTipRole).toString().contains(QStringLiteral("locked")));

    const std::size_t audit = auditCount();
    type(q1, QStringLiteral("9"));
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(4));
    QSignalSpy spy(model(), &EntryGridModel::findings);
    EXPECT_FALSE(model()->setData(q1, QStringLiteral("9")));
    ASSERT_EQ(spy.count(), 1);
    const auto violations = spy.at(0).at(1).value<std::vector<RuleViolation>>();
    ASSERT_EQ(violations.size(), 1u);
    EXPECT_TRUE(violations[0].message.contains(approver));
    EXPECT_TRUE(findingsText().contains(approver));
    expectRefused(q1, approver, Decimal::fromInt(4), audit);

    // The workflow bar of the page's quarter shows the state and offers Reopen….
    showRegion(Village, 1);
    EXPECT_TRUE(m_page->workflowBar()->stateLabel()->text().contains(approver));
    EXPECT_TRUE(m_page->workflowBar()->reopenButton()->isEnabled());
    EXPECT_FALSE(m_page->workflowBar()->submitButton()->isEnabled());
    m_page->workflowBar()->setReasonPrompt(
        [](const QString &, const QString &) { return std::optional<QString>(QStringLiteral("typo")); });
    m_page->workflowBar()->reopenButton()->click();
    QCoreApplication::processEvents();
    EXPECT_EQ(m_page->workflowBar()->state(), PeriodState::Draft);
    EXPECT_TRUE(model()->flags(cell(Entrepreneurs, 1)) & Qt::ItemIsEditable);
}

// --- blocks: paste, copy, delete -------------------------------------------------------------

namespace {

// Three consecutive indicator rows whose four quarters are all editable and that take part in
// no part/total rule: a block a clerk might paste from last year's spreadsheet.
int editableBlockRow(const EntryGridModel &model, const Dataset &data)
{
    for (int top = 0; top + 3 <= model.rowCount(); ++top) {
        bool ok = true;
        for (int r = top; r < top + 3 && ok; ++r) {
            const Indicator *ind =
                data.indicator(model.index(r, 0).data(EntryGridModel::IndicatorCodeRole).toString());
            ok = ind && ind->parentCode.isEmpty() && data.parts(ind->code).isEmpty() &&
                 !ind->isPercentage();
            for (int q = EntryGridModel::Q1; q <= EntryGridModel::Q4 && ok; ++q)
                ok = model.flags(model.index(r, q)) & Qt::ItemIsEditable;
        }
        if (ok)
            return top;
    }
    return -1;
}

} // namespace

TEST_F(EntryGridTest, APastedBlockIsOneUndoStepAndUndoesInOne)
{
    const int top = editableBlockRow(*model(), *model()->dataset());
    ASSERT_GE(top, 0);
    std::vector<ValueKey> keys;
    std::vector<std::optional<Decimal>> old;
    QStringList lines;
    for (int r = top; r < top + 3; ++r) {
        QStringList fields;
        for (int q = 1; q <= 4; ++q) {
            const ValueKey key{model()->index(r, 0).data(EntryGridModel::IndicatorCodeRole).toString(),
                               Village, 2023, q};
            keys.push_back(key);
            old.push_back(stored(key.indicatorCode, Village, 2023, q));
            fields << (old.back().value_or(Decimal()) + Decimal::fromInt(10 + q)).toString();
        }
        lines << fields.join(u'\t');
    }
    const int steps = m_workspace.undoStack()->count();
    QApplication::clipboard()->setText(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    view()->setCurrentIndex(model()->index(top, EntryGridModel::Q1));
    QTest::keyClick(view(), Qt::Key_V, Qt::ControlModifier);

    EXPECT_EQ(m_workspace.undoStack()->count(), steps + 1);
    for (std::size_t i = 0; i < keys.size(); ++i)
        EXPECT_EQ(stored(keys[i].indicatorCode, Village, 2023, keys[i].quarter),
                  old[i].value_or(Decimal()) + Decimal::fromInt(10 + keys[i].quarter))
            << keys[i].indicatorCode.toStdString() << " Q" << keys[i].quarter;
    EXPECT_EQ(m_workspace.undoStack()->undoText(), QStringLiteral("Paste 12 figure(s)"));

    m_workspace.undoStack()->undo();
    QCoreApplication::processEvents();
    for (std::size_t i = 0; i < keys.size(); ++i)
        EXPECT_EQ(stored(keys[i].indicatorCode, Village, 2023, keys[i].quarter), old[i]);
    EXPECT_EQ(model()->index(top, EntryGridModel::Q1).data().toString(),
              old[0] ? old[0]->toString() : QString());
}

TEST_F(EntryGridTest, ABlockWithABadCellStoresNothingAndNamesEveryBadCell)
{
    const int top = editableBlockRow(*model(), *model()->dataset());
    ASSERT_GE(top, 0);
    const std::size_t audit = auditCount();
    const int steps = m_workspace.undoStack()->count();
    QApplication::clipboard()->setText(QStringLiteral("1\tabc\n2\t-3\n"));
    view()->setCurrentIndex(model()->index(top, EntryGridModel::Q1));
    QTest::keyClick(view(), Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(auditCount(), audit);
    EXPECT_EQ(m_workspace.undoStack()->count(), steps);
    const QString text = findingsText();
    EXPECT_TRUE(text.contains(model()->rowName(top) + QStringLiteral(", Q2: 'abc' is not a number")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(model()->rowName(top + 1) + QStringLiteral(", Q2:"))) << text.toStdString();
}

TEST_F(EntryGridTest, CopyGivesTabSeparatedTextAndDeleteClearsInOneStep)
{
    const int row = rowOf(Entrepreneurs);
    view()->selectionModel()->select(
        QItemSelection(model()->index(row, EntryGridModel::Q1), model()->index(row, EntryGridModel::Q4)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("4\t5\t5\t7"));

    const int steps = m_workspace.undoStack()->count();
    QTest::keyClick(view(), Qt::Key_Delete);
    EXPECT_EQ(m_workspace.undoStack()->count(), steps + 1);
    for (int q = 1; q <= 4; ++q)
        EXPECT_FALSE(stored(Entrepreneurs, Village, 2023, q).has_value()) << q;
    m_page->undoAction()->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 4), Decimal::fromInt(7));
    EXPECT_EQ(cell(Entrepreneurs, 4).data().toString(), QStringLiteral("7"));
}

// --- layouts and the model tester --------------------------------------------------------------

TEST_F(EntryGridTest, BySubRegionListsTheChildrenOfTheRegion)
{
    showRegion(SubDistrict);
    m_page->layoutBox()->setCurrentIndex(1);
    m_page->indicatorBox()->setCurrentIndex(m_page->indicatorBox()->findData(Entrepreneurs));
    ASSERT_EQ(model()->layout(), EntryGridModel::Layout::BySubRegion);
    ASSERT_EQ(model()->rowCount(), 4);
    const QModelIndex q1 = cell(Village, 1);
    EXPECT_TRUE(model()->flags(q1) & Qt::ItemIsEditable);
    type(q1, QStringLiteral("8"));
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(8));
    // A village has no sub-regions: back to the indicators.
    showRegion(Village);
    EXPECT_EQ(model()->layout(), EntryGridModel::Layout::ByIndicator);
    EXPECT_FALSE(m_page->layoutBox()->isEnabled());
}

TEST_F(EntryGridTest, TheModelPassesTheTesterInBothLayouts)
{
    g_modelFailures.clear();
    g_previousHandler = qInstallMessageHandler(recordModelFailures);
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        showRegion(County);
        m_page->layoutBox()->setCurrentIndex(1);
        EXPECT_EQ(model()->rowCount(), 5);
        showRegion(SubDistrict);
        type(cell(Village, 2), QStringLiteral("3"));
        type(cell(Village, 3), QStringLiteral("x"));
        m_page->layoutBox()->setCurrentIndex(0);
        showRegion(Village);
        type(cell(Entrepreneurs, 1), QStringLiteral("2"));
        m_workspace.undoStack()->undo();
        QCoreApplication::processEvents();
        EntryGridModel standalone(&m_workspace);
        QAbstractItemModelTester second(&standalone,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        standalone.setRegion(County, 2023);
        standalone.setLayout(EntryGridModel::Layout::BySubRegion, Entrepreneurs);
        standalone.setRegion(QStringLiteral("no such region"), 2023);
    }
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    EXPECT_TRUE(g_modelFailures.isEmpty()) << g_modelFailures.join(u'\n').toStdString();
}

// --- two programs ------------------------------------------------------------------------------

// No lost update: the grid shows 4; another program (zhenxing-cli, here a second connection)
// changes it to 6; the clerk types 12 over the 4 on screen. The write is refused with who
// changed it and to what, 6 stays, and the grid reloads to show 6.
TEST_F(EntryGridTest, TypingOverAFigureAnotherProgramChangedIsRefusedAndTheGridReloads)
{
    const QModelIndex q1 = cell(Entrepreneurs, 1);
    ASSERT_EQ(q1.data().toString(), QStringLiteral("4"));
    {
        auto other = Database::open(m_workspace.path(), Database::OpenMode::OpenExisting);
        ASSERT_TRUE(other) << other.error().toStdString();
        ASSERT_TRUE(setValue(**other, {Entrepreneurs, Village, 2023, 1}, Decimal::fromInt(6),
                             QStringLiteral("from the township"), QStringLiteral("王会计")));
    }
    ASSERT_EQ(cell(Entrepreneurs, 1).data().toString(), QStringLiteral("4")); // not told yet
    const std::size_t auditBefore = auditCount();

    type(q1, QStringLiteral("12"));

    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(6));
    EXPECT_EQ(auditCount(), auditBefore);
    EXPECT_TRUE(findingsText().contains(QStringLiteral("王会计"))) << findingsText().toStdString();
    EXPECT_EQ(cell(Entrepreneurs, 1).data(EntryGridModel::SeverityRole).toInt(), int(Severity::Error));
    // Reloaded: the year total now counts the other program's 6 (6 + 5 + 5 + 7 = 23).
    EXPECT_EQ(model()->index(cell(Entrepreneurs, 1).row(), EntryGridModel::YearTotal).data().toString(),
              QStringLiteral("23"));
    // The message says who, when (local time, to the minute) and to what, with the unit, and
    // that the 12 was not saved; in the status line and the findings panel.
    const auto theirs = valuestore::find(*m_workspace.database(), {Entrepreneurs, Village, 2023, 1});
    ASSERT_TRUE(theirs.ok() && theirs.value());
    const QString said = QStringLiteral("was changed by 王会计 at %1 to 6 persons while you were "
                                        "looking at 4 persons; your 12 persons was not saved")
                             .arg(QDateTime::fromString(theirs.value()->enteredAt, Qt::ISODate)
                                      .toLocalTime()
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    EXPECT_TRUE(findingsText().contains(said)) << findingsText().toStdString();
    EXPECT_TRUE(m_page->statusLine()->text().contains(said)) << m_page->statusLine()->text().toStdString();
    // The cell shows the figure as it is now, and its editor opens on 6, not on the refused 12.
    EXPECT_EQ(cell(Entrepreneurs, 1).data().toString(), QStringLiteral("6"));
    EXPECT_EQ(view()->currentIndex(), cell(Entrepreneurs, 1));
    auto *editor = qobject_cast<QLineEdit *>(view()->indexWidget(cell(Entrepreneurs, 1)));
    ASSERT_NE(editor, nullptr) << "no editor open on the refused cell";
    EXPECT_EQ(editor->text(), QStringLiteral("6"));

    // Typed again over the 6 now on screen, the 12 is written.
    type(cell(Entrepreneurs, 1), QStringLiteral("12"));
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(12));
    EXPECT_EQ(cell(Entrepreneurs, 1).data(EntryGridModel::SeverityRole).toInt(), -1);
}

// A file that cannot be written (here immutable, which binds root too) opens for reading: the
// grid shows the figures, every quarter cell is read-only and says why, and the review
// buttons are off.
TEST_F(EntryGridTest, AnUnwritableFileShowsItsFiguresButTakesNoEntry)
{
    const QString path = m_workspace.path();
    ASSERT_EQ(QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}), 0)
        << "chattr +i failed: the test runs as root on ext4 (as CI does)";
    const auto undo = qScopeGuard(
        [&] { QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path}); });
    ASSERT_TRUE(m_workspace.open(path, false));
    showRegion(Village);

    const QModelIndex q1 = cell(Entrepreneurs, 1);
    EXPECT_EQ(q1.data().toString(), QStringLiteral("4"));
    EXPECT_FALSE(model()->flags(q1) & Qt::ItemIsEditable);
    EXPECT_TRUE(q1.data(Qt::ToolTipRole).toString().contains(QStringLiteral("read-only")))
        << q1.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_FALSE(m_page->findChild<WorkflowBar *>()->submitButton()->isEnabled());
}

// --- issue 14: the grid says why ---------------------------------------------------------------

namespace {

const QString Reviewer = QStringLiteral("zhangshen");
const QString ClerkOfVillage = QStringLiteral("wangtian");

// An office with accounts: the person at the desk an administrator, 张审核 a reviewer, 王填报
// the village's clerk.
void addOffice(Database &db, const QString &me)
{
    ASSERT_TRUE(workflow::saveUser(db, {me, Role::Administrator, {}, QStringLiteral("李明")}, me));
    ASSERT_TRUE(workflow::saveUser(db, {Reviewer, Role::Reviewer, {}, QStringLiteral("张审核")}, me));
    ASSERT_TRUE(workflow::saveUser(db, {ClerkOfVillage, Role::Clerk, {Village}, QStringLiteral("王填报")},
                                   me));
}

// "2024-01-12 14:03": a stored UTC time as the grid's messages show it, in local time.
QString localMinute(const QString &isoUtc)
{
    return QDateTime::fromString(isoUtc, Qt::ISODate).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

// Typing into an approved cell does not jump to another row (the view's keyboard search): the
// status line under the grid and the findings panel say who approved it, when, and that it is
// locked; the figure is untouched.
TEST_F(EntryGridTest, TypingIntoAnApprovedCellSaysWhoApprovedItAndStaysPut)
{
    Database &db = *m_workspace.database();
    addOffice(db, m_workspace.userName());
    ASSERT_TRUE(workflow::submit(db, Village, 2023, 1, ClerkOfVillage));
    ASSERT_TRUE(workflow::approve(db, Village, 2023, 1, Reviewer));
    auto status = workflow::status(db, Village, 2023, 1);
    ASSERT_TRUE(status);
    model()->refresh();
    const QModelIndex q1 = cell(Entrepreneurs, 1);
    ASSERT_FALSE(model()->flags(q1) & Qt::ItemIsEditable);
    const std::size_t audit = auditCount();

    view()->setCurrentIndex(q1);
    // Unanswered, each key would search the column for a figure starting with it and jump there
    // (many a first quarter starts with 1 or 2).
    QTest::keyClick(view(), Qt::Key_1);
    QTest::keyClick(view(), Qt::Key_R);
    QTest::keyClick(view(), Qt::Key_Delete); // says why too, and deletes nothing
    QInputMethodEvent ime; // what an input method commits
    ime.setCommitString(QStringLiteral("2"));
    QCoreApplication::sendEvent(view(), &ime);

    EXPECT_EQ(view()->currentIndex(), q1);
    const QString expected = QStringLiteral("Approved by 张审核 on %1 — locked")
                                 .arg(localMinute(status->changedAt));
    EXPECT_TRUE(m_page->statusLine()->text().contains(expected))
        << m_page->statusLine()->text().toStdString();
    EXPECT_TRUE(findingsText().contains(expected)) << findingsText().toStdString();
    EXPECT_EQ(findingsText().count(expected), 1) << "typing twice says it once";
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(4));
    EXPECT_EQ(auditCount(), audit);

    // Reopened, the cell takes figures again and the finding is gone.
    ASSERT_TRUE(workflow::reopen(db, Village, 2023, 1, QStringLiteral("typo"), Reviewer));
    model()->refresh();
    EXPECT_TRUE(model()->flags(q1) & Qt::ItemIsEditable);
    EXPECT_FALSE(findingsText().contains(QStringLiteral("locked"))) << findingsText().toStdString();
    EXPECT_FALSE(m_page->statusLine()->text().contains(QStringLiteral("locked")));
}

TEST_F(EntryGridTest, TypingIntoASubmittedCellSaysItAwaitsReview)
{
    Database &db = *m_workspace.database();
    addOffice(db, m_workspace.userName());
    ASSERT_TRUE(workflow::submit(db, Village, 2023, 2, ClerkOfVillage));
    auto status = workflow::status(db, Village, 2023, 2);
    ASSERT_TRUE(status);
    model()->refresh();
    const QModelIndex q2 = cell(Entrepreneurs, 2);
    ASSERT_FALSE(model()->flags(q2) & Qt::ItemIsEditable);
    EXPECT_TRUE(model()->flags(cell(Entrepreneurs, 3)) & Qt::ItemIsEditable);

    view()->setCurrentIndex(q2);
    QTest::keyClick(view(), Qt::Key_7);

    EXPECT_EQ(view()->currentIndex(), q2);
    const QString expected = QStringLiteral("Submitted by 王填报 on %1 — awaiting review")
                                 .arg(localMinute(status->changedAt));
    EXPECT_TRUE(m_page->statusLine()->text().contains(expected))
        << m_page->statusLine()->text().toStdString();
    EXPECT_TRUE(findingsText().contains(expected)) << findingsText().toStdString();
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 2), Decimal::fromInt(5));
}

TEST_F(EntryGridTest, TypingOutsideTheClerksRegionsSaysWhoseRegionsTheyAre)
{
    Database &db = *m_workspace.database();
    const QString me = m_workspace.userName();
    ASSERT_TRUE(workflow::saveUser(db, {QStringLiteral("boss"), Role::Administrator, {}, {}}, me));
    const QString otherTownship = QStringLiteral("410104002");
    ASSERT_TRUE(workflow::saveUser(db, {me, Role::Clerk, {otherTownship}, {}}, QStringLiteral("boss")));
    model()->refresh();
    const QModelIndex q3 = cell(Entrepreneurs, 3);
    ASSERT_FALSE(model()->flags(q3) & Qt::ItemIsEditable);

    view()->setCurrentIndex(q3);
    QTest::keyClick(view(), Qt::Key_5);

    EXPECT_EQ(view()->currentIndex(), q3);
    const QString expected = me + QStringLiteral(" is a clerk for ");
    EXPECT_TRUE(m_page->statusLine()->text().contains(expected))
        << m_page->statusLine()->text().toStdString();
    EXPECT_TRUE(m_page->statusLine()->text().contains(QStringLiteral("may not change figures")));
    EXPECT_TRUE(findingsText().contains(QStringLiteral("may not change figures")))
        << findingsText().toStdString();
    EXPECT_FALSE(m_page->statusLine()->text().contains(QStringLiteral("locked")));
}

// A refused figure stays in its cell's editor, as typed, to be corrected there.
TEST_F(EntryGridTest, ARefusedFigureStaysInTheEditorToBeCorrected)
{
    const QModelIndex q3 = cell(Entrepreneurs, 3);
    type(q3, QStringLiteral("-5"));
    EXPECT_EQ(view()->currentIndex(), q3);
    auto *editor = qobject_cast<QLineEdit *>(view()->indexWidget(q3));
    ASSERT_NE(editor, nullptr) << "no editor open on the refused cell";
    EXPECT_EQ(editor->text(), QStringLiteral("-5"));
    EXPECT_TRUE(m_page->statusLine()->text().contains(QStringLiteral("must not be negative")))
        << m_page->statusLine()->text().toStdString();

    // Corrected in place: Home, Delete (the minus sign), Enter.
    QTest::keyClick(view(), Qt::Key_Home);
    QTest::keyClick(view(), Qt::Key_Delete);
    QTest::keyClick(view(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 3), Decimal::fromInt(5));
    EXPECT_EQ(cell(Entrepreneurs, 3).data(EntryGridModel::SeverityRole).toInt(), -1);
}

TEST_F(EntryGridTest, ClearEmptiesTheFindingsPanel)
{
    EXPECT_FALSE(m_page->clearFindingsButton()->isEnabled());
    type(cell(Entrepreneurs, 1), QStringLiteral("abc"));
    QTest::keyClick(view(), Qt::Key_Escape);
    ASSERT_GT(m_page->findingsList()->count(), 0);
    ASSERT_TRUE(m_page->clearFindingsButton()->isEnabled());

    m_page->clearFindingsButton()->click();

    EXPECT_EQ(m_page->findingsList()->count(), 0);
    EXPECT_EQ(cell(Entrepreneurs, 1).data(EntryGridModel::SeverityRole).toInt(), -1);
    EXPECT_FALSE(m_page->clearFindingsButton()->isEnabled());
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(4));
}

// Each indicator says what its quarter figure is, by accumulation: 返乡下乡创业人员 is a flow,
// 联户党员 a running total, 评星定级支部 a level.
TEST_F(EntryGridTest, EachIndicatorSaysWhatToEnter)
{
    const auto enterAs = [&](const QString &code) {
        return model()->index(rowOf(code), EntryGridModel::EnterAs);
    };
    EXPECT_EQ(model()->headerData(EntryGridModel::EnterAs, Qt::Horizontal).toString(),
              QStringLiteral("Enter as"));
    EXPECT_EQ(enterAs(Entrepreneurs).data().toString(), QStringLiteral("this quarter only"));
    EXPECT_EQ(enterAs(QStringLiteral("party_members_linked")).data().toString(),
              QStringLiteral("year to date"));
    EXPECT_EQ(enterAs(QStringLiteral("branches_rated")).data().toString(),
              QStringLiteral("level at quarter end"));
    EXPECT_EQ(enterAs(Entrepreneurs).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Enter only what happened in the quarter itself, not the quarters "
                             "before; the year total adds the quarters up."));
    EXPECT_TRUE(enterAs(QStringLiteral("party_members_linked"))
                    .data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 January")));
    // The unit in the reader's language (displayUnit): persons, not 人.
    EXPECT_EQ(model()->index(rowOf(Entrepreneurs), EntryGridModel::Unit).data().toString(),
              QStringLiteral("persons"));
    // The status line says it for the current cell.
    view()->setCurrentIndex(cell(Entrepreneurs, 2));
    EXPECT_EQ(m_page->statusLine()->text(),
              QStringLiteral("Returning entrepreneurs, Q2: this quarter only, in persons"));

    // At 1280×720 the grid has about 1000 pixels (the region tree takes the rest): every
    // column is whole, with no scrolling sideways, and the names keep their room.
    m_page->resize(1000, 600);
    QCoreApplication::processEvents();
    const QFontMetrics fm(view()->font());
    EXPECT_GE(view()->columnWidth(EntryGridModel::EnterAs),
              fm.horizontalAdvance(QStringLiteral("level at quarter end")));
    EXPECT_EQ(view()->horizontalScrollBar()->maximum(), 0);
    EXPECT_GE(view()->columnWidth(EntryGridModel::Name), fm.averageCharWidth() * 20);
}

// An undo the database refuses (the quarter was approved meanwhile; another program changed
// the figure) leaves the step on the stack and Undo and Redo as they were.
TEST_F(EntryGridTest, ARefusedUndoKeepsTheStepAndTheButtons)
{
    const QModelIndex q1 = cell(Entrepreneurs, 1);
    type(q1, QStringLiteral("12"));
    ASSERT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(12));
    QUndoStack *stack = m_workspace.undoStack();
    const int steps = stack->count();
    ASSERT_TRUE(m_page->undoAction()->isEnabled());
    ASSERT_FALSE(m_page->redoAction()->isEnabled());

    Database &db = *m_workspace.database();
    addOffice(db, m_workspace.userName());
    ASSERT_TRUE(workflow::submit(db, Village, 2023, 1, ClerkOfVillage));
    ASSERT_TRUE(workflow::approve(db, Village, 2023, 1, Reviewer));
    m_page->undoAction()->trigger();
    QCoreApplication::processEvents();

    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(12));
    EXPECT_EQ(stack->count(), steps);
    EXPECT_EQ(stack->index(), steps);
    EXPECT_TRUE(m_page->undoAction()->isEnabled());
    EXPECT_FALSE(m_page->redoAction()->isEnabled());
    EXPECT_TRUE(findingsText().contains(QStringLiteral("locked"))) << findingsText().toStdString();

    // Reopened, the same step undoes.
    ASSERT_TRUE(workflow::reopen(db, Village, 2023, 1, QStringLiteral("typo"), Reviewer));
    m_page->undoAction()->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(4));
    EXPECT_TRUE(m_page->redoAction()->isEnabled());

    // Redo refused: another program wrote 6 over the 4 meanwhile.
    {
        auto other = Database::open(m_workspace.path(), Database::OpenMode::OpenExisting);
        ASSERT_TRUE(other) << other.error().toStdString();
        auto written = setValue(**other, {Entrepreneurs, Village, 2023, 1}, Decimal::fromInt(6),
                                QStringLiteral("from the township"), ClerkOfVillage);
        ASSERT_TRUE(written) << written.error().toStdString();
    }
    const bool undoBefore = m_page->undoAction()->isEnabled();
    const int index = stack->index();
    m_page->redoAction()->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(stored(Entrepreneurs, Village, 2023, 1), Decimal::fromInt(6));
    EXPECT_EQ(stack->count(), steps);
    EXPECT_EQ(stack->index(), index);
    EXPECT_TRUE(m_page->redoAction()->isEnabled());
    EXPECT_EQ(m_page->undoAction()->isEnabled(), undoBefore);
    EXPECT_TRUE(findingsText().contains(ClerkOfVillage)) << findingsText().toStdString();
}
