#include "auditviewer.h"

#include "screenfit.h"
#include "domain/names.h"
#include "editors/auditmodel.h"
#include "editors/editorlabels.h"
#include "editors/rolefilterproxy.h"
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "widgets/tableexport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>
#include <set>

namespace zx {

namespace {

// The year and quarter choices: "all" first (data 0).
void fillNumbers(QComboBox *box, const QString &all, const std::set<int> &numbers,
                 const std::function<QString(int)> &label)
{
    const int chosen = box->currentData().toInt();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all, 0);
    for (int n : numbers)
        box->addItem(label(n), n);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

// Regions indented by level under "all regions" (data ""), keeping the choice.
void fillRegions(QComboBox *box, const std::vector<Region> &regions)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(AuditViewer::tr("All regions"), QString());
    std::function<void(const QString &, int)> addChildren = [&](const QString &parent, int depth) {
        for (const Region &r : regions)
            if (r.parentCode == parent) {
                box->addItem(QString(depth, QChar(0x3000)) + displayName(r), // ideographic space
                             r.code);
                addChildren(r.code, depth + 1);
            }
    };
    addChildren(QString(), 0);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

AuditViewer::AuditViewer(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new AuditModel(workspace, this)),
      m_proxy(new RoleFilterProxy(this)), m_indicator(new QComboBox(this)),
      m_region(new QComboBox(this)), m_year(new QComboBox(this)), m_quarter(new QComboBox(this)),
      m_user(new QLineEdit(this)), m_table(new QTableView(this)),
      m_verify(new QPushButton(tr("Verify chain"), this)), m_result(new QLabel(this)),
      m_count(new QLabel(this)), m_export(new TableExport(m_table, tr("Audit trail")))
{
    setWindowTitle(tr("Audit trail"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditModel::SortRole);
    setUpTable();
    setUpExport();
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_verify);
    bottom->addWidget(m_result, 1);
    bottom->addWidget(m_count);
    bottom->addWidget(m_export->createButton(this));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterRow());
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_verify, &QPushButton::clicked, this, &AuditViewer::verify);
    // A new entry makes the last verification old news.
    ChangeNotifier *notifier = m_workspace->notifier();
    const auto stale = [this] {
        m_model->setBrokenId(0);
        showResult({}, false);
    };
    connect(notifier, &ChangeNotifier::valueChanged, this, stale);
    connect(notifier, &ChangeNotifier::targetChanged, this, stale);
    connect(notifier, &ChangeNotifier::catalogueChanged, this, stale);
    connect(notifier, &ChangeNotifier::periodStatusChanged, this, stale);
    connect(notifier, &ChangeNotifier::databaseReplaced, this, stale);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillFilterChoices();
        if (!m_model->loadError().isEmpty())
            showResult(m_model->loadError(), true);
    });
    resizeToFit(this, QSize(1100, 600));
    m_model->reload();
}

void AuditViewer::setUpTable()
{
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditModel::Time, Qt::DescendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const auto count = [this] {
        m_count->setText(tr("%1 entries shown").arg(m_proxy->rowCount()));
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, count);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, count);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, count);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, count);
}

void AuditViewer::setUpExport()
{
    m_export->setTitleSource([] { return tr("Audit trail"); });
    m_export->setFilterSource([this] { return filterText(); });
    m_export->setWorkspace(m_workspace);
    connect(m_export, &TableExport::saved, this,
            [this](const QString &message) { showResult(message, false); });
}

// "返乡下乡创业人员, 2023, user: clerk": the filters set, as the user chose them.
QString AuditViewer::filterText() const
{
    QStringList parts;
    for (QComboBox *box : {m_indicator, m_region, m_year, m_quarter})
        if (box->currentIndex() > 0)
            parts << box->currentText().trimmed();
    if (!m_user->text().trimmed().isEmpty())
        parts << tr("user: %1").arg(m_user->text().trimmed());
    return parts.join(tr(", "));
}

QWidget *AuditViewer::buildFilterRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_indicator->setMinimumContentsLength(12);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_region->setMinimumContentsLength(10);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_user->setPlaceholderText(tr("User"));
    m_user->setClearButtonEnabled(true);
    layout->addWidget(new QLabel(tr("Indicator:"), row));
    layout->addWidget(m_indicator, 2);
    layout->addWidget(new QLabel(tr("Region:"), row));
    layout->addWidget(m_region, 1);
    layout->addWidget(new QLabel(tr("Period:"), row));
    layout->addWidget(m_year);
    layout->addWidget(m_quarter);
    layout->addWidget(m_user, 1);
    for (QComboBox *box : {m_indicator, m_region, m_year, m_quarter})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditViewer::applyFilter);
    connect(m_user, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setTextFilter(AuditModel::UserNameRole, text);
    });
    return row;
}

void AuditViewer::fillFilterChoices()
{
    const QString chosen = m_indicator->currentData().toString();
    {
        const QSignalBlocker block(m_indicator);
        m_indicator->clear();
        m_indicator->addItem(tr("All indicators"), QString());
        for (const Indicator &ind : m_model->indicators())
            m_indicator->addItem(displayName(ind), ind.code);
        m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(chosen)));
    }
    fillRegions(m_region, m_model->regions());
    std::set<int> years;
    for (int y : m_workspace->years())
        years.insert(y);
    if (m_contextYear > 0)
        years.insert(m_contextYear);
    fillNumbers(m_year, tr("All years"), years, [](int y) { return QString::number(y); });
    fillNumbers(m_quarter, tr("All quarters"), {1, 2, 3, 4},
                [](int q) { return tr("Q%1").arg(q); });
}

void AuditViewer::applyFilter()
{
    auditstore::Filter filter;
    filter.indicatorCode = m_indicator->currentData().toString();
    filter.regionCode = m_region->currentData().toString();
    filter.year = m_year->currentData().toInt();
    filter.quarter = m_quarter->currentData().toInt();
    m_model->setFilter(filter);
}

void AuditViewer::setContext(const DashboardContext &context)
{
    m_contextYear = context.year;
    fillFilterChoices();
}

void AuditViewer::verify()
{
    if (!m_workspace->isOpen())
        return showResult(tr("No database is open"), true);
    m_model->reload(); // show the rows as they are stored now, whoever changed them
    auto broken = m_workspace->auditFirstBroken();
    if (!broken)
        return showResult(broken.error(), true);
    if (!broken.value()) {
        auto head = m_workspace->auditHead(); // counts every entry
        const qint64 n = head ? head.value().count : 0;
        m_model->setBrokenId(0);
        return showResult(tr("All %1 entries verified: the chain is intact").arg(n), false);
    }
    const AuditEntry &e = *broken.value();
    m_model->setBrokenId(e.id);
    const QModelIndex source = m_model->index(m_model->rowOfId(e.id), 0);
    if (source.isValid())
        m_table->scrollTo(m_proxy->mapFromSource(source));
    showResult(tr("Entry %1 (%2, %3 by %4) does not match the chain: it was altered, or an "
                  "entry before it was removed")
                   .arg(e.id)
                   .arg(editorlabels::localTime(e.at), editorlabels::auditAction(e.action), e.user),
               true);
}

void AuditViewer::showResult(const QString &text, bool broken)
{
    m_result->setText(text);
    m_result->setStyleSheet(broken ? QStringLiteral("color: #c62828; font-weight: bold;")
                                   : QStringLiteral("color: #2e7d32;"));
}

} // namespace zx
