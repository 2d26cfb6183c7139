#include "newcountywizard.h"

#include "screenfit.h"
#include "savefilename.h"
#include "session/workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace zx {

namespace {

// A page whose Next/Finish follows `complete` and whose Next asks `validate` first.
class FormPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<bool()> validate;
    bool isComplete() const override { return complete ? complete() : true; }
    bool validatePage() override { return validate ? validate() : true; }
    void changed() { emit completeChanged(); }
};

QWidget *withBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

NewCountyWizard::NewCountyWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("NewCountyWizard"));
    setWindowTitle(tr("New county"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(CountyPageId, makeCountyPage());
    setPage(CataloguePageId, makeCataloguePage());
    setPage(RegionsPageId, makeRegionsPage());
    setPage(StartPageId, makeStartPage());
    setStartId(CountyPageId);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == StartPageId)
            updateSummary();
    });
    resizeToFit(this, QSize(760, 560));
}

QWizardPage *NewCountyWizard::makeCountyPage()
{
    auto *page = new FormPage;
    page->setObjectName(QStringLiteral("CountyPage"));
    page->setTitle(tr("The county"));
    page->setSubTitle(tr("A new file holds one county (or a city with its counties): its code, "
                         "its name and where the file is kept."));
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("CodeEdit"));
    m_code->setPlaceholderText(tr("e.g. 410122"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("NameEdit"));
    m_name->setPlaceholderText(tr("e.g. 中牟县"));
    m_nameEn = new QLineEdit;
    m_nameEn->setObjectName(QStringLiteral("NameEnEdit"));
    m_nameEn->setPlaceholderText(tr("optional, e.g. Zhongmu County"));
    m_city = new QCheckBox(tr("The top region is a city keeping several counties"));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("FileEdit"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &NewCountyWizard::browseFile);
    // The file is named after the county until a name is typed or chosen for it.
    auto fileTouched = std::make_shared<bool>(false);
    connect(m_file, &QLineEdit::textEdited, this, [fileTouched] { *fileTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this, fileTouched](const QString &name) {
        if (*fileTouched || name.trimmed().isEmpty())
            return;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_file->setText(QDir(folder).filePath(name.trimmed() + QStringLiteral(".db")));
    });
    auto *form = new QFormLayout(page);
    form->addRow(tr("County code (统计用区划代码):"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("English name:"), m_nameEn);
    form->addRow(QString(), m_city);
    form->addRow(tr("File:"), withBrowse(m_file, browse));
    page->complete = [this] {
        return !m_file->text().trimmed().isEmpty() && !m_code->text().trimmed().isEmpty() &&
               !m_name->text().trimmed().isEmpty();
    };
    page->validate = [this] {
        if (QFileInfo::exists(filePath())) {
            QMessageBox::warning(this, tr("New county"),
                                 tr("%1 already exists. Choose another name: a new county is never "
                                    "written over a file.")
                                     .arg(QDir::toNativeSeparators(filePath())));
            return false;
        }
        return true;
    };
    for (QLineEdit *edit : {m_file, m_code, m_name})
        connect(edit, &QLineEdit::textChanged, page, &FormPage::changed);
    return page;
}

QWizardPage *NewCountyWizard::makeCataloguePage()
{
    auto *page = new FormPage;
    page->setObjectName(QStringLiteral("CataloguePage"));
    page->setTitle(tr("Indicator catalogue"));
    page->setSubTitle(tr("The categories and indicators the county reports on. Start from the "
                         "standard set and prune it later in Edit → Indicator catalogue…"));
    m_catalogue = new QButtonGroup(this);
    auto *layout = new QVBoxLayout(page);
    const std::pair<NewCounty::Catalogue, QString> choices[] = {
        {NewCounty::Catalogue::Standard,
         tr("The standard set: 6 categories, 75 indicators with units, rules and narratives")},
        {NewCounty::Catalogue::OtherDatabase, tr("Copy from another Zhenxing file (.db)")},
        {NewCounty::Catalogue::File, tr("A catalogue file (.csv or .xlsx, as Import reads it)")},
        {NewCounty::Catalogue::None, tr("Empty: import categories and indicators later")},
    };
    for (const auto &[choice, text] : choices) {
        auto *button = new QRadioButton(text);
        button->setObjectName(QStringLiteral("Catalogue%1").arg(int(choice)));
        m_catalogue->addButton(button, int(choice));
        layout->addWidget(button);
    }
    m_catalogue->button(int(NewCounty::Catalogue::Standard))->setChecked(true);
    m_catalogueSource = new QLineEdit;
    m_catalogueSource->setObjectName(QStringLiteral("CatalogueSourceEdit"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &NewCountyWizard::browseCatalogue);
    auto *source = new QFormLayout;
    source->addRow(tr("File to take it from:"), withBrowse(m_catalogueSource, browse));
    layout->addLayout(source);
    layout->addStretch();
    const auto needsSource = [this] {
        const auto id = NewCounty::Catalogue(m_catalogue->checkedId());
        return id == NewCounty::Catalogue::File || id == NewCounty::Catalogue::OtherDatabase;
    };
    const auto sync = [this, needsSource, browse, page] {
        m_catalogueSource->setEnabled(needsSource());
        browse->setEnabled(needsSource());
        page->changed();
    };
    connect(m_catalogue, &QButtonGroup::idToggled, this, sync);
    connect(m_catalogueSource, &QLineEdit::textChanged, page, &FormPage::changed);
    sync();
    page->complete = [this, needsSource] {
        return !needsSource() || !m_catalogueSource->text().trimmed().isEmpty();
    };
    return page;
}

QWizardPage *NewCountyWizard::makeRegionsPage()
{
    auto *page = new FormPage;
    page->setObjectName(QStringLiteral("RegionsPage"));
    page->setTitle(tr("Regions"));
    page->setSubTitle(tr("The townships and villages under the county. Type them in (the parent "
                         "is a township's code; empty means the county itself), or take a "
                         "regions file. Both can be changed later."));
    auto *layout = new QVBoxLayout(page);
    m_regionsTyped = new QRadioButton(tr("Type them in"));
    m_regionsTyped->setObjectName(QStringLiteral("RegionsTyped"));
    m_regionsTyped->setChecked(true);
    m_regionsFromFile = new QRadioButton(tr("From a regions file (.csv or .xlsx: code, name, "
                                            "name_en, parent_code, level, sort_order, retired)"));
    m_regionsFromFile->setObjectName(QStringLiteral("RegionsFromFile"));
    m_regionTable = new QTableWidget(0, 3);
    m_regionTable->setObjectName(QStringLiteral("RegionTable"));
    m_regionTable->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Parent code")});
    m_regionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_regionTable->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add region"));
    add->setObjectName(QStringLiteral("AddRegionButton"));
    auto *remove = new QPushButton(tr("Remove region"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRegionRow(QString(), QString(), QString());
        m_regionTable->editItem(m_regionTable->item(m_regionTable->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_regionTable->currentRow() >= 0)
            m_regionTable->removeRow(m_regionTable->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    m_regionsFile = new QLineEdit;
    m_regionsFile->setObjectName(QStringLiteral("RegionsFileEdit"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &NewCountyWizard::browseRegions);
    layout->addWidget(m_regionsTyped);
    layout->addWidget(m_regionTable, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_regionsFromFile);
    layout->addWidget(withBrowse(m_regionsFile, browse));
    const auto sync = [this, add, remove, browse, page] {
        const bool typed = m_regionsTyped->isChecked();
        m_regionTable->setEnabled(typed);
        add->setEnabled(typed);
        remove->setEnabled(typed);
        m_regionsFile->setEnabled(!typed);
        browse->setEnabled(!typed);
        page->changed();
    };
    connect(m_regionsTyped, &QRadioButton::toggled, this, sync);
    connect(m_regionsFile, &QLineEdit::textChanged, page, &FormPage::changed);
    sync();
    page->complete = [this] {
        return m_regionsTyped->isChecked() || !m_regionsFile->text().trimmed().isEmpty();
    };
    return page;
}

QWizardPage *NewCountyWizard::makeStartPage()
{
    auto *page = new FormPage;
    page->setObjectName(QStringLiteral("StartPage"));
    page->setTitle(tr("Start"));
    page->setSubTitle(tr("The year the county starts in, and its first administrator: you."));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("StartYearBox"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    auto *user = new QLabel(systemUserName());
    user->setObjectName(QStringLiteral("AdministratorLabel"));
    m_displayName = new QLineEdit;
    m_displayName->setObjectName(QStringLiteral("DisplayNameEdit"));
    m_displayName->setPlaceholderText(tr("optional, e.g. 张三"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("SummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Start year:"), m_year);
    form->addRow(tr("Administrator (this computer's user):"), user);
    form->addRow(tr("Display name:"), m_displayName);
    form->addRow(m_summary);
    connect(m_year, &QSpinBox::valueChanged, this, &NewCountyWizard::updateSummary);
    return page;
}

QRadioButton *NewCountyWizard::catalogueButton(NewCounty::Catalogue choice) const
{
    return qobject_cast<QRadioButton *>(m_catalogue->button(int(choice)));
}

void NewCountyWizard::addRegionRow(const QString &code, const QString &name, const QString &parent)
{
    const int row = m_regionTable->rowCount();
    m_regionTable->insertRow(row);
    m_regionTable->setItem(row, 0, new QTableWidgetItem(code));
    m_regionTable->setItem(row, 1, new QTableWidgetItem(name));
    m_regionTable->setItem(row, 2, new QTableWidgetItem(parent));
}

QString NewCountyWizard::filePath() const
{
    // A name typed without an ending is a Zhenxing database: "county" → "county.db".
    return withFilterSuffix(m_file->text().trimmed(), QString(), QStringLiteral("(*.db *.zhenxing)"));
}

NewCounty NewCountyWizard::county() const
{
    NewCounty c;
    c.regionCode = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.nameEn = m_nameEn->text().trimmed();
    c.level = m_city->isChecked() ? RegionLevel::City : RegionLevel::County;
    c.catalogue = NewCounty::Catalogue(m_catalogue->checkedId());
    if (c.catalogue == NewCounty::Catalogue::File || c.catalogue == NewCounty::Catalogue::OtherDatabase)
        c.catalogueSource = m_catalogueSource->text().trimmed();
    if (m_regionsTyped->isChecked()) {
        for (int row = 0; row < m_regionTable->rowCount(); ++row) {
            Region r;
            r.code = cell(m_regionTable, row, 0);
            r.name = cell(m_regionTable, row, 1);
            r.parentCode = cell(m_regionTable, row, 2);
            if (r.code.isEmpty() && r.name.isEmpty() && r.parentCode.isEmpty())
                continue; // an empty row added and left
            r.sortOrder = row + 1;
            c.regions.push_back(r);
        }
    } else {
        c.regionsFile = m_regionsFile->text().trimmed();
    }
    c.startYear = m_year->value();
    c.administrator = systemUserName();
    c.administratorDisplayName = m_displayName->text().trimmed();
    return c;
}

void NewCountyWizard::updateSummary()
{
    const NewCounty c = county();
    QString catalogue;
    switch (c.catalogue) {
    case NewCounty::Catalogue::Standard: catalogue = tr("the standard set"); break;
    case NewCounty::Catalogue::None: catalogue = tr("empty"); break;
    case NewCounty::Catalogue::File:
    case NewCounty::Catalogue::OtherDatabase:
        catalogue = QFileInfo(c.catalogueSource).fileName();
        break;
    }
    const QString regions = c.regionsFile.isEmpty()
                                ? tr("%n region(s) typed in", nullptr, int(c.regions.size()))
                                : QFileInfo(c.regionsFile).fileName();
    m_summary->setText(tr("Finish creates %1 for %2 (%3): catalogue %4; regions: %5; from %6.")
                           .arg(QDir::toNativeSeparators(filePath()), c.name, c.regionCode,
                                catalogue, regions)
                           .arg(m_year->value()));
}

void NewCountyWizard::browseFile()
{
    const QString path = getSaveFileName(this, tr("New county"), filePath(),
                                         tr("Zhenxing databases (*.db *.zhenxing)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void NewCountyWizard::browseCatalogue()
{
    const bool database = m_catalogue->checkedId() == int(NewCounty::Catalogue::OtherDatabase);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Catalogue"), QString(),
        database ? tr("Zhenxing databases (*.db *.zhenxing)") : tr("Catalogue files (*.csv *.xlsx)"));
    if (!path.isEmpty())
        m_catalogueSource->setText(path);
}

void NewCountyWizard::browseRegions()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Regions file"), QString(),
                                                      tr("Regions files (*.csv *.xlsx)"));
    if (!path.isEmpty())
        m_regionsFile->setText(path);
}

void NewCountyWizard::accept()
{
    auto created = createCounty(filePath(), county());
    if (!created) {
        QMessageBox::warning(this, tr("New county"), created.error());
        return; // stays open: the user corrects what the message names
    }
    m_created = filePath();
    QWizard::accept();
}

} // namespace zx
