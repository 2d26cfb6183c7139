#include "catalogueentry.h"

#include "domain/enums.h"
#include "entry/workflow.h"
#include "storage/auditstore.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace zx {

namespace {

Outcome checkCode(const QString &code)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_]+$"));
    if (code.isEmpty())
        return Error{QCoreApplication::translate("zx::Catalogue", "A code is required")};
    if (!valid.match(code).hasMatch())
        return Error{QCoreApplication::translate(
                         "zx::Catalogue",
                         "The code '%1' may hold only letters, digits and '_'")
                         .arg(code)};
    return Outcome::success();
}

Outcome checkAdministrator(Database &db, const QString &userName)
{
    auto account = workflow::accountOf(db, userName);
    if (!account)
        return Error{account.error()};
    if (account->role != Role::Administrator)
        return Error{QCoreApplication::translate(
                         "zx::Catalogue",
                         "Only an administrator may change the indicator catalogue; %1 is a %2")
                         .arg(userName, roleLabel(account->role))};
    return Outcome::success();
}

Outcome checkNewOrKnown(const QString &code, bool exists, bool isNew)
{
    if (isNew && exists)
        return Error{QCoreApplication::translate("zx::Catalogue", "The code '%1' is already in use")
                         .arg(code)};
    if (!isNew && !exists)
        return Error{QCoreApplication::translate("zx::Catalogue", "There is no '%1' to change")
                         .arg(code)};
    return Outcome::success();
}

QString categorySummary(const Category &c)
{
    return QStringLiteral("%1 / %2; order %3").arg(c.name, c.nameEn).arg(c.sortOrder);
}

// A short, stable summary of the attributes for the audit trail (codes, not translations).
QString indicatorSummary(const Indicator &i)
{
    QStringList parts{
        QStringLiteral("%1 / %2 [%3]").arg(i.name, i.nameEn, i.categoryCode),
        QStringLiteral("%1, %2 dp").arg(i.unit).arg(i.decimals),
        toCode(i.accumulation) + u'/' + toCode(i.aggregation),
        toCode(i.targetMode) + u'/' + toCode(i.kind)};
    if (i.isRatio())
        parts << QStringLiteral("%1 / %2 × %3").arg(i.numeratorCode, i.denominatorCode)
                     .arg(i.ratioScale);
    if (i.minValue || i.maxValue)
        parts << QStringLiteral("%1..%2").arg(i.minValue ? i.minValue->toString() : QString(),
                                             i.maxValue ? i.maxValue->toString() : QString());
    if (!i.parentCode.isEmpty())
        parts << QStringLiteral("part of %1 (%2)").arg(i.parentCode, toCode(i.partRule));
    if (!i.partTolerance.isZero())
        parts << QStringLiteral("parts within %1").arg(i.partTolerance.toString());
    if (i.headline)
        parts << QStringLiteral("headline");
    if (i.retired)
        parts << QStringLiteral("retired");
    return parts.join(QStringLiteral("; "));
}

Outcome audit(Database &db, const char *action, const QString &indicatorCode,
              const QString &oldText, const QString &newText, const QString &userName)
{
    AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    e.user = userName;
    e.action = QString::fromLatin1(action);
    e.indicatorCode = indicatorCode;
    e.oldValue = oldText;
    e.newValue = newText;
    return auditstore::append(db, e);
}

// Why an indicator is refused, and the attribute (catalogue CSV column) at fault.
struct Problem
{
    QString field;
    QString message;
};
using Check = std::optional<Problem>;

Check problem(const char *field, const QString &message)
{
    return Problem{QString::fromLatin1(field), message};
}

Check checkRatio(const Indicator &i, const QHash<QString, Indicator> &all)
{
    if (!i.isRatio())
        return std::nullopt;
    if (i.numeratorCode.isEmpty() || i.denominatorCode.isEmpty())
        return problem(i.numeratorCode.isEmpty() ? "numerator" : "denominator",
                       QCoreApplication::translate(
                           "zx::Catalogue", "The ratio %1 needs a numerator and a denominator")
                           .arg(i.code));
    for (const QString &part : {i.numeratorCode, i.denominatorCode}) {
        if (part == i.code || !all.contains(part))
            return problem(part == i.numeratorCode ? "numerator" : "denominator",
                           QCoreApplication::translate(
                               "zx::Catalogue", "The ratio %1 cannot be computed from '%2'")
                               .arg(i.code, part));
    }
    return std::nullopt;
}

