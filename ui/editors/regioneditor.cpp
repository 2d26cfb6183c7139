#include "regioneditor.h"

#include "screenfit.h"
#include "domain/names.h"
#include "entry/workflow.h"
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <tuple>

namespace zx {

namespace {

QString levelText(RegionLevel level)
{
    switch (level) {
    case RegionLevel::City:
        return RegionEditor::tr("City (市)");
    case RegionLevel::County:
        return RegionEditor::tr("County or district (区/县)");
    case RegionLevel::Township:
        return RegionEditor::tr("Township or sub-district (乡镇/街道)");
    case RegionLevel::Village:
        return RegionEditor::tr("Village or community (村/社区)");
    }
    return QString();
}

QStandardItem *cell(const QString &text, const QString &code, bool retired)
{
    auto *item = new QStandardItem(text);
    item->setData(code, RegionEditor::CodeRole);
    item->setEditable(false);
    if (retired)
        item->setForeground(QColor(0x80, 0x80, 0x80));
    return item;
}

} // namespace

RegionEditor::RegionEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new QStandardItemModel(this)),
      m_tree(new QTreeView(this)), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_nameEn(new QLineEdit(this)), m_parent(new QComboBox(this)), m_level(new QLabel(this)),
      m_new(new QPushButton(tr("New sub-region"), this)), m_save(new QPushButton(tr("Save"), this)),
      m_up(new QPushButton(tr("Move up"), this)), m_down(new QPushButton(tr("Move down"), this)),
      m_retireYear(new QSpinBox(this)), m_retire(new QPushButton(tr("Retire"), this)),
      m_restore(new QPushButton(tr("Bring back"), this)), m_mergeInto(new QComboBox(this)),
      m_mergeYear(new QSpinBox(this)), m_merge(new QPushButton(tr("Merge"), this)),
      m_message(new QLabel(this)), m_note(new QLabel(this))
{
    setWindowTitle(tr("Regions"));
    m_model->setHorizontalHeaderLabels(
        {tr("Region"), tr("Code"), tr("English name"), tr("State")});
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(buildForm());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({680, 520});
    auto *layout = new QVBoxLayout(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegionEditor::regionChosen);
    connect(m_new, &QPushButton::clicked, this, &RegionEditor::newRegion);
    connect(m_save, &QPushButton::clicked, this, &RegionEditor::save);
    connect(m_up, &QPushButton::clicked, this, [this] { moveBy(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveBy(1); });
    connect(m_retire, &QPushButton::clicked, this, [this] { retire(m_retireYear->value()); });
    connect(m_restore, &QPushButton::clicked, this, [this] { retire(0); });
    connect(m_merge, &QPushButton::clicked, this, &RegionEditor::merge);
    ChangeNotifier *notifier = m_workspace->notifier();
    connect(notifier, &ChangeNotifier::regionsChanged, this, &RegionEditor::reload);
    connect(notifier, &ChangeNotifier::databaseReplaced, this, &RegionEditor::reload);
    resizeToFit(this, QSize(1200, 680));
    reload();
}

QWidget *RegionEditor::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *region = new QGroupBox(tr("Region"), form);
    auto *fields = new QFormLayout(region);
    fields->addRow(tr("Code"), m_code);
    fields->addRow(tr("Name"), m_name);
    fields->addRow(tr("English name"), m_nameEn);
    fields->addRow(tr("Parent"), m_parent);
    fields->addRow(tr("Level"), m_level);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    fields->addRow(buttons);
    layout->addWidget(region);

    const int thisYear = QDate::currentDate().year();
    for (QSpinBox *year : {m_retireYear, m_mergeYear}) {
        year->setRange(1990, 2100);
        year->setValue(thisYear);
        year->setSuffix(tr(" on"));
    }
    auto *retire = new QGroupBox(tr("Retire"), form);
    auto *retireLayout = new QVBoxLayout(retire);
    auto *retireHint = new QLabel(
        tr("A retired region keeps its figures and history but takes no figures from the year "
           "chosen."),
        retire);
    retireHint->setWordWrap(true);
    retireLayout->addWidget(retireHint);
    auto *retireRow = new QHBoxLayout;
    retireRow->addWidget(new QLabel(tr("From"), retire));
    retireRow->addWidget(m_retireYear);
    retireRow->addWidget(m_retire);
    retireRow->addStretch(1);
    retireRow->addWidget(m_restore);
    retireLayout->addLayout(retireRow);
    layout->addWidget(retire);

    auto *merge = new QGroupBox(tr("Merge villages (村庄撤并)"), form);
    auto *mergeLayout = new QVBoxLayout(merge);
    auto *mergeHint = new QLabel(
        tr("Select the villages to merge in the tree (Ctrl+click), then the village that takes "
           "them over. The merged villages keep their history; past years' totals do not change."),
        merge);
    mergeHint->setWordWrap(true);
    mergeLayout->addWidget(mergeHint);
    auto *intoRow = new QFormLayout;
    intoRow->addRow(tr("Into"), m_mergeInto);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_mergeYear);
    yearRow->addWidget(m_merge);
    yearRow->addStretch(1);
    intoRow->addRow(tr("From"), yearRow);
    mergeLayout->addLayout(intoRow);
    layout->addWidget(merge);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    layout->addStretch(1);
    return form;
}

