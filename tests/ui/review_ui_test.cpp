// Issue 14 in the desktop: the workflow bar asks before it submits, approves, returns or
// reopens, naming the region, the quarter and how many figures are handed in, locked or
// unlocked; the due list shows the office's deadline, marks overdue regions in words and in a
// readable colour, approves several regions at once under the four-eyes rule with one
// confirmation and a summary, and lets a reviewer set the deadline day. A fresh sample per
// test; Chinese region names. With ZX_SHOT_DIR set, the due list and the confirmations are
// also saved there as PNGs (to look at them at 1280×720), in Chinese when ZX_SHOT_QM names a
// .qm file to install (the tests' texts are English: run them without it).
#include "answermodal.h"

#include "dialogs/accountsdialog.h"
#include "dialogs/officerulesbox.h"
#include "editors/duelist.h"
#include "editors/duelistmodel.h"
#include "editors/rolefilterproxy.h"
#include "entry/workflow.h"
#include "entry/workflowbar.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "storage/auditstore.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTime>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

using namespace zx;

namespace {

const QString County = QStringLiteral("410104");
const QString Chengdong = QStringLiteral("410104001"); // 城东街道办事处
const QString Chengnan = QStringLiteral("410104002");  // 城南街道办事处
const QString Clerk = QStringLiteral("clerk01");

std::string str(const QString &s)
{
    return s.toStdString();
}

void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZX_SHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// WCAG 2 contrast ratio of two colours (the oracle for "readable").
double contrast(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// Answers the next QMessageBox: remembers its text and clicks the confirming button, or Cancel.
void answerBox(QString *text, bool confirm, const QString &name = QString())
{
    zxtest::answerNext<QMessageBox>([=](QMessageBox *box) {
        *text = box->text() + u'\n' + box->informativeText();
        if (!name.isEmpty())
            shot(box, name);
        if (confirm)
            box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        else
            box->button(QMessageBox::Cancel)->click();
    });
}

class ReviewUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        static QTranslator shotLanguage;
        if (const QString qm = qEnvironmentVariable("ZX_SHOT_QM");
            !qm.isEmpty() && shotLanguage.isEmpty() && shotLanguage.load(qm))
            QCoreApplication::installTranslator(&shotLanguage);
        m_previousLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        auto created = m_workspace.createSample(m_dir.filePath(QStringLiteral("s.db")));
        ASSERT_TRUE(created) << str(created.error());
    }

    void TearDown() override { QLocale::setDefault(m_previousLocale); }

    // Accounts: the person at this computer administers, clerk01 enters 城东's figures.
    void makeShared()
    {
        Database &db = *m_workspace.database();
        const QString me = m_workspace.userName();
        ASSERT_TRUE(workflow::saveUser(db, {me, Role::Administrator, {}}, me).ok());
        ASSERT_TRUE(workflow::saveUser(db, {Clerk, Role::Clerk, {Chengdong}}, me).ok());
    }

    PeriodState state(const QString &region, int quarter = 4)
    {
        auto s = m_workspace.periodStatus(region, 2023, quarter);
        EXPECT_TRUE(s) << str(s.error());
        return s ? s->state : PeriodState::Draft;
    }

    DashboardContext context(const QString &region) const
    {
        DashboardContext c;
        auto data = m_workspace.dataset(2023);
        EXPECT_TRUE(data) << str(data.error());
        c.data = data.value();
        c.eval = std::make_shared<const Evaluator>(*c.data);
        c.regionCode = region;
        c.year = 2023;
        c.quarter = 4;
        return c;
    }

    // The proxy row of `code`'s region in the due list.
    static int rowOf(const DueList &list, const QString &code)
    {
        for (int r = 0; r < list.proxy()->rowCount(); ++r)
            if (list.proxy()->index(r, 0).data(DueListModel::CodeRole).toString() == code)
                return r;
        return -1;
    }