// Parent and rule come together; the parent exists, is not the indicator or one of its
// own parts, and every part of one total follows the same rule.
Check checkParent(const Indicator &i, const QHash<QString, Indicator> &all)
{
    if (i.parentCode.isEmpty() != (i.partRule == PartRule::None))
        return problem(i.parentCode.isEmpty() ? "parent" : "part_rule",
                       QCoreApplication::translate(
                           "zx::Catalogue", "%1: a parent (total) and a part rule go together")
                           .arg(i.code));
    if (i.parentCode.isEmpty())
        return std::nullopt;
    if (!all.contains(i.parentCode))
        return problem("parent", QCoreApplication::translate("zx::Entry", "Unknown indicator '%1'")
                                     .arg(i.parentCode));
    QString up = i.parentCode;
    for (int depth = 0; !up.isEmpty() && depth <= all.size(); ++depth) {
        if (up == i.code)
            return problem("parent", QCoreApplication::translate(
                                         "zx::Catalogue",
                                         "%1 cannot be a part of %2: %2 is %1 itself or one of its parts")
                                         .arg(i.code, i.parentCode));
        up = all.value(up).parentCode;
    }
    // Parts add up to their total only in the total's unit: 万元 under 亿元 would be summed as
    // if they were the same money.
    const Indicator &total = all[i.parentCode];
    if (total.unit != i.unit)
        return problem("unit", QCoreApplication::translate(
                                   "zx::Catalogue",
                                   "%1 is counted in '%2' but its total %3 in '%4': a part takes "
                                   "its total's unit")
                                   .arg(i.code, i.unit, total.code, total.unit));
    for (const Indicator &sibling : all)
        if (sibling.code != i.code && sibling.parentCode == i.parentCode &&
            sibling.partRule != i.partRule)
            return problem("part_rule", QCoreApplication::translate(
                                            "zx::Catalogue", "The parts of %1 follow the rule %2; %3 must too")
                                            .arg(i.parentCode, toCode(sibling.partRule), i.code));
    return std::nullopt;
}

Check checkIndicator(const Indicator &i, const QHash<QString, Indicator> &all,
                     const std::vector<Category> &categories)
{
    if (i.name.trimmed().isEmpty() && i.nameEn.trimmed().isEmpty())
        return problem("name", QCoreApplication::translate("zx::Catalogue", "The indicator %1 needs a name")
                                   .arg(i.code));
    if (std::none_of(categories.begin(), categories.end(),
                     [&](const Category &c) { return c.code == i.categoryCode; }))
        return problem("category", QCoreApplication::translate("zx::Catalogue", "Unknown category '%1'")
                                       .arg(i.categoryCode));
    if (i.decimals < 0 || i.decimals > Decimal::MaxScale)
        return problem("decimals", QCoreApplication::translate(
                                       "zx::Catalogue", "%1: decimals must be 0 to 6, not %2")
                                       .arg(i.code)
                                       .arg(i.decimals));
    if (i.minValue && i.maxValue && *i.minValue > *i.maxValue)
        return problem("min", QCoreApplication::translate(
                                  "zx::Catalogue", "%1: the minimum %2 is above the maximum %3")
                                  .arg(i.code, i.minValue->toString(), i.maxValue->toString()));
    if (i.partTolerance.isNegative())
        return problem("part_tolerance",
                       QCoreApplication::translate(
                           "zx::Catalogue", "%1: the tolerance of its parts cannot be negative (%2)")
                           .arg(i.code, i.partTolerance.toString()));
    for (const Indicator &part : all)
        if (part.parentCode == i.code && part.code != i.code && part.unit != i.unit)
            return problem("unit", QCoreApplication::translate(
                                       "zx::Catalogue",
                                       "%1 is counted in '%2' but its part %3 in '%4': a total "
                                       "takes the unit of its parts")
                                       .arg(i.code, i.unit, part.code, part.unit));
    if (auto found = checkRatio(i, all))
        return found;
    return checkParent(i, all);
}

// The stored catalogue (by code) and categories.
struct Catalogue
{
    QHash<QString, Indicator> indicators;
    std::vector<Category> categories;
};

Result<Catalogue> storedCatalogue(Database &db)
{
    auto indicators = catalogstore::indicators(db);
    if (!indicators)
        return Error{indicators.error()};
    auto categories = catalogstore::categories(db);
    if (!categories)
        return Error{categories.error()};
    Catalogue c;
    for (const Indicator &i : *indicators)
        c.indicators.insert(i.code, i);
    c.categories = *categories;
    return c;
}

