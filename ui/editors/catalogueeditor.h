#pragma once

#include "dashboardcontext.h"

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace zx {

class CategoryForm;
class CategoryModel;
class IndicatorForm;
class IndicatorListModel;
class RoleFilterProxy;
class Workspace;

// The administrators' catalogue editor. Left: the categories and, below, the indicators of
// the chosen category (retired ones greyed and hidden unless "Show retired"). Right: the form
// of the chosen indicator (every attribute) or category. New indicator / Save / Retire and
// New category / Save category call Workspace::saveIndicator / saveCategory; core's refusal
// is shown under the form. Only administrators may save; others see the catalogue read-only.
// Reloads when the notifier reports a catalogue change. Does not own the Workspace.
class CatalogueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogueEditor(Workspace *workspace, QWidget *parent = nullptr);

    // The catalogue does not depend on region or period: reads it again.
    void setContext(const DashboardContext &context);
    void reload();
    void newIndicator();
    void newCategory();
    void selectCategory(const QString &code);
    void selectIndicator(const QString &code);

    CategoryModel *categoryModel() const { return m_categories; }
    IndicatorListModel *indicatorModel() const { return m_indicators; }
    RoleFilterProxy *categoryProxy() const { return m_categoryProxy; }
    RoleFilterProxy *indicatorProxy() const { return m_indicatorProxy; }
    QTableView *indicatorView() const { return m_indicatorView; }
    QCheckBox *showRetiredBox() const { return m_showRetired; }
    IndicatorForm *indicatorForm() const { return m_indicatorForm; }
    CategoryForm *categoryForm() const { return m_categoryForm; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *newIndicatorButton() const { return m_newIndicator; }
    QPushButton *newCategoryButton() const { return m_newCategory; }

private:
    QWidget *buildLists();
    QTableView *makeView(QAbstractItemModel *model);
    void categoryChosen();
    void indicatorChosen();
    void saveIndicator();
    void retireIndicator();
    void writeIndicator(const Indicator &indicator, bool isNew, const QString &done);
    void saveCategory();
    void updateEditable();
    QString currentCategory() const;

    Workspace *m_workspace;
    CategoryModel *m_categories;
    IndicatorListModel *m_indicators;
    RoleFilterProxy *m_categoryProxy;
    RoleFilterProxy *m_indicatorProxy;
    QTableView *m_categoryView;
    QTableView *m_indicatorView;
    QCheckBox *m_showRetired;
    QLineEdit *m_search;
    QPushButton *m_newCategory;
    QPushButton *m_newIndicator;
    QTabWidget *m_tabs;
    IndicatorForm *m_indicatorForm;
    CategoryForm *m_categoryForm;
    QLabel *m_note;
};

} // namespace zx
