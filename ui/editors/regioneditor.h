#pragma once

#include "dashboardcontext.h"
#include "domain/types.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTreeView;

namespace zx {

class Workspace;

// Edit → Regions… (administrators): the region tree on the left (retired and merged regions
// greyed, with the year and the village that took them over); on the right the chosen region's
// code, names and parent, and the actions: New sub-region, Save (rename zh/en, move under
// another parent), Move up / Move down among its siblings, Retire from a year (or bring it
// back), and Merge the selected villages into one village from a year (村庄撤并: they keep
// their history, take no figures from that year, and the roll-ups of past years stay as they
// were). Every action goes through the Workspace (audited in the same transaction as the
// change); core's refusal is shown under the form. Others see the tree read-only. Reloads when
// the notifier reports a region change. Does not own the Workspace.
class RegionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RegionEditor(Workspace *workspace, QWidget *parent = nullptr);

    // The tree does not depend on the period; the context's year + 1 is the default year
    // from which to retire or merge.
    void setContext(const DashboardContext &context);
    void reload();
    void selectRegion(const QString &code);
    // Adds `code` to the selection (the villages to merge), keeping the others selected.
    void addToSelection(const QString &code);
    QString currentCode() const;
    void newRegion();

    QTreeView *treeView() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nameEnEdit() const { return m_nameEn; }
    QComboBox *parentBox() const { return m_parent; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QSpinBox *retireYearBox() const { return m_retireYear; }
    QPushButton *retireButton() const { return m_retire; }
    QPushButton *restoreButton() const { return m_restore; }
    QComboBox *mergeIntoBox() const { return m_mergeInto; }
    QSpinBox *mergeYearBox() const { return m_mergeYear; }
    QPushButton *mergeButton() const { return m_merge; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *noteLabel() const { return m_note; }

    enum Column { NameColumn, CodeColumn, NameEnColumn, StateColumn };
    static constexpr int CodeRole = Qt::UserRole + 1;

private:
    QWidget *buildForm();
    const Region *find(const QString &code) const;
    std::vector<const Region *> childrenOf(const QString &code) const;
    QStringList selectedVillages() const;
    QString stateText(const Region &region) const;
    void regionChosen();
    void fillParents(const Region &region);
    void save();
    void moveBy(int delta);
    void retire(int fromYear);
    void merge();
    void updateEditable();
    void showMessage(const QString &text, bool error);

    Workspace *m_workspace;
    std::vector<Region> m_regions;
    bool m_isNew = false;
    bool m_admin = false;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_nameEn;
    QComboBox *m_parent;
    QLabel *m_level;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_up;
    QPushButton *m_down;
    QSpinBox *m_retireYear;
    QPushButton *m_retire;
    QPushButton *m_restore;
    QComboBox *m_mergeInto;
    QSpinBox *m_mergeYear;
    QPushButton *m_merge;
    QLabel *m_message;
    QLabel *m_note;
};

} // namespace zx