void RegionEditor::setContext(const DashboardContext &context)
{
    if (context.year > 0) {
        m_retireYear->setValue(context.year + 1);
        m_mergeYear->setValue(context.year + 1);
    }
}

const Region *RegionEditor::find(const QString &code) const
{
    const auto it = std::find_if(m_regions.begin(), m_regions.end(),
                                 [&](const Region &r) { return r.code == code; });
    return it == m_regions.end() ? nullptr : &*it;
}

std::vector<const Region *> RegionEditor::childrenOf(const QString &code) const
{
    std::vector<const Region *> out;
    for (const Region &r : m_regions)
        if (r.parentCode == code)
            out.push_back(&r);
    std::stable_sort(out.begin(), out.end(), [](const Region *a, const Region *b) {
        return std::tie(a->sortOrder, a->code) < std::tie(b->sortOrder, b->code);
    });
    return out;
}

QString RegionEditor::stateText(const Region &r) const
{
    if (!r.isRetired())
        return QString();
    if (const Region *into = find(r.mergedInto))
        return tr("Merged into %1 from %2").arg(displayName(*into)).arg(r.retiredFrom);
    return tr("Retired from %1").arg(r.retiredFrom);
}

void RegionEditor::reload()
{
    const QString current = currentCode();
    m_regions.clear();
    if (m_workspace->isOpen())
        if (auto data = m_workspace->catalogue(); data)
            m_regions = data.value()->regions();
    m_model->removeRows(0, m_model->rowCount());
    // Parents come before their children (regionstore orders by level).
    std::function<void(QStandardItem *, const QString &)> addChildren =
        [&](QStandardItem *parentItem, const QString &parentCode) {
            for (const Region *r : childrenOf(parentCode)) {
                const bool retired = r->isRetired();
                QList<QStandardItem *> row{cell(displayName(*r), r->code, retired),
                                           cell(r->code, r->code, retired),
                                           cell(r->nameEn, r->code, retired),
                                           cell(stateText(*r), r->code, retired)};
                if (parentItem)
                    parentItem->appendRow(row);
                else
                    m_model->appendRow(row);
                addChildren(row.front(), r->code);
            }
        };
    addChildren(nullptr, QString());
    m_tree->expandAll();
    const QString into = m_mergeInto->currentData().toString(); // kept across a reload
    m_mergeInto->clear();
    for (const Region &r : m_regions)
        if (r.level == RegionLevel::Village && !r.isRetired())
            m_mergeInto->addItem(QStringLiteral("%1 (%2)").arg(displayName(r), r.code), r.code);
    m_mergeInto->setCurrentIndex(std::max(0, m_mergeInto->findData(into)));
    updateEditable();
    selectRegion(current.isEmpty() && !m_regions.empty() ? m_regions.front().code : current);
}

