#include "newyeardialog.h"

#include "entry/newyear.h"
#include "session/workspace.h"

#include <QButtonGroup>
#include <QDate>
#include <QHBoxLayout>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace zx {

NewYearDialog::NewYearDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_year(new QSpinBox(this)),
      m_copy(new QRadioButton(tr("&Copy last year's targets and milestones"), this)),
      m_scale(new QRadioButton(tr("&Scale last year's targets by"), this)),
      m_none(new QRadioButton(tr("&No targets (enter or import them later)"), this)),
      m_factor(new QDoubleSpinBox(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("New year"));
    setObjectName(QStringLiteral("NewYearDialog"));
    const int now = QDate::currentDate().year();
    // The year after the newest year with figures (this year in a file without any), at most
    // next year.
    const std::vector<int> years = m_workspace->figureYears();
    const int proposed = years.empty() ? now : std::min(now + 1, years.back() + 1);
    m_year->setRange(1900, now + 1);
    m_year->setValue(proposed);
    m_year->setObjectName(QStringLiteral("NewYearYear"));
    m_factor->setRange(0.01, 100);
    m_factor->setDecimals(4);
    m_factor->setSingleStep(0.01);
    m_factor->setValue(1.05);
    m_factor->setObjectName(QStringLiteral("NewYearFactor"));
    m_copy->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_copy);
    group->addButton(m_scale);
    group->addButton(m_none);
    m_factor->setEnabled(false);
    connect(m_scale, &QRadioButton::toggled, m_factor, &QWidget::setEnabled);
    m_message->setObjectName(QStringLiteral("NewYearMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));

    auto *form = new QFormLayout;
    form->addRow(tr("Year to start:"), m_year);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_copy);
    auto *scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(m_factor);
    scaleRow->addStretch(1);
    layout->addLayout(scaleRow);
    layout->addWidget(m_none);
    auto *note = new QLabel(tr("The targets are a draft: review them under Edit → Targets…. "
                               "Scaled targets are rounded half away from zero to at most 6 "
                               "decimals; baselines and milestones are copied as they are."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start the year"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewYearDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void NewYearDialog::accept()
{
    NewYearTargets how;
    if (m_scale->isChecked()) {
        // The spin box's value as the decimal it shows (4 decimals), never a binary fraction.
        const auto factor = Decimal::parse(QString::number(m_factor->value(), 'f', m_factor->decimals()));
        if (!factor) {
            m_message->setText(tr("The factor is not a number"));
            return;
        }
        how = {NewYearTargets::Mode::Scale, *factor};
    } else if (m_none->isChecked()) {
        how.mode = NewYearTargets::Mode::None;
    }
    const int year = m_year->value();
    auto written = m_workspace->startNewYear(year, how, tr("Start %1").arg(year));
    if (!written) {
        m_message->setText(written.error());
        return;
    }
    m_started = year;
    m_written = *written;
    QDialog::accept();
}

} // namespace zx
