#include "catalogueeditor.h"

#include "screenfit.h"
#include "domain/names.h"
#include "editors/cataloguemodels.h"
#include "editors/categoryform.h"
#include "editors/indicatorform.h"
#include "editors/rolefilterproxy.h"
#include "entry/workflow.h"
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace zx {

CatalogueEditor::CatalogueEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_categories(new CategoryModel(this)),
      m_indicators(new IndicatorListModel(this)), m_categoryProxy(new RoleFilterProxy(this)),
      m_indicatorProxy(new RoleFilterProxy(this)), m_categoryView(nullptr),
      m_indicatorView(nullptr), m_showRetired(new QCheckBox(tr("Show retired"), this)),
      m_search(new QLineEdit(this)), m_newCategory(new QPushButton(tr("New category"), this)),
      m_newIndicator(new QPushButton(tr("New indicator"), this)), m_tabs(new QTabWidget(this)),
      m_indicatorForm(new IndicatorForm(this)), m_categoryForm(new CategoryForm(this)),
      m_note(new QLabel(this))
{
    setWindowTitle(tr("Indicator catalogue"));
    m_categoryProxy->setSourceModel(m_categories);
    m_categoryProxy->setSortRole(CategoryModel::SortRole);
    m_indicatorProxy->setSourceModel(m_indicators);
    m_indicatorProxy->setSortRole(IndicatorListModel::SortRole);
    m_indicatorProxy->setRoleFilter(IndicatorListModel::RetiredRole, false);
    m_indicatorProxy->setTextFilter(Qt::DisplayRole, QString());

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_indicatorForm);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Indicator"));
    m_tabs->addTab(m_categoryForm, tr("Category"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(buildLists());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({600, 800});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    connect(m_indicatorForm, &IndicatorForm::saveRequested, this, &CatalogueEditor::saveIndicator);
    connect(m_indicatorForm, &IndicatorForm::retireRequested, this,
            &CatalogueEditor::retireIndicator);
    connect(m_categoryForm, &CategoryForm::saveRequested, this, &CatalogueEditor::saveCategory);
    connect(m_newIndicator, &QPushButton::clicked, this, &CatalogueEditor::newIndicator);
    connect(m_newCategory, &QPushButton::clicked, this, &CatalogueEditor::newCategory);
    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool show) {
        m_indicatorProxy->setRoleFilter(IndicatorListModel::RetiredRole,
                                        show ? QVariant() : QVariant(false));
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_indicatorProxy->setTextFilter(Qt::DisplayRole, text);
    });
    ChangeNotifier *notifier = m_workspace->notifier();
    connect(notifier, &ChangeNotifier::catalogueChanged, this, &CatalogueEditor::reload);
    connect(notifier, &ChangeNotifier::databaseReplaced, this, &CatalogueEditor::reload);
    resizeToFit(this, QSize(1280, 720));
    reload();
}

QTableView *CatalogueEditor::makeView(QAbstractItemModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    return view;
}

