#include "preferencesdialog.h"

#include "session/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>

namespace zx {

namespace {
const char *const LanguageKey = "ui/language";
const char *const LagBandKey = "dashboard/lagBand";
const char *const BackupsKeepKey = "backups/keep";
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_lagBand(new QDoubleSpinBox(this)),
      m_backupsToKeep(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));
    m_lagBand->setRange(1, 50);
    m_lagBand->setDecimals(0);
    m_lagBand->setSuffix(tr(" points"));
    m_lagBand->setValue(lagBand());
    m_backupsToKeep->setObjectName(QStringLiteral("backupsToKeep"));
    m_backupsToKeep->setRange(1, 100);
    m_backupsToKeep->setValue(backupsToKeep());
    m_backupsToKeep->setToolTip(tr("Copies are taken before an import, a catalogue change, a schema "
                                   "upgrade, a restore and the first change of each day, in a "
                                   "\"backups\" folder beside the database. Older ones are deleted."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(tr("The language changes at the next start."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("\"Lagging\" band below time progress:"), m_lagBand);
    form->addRow(tr("Automatic backups to keep per database:"), m_backupsToKeep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString PreferencesDialog::language()
{
    return QSettings().value(QLatin1String(LanguageKey)).toString();
}

double PreferencesDialog::lagBand()
{
    return QSettings().value(QLatin1String(LagBandKey), 10.0).toDouble();
}

int PreferencesDialog::backupsToKeep()
{
    return std::clamp(QSettings().value(QLatin1String(BackupsKeepKey), backups::DefaultKeep).toInt(), 1, 100);
}

void PreferencesDialog::applyBackupsToKeep()
{
    Workspace::setBackupsToKeep(backupsToKeep());
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(QLatin1String(LanguageKey), m_language->currentData().toString());
    settings.setValue(QLatin1String(LagBandKey), m_lagBand->value());
    settings.setValue(QLatin1String(BackupsKeepKey), m_backupsToKeep->value());
    applyBackupsToKeep();
    QDialog::accept();
}

} // namespace zx
