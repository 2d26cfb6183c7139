#pragma once

#include "setup/newcounty.h"

#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace zx {

// File → New county… (建账): where the file goes, the county's code and names, its catalogue
// (the standard set, another Zhenxing file, a catalogue file, or empty), its regions (typed
// into a small table of code, name and parent, or a regions file), the start year and the
// first administrator (the system user). Finish creates the file through core's
// createCounty — all or nothing; a refusal is shown and the wizard stays open — and
// createdPath() then names it for the caller to open.
class NewCountyWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { CountyPageId, CataloguePageId, RegionsPageId, StartPageId };

    explicit NewCountyWizard(QWidget *parent = nullptr);

    // What the pages say, as core takes it.
    NewCounty county() const;
    QString filePath() const;
    // The file made by Finish; empty until then.
    QString createdPath() const { return m_created; }

    // Widgets, for tests and screenshots.
    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nameEnEdit() const { return m_nameEn; }
    QRadioButton *catalogueButton(NewCounty::Catalogue choice) const;
    QLineEdit *catalogueSourceEdit() const { return m_catalogueSource; }
    QTableWidget *regionTable() const { return m_regionTable; }
    QRadioButton *regionsTypedButton() const { return m_regionsTyped; }
    QRadioButton *regionsFileButton() const { return m_regionsFromFile; }
    QLineEdit *regionsFileEdit() const { return m_regionsFile; }
    QSpinBox *startYearBox() const { return m_year; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    // Adds a row to the regions table (the "Add region" button with the cells filled).
    void addRegionRow(const QString &code, const QString &name, const QString &parent);

    void accept() override;

private:
    QWizardPage *makeCountyPage();
    QWizardPage *makeCataloguePage();
    QWizardPage *makeRegionsPage();
    QWizardPage *makeStartPage();
    void browseFile();
    void browseCatalogue();
    void browseRegions();
    void updateSummary();

    QLineEdit *m_file = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QCheckBox *m_city = nullptr;
    QButtonGroup *m_catalogue = nullptr;
    QLineEdit *m_catalogueSource = nullptr;
    QRadioButton *m_regionsTyped = nullptr;
    QRadioButton *m_regionsFromFile = nullptr;
    QTableWidget *m_regionTable = nullptr;
    QLineEdit *m_regionsFile = nullptr;
    QSpinBox *m_year = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLabel *m_summary = nullptr;
    QString m_created;
};

} // namespace zx
