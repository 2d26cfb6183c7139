// The desktop's side of the two-process test: opens a file the way the desktop does
// (Workspace::open, the dashboard's load on the UI thread and the worker thread's own
// connection), prints "ready", then writes `count` figures through the Workspace's write
// facade, each carrying the figure it saw, reloading on a worker thread between writes as the
// dashboard does. It keeps the file open until its standard input closes, so the other
// process's reads and writes meet an open desktop, then prints "done N" (N = writes that
// succeeded) and exits.
//   zx_holder DB COUNT FIRST_VALUE INDICATOR REGION,REGION,… YEAR
#include "session/changenotifier.h"
#include "session/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace zx;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: zx_holder DB COUNT FIRST_VALUE INDICATOR REGIONS YEAR\n");
        return 2;
    }
    const QString path = args[1];
    const int count = args[2].toInt();
    const int firstValue = args[3].toInt();
    const QString indicator = args[4];
    const QStringList regions = args[5].split(u',');
    const int year = args[6].toInt();

    ChangeNotifier notifier;
    Workspace workspace(&notifier);
    if (auto ok = workspace.open(path, false); !ok) {
        std::fprintf(stderr, "open: %s\n", qPrintable(ok.error()));
        return 1;
    }
    auto shown = workspace.dataset(year);
    if (!shown) {
        std::fprintf(stderr, "load: %s\n", qPrintable(shown.error()));
        return 1;
    }
    // The dashboard's worker opens its own connection on the same file.
    if (auto async = workspace.datasetAsync(year).result(); !async) {
        std::fprintf(stderr, "worker load: %s\n", qPrintable(async.error()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);

    int written = 0;
    for (int i = 0; i < count; ++i) {
        const QString region = regions[i % regions.size()];
        const int quarter = 1 + (i / int(regions.size())) % 4;
        const ValueKey key{indicator, region, year, quarter};
        auto now = workspace.dataset(year, region);
        if (!now) {
            std::fprintf(stderr, "reload: %s\n", qPrintable(now.error()));
            return 1;
        }
        const auto seen = now.value()->stored(indicator, region, year, quarter);
        const Outcome ok = workspace.setValue(key, Decimal::fromInt(firstValue + i),
                                              QStringLiteral("holder %1").arg(i), seen);
        if (ok)
            ++written;
        else
            std::fprintf(stderr, "write %d: %s\n", i, qPrintable(ok.error()));
        (void)workspace.datasetAsync(year).result(); // a dashboard refresh on its worker
        QThread::msleep(15);
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    in.readAll(); // until the test closes our standard input
    std::printf("done %d\n", written);
    std::fflush(stdout);
    return 0;
}