void RegionEditor::selectRegion(const QString &code)
{
    const QModelIndexList found = m_model->match(m_model->index(0, 0), CodeRole, code, 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return;
    m_tree->selectionModel()->setCurrentIndex(
        found.front(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(found.front());
    regionChosen();
}

void RegionEditor::addToSelection(const QString &code)
{
    const QModelIndexList found = m_model->match(m_model->index(0, 0), CodeRole, code, 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty())
        m_tree->selectionModel()->select(found.front(),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QString RegionEditor::currentCode() const
{
    return m_tree->currentIndex().data(CodeRole).toString();
}

QStringList RegionEditor::selectedVillages() const
{
    QStringList codes;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows(NameColumn)) {
        const Region *r = find(index.data(CodeRole).toString());
        if (r && r->level == RegionLevel::Village)
            codes << r->code;
    }
    return codes;
}

void RegionEditor::fillParents(const Region &region)
{
    m_parent->clear();
    if (region.level == RegionLevel::City ||
        (region.parentCode.isEmpty() && !m_isNew)) {
        m_parent->addItem(tr("(top region)"), QString());
        return;
    }
    for (const Region &r : m_regions)
        if (int(r.level) == int(region.level) - 1 && (!r.isRetired() || r.code == region.parentCode))
            m_parent->addItem(QStringLiteral("%1 (%2)").arg(displayName(r), r.code), r.code);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(region.parentCode)));
}

void RegionEditor::regionChosen()
{
    m_isNew = false;
    const Region *r = find(currentCode());
    m_code->setReadOnly(true);
    m_code->setText(r ? r->code : QString());
    m_name->setText(r ? r->name : QString());
    m_nameEn->setText(r ? r->nameEn : QString());
    m_level->setText(r ? levelText(r->level) : QString());
    if (r)
        fillParents(*r);
    else
        m_parent->clear();
    if (r && r->isRetired())
        m_retireYear->setValue(r->retiredFrom);
    updateEditable();
}

void RegionEditor::newRegion()
{
    const Region *parent = find(currentCode());
    if (!parent || parent->level == RegionLevel::Village)
        return showMessage(tr("Choose the region the new one belongs to (a village has none)."),
                           true);
    Region r;
    r.level = RegionLevel(int(parent->level) + 1);
    r.parentCode = parent->code;
    // The next code in 统计用区划代码 style: the parent's code and a three-digit number.
    const auto siblings = childrenOf(parent->code);
    QString code;
    for (int n = int(siblings.size()) + 1; n < 1000; ++n) {
        code = parent->code + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
        if (!find(code))
            break;
    }
    m_isNew = true;
    m_code->setReadOnly(false);
    m_code->setText(code);
    m_name->clear();
    m_nameEn->clear();
    m_level->setText(levelText(r.level));
    fillParents(r);
    m_name->setFocus();
    updateEditable();
    showMessage(tr("New %1 under %2: type its name and save.")
                    .arg(levelText(r.level), displayName(*parent)),
                false);
}

void RegionEditor::save()
{
    Region r;
    const QString parentCode = m_parent->currentData().toString();
    if (m_isNew) {
        const Region *parent = find(parentCode);
        r.code = m_code->text().trimmed();
        r.level = parent ? RegionLevel(int(parent->level) + 1) : RegionLevel::County;
        r.sortOrder = int(childrenOf(parentCode).size()) + 1;
    } else {
        const Region *old = find(currentCode());
        if (!old)
            return;
        r = *old;
        if (parentCode != old->parentCode) // moved: last among its new siblings
            r.sortOrder = int(childrenOf(parentCode).size()) + 1;
    }
    r.parentCode = parentCode;
    r.name = m_name->text().trimmed();
    r.nameEn = m_nameEn->text().trimmed();
    if (auto ok = m_workspace->saveRegion(r, m_isNew); !ok)
        return showMessage(ok.error(), true);
    selectRegion(r.code);
    showMessage(tr("Saved %1").arg(displayName(r)), false);
}

void RegionEditor::moveBy(int delta)
{
    const Region *r = find(currentCode());
    if (!r)
        return;
    const auto siblings = childrenOf(r->parentCode);
    QStringList codes;
    for (const Region *s : siblings)
        codes << s->code;
    const int at = int(codes.indexOf(r->code));
    const int to = at + delta;
    if (to < 0 || to >= codes.size())
        return;
    const QString code = r->code;
    codes.move(at, to);
    if (auto ok = m_workspace->reorderRegions(codes); !ok)
        return showMessage(ok.error(), true);
    selectRegion(code);
    showMessage(QString(), false);
}

void RegionEditor::retire(int fromYear)
{
    const Region *r = find(currentCode());
    if (!r)
        return;
    const Region region = *r;
    if (auto ok = m_workspace->retireRegion(region.code, fromYear); !ok)
        return showMessage(ok.error(), true);
    selectRegion(region.code);
    showMessage(fromYear > 0 ? tr("%1 is retired from %2").arg(displayName(region)).arg(fromYear)
                             : tr("%1 takes figures again").arg(displayName(region)),
                false);
}

void RegionEditor::merge()
{
    const QString into = m_mergeInto->currentData().toString();
    QStringList merged = selectedVillages();
    merged.removeAll(into);
    if (merged.isEmpty())
        return showMessage(tr("Select the villages to merge in the tree first."), true);
    const int year = m_mergeYear->value();
    if (auto ok = m_workspace->mergeRegions(merged, into, year); !ok)
        return showMessage(ok.error(), true);
    QStringList names;
    for (const QString &code : merged)
        names << (find(code) ? displayName(*find(code)) : code);
    const Region *target = find(into);
    const QString targetName = target ? displayName(*target) : into;
    selectRegion(merged.front());
    showMessage(tr("Merged %1 into %2 from %3")
                    .arg(names.join(QStringLiteral("、")), targetName)
                    .arg(year),
                false);
}

void RegionEditor::updateEditable()
{
    const Result<UserAccount> account = m_workspace->account(); // an error when nothing is open
    m_admin = account && account->role == Role::Administrator;
    const QString refusal = m_workspace->writeRefusal();
    const bool editable = m_admin && refusal.isEmpty();
    const Region *r = find(currentCode());
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_nameEn, m_parent, m_save, m_new,
                                                       m_retireYear, m_mergeInto, m_mergeYear,
                                                       m_merge})
        w->setEnabled(editable);
    m_up->setEnabled(editable && r && !m_isNew);
    m_down->setEnabled(editable && r && !m_isNew);
    m_retire->setEnabled(editable && r && !m_isNew);
    m_restore->setEnabled(editable && r && !m_isNew && r->isRetired());
    m_note->setVisible(!editable);
    m_note->setText(!m_admin ? tr("Only an administrator can change the regions; they are shown "
                                  "read-only.")
                             : refusal);
}

void RegionEditor::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b71c1c; }")
                                   : QStringLiteral("QLabel { color: #1b5e20; }"));
    m_message->setText(text);
}

} // namespace zx
