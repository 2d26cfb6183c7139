#include "streamcheck.h"

#include "dataset.h"
#include "storage/rollupstore.h"

namespace zx {

namespace {

constexpr int FirstYear = 1900;
constexpr int LastYear = 2999;

// The regions with children, parents before their children (depth first), each with whether
// it is a root of the tree (no parent, or one the tree does not hold): a root's own figures are
// judged in its own family, every other region's in its parent's.
std::vector<std::pair<QString, bool>> familiesOf(const Dataset &tree)
{
    std::vector<std::pair<QString, bool>> families;
    std::vector<std::pair<QString, bool>> stack;
    for (auto it = tree.regions().crbegin(); it != tree.regions().crend(); ++it)
        if (it->parentCode.isEmpty() || !tree.region(it->parentCode))
            stack.emplace_back(it->code, true);
    while (!stack.empty()) {
        auto [code, root] = stack.back();
        stack.pop_back();
        const QStringList &children = tree.children(code);
        if (!children.isEmpty() || root)
            families.emplace_back(code, root);
        for (auto c = children.crbegin(); c != children.crend(); ++c)
            stack.emplace_back(*c, false);
    }
    return families;
}

Outcome checkEverythingAtOnce(Database &db, const std::function<void(const Finding &)> &each)
{
    auto data = Dataset::load(db, FirstYear, LastYear);
    if (!data)
        return Error{data.error()};
    for (const Finding &f : runChecks(*data))
        each(f);
    return Outcome::success();
}

} // namespace

Outcome streamChecks(Database &db, const std::function<void(const Finding &)> &each)
{
    if (!rollupstore::isCurrent(db))
        return checkEverythingAtOnce(db, each);
    auto tree = Dataset::loadCatalogue(db);
    if (!tree)
        return Error{tree.error()};
    for (const auto &[parent, root] : familiesOf(*tree)) {
        auto family = Dataset::loadScopedWithTree(db, *tree, {parent}, FirstYear, LastYear,
                                                  Dataset::Reading::FiguresAlone);
        if (!family)
            return Error{family.error()};
        for (const Finding &f : checkFamily(*family, parent, root))
            each(f);
    }
    return Outcome::success();
}

} // namespace zx
