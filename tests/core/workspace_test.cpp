// The Workspace's write facade: an edit is one undo step, undo and redo write through core
// (validated, audited) and announce themselves on the notifier; an approved quarter refuses.
#include "entryfixture.h"

#include "entry/workflow.h"
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QDateTime>
#include <QSignalSpy>

using namespace zx;
using namespace zx::test;

namespace {

const QString Zhangzhuang = QStringLiteral("410104001001");
const QString Entrepreneurs = QStringLiteral("returning_entrepreneurs");

class WorkspaceEditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto created = workspace.createSample(dir.filePath(QStringLiteral("ws.db")));
        ASSERT_TRUE(created.ok()) << str(created.error());
    }

    QString storedText(const ValueKey &key)
    {
        auto v = valuestore::find(*workspace.database(), key);
        EXPECT_TRUE(v.ok()) << str(v.error());
        return v.ok() && v.value() ? v.value()->value.toString() : QString();
    }

    QTemporaryDir dir;
    ChangeNotifier notifier;
    Workspace workspace{&notifier};
};

} // namespace

TEST_F(WorkspaceEditTest, UndoAndRedoOfABlockWriteThroughCoreAndAnnounce)
{
    const ValueKey q3{Entrepreneurs, Zhangzhuang, 2023, 3};
    const ValueKey q4{Entrepreneurs, Zhangzhuang, 2023, 4};
    ASSERT_EQ(storedText(q3), QStringLiteral("5"));
    ASSERT_EQ(storedText(q4), QStringLiteral("7"));
    QSignalSpy changed(&notifier, &ChangeNotifier::valueChanged);

    auto ok = workspace.setValues({{q3, dec("6"), {}}, {q4, dec("9"), {}}},
                                  QStringLiteral("Paste 2 figures"));
    ASSERT_TRUE(ok.ok()) << str(ok.error());
    EXPECT_EQ(storedText(q4), QStringLiteral("9"));
    EXPECT_EQ(changed.count(), 2);
    ASSERT_EQ(workspace.undoStack()->count(), 1);
    EXPECT_EQ(workspace.undoStack()->undoText(), QStringLiteral("Paste 2 figures"));

    changed.clear();
    workspace.undoStack()->undo();
    EXPECT_EQ(storedText(q3), QStringLiteral("5"));
    EXPECT_EQ(storedText(q4), QStringLiteral("7"));
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(1).at(0).toString(), Entrepreneurs);
    EXPECT_EQ(changed.at(1).at(1).toString(), Zhangzhuang);
    EXPECT_EQ(changed.at(1).at(3).toInt(), 4);

    workspace.undoStack()->redo();
    EXPECT_EQ(storedText(q3), QStringLiteral("6"));
    EXPECT_EQ(storedText(q4), QStringLiteral("9"));

    // Undoing a figure that did not exist deletes it again.
    const ValueKey fresh{Entrepreneurs, Zhangzhuang, 2024, 1};
    ASSERT_TRUE(workspace.setValue(fresh, dec("4"), {}).ok());
    EXPECT_EQ(workspace.undoStack()->count(), 2);
    workspace.undoStack()->undo();
    EXPECT_EQ(storedText(fresh), QString());

    // Each write, undo and redo is in the trail, and the chain holds.
    auto broken = auditstore::firstBroken(*workspace.database());
    ASSERT_TRUE(broken.ok());
    EXPECT_FALSE(broken->has_value());
}

TEST_F(WorkspaceEditTest, ARefusedEditIsNoStepAndAnnouncesNothing)
{
    QSignalSpy changed(&notifier, &ChangeNotifier::valueChanged);
    auto refused = workspace.setValue({Entrepreneurs, Zhangzhuang, 2023, 4}, dec("-5"), {});
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(workspace.undoStack()->count(), 0);
}

