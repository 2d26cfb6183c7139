#pragma once

#include <QWidget>

#include <vector>

class QComboBox;

namespace zx {

// The year and quarter every view shows. Quarter 4 is the whole year (year to date at Q4).
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodPicker(QWidget *parent = nullptr);

    void setYears(const std::vector<int> &years); // keeps the chosen year when still offered
    void setPeriod(int year, int quarter);
    int year() const;
    int quarter() const;
    QComboBox *yearBox() const { return m_year; }
    QComboBox *quarterBox() const { return m_quarter; }

signals:
    void periodChanged(int year, int quarter);

private:
    QComboBox *m_year;
    QComboBox *m_quarter;
};

} // namespace zx
