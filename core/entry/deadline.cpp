#include "deadline.h"

#include <algorithm>

namespace zx::deadline {

QDate dueDate(int year, int quarter, int deadlineDay)
{
    if (quarter < 1 || quarter > 4 || deadlineDay < 1 || deadlineDay > 31)
        return {};
    // The month after the quarter's last month: Q1 → April, …, Q4 → January of the next year.
    const int month = quarter * 3 + 1;
    const QDate first = month > 12 ? QDate(year + 1, month - 12, 1) : QDate(year, month, 1);
    return first.addDays(std::min(deadlineDay, first.daysInMonth()) - 1);
}

bool isOverdue(const QDate &due, PeriodState state, const QDate &today)
{
    const bool handedIn = state == PeriodState::Submitted || state == PeriodState::Approved;
    return due.isValid() && today.isValid() && !handedIn && today > due;
}

int daysPast(const QDate &due, const QDate &today)
{
    return due.isValid() && today.isValid() ? int(due.daysTo(today)) : 0;
}

} // namespace zx::deadline
