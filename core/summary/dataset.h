#pragma once

#include "domain/types.h"
#include "result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
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
    // Only what the figures of the `focus` regions and of their children need: the catalogue
    // and the whole region tree, the figures and targets stored on those regions, and the
    // roll-up cache for them (rollupstore), so nothing below the children is read — the
    // overview of a city reads a few thousand rows, not its villages' millions. An Evaluator
    // over it takes a region's roll-up from the cache and gives the same figures as over
    // load(). Falls back to load() when the cache is stale (a file changed by hand).
    static Result<Dataset> loadScoped(Database &db, const QStringList &focus, int fromYear,
                                      int toYear);
    // loadScoped for judging new figures of `regions` in place: the focus also holds every
    // ancestor of them, so that once figures are overlaid, each ancestor's roll-up is worked
    // out again from its children (stored figures and the cache) instead of the stale cache —
    // a county's total is judged against its villages as the block leaves them.
    static Result<Dataset> loadAround(Database &db, const QStringList &regions, int fromYear,
                                      int toYear);
    // What a scoped load reads: everything, or the figures alone — no targets, no comments,
    // no who and when — which is all the validation rules look at.
    enum class Reading { Everything, FiguresAlone };
    // loadScoped of `focus` with the catalogue and the region tree taken from `tree` (a Dataset
    // read before from the same file) instead of read again: for going through a file region
    // by region (streamChecks). The caller has made sure the roll-up cache is current
    // (rollupstore::isCurrent); nothing falls back to load() here.
    static Result<Dataset> loadScopedWithTree(Database &db, const Dataset &tree,
                                              const QStringList &focus, int fromYear, int toYear,
                                              Reading reading = Reading::Everything);
    // The catalogue and the region tree alone, no figures or targets: what the region tree,
    // the category pages and editors are built from.
    static Result<Dataset> loadCatalogue(Database &db);
    // Whether this holds only some regions' figures (loadScoped); rolledUp/rolledTarget then
    // stand in for rolling up the children.
    bool isScoped() const { return m_scoped; }
    // Whether the figures of `region` and its children are all here.
    bool covers(const QString &region) const { return !m_scoped || m_focus.contains(region); }
    std::optional<Decimal> rolledUp(const QString &indicator, const QString &region, int year,
                                    int quarter) const;
    // Whether the cached roll-up of the slot no longer holds because a figure below the region
    // was overlaid (scoped only): the Evaluator then rolls the children up itself.
    bool rollupStale(const QString &indicator, const QString &region, int year, int quarter) const
    {
        return !m_staleRollups.isEmpty() &&
               m_staleRollups.contains(slot(indicator, region, year, quarter));
    }
    std::optional<Decimal> rolledTarget(const QString &indicator, const QString &region,
                                        int year) const;

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
    // At least the largest magnitude of any figure stored or rolled up here (overlays only
    // raise it): the overflow rules skip what cannot reach the supported range.
    double largestMagnitude() const { return m_largest; }
    // The stored figure with its comment and who entered it; nullptr when there is none.
    const Value *storedValue(const QString &indicator, const QString &region, int year,
                             int quarter) const;
    const Target *target(const QString &indicator, const QString &region, int year) const;
    // Whether any figure of the indicator is stored on the region in that year.
    bool hasStoredYear(const QString &indicator, const QString &region, int year) const;

    static QString key(const QString &indicator, const QString &region, int year, int quarter = 0);

    // The in-memory key of a figure (period = year × 10 + quarter) or of a year (quarter 0):
    // the codes are shared, not copied into a new string for every lookup as key() does.
    struct Slot
    {
        QString indicator;
        QString region;
        int period = 0;
        friend bool operator==(const Slot &a, const Slot &b)
        {
            return a.period == b.period && a.indicator == b.indicator && a.region == b.region;
        }
        friend size_t qHash(const Slot &s, size_t seed = 0)
        {
            return qHashMulti(seed, s.indicator, s.region, s.period);
        }
    };
    static Slot slot(const QString &indicator, const QString &region, int year, int quarter = 0)
    {
        return {indicator, region, year * 10 + quarter};
    }

    // Replaces one stored figure in memory (nullopt removes it), so that validation can judge a
    // block of new figures together before any of them is written. On a scoped load the cached
    // roll-ups of the region's ancestors are marked stale (rollupStale): load with loadAround so
    // that their children are at hand. Evaluators built before the change keep their memoised
    // figures: build a new one afterwards.
    void overlay(const QString &indicator, const QString &region, int year, int quarter,
                 const std::optional<Decimal> &value);
    // Room for `figures` more overlaid figures, before overlaying a big block.
    void reserveOverlay(std::size_t figures);

private:
    static Result<Dataset> loadStructure(Database &db, int fromYear, int toYear);
    static Result<Dataset> fillScoped(Database &db, Dataset structure, const QStringList &focus,
                                      int fromYear, int toYear,
                                      Reading reading = Reading::Everything);
    void narrowYears();
    void markAncestorsStale(const QString &indicator, const QString &region, int year,
                            int quarter);
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
    QHash<Slot, std::optional<Decimal>> m_stored; // slot with quarter
    QHash<Slot, qsizetype> m_targetIndex;          // slot without quarter
    QSet<Slot> m_storedYears;                       // slot without quarter
    QHash<Slot, qsizetype> m_valueIndex;            // slot with quarter → m_values
    bool m_scoped = false;
    QStringList m_focus;
    QHash<Slot, Decimal> m_rolled;        // slot with quarter (scoped only)
    QHash<Slot, Decimal> m_rolledTargets; // slot without quarter (scoped only)
    QSet<Slot> m_staleRollups;            // slot with quarter (scoped, after overlay)
    double m_largest = 0;                 // largestMagnitude()
    void noteMagnitude(const Decimal &v) { m_largest = std::max(m_largest, std::abs(v.toDouble())); }
};

} // namespace zx