TEST_F(WorkspaceEditTest, AnApprovedQuarterRefusesEditsAndUndo)
{
    const ValueKey key{Entrepreneurs, Zhangzhuang, 2023, 4};
    QSignalSpy status(&notifier, &ChangeNotifier::periodStatusChanged);
    QSignalSpy failed(&workspace, &Workspace::editFailed);
    ASSERT_TRUE(workspace.setValue(key, dec("8"), {}).ok());
    ASSERT_TRUE(workspace.submit(Zhangzhuang, 2023, 4).ok());
    ASSERT_TRUE(workspace.approve(Zhangzhuang, 2023, 4).ok());
    EXPECT_EQ(status.count(), 2);

    auto refused = workspace.setValue(key, dec("9"), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(workspace.userName())) << str(refused.error());

    // The earlier step cannot be undone into a locked quarter: the stack drops it.
    workspace.undoStack()->undo();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(workspace.userName()));
    EXPECT_EQ(storedText(key), QStringLiteral("8"));
    EXPECT_EQ(workspace.undoStack()->count(), 0);

    auto reopened = workspace.reopen(Zhangzhuang, 2023, 4, QStringLiteral("更正"));
    ASSERT_TRUE(reopened.ok()) << str(reopened.error());
    EXPECT_TRUE(workspace.setValue(key, dec("9"), {}).ok());
}

TEST_F(WorkspaceEditTest, TargetsAreUndoable)
{
    QSignalSpy changed(&notifier, &ChangeNotifier::targetChanged);
    Target t;
    t.indicatorCode = Entrepreneurs;
    t.regionCode = QStringLiteral("410104");
    t.year = 2023;
    t.value = dec("400");
    ASSERT_TRUE(workspace.setTargets({{t, false, {}}}, QStringLiteral("Edit target")).ok());
    EXPECT_EQ(changed.count(), 1);
    auto now = findTarget(*workspace.database(), Entrepreneurs, t.regionCode, 2023);
    ASSERT_TRUE(now.ok() && now.value());
    EXPECT_EQ(now.value()->value.toString(), QStringLiteral("400"));

    workspace.undoStack()->undo();
    EXPECT_EQ(changed.count(), 2);
    auto back = findTarget(*workspace.database(), Entrepreneurs, t.regionCode, 2023);
    ASSERT_TRUE(back.ok() && back.value());
    EXPECT_EQ(back.value()->value.toString(), QStringLiteral("350"));

    t.year = 2024;
    ASSERT_TRUE(workspace.setTargets({{t, false, {}}}, QStringLiteral("New target")).ok());
    workspace.undoStack()->undo();
    auto gone = findTarget(*workspace.database(), Entrepreneurs, t.regionCode, 2024);
    ASSERT_TRUE(gone.ok());
    EXPECT_FALSE(gone.value().has_value());
    workspace.undoStack()->redo();
    auto again = findTarget(*workspace.database(), Entrepreneurs, t.regionCode, 2024);
    ASSERT_TRUE(again.ok() && again.value());
}

TEST_F(WorkspaceEditTest, CatalogueChangesAreAnnouncedAndOpeningClearsTheUndoStack)
{
    QSignalSpy catalogue(&notifier, &ChangeNotifier::catalogueChanged);
    Category c{QStringLiteral("industry"), QStringLiteral("产业振兴"), {}, 7};
    ASSERT_TRUE(workspace.saveCategory(c, true).ok());
    EXPECT_EQ(catalogue.count(), 1);
    EXPECT_FALSE(workspace.saveCategory(c, true).ok());
    EXPECT_EQ(catalogue.count(), 1);

    ASSERT_TRUE(workspace.setValue({Entrepreneurs, Zhangzhuang, 2023, 4}, dec("8"), {}).ok());
    EXPECT_EQ(workspace.undoStack()->count(), 1);
    ASSERT_TRUE(workspace.createSample(dir.filePath(QStringLiteral("other.db"))).ok());
    EXPECT_EQ(workspace.undoStack()->count(), 0);
}

