#pragma once

#include "domain/types.h"

#include <QDate>

namespace zx::deadline {

// When a quarter's figures are due: day `deadlineDay` of the month after the quarter (the
// office's setting, OfficeSettings::deadlineDay), so with 10 the figures of 2023 Q3 are due on
// 2023-10-10 and those of 2023 Q4 on 2024-01-10. A day the month does not have is its last day
// (31 → 30 April). Invalid (no deadline) when `deadlineDay` is 0 or out of 1..31, or the
// quarter is not 1..4. Pure: no database, no clock.
QDate dueDate(int year, int quarter, int deadlineDay);

// Whether a quarter in `state` is overdue on `today`: it has a deadline, `today` is after it,
// and it has not been handed in (draft or returned). Due on the day itself is not overdue.
bool isOverdue(const QDate &due, PeriodState state, const QDate &today);

// Whole days from the deadline to `today` (positive once overdue, 0 on the day).
int daysPast(const QDate &due, const QDate &today);

} // namespace zx::deadline