// Every indicator of the batch against the catalogue as it would be with all of them saved.
std::vector<IndicatorProblem> checkBatch(Catalogue catalogue,
                                         const std::vector<Indicator> &indicators,
                                         const std::vector<bool> &isNew)
{
    std::vector<IndicatorProblem> problems;
    QHash<QString, Indicator> &all = catalogue.indicators;
    for (std::size_t k = 0; k < indicators.size(); ++k) {
        const Indicator &i = indicators[k];
        if (auto ok = checkCode(i.code); !ok)
            problems.push_back({k, QStringLiteral("code"), ok.error()});
        else if (auto ok = checkNewOrKnown(i.code, all.contains(i.code), k < isNew.size() && isNew[k]); !ok)
            problems.push_back({k, QStringLiteral("code"), ok.error()});
    }
    for (const Indicator &i : indicators)
        all.insert(i.code, i); // the catalogue as it would be
    for (std::size_t k = 0; k < indicators.size(); ++k)
        if (auto found = checkIndicator(indicators[k], all, catalogue.categories))
            problems.push_back({k, found->field, found->message});
    return problems;
}

} // namespace

Outcome saveCategory(Database &db, const Category &category, bool isNew, const QString &userName)
{
    if (auto ok = checkCode(category.code); !ok)
        return ok;
    if (category.name.trimmed().isEmpty() && category.nameEn.trimmed().isEmpty())
        return Error{QCoreApplication::translate("zx::Catalogue", "The category %1 needs a name")
                         .arg(category.code)};
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = checkAdministrator(db, userName); !ok)
        return ok;
    auto categories = catalogstore::categories(db);
    if (!categories)
        return Error{categories.error()};
    const auto old = std::find_if(categories->begin(), categories->end(),
                                  [&](const Category &c) { return c.code == category.code; });
    if (auto ok = checkNewOrKnown(category.code, old != categories->end(), isNew); !ok)
        return ok;
    const QString oldText = isNew ? QString() : categorySummary(*old);
    if (auto ok = isNew ? catalogstore::insertCategory(db, category)
                        : catalogstore::updateCategory(db, category);
        !ok)
        return ok;
    if (auto ok = audit(db, "catalogue.category", QString(),
                        isNew ? QString() : category.code + u' ' + oldText,
                        category.code + u' ' + categorySummary(category), userName);
        !ok)
        return ok;
    return tx.commit();
}

Outcome saveIndicator(Database &db, const Indicator &indicator, bool isNew,
                      const QString &userName)
{
    if (auto ok = checkCode(indicator.code); !ok)
        return ok;
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = checkAdministrator(db, userName); !ok)
        return ok;
    auto indicators = catalogstore::indicators(db);
    if (!indicators)
        return Error{indicators.error()};
    auto categories = catalogstore::categories(db);
    if (!categories)
        return Error{categories.error()};
    QHash<QString, Indicator> all;
    for (const Indicator &i : *indicators)
        all.insert(i.code, i);
    const auto old = all.constFind(indicator.code);
    const bool exists = old != all.cend();
    if (auto ok = checkNewOrKnown(indicator.code, exists, isNew); !ok)
        return ok;
    const QString oldText = exists ? indicatorSummary(*old) : QString();
    all.insert(indicator.code, indicator); // the catalogue as it would be
    if (auto found = checkIndicator(indicator, all, *categories))
        return Error{found->message};
    if (auto ok = isNew ? catalogstore::insertIndicator(db, indicator)
                        : catalogstore::updateIndicator(db, indicator);
        !ok)
        return ok;
    if (auto ok = audit(db, "catalogue.indicator", indicator.code, oldText,
                        indicatorSummary(indicator), userName);
        !ok)
        return ok;
    return tx.commit();
}

} // namespace zx

