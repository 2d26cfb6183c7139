#include "periodpicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace zx {

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent), m_year(new QComboBox(this)), m_quarter(new QComboBox(this))
{
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(q == 4 ? tr("Q4 (whole year)") : tr("Q%1").arg(q), q);
    m_year->setAccessibleName(tr("Year"));
    m_quarter->setAccessibleName(tr("Quarter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period:"), this));
    layout->addWidget(m_year);
    layout->addWidget(m_quarter);
    const auto changed = [this] { emit periodChanged(year(), quarter()); };
    connect(m_year, &QComboBox::currentIndexChanged, this, changed);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, changed);
}

void PeriodPicker::setYears(const std::vector<int> &years)
{
    const int previous = year();
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (auto it = years.rbegin(); it != years.rend(); ++it)
        m_year->addItem(QString::number(*it), *it);
    const int keep = m_year->findData(previous);
    m_year->setCurrentIndex(keep >= 0 ? keep : 0);
}

void PeriodPicker::setPeriod(int year, int quarter)
{
    {
        const QSignalBlocker blockYear(m_year);
        const QSignalBlocker blockQuarter(m_quarter);
        const int y = m_year->findData(year);
        if (y >= 0)
            m_year->setCurrentIndex(y);
        m_quarter->setCurrentIndex(std::clamp(quarter, 1, 4) - 1);
    }
    emit periodChanged(this->year(), this->quarter());
}

int PeriodPicker::year() const
{
    return m_year->currentData().toInt();
}

int PeriodPicker::quarter() const
{
    return m_quarter->currentData().toInt();
}

} // namespace zx