    QTemporaryDir m_dir;
    QLocale m_previousLocale;
    ChangeNotifier m_notifier;
    Workspace m_workspace{&m_notifier};
};

} // namespace

TEST_F(ReviewUiTest, TheWorkflowBarAsksNamingTheRegionQuarterAndFigures)
{
    WorkflowBar bar(&m_workspace);
    bar.setPeriod(Chengdong, QStringLiteral("城东街道办事处"), 2023, 4);
    bar.resize(900, bar.sizeHint().height());
    bar.show();

    // Submit: asked first; 城东 holds 1 figure of its own and 21 in each of its 4 villages.
    QString asked;
    answerBox(&asked, true, QStringLiteral("confirm-submit"));
    bar.submitButton()->click();
    EXPECT_TRUE(asked.contains(QStringLiteral("Submit 城东街道办事处, 2023 Q4 for review?"))) << str(asked);
    EXPECT_TRUE(asked.contains(QStringLiteral("85 figure(s)"))) << str(asked);
    EXPECT_EQ(state(Chengdong), PeriodState::Submitted);

    // Approve, cancelled: nothing changes.
    answerBox(&asked, false);
    bar.approveButton()->click();
    EXPECT_TRUE(asked.contains(QStringLiteral("Approve 城东街道办事处, 2023 Q4?"))) << str(asked);
    EXPECT_TRUE(asked.contains(QStringLiteral("85 figure(s)"))) << str(asked);
    EXPECT_TRUE(asked.contains(QStringLiteral("locked"))) << str(asked);
    EXPECT_EQ(state(Chengdong), PeriodState::Submitted);

    // Approve, confirmed (a file without accounts: its one person approves their own quarter).
    answerBox(&asked, true, QStringLiteral("confirm-approve"));
    bar.approveButton()->click();
    EXPECT_EQ(state(Chengdong), PeriodState::Approved);

    // Reopen: the dialog that asks for the reason says what is unlocked.
    QString question;
    zxtest::answerNext<QInputDialog>([&](QInputDialog *dialog) {
        question = dialog->labelText();
        shot(dialog, QStringLiteral("confirm-reopen"));
        dialog->setTextValue(QStringLiteral("补报"));
        dialog->accept();
    });
    bar.reopenButton()->click();
    EXPECT_TRUE(question.contains(QStringLiteral("Reopen 城东街道办事处, 2023 Q4?"))) << str(question);
    EXPECT_TRUE(question.contains(QStringLiteral("85 figure(s)"))) << str(question);
    EXPECT_TRUE(question.contains(QStringLiteral("unlocked"))) << str(question);
    EXPECT_EQ(state(Chengdong), PeriodState::Draft);
}

TEST_F(ReviewUiTest, ApproveIsDisabledForWhoeverSubmittedSayingWhy)
{
    makeShared();
    ASSERT_TRUE(m_workspace.submit(Chengdong, 2023, 4)); // by the person at this computer
    WorkflowBar bar(&m_workspace);
    bar.setPeriod(Chengdong, QStringLiteral("城东街道办事处"), 2023, 4);
    EXPECT_FALSE(bar.approveButton()->isEnabled());
    EXPECT_TRUE(bar.approveButton()->toolTip().contains(QStringLiteral("four-eyes rule")))
        << str(bar.approveButton()->toolTip());
    EXPECT_TRUE(bar.returnButton()->isEnabled()) << "returning stays possible";
    // An administrator turns the rule off for a one-person office: Approve follows at once.
    ASSERT_TRUE(m_workspace.saveOfficeSettings({false, 0}));
    EXPECT_TRUE(bar.approveButton()->isEnabled());
}