namespace zx {

Outcome checkMayChangeCatalogue(Database &db, const QString &userName)
{
    return checkAdministrator(db, userName);
}

Outcome checkCategory(const Category &category)
{
    if (auto ok = checkCode(category.code); !ok)
        return ok;
    if (category.name.trimmed().isEmpty() && category.nameEn.trimmed().isEmpty())
        return Error{QCoreApplication::translate("zx::Catalogue", "The category %1 needs a name")
                         .arg(category.code)};
    return Outcome::success();
}

namespace {

// `stored` with `batch` saved over it (changed ones replaced, new ones added).
std::vector<Category> withCategories(std::vector<Category> stored, const std::vector<Category> &batch)
{
    for (const Category &c : batch) {
        const auto it = std::find_if(stored.begin(), stored.end(),
                                     [&](const Category &s) { return s.code == c.code; });
        if (it != stored.end())
            *it = c;
        else
            stored.push_back(c);
    }
    return stored;
}

} // namespace

Result<std::vector<IndicatorProblem>> checkIndicators(Database &db,
                                                      const std::vector<Indicator> &indicators,
                                                      const std::vector<bool> &isNew,
                                                      const std::vector<Category> &extraCategories)
{
    auto stored = storedCatalogue(db);
    if (!stored)
        return Error{stored.error()};
    Catalogue catalogue = std::move(stored).value();
    catalogue.categories = withCategories(std::move(catalogue.categories), extraCategories);
    return checkBatch(std::move(catalogue), indicators, isNew);
}

Outcome saveIndicators(Database &db, const std::vector<Indicator> &indicators,
                       const std::vector<bool> &isNew, const QString &userName,
                       const std::function<bool(qint64, qint64)> &keepGoing)
{
    return saveCatalogue(db, {}, {}, indicators, isNew, userName, keepGoing);
}

Outcome saveCatalogue(Database &db, const std::vector<Category> &categories,
                      const std::vector<bool> &categoryIsNew,
                      const std::vector<Indicator> &indicators, const std::vector<bool> &isNew,
                      const QString &userName, const std::function<bool(qint64, qint64)> &keepGoing)
{
    if (indicators.size() != isNew.size() || categories.size() != categoryIsNew.size())
        return Error{QStringLiteral("saveCatalogue: %1 indicators, %2 flags; %3 categories, %4 flags")
                         .arg(indicators.size())
                         .arg(isNew.size())
                         .arg(categories.size())
                         .arg(categoryIsNew.size())};
    if (indicators.empty() && categories.empty())
        return Outcome::success();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    if (auto ok = checkAdministrator(db, userName); !ok)
        return ok;
    auto stored = storedCatalogue(db);
    if (!stored)
        return Error{stored.error()};
    Catalogue *catalogue = &stored.value();
    for (std::size_t k = 0; k < categories.size(); ++k) {
        const Category &c = categories[k];
        if (auto ok = checkCategory(c); !ok)
            return ok;
        const auto old = std::find_if(catalogue->categories.begin(), catalogue->categories.end(),
                                      [&](const Category &s) { return s.code == c.code; });
        const bool exists = old != catalogue->categories.end();
        if (auto ok = checkNewOrKnown(c.code, exists, categoryIsNew[k]); !ok)
            return ok;
        const QString oldText = exists ? c.code + u' ' + categorySummary(*old) : QString();
        if (auto ok = categoryIsNew[k] ? catalogstore::insertCategory(db, c)
                                       : catalogstore::updateCategory(db, c);
            !ok)
            return ok;
        if (auto ok = audit(db, "catalogue.category", QString(), oldText,
                            c.code + u' ' + categorySummary(c), userName);
            !ok)
            return ok;
        if (exists)
            *old = c;
        else
            catalogue->categories.push_back(c);
    }
    const std::vector<IndicatorProblem> problems = checkBatch(*catalogue, indicators, isNew);
    if (!problems.empty())
        return Error{problems.front().message};
    const qint64 total = qint64(indicators.size());
    for (std::size_t k = 0; k < indicators.size(); ++k) {
        if (keepGoing && !keepGoing(qint64(k), total))
            return Error{QCoreApplication::translate("zx::Catalogue", "Cancelled; the catalogue was not changed")};
        const Indicator &i = indicators[k];
        const auto old = catalogue->indicators.constFind(i.code);
        const QString oldText =
            old != catalogue->indicators.cend() ? indicatorSummary(*old) : QString();
        if (auto ok = isNew[k] ? catalogstore::insertIndicator(db, i)
                               : catalogstore::updateIndicator(db, i);
            !ok)
            return ok;
        if (auto ok = audit(db, "catalogue.indicator", i.code, oldText, indicatorSummary(i), userName);
            !ok)
            return ok;
    }
    if (keepGoing && !keepGoing(total, total))
        return Error{QCoreApplication::translate("zx::Catalogue", "Cancelled; the catalogue was not changed")};
    return tx.commit();
}

} // namespace zx