QWidget *CatalogueEditor::buildLists()
{
    m_categoryView = makeView(m_categoryProxy);
    m_categoryView->sortByColumn(CategoryModel::Order, Qt::AscendingOrder);
    m_categoryView->horizontalHeader()->setSectionResizeMode(CategoryModel::NameEn,
                                                             QHeaderView::Stretch);
    m_indicatorView = makeView(m_indicatorProxy);
    m_indicatorView->sortByColumn(IndicatorListModel::Name, Qt::AscendingOrder);
    m_indicatorView->horizontalHeader()->setSectionResizeMode(IndicatorListModel::Name,
                                                              QHeaderView::Stretch);
    m_search->setPlaceholderText(tr("Search indicators"));
    m_search->setClearButtonEnabled(true);

    auto *categories = new QWidget(this);
    auto *categoryLayout = new QVBoxLayout(categories);
    categoryLayout->setContentsMargins(0, 0, 0, 0);
    auto *categoryRow = new QHBoxLayout;
    categoryRow->addWidget(new QLabel(tr("Categories"), categories), 1);
    categoryRow->addWidget(m_newCategory);
    categoryLayout->addLayout(categoryRow);
    categoryLayout->addWidget(m_categoryView);
    auto *indicators = new QWidget(this);
    auto *indicatorLayout = new QVBoxLayout(indicators);
    indicatorLayout->setContentsMargins(0, 0, 0, 0);
    auto *indicatorRow = new QHBoxLayout;
    indicatorRow->addWidget(new QLabel(tr("Indicators"), indicators));
    indicatorRow->addWidget(m_search, 1);
    indicatorRow->addWidget(m_showRetired);
    indicatorRow->addWidget(m_newIndicator);
    indicatorLayout->addLayout(indicatorRow);
    indicatorLayout->addWidget(m_indicatorView);
    auto *host = new QSplitter(Qt::Vertical, this);
    host->addWidget(categories);
    host->addWidget(indicators);
    host->setSizes({240, 520});

    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogueEditor::categoryChosen);
    connect(m_categoryView, &QAbstractItemView::clicked, this,
            [this] { m_tabs->setCurrentWidget(m_categoryForm); });
    connect(m_indicatorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogueEditor::indicatorChosen);
    return host;
}

void CatalogueEditor::setContext(const DashboardContext &)
{
    reload();
}

void CatalogueEditor::reload()
{
    std::vector<Category> categories;
    std::vector<Indicator> indicators;
    if (m_workspace->isOpen()) {
        auto c = m_workspace->categories();
        auto i = m_workspace->indicators();
        if (c && i) {
            categories = std::move(c).value();
            indicators = std::move(i).value();
        } else {
            m_indicatorForm->showMessage(!c ? c.error() : i.error(), true);
        }
    }
    // Keep what is being typed into a new indicator or category; show a stored one afresh.
    const QString category = currentCategory();
    const bool newIndicator = m_indicatorForm->isNew();
    const auto typedIndicator = m_indicatorForm->indicator();
    const bool newCategory = m_categoryForm->isNew();
    const Category typedCategory = m_categoryForm->category();
    m_categories->setCategories(std::move(categories));
    m_indicators->setIndicators(std::move(indicators));
    m_indicatorForm->setChoices(m_categories->categories(), m_indicators->indicators());
    selectCategory(category);
    if (newCategory)
        m_categoryForm->setCategory(typedCategory, true);
    const int row = typedIndicator ? m_indicators->rowOf(typedIndicator->code) : -1;
    if (newIndicator && typedIndicator)
        m_indicatorForm->setIndicator(*typedIndicator, true);
    else if (!newIndicator && row >= 0)
        selectIndicator(typedIndicator->code);
    updateEditable();
}

QString CatalogueEditor::currentCategory() const
{
    return m_categoryView->currentIndex().data(CategoryModel::CodeRole).toString();
}

void CatalogueEditor::selectCategory(const QString &code)
{
    int row = m_categories->rowOf(code);
    if (row < 0 && m_categories->rowCount() > 0)
        row = 0;
    if (row < 0)
        return;
    m_categoryView->setCurrentIndex(m_categoryProxy->mapFromSource(m_categories->index(row, 0)));
}

void CatalogueEditor::selectIndicator(const QString &code)
{
    const int row = m_indicators->rowOf(code);
    if (row < 0)
        return;
    const Indicator &ind = m_indicators->indicator(row);
    selectCategory(ind.categoryCode);
    const QModelIndex shown = m_indicatorProxy->mapFromSource(m_indicators->index(row, 0));
    if (shown.isValid())
        m_indicatorView->setCurrentIndex(shown);
    m_indicatorForm->setIndicator(ind, false); // also when hidden (retired)
    m_tabs->setCurrentIndex(0);
}

