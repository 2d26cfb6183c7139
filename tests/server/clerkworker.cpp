// A clerk's side of the server's concurrency test (issue 16): opens the server the way the
// desktop does (Workspace::open, signed in as the clerk's login role) and makes COUNT edits,
// cycling through KEYS. Each edit reads the figure as stored (what the clerk's grid shows),
// then writes FIRST_VALUE + i through the Workspace's write facade carrying what it saw, as
// the grid does. One line per edit on standard output, flushed at once:
//   indicator/region/year/quarter<TAB>value<TAB>committed
//   indicator/region/year/quarter<TAB>value<TAB>refused: <the message the clerk would see>
// then "done N" (N = committed edits).
//   zx_clerk_worker SERVER COUNT FIRST_VALUE KEY,KEY,…   (KEY = indicator/region/year/quarter)
#include "session/changenotifier.h"
#include "session/workspace.h"
#include "storage/valuestore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace zx;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: zx_clerk_worker SERVER COUNT FIRST_VALUE KEY,KEY,...\n");
        return 2;
    }
    const QString server = args[1];
    const int count = args[2].toInt();
    const qint64 firstValue = args[3].toLongLong();
    std::vector<ValueKey> keys;
    for (const QString &text : args[4].split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = text.split(u'/');
        if (parts.size() != 4) {
            std::fprintf(stderr, "bad key %s\n", qPrintable(text));
            return 2;
        }
        keys.push_back(ValueKey{parts[0], parts[1], parts[2].toInt(), parts[3].toInt()});
    }
    if (keys.empty() || count <= 0)
        return 2;

    ChangeNotifier notifier;
    Workspace workspace(&notifier);
    if (auto ok = workspace.open(server, false); !ok) {
        std::fprintf(stderr, "open: %s\n", qPrintable(ok.error()));
        return 1;
    }
    int committed = 0;
    for (int i = 0; i < count; ++i) {
        const ValueKey &key = keys[size_t(i) % keys.size()];
        const QString name = QStringLiteral("%1/%2/%3/%4")
                                 .arg(key.indicatorCode, key.regionCode)
                                 .arg(key.year)
                                 .arg(key.quarter);
        const qint64 value = firstValue + i;
        // What the clerk's grid shows before the edit.
        auto shown = valuestore::find(*workspace.database(), key);
        if (!shown) {
            std::printf("%s\t%lld\trefused: %s\n", qPrintable(name), value,
                        qPrintable(QString(shown.error()).replace(u'\n', u' ')));
            std::fflush(stdout);
            continue;
        }
        std::optional<Decimal> seen;
        if (shown.value())
            seen = shown.value()->value;
        // A comment always: a figure far from its history is a warning that needs one.
        const Outcome ok = workspace.setValue(key, Decimal::fromInt(value),
                                              QStringLiteral("load test edit %1").arg(i), seen);
        if (ok) {
            ++committed;
            std::printf("%s\t%lld\tcommitted\n", qPrintable(name), value);
        } else {
            std::printf("%s\t%lld\trefused: %s\n", qPrintable(name), value,
                        qPrintable(QString(ok.error()).replace(u'\n', u' ')));
        }
        std::fflush(stdout);
    }
    std::printf("done %d\n", committed);
    std::fflush(stdout);
    return 0;
}
