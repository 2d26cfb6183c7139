#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace zx {

namespace {
const char *const LanguageKey = "ui/language";
const char *const LagBandKey = "dashboard/lagBand";
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_lagBand(new QDoubleSpinBox(this))
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

    auto *form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(tr("The language changes at the next start."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("\"Lagging\" band below time progress:"), m_lagBand);
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

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(QLatin1String(LanguageKey), m_language->currentData().toString());
    settings.setValue(QLatin1String(LagBandKey), m_lagBand->value());
    QDialog::accept();
}

} // namespace zx