void CatalogueEditor::categoryChosen()
{
    const QString code = currentCategory();
    if (code.isEmpty())
        return;
    m_indicatorProxy->setRoleFilter(IndicatorListModel::CategoryRole, code);
    m_categoryForm->setCategory(m_categories->category(m_categories->rowOf(code)), false);
}

void CatalogueEditor::indicatorChosen()
{
    const QString code =
        m_indicatorView->currentIndex().data(IndicatorListModel::CodeRole).toString();
    const int row = m_indicators->rowOf(code);
    if (row < 0)
        return;
    m_indicatorForm->setIndicator(m_indicators->indicator(row), false);
    m_tabs->setCurrentIndex(0);
}

void CatalogueEditor::newIndicator()
{
    Indicator fresh;
    fresh.categoryCode = currentCategory();
    for (const Indicator &ind : m_indicators->indicators())
        if (ind.categoryCode == fresh.categoryCode)
            fresh.sortOrder = std::max(fresh.sortOrder, ind.sortOrder + 1);
    m_indicatorView->setCurrentIndex({});
    m_indicatorForm->setIndicator(fresh, true);
    m_tabs->setCurrentIndex(0);
    m_indicatorForm->codeEdit()->setFocus();
}

void CatalogueEditor::newCategory()
{
    Category fresh;
    for (int r = 0; r < m_categories->rowCount(); ++r)
        fresh.sortOrder = std::max(fresh.sortOrder, m_categories->category(r).sortOrder + 1);
    m_categoryForm->setCategory(fresh, true);
    m_tabs->setCurrentWidget(m_categoryForm);
    m_categoryForm->codeEdit()->setFocus();
}

void CatalogueEditor::saveIndicator()
{
    auto ind = m_indicatorForm->indicator();
    if (!ind)
        return m_indicatorForm->showMessage(ind.error(), true);
    writeIndicator(ind.value(), m_indicatorForm->isNew(),
                   tr("Saved %1").arg(displayName(ind.value())));
}

void CatalogueEditor::retireIndicator()
{
    auto ind = m_indicatorForm->indicator();
    if (!ind)
        return m_indicatorForm->showMessage(ind.error(), true);
    Indicator changed = ind.value();
    changed.retired = !changed.retired;
    writeIndicator(
        changed, false,
        changed.retired
            ? tr("%1 is retired: its figures and history are kept").arg(displayName(changed))
            : tr("%1 is reported again").arg(displayName(changed)));
}

void CatalogueEditor::writeIndicator(const Indicator &indicator, bool isNew, const QString &done)
{
    if (auto ok = m_workspace->saveIndicator(indicator, isNew); !ok)
        return m_indicatorForm->showMessage(ok.error(), true);
    // The notifier has reloaded the lists; show the indicator as stored.
    m_indicatorForm->setIndicator(indicator, false);
    selectIndicator(indicator.code);
    m_indicatorForm->showMessage(done, false);
}

void CatalogueEditor::saveCategory()
{
    const Category category = m_categoryForm->category();
    if (auto ok = m_workspace->saveCategory(category, m_categoryForm->isNew()); !ok)
        return m_categoryForm->showMessage(ok.error(), true);
    m_categoryForm->setCategory(category, false);
    selectCategory(category.code);
    m_categoryForm->showMessage(tr("Saved %1").arg(displayName(category)), false);
}

void CatalogueEditor::updateEditable()
{
    const Result<UserAccount> account = m_workspace->account(); // an error when nothing is open
    const bool admin = account && account->role == Role::Administrator;
    m_indicatorForm->setEditable(admin);
    m_categoryForm->setEditable(admin);
    m_newIndicator->setEnabled(admin);
    m_newCategory->setEnabled(admin);
    m_note->setVisible(!admin);
    m_note->setText(tr("Only an administrator can change the catalogue; it is shown read-only."));
}

} // namespace zx