// No lost update: an edit carries the figure its user saw. Another program (here a second
// connection, as zhenxing-cli would be) changes the figure first: the edit is refused naming
// who changed it and to what, the other change stays, and no undo step is made.
TEST_F(WorkspaceEditTest, AnEditOverAFigureChangedByAnotherProgramIsRefused)
{
    const ValueKey q4{Entrepreneurs, Zhangzhuang, 2023, 4};
    ASSERT_EQ(storedText(q4), QStringLiteral("7"));
    auto other = Database::open(workspace.path(), Database::OpenMode::OpenExisting);
    ASSERT_TRUE(other.ok()) << str(other.error());
    ASSERT_TRUE(zx::setValue(**other, q4, dec("11"), QStringLiteral("phoned in"),
                             QStringLiteral("王会计")).ok());

    const auto refused = workspace.setValue(q4, dec("9"), {}, std::optional<Decimal>(dec("7")));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("王会计"))) << str(refused.error());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("to 11"))) << str(refused.error());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("looking at 7"))) << str(refused.error());
    EXPECT_EQ(storedText(q4), QStringLiteral("11"));
    EXPECT_EQ(workspace.undoStack()->count(), 0);
    {
        // The whole refusal: which figure, who, when in local time (from the figure's
        // entered_at), the new figure and the one seen with the unit (人, "persons" in English),
        // and what was not saved.
        auto theirs = valuestore::find(**other, q4);
        ASSERT_TRUE(theirs.ok() && theirs.value());
        const QString when = QDateTime::fromString(theirs.value()->enteredAt, Qt::ISODate)
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        EXPECT_TRUE(refused.error().startsWith(
            QStringLiteral("Returning entrepreneurs, Zhangzhuang Village, 2023 Q4 was changed by "
                           "王会计 at %1 to 11 persons while you were looking at 7 persons; your 9 "
                           "persons was not saved.")
                .arg(when)))
            << str(refused.error());
    }

    // Having seen 11, the same edit goes through.
    EXPECT_TRUE(workspace.setValue(q4, dec("9"), {}, std::optional<Decimal>(dec("11"))).ok());
    EXPECT_EQ(storedText(q4), QStringLiteral("9"));
    // An empty cell seen where another program has since entered a figure is refused too.
    const ValueKey fresh{Entrepreneurs, Zhangzhuang, 2024, 1};
    ASSERT_TRUE(zx::setValue(**other, fresh, dec("3"), {}, QStringLiteral("王会计")).ok());
    EXPECT_FALSE(workspace.setValue(fresh, dec("4"), {}, std::optional<Decimal>()).ok());
    EXPECT_EQ(storedText(fresh), QStringLiteral("3"));

    // Deleted meanwhile: who deleted it and when come from the audit trail; nothing is written.
    ASSERT_TRUE(zx::setValue(**other, fresh, std::nullopt, {}, QStringLiteral("王会计")).ok());
    auto trail = auditstore::all(*workspace.database());
    ASSERT_TRUE(trail.ok() && !trail->empty());
    const AuditEntry deletion = trail->back();
    ASSERT_EQ(deletion.action, QStringLiteral("value.delete"));
    const QString when = QDateTime::fromString(deletion.at, Qt::ISODate)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const auto gone = workspace.setValue(fresh, dec("5"), {}, std::optional<Decimal>(dec("3")));
    ASSERT_FALSE(gone.ok());
    EXPECT_TRUE(gone.error().contains(
        QStringLiteral("was deleted by 王会计 at %1 while you were looking at 3 persons; your 5 "
                       "persons was not saved")
            .arg(when)))
        << str(gone.error());
    EXPECT_EQ(storedText(fresh), QString());
    auto after = auditstore::all(*workspace.database());
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->size(), trail->size());

    // Deleting it too, having seen 3, loses nothing of the other change: no refusal, nothing
    // written. The same for entering the very figure and comment the other program entered.
    EXPECT_TRUE(workspace.setValue(fresh, std::nullopt, {}, std::optional<Decimal>(dec("3"))).ok());
    ASSERT_TRUE(zx::setValue(**other, fresh, dec("8"), QStringLiteral("phoned in"),
                             QStringLiteral("王会计")).ok());
    const auto before = auditstore::all(*workspace.database());
    ASSERT_TRUE(before.ok());
    EXPECT_TRUE(workspace.setValue(fresh, dec("8"), QStringLiteral("phoned in"), std::optional<Decimal>())
                    .ok());
    EXPECT_FALSE(workspace.setValue(fresh, dec("8"), QStringLiteral("mine"), std::optional<Decimal>())
                     .ok()); // their comment would be lost
    auto last = auditstore::all(*workspace.database());
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->size(), before->size());
    EXPECT_EQ(storedText(fresh), QStringLiteral("8"));
}