TEST_F(ReviewUiTest, TheDueListShowsTheDeadlineAndMarksOverdueRegions)
{
    ASSERT_TRUE(m_workspace.saveOfficeSettings({true, 10}));
    ASSERT_TRUE(m_workspace.submit(Chengdong, 2023, 4));
    DueList list(&m_workspace);
    QAbstractItemModelTester tester(list.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.model()->setToday(QDate(2024, 1, 11));
    list.setContext(context(County));

    // 2023 Q4 with day 10: due 2024-01-10; on the 11th every region not submitted is overdue.
    EXPECT_EQ(list.model()->headerData(DueListModel::Deadline, Qt::Horizontal).toString(),
              QStringLiteral("Deadline"));
    const int late = rowOf(list, Chengnan);
    const int handedIn = rowOf(list, Chengdong);
    ASSERT_GE(late, 0);
    ASSERT_GE(handedIn, 0);
    EXPECT_EQ(list.proxy()->index(late, DueListModel::Deadline).data().toString(),
              QStringLiteral("2024-01-10 · overdue 1 day(s)"));
    EXPECT_TRUE(list.proxy()->index(late, 0).data(DueListModel::OverdueRole).toBool());
    EXPECT_EQ(list.proxy()->index(handedIn, DueListModel::Deadline).data().toString(),
              QStringLiteral("2024-01-10"));
    EXPECT_FALSE(list.proxy()->index(handedIn, 0).data(DueListModel::OverdueRole).toBool());
    EXPECT_EQ(list.countLabel()->text(),
              QStringLiteral("25 of 26 not submitted · due 2024-01-10 · 25 overdue"));

    // On the day itself nothing is overdue yet.
    list.model()->setToday(QDate(2024, 1, 10));
    EXPECT_EQ(list.proxy()->index(rowOf(list, Chengnan), DueListModel::Deadline).data().toString(),
              QStringLiteral("2024-01-10"));
    EXPECT_EQ(list.countLabel()->text(),
              QStringLiteral("25 of 26 not submitted · due 2024-01-10 · 0 overdue"));
}

TEST_F(ReviewUiTest, DueAndOverdueRowsAreReadableAndTellApart)
{
    ASSERT_TRUE(m_workspace.saveOfficeSettings({true, 10}));
    DueList list(&m_workspace);
    list.setContext(context(Chengdong));
    list.model()->setToday(QDate(2024, 1, 10));
    const QModelIndex due = list.proxy()->index(0, DueListModel::State);
    const QColor dueBack = due.data(Qt::BackgroundRole).value<QColor>();
    const QColor dueInk = due.data(Qt::ForegroundRole).value<QColor>();
    ASSERT_TRUE(dueBack.isValid() && dueInk.isValid());
    EXPECT_GE(contrast(dueInk, dueBack), 7.0) << str(dueInk.name()) << " on " << str(dueBack.name());

    list.model()->setToday(QDate(2024, 1, 11));
    const QModelIndex overdue = list.proxy()->index(0, DueListModel::State);
    const QColor lateBack = overdue.data(Qt::BackgroundRole).value<QColor>();
    const QColor lateInk = overdue.data(Qt::ForegroundRole).value<QColor>();
    EXPECT_GE(contrast(lateInk, lateBack), 7.0) << str(lateInk.name()) << " on " << str(lateBack.name());
    EXPECT_NE(lateBack, dueBack) << "overdue has its own tint";
    EXPECT_TRUE(list.proxy()->index(0, DueListModel::Deadline).data().toString().contains(
        QStringLiteral("overdue")))
        << "and says so in words";
}

TEST_F(ReviewUiTest, ApprovingTwoRegionsAtOnceAppliesFourEyesPerRegion)
{
    makeShared();
    Database &db = *m_workspace.database();
    ASSERT_TRUE(workflow::submit(db, Chengdong, 2023, 4, Clerk).ok());
    ASSERT_TRUE(m_workspace.submit(Chengnan, 2023, 4)); // by the person at this computer
    ASSERT_TRUE(m_workspace.saveOfficeSettings({true, 10}));
    DueList list(&m_workspace);
    list.model()->setToday(QDate(2024, 1, 11));
    list.setContext(context(County));
    list.show();
    QItemSelectionModel *selection = list.table()->selectionModel();
    for (const QString &code : {Chengdong, Chengnan})
        selection->select(list.proxy()->index(rowOf(list, code), 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_TRUE(list.approveButton()->isEnabled());
    list.table()->scrollToBottom();
    shot(&list, QStringLiteral("duelist"));

    QString asked;
    answerBox(&asked, true, QStringLiteral("confirm-bulk"));
    list.approveButton()->click();
    EXPECT_TRUE(asked.contains(QStringLiteral("Approve 2023 Q4 of 2 region(s)?"))) << str(asked);
    EXPECT_TRUE(asked.contains(QStringLiteral("城东街道办事处 — 85 figure(s)"))) << str(asked);
    EXPECT_TRUE(asked.contains(QStringLiteral("城南街道办事处 — "))) << str(asked);

    EXPECT_EQ(state(Chengdong), PeriodState::Approved);
    EXPECT_EQ(state(Chengnan), PeriodState::Submitted) << "submitted by the same person";
    EXPECT_EQ(list.resultLabel()->text(), QStringLiteral("Approved 1 of 2 region(s); refused 1."));
    const QString summary = list.lastSummary();
    EXPECT_TRUE(summary.contains(QStringLiteral("Approved: 城东街道办事处."))) << str(summary);
    EXPECT_TRUE(summary.contains(QStringLiteral("城南街道办事处: Cannot approve 2023 Q4 of region 410104002")))
        << str(summary);
    EXPECT_TRUE(summary.contains(QStringLiteral("four-eyes rule"))) << str(summary);
    if (auto *box = list.findChild<QMessageBox *>())
        shot(box, QStringLiteral("bulk-summary"));
}

// Issue 16: per township, who handed the quarter in (the person's name from the accounts, the
// account in brackets) and when; still the clerk once a reviewer approved it (the state then
// names the approver); a quarter another desktop submits shows up within a second.
TEST_F(ReviewUiTest, TheDueListNamesWhoSubmittedEachTownship)
{
    Database &db = *m_workspace.database();
    const QString me = m_workspace.userName();
    ASSERT_TRUE(workflow::saveUser(db, {me, Role::Administrator, {}, {}}, me).ok());
    ASSERT_TRUE(workflow::saveUser(db, {Clerk, Role::Clerk, {Chengdong}, QStringLiteral("王芳")}, me).ok());
    ASSERT_TRUE(workflow::submit(db, Chengdong, 2023, 4, Clerk).ok());
    ASSERT_TRUE(m_workspace.approve(Chengdong, 2023, 4)); // four eyes: not the one who submitted
    // When the clerk handed it in, as the audit trail has it, in local time.
    QString handedInAt;
    auto trail = auditstore::all(db);
    ASSERT_TRUE(trail.ok()) << str(trail.error());
    for (const AuditEntry &e : *trail)
        if (e.action == QLatin1String("period.submit") && e.regionCode == Chengdong)
            handedInAt = e.at;
    ASSERT_FALSE(handedInAt.isEmpty());
    const auto local = [](const QString &isoUtc) {
        return QDateTime::fromString(isoUtc, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };

    DueList list(&m_workspace);
    auto modelTester = std::make_unique<QAbstractItemModelTester>(
        list.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    list.setContext(context(County));
    EXPECT_EQ(list.model()->headerData(DueListModel::SubmittedBy, Qt::Horizontal).toString(),
              QStringLiteral("Submitted by"));
    const int chengdong = rowOf(list, Chengdong);
    ASSERT_GE(chengdong, 0);
    EXPECT_EQ(list.proxy()->index(chengdong, DueListModel::SubmittedBy).data().toString(),
              QStringLiteral("王芳 (clerk01) · ") + local(handedInAt));
    EXPECT_EQ(list.proxy()->index(chengdong, DueListModel::ChangedBy).data().toString(), me);
    const int chengnan = rowOf(list, Chengnan);
    EXPECT_EQ(list.proxy()->index(chengnan, DueListModel::SubmittedBy).data().toString(), QString())
        << "a draft was handed in by nobody";

    // Another desktop on the same file hands in 城南: the open list shows it within a second.
    ChangeNotifier otherNotifier;
    Workspace other(&otherNotifier);
    ASSERT_TRUE(other.open(m_dir.filePath(QStringLiteral("s.db")), false));
    ASSERT_TRUE(other.submit(Chengnan, 2023, 4));
    auto status = other.periodStatus(Chengnan, 2023, 4);
    ASSERT_TRUE(status) << str(status.error());
    const QString expected = me + QStringLiteral(" · ") + local(status->changedAt);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return list.proxy()->index(rowOf(list, Chengnan), DueListModel::SubmittedBy).data().toString()
                   == expected;
        },
        1000))
        << "the list did not follow the other desktop's submission within 1 s";
}

TEST_F(ReviewUiTest, AReviewerSetsTheDeadlineInTheDueList)
{
    DueList list(&m_workspace);
    list.model()->setToday(QDate(2023, 10, 11));
    list.setContext(context(Chengdong));
    EXPECT_EQ(list.proxy()->index(0, DueListModel::Deadline).data().toString(), QStringLiteral("—"));
    ASSERT_TRUE(list.deadlineButton()->isEnabled()); // a file without accounts: the administrator
    list.deadlineDayBox()->setValue(10);
    list.deadlineButton()->click();
    auto settings = m_workspace.officeSettings();
    ASSERT_TRUE(settings);
    EXPECT_EQ(settings->deadlineDay, 10);
    EXPECT_EQ(list.proxy()->index(0, DueListModel::Deadline).data().toString(), QStringLiteral("2024-01-10"));
    auto trail = auditstore::all(*m_workspace.database());
    ASSERT_TRUE(trail);
    EXPECT_EQ(trail->back().action, QStringLiteral("setting.save"));
    EXPECT_EQ(trail->back().newValue, QStringLiteral("deadline_day=10"));
}

TEST_F(ReviewUiTest, TheAccountsDialogTurnsFourEyesOffAndSaysWhereItNeverApplies)
{
    AccountsDialog dialog(&m_workspace);
    OfficeRulesBox *rules = dialog.officeRules();
    ASSERT_NE(rules, nullptr);
    EXPECT_TRUE(rules->fourEyesBox()->isChecked());
    const QList<QLabel *> labels = rules->findChildren<QLabel *>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QLabel *l) {
        return l->text().contains(QStringLiteral("A file without accounts has one person"));
    }));
    shot(&dialog, QStringLiteral("accounts"));
    rules->fourEyesBox()->setChecked(false);
    rules->saveButton()->click();
    auto settings = m_workspace.officeSettings();
    ASSERT_TRUE(settings);
    EXPECT_FALSE(settings->fourEyes);
    EXPECT_EQ(rules->messageLabel()->text(), QStringLiteral("Saved the office rules"));
}

TEST_F(ReviewUiTest, AClerkNeitherApprovesNorSetsTheDeadlineInTheDueList)
{
    Database &db = *m_workspace.database();
    const QString me = m_workspace.userName();
    ASSERT_TRUE(workflow::saveUser(db, {QStringLiteral("boss"), Role::Administrator, {}}, me).ok());
    ASSERT_TRUE(workflow::saveUser(db, {me, Role::Clerk, {Chengdong}}, QStringLiteral("boss")).ok());
    DueList list(&m_workspace);
    list.setContext(context(Chengdong));
    list.table()->selectRow(0);
    ASSERT_TRUE(list.table()->selectionModel()->hasSelection());
    EXPECT_FALSE(list.approveButton()->isEnabled());
    EXPECT_EQ(list.approveButton()->toolTip(),
              QStringLiteral("Only a reviewer or an administrator approves quarters"));
    EXPECT_FALSE(list.deadlineButton()->isEnabled());
    EXPECT_FALSE(list.deadlineDayBox()->isEnabled());
}
