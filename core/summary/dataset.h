#pragma once

#include "domain/types.h"
#include "result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace zx {

class Database;

// Everything the computations need for a span of years, read in a few queries and indexed
// in memory: the catalogue, the region tree, the stored figures and the targets. Built once
// per view or command; the computations then never go back to the database.
class Dataset
{
public:
    static Result<Dataset> load(Database &db, int fromYear, int toYear);

    const std::vector<Category> &categories() const { return m_categories; }
    const std::vector<Indicator> &indicators() const { return m_indicators; }
    const std::vector<Region> &regions() const { return m_regions; }
    const std::vector<Value> &values() const { return m_values; }
    // The span loaded, narrowed to the years that hold figures.
    int fromYear() const { return m_fromYear; }
    int toYear() const { return m_toYear; }

    const Indicator *indicator(const QString &code) const;
    const Region *region(const QString &code) const;
    const QStringList &children(const QString &regionCode) const;
    // Indicators whose parent (total) is `code`, in catalogue order.
    const QStringList &parts(const QString &indicatorCode) const;

    const std::optional<Decimal> &stored(const QString &indicator, const QString &region, int year,
                                         int quarter) const;
    const Target *target(const QString &indicator, const QString &region, int year) const;
    // Whether any figure of the indicator is stored on the region in that year.
    bool hasStoredYear(const QString &indicator, const QString &region, int year) const;

    static QString key(const QString &indicator, const QString &region, int year, int quarter = 0);

    // Replaces one stored figure in memory (nullopt removes it), so that validation can judge a
    // block of new figures together before any of them is written. Evaluators built before
    // the change keep their memoised figures: build a new one afterwards.
    void overlay(const QString &indicator, const QString &region, int year, int quarter,
                 const std::optional<Decimal> &value);

private:
    void index();

    std::vector<Category> m_categories;
    std::vector<Indicator> m_indicators;
    std::vector<Region> m_regions;
    std::vector<Value> m_values;
    std::vector<Target> m_targets;
    int m_fromYear = 0;
    int m_toYear = 0;

    QHash<QString, qsizetype> m_indicatorIndex;
    QHash<QString, qsizetype> m_regionIndex;
    QHash<QString, QStringList> m_children;
    QHash<QString, QStringList> m_parts;
    QHash<QString, std::optional<Decimal>> m_stored; // key with quarter
    QHash<QString, qsizetype> m_targetIndex;          // key without quarter
    QSet<QString> m_storedYears;                       // key without quarter
};

} // namespace zx