// Undo and redo check the same way instead of writing back blindly: the figure another
// program changed after the edit is kept, and the step is dropped with the reason.
TEST_F(WorkspaceEditTest, UndoAndRedoDoNotOverwriteAChangeMadeMeanwhile)
{
    const ValueKey q4{Entrepreneurs, Zhangzhuang, 2023, 4};
    ASSERT_TRUE(workspace.setValue(q4, dec("9"), {}, std::optional<Decimal>(dec("7"))).ok());
    ASSERT_EQ(workspace.undoStack()->count(), 1);
    auto other = Database::open(workspace.path(), Database::OpenMode::OpenExisting);
    ASSERT_TRUE(other.ok()) << str(other.error());
    ASSERT_TRUE(zx::setValue(**other, q4, dec("12"), QStringLiteral("corrected"),
                             QStringLiteral("王会计")).ok());

    QSignalSpy failed(&workspace, &Workspace::editFailed);
    workspace.undoStack()->undo();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("王会计")))
        << str(failed.at(0).at(0).toString());
    EXPECT_EQ(storedText(q4), QStringLiteral("12")); // not 7

    // The same for redo: undo a fresh step, let the other program write, redo is refused.
    const ValueKey q3{Entrepreneurs, Zhangzhuang, 2023, 3};
    ASSERT_EQ(storedText(q3), QStringLiteral("5"));
    ASSERT_TRUE(workspace.setValue(q3, dec("6"), {}, std::optional<Decimal>(dec("5"))).ok());
    workspace.undoStack()->undo();
    ASSERT_EQ(storedText(q3), QStringLiteral("5"));
    ASSERT_TRUE(zx::setValue(**other, q3, dec("8"), QStringLiteral("corrected"),
                             QStringLiteral("王会计")).ok());
    workspace.undoStack()->redo();
    EXPECT_EQ(failed.count(), 2);
    EXPECT_EQ(storedText(q3), QStringLiteral("8")); // not 6
}

// Targets too: the editor's change carries the target on screen, and undo expects to find
// what the step wrote.
TEST_F(WorkspaceEditTest, TargetsChangedMeanwhileAreNotOverwritten)
{
    Target t;
    t.indicatorCode = Entrepreneurs;
    t.regionCode = QStringLiteral("410104");
    t.year = 2023;
    auto shown = findTarget(*workspace.database(), Entrepreneurs, t.regionCode, 2023);
    ASSERT_TRUE(shown.ok() && shown.value());
    ASSERT_EQ(shown.value()->value.toString(), QStringLiteral("350")); // the seed's target

    auto other = Database::open(workspace.path(), Database::OpenMode::OpenExisting);
    ASSERT_TRUE(other.ok()) << str(other.error());
    Target theirs = *shown.value();
    theirs.value = dec("360");
    ASSERT_TRUE(zx::setTargets(**other, {{theirs, false, {}}}, QStringLiteral("local")).ok());

    t.value = dec("400");
    TargetChange mine{t, false, {}, shown.value()};
    const auto refused = workspace.setTargets({mine}, QStringLiteral("Edit target"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("360"))) << str(refused.error());
    auto kept = findTarget(*workspace.database(), Entrepreneurs, t.regionCode, 2023);
    EXPECT_EQ(kept.value()->value.toString(), QStringLiteral("360"));

    // Seen 360: written; then the other program changes it again, and undo leaves that alone.
    mine.seen.emplace(theirs);
    ASSERT_TRUE(workspace.setTargets({mine}, QStringLiteral("Edit target")).ok());
    theirs.value = dec("380");
    ASSERT_TRUE(zx::setTargets(**other, {{theirs, false, {}}}, QStringLiteral("local")).ok());
    QSignalSpy failed(&workspace, &Workspace::editFailed);
    workspace.undoStack()->undo();
    EXPECT_EQ(failed.count(), 1);
    auto last = findTarget(*workspace.database(), Entrepreneurs, t.regionCode, 2023);
    EXPECT_EQ(last.value()->value.toString(), QStringLiteral("380"));
}
