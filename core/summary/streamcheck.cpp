#include "streamcheck.h"

#include "dataset.h"
#include "storage/database.h"
#include "storage/rollupstore.h"

#include <mutex>
#include <optional>
#include <thread>

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
    const auto families = familiesOf(*tree);
    const std::size_t n = families.size();

    // The rules are CPU-bound: a second reader, on a connection of its own in a thread of its
    // own, takes every other family. Findings are handed on in family order all the same: each
    // family's are kept until those before it have gone out (a few findings, not figures).
    std::mutex lock;
    std::vector<std::optional<std::vector<Finding>>> done(n);
    QString failure;
    std::size_t next = 0; // the first family whose findings have not gone out
    const auto store = [&](std::size_t i, std::vector<Finding> findings) {
        std::lock_guard guard(lock);
        done[i] = std::move(findings);
    };
    const auto flush = [&] {
        for (;;) {
            std::vector<Finding> ready;
            {
                std::lock_guard guard(lock);
                if (next >= n || !done[next])
                    return;
                ready = std::move(*done[next]);
                done[next].reset();
                ++next;
            }
            for (const Finding &f : ready)
                each(f);
        }
    };
    const auto checkShare = [&](Database &reader, std::size_t first, std::size_t step, bool flushing) {
        for (std::size_t i = first; i < n; i += step) {
            {
                std::lock_guard guard(lock);
                if (!failure.isEmpty())
                    return;
            }
            const auto &[parent, root] = families[i];
            auto family = Dataset::loadScopedWithTree(reader, *tree, {parent}, FirstYear, LastYear,
                                                      Dataset::Reading::FiguresAlone);
            if (!family) {
                std::lock_guard guard(lock);
                if (failure.isEmpty())
                    failure = family.error();
                return;
            }
            store(i, checkFamily(*family, parent, root));
            if (flushing)
                flush();
        }
    };

    const bool twoReaders = n > 1 && std::thread::hardware_concurrency() > 1;
    std::thread second;
    if (twoReaders)
        second = std::thread([&] {
            auto reader = Database::open(db.location(), Database::OpenMode::ReadOnly);
            if (!reader) {
                std::lock_guard guard(lock);
                if (failure.isEmpty())
                    failure = reader.error();
                return;
            }
            checkShare(**reader, 1, 2, false);
        });
    checkShare(db, 0, twoReaders ? 2 : 1, true);
    if (second.joinable())
        second.join();
    if (!failure.isEmpty())
        return Error{failure};
    flush();
    return Outcome::success();
}

} // namespace zx
