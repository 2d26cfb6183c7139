#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace zx {

namespace {
// A title bar and borders as Windows and the common Linux desktops draw them.
const QSize FrameAllowance(16, 40);
} // namespace

QSize fittingSize(const QWidget *window, const QSize &wanted)
{
    const QScreen *screen = window && window->screen() ? window->screen()
                                                       : QGuiApplication::primaryScreen();
    if (!screen)
        return wanted;
    return wanted.boundedTo(screen->availableGeometry().size() - FrameAllowance);
}

void resizeToFit(QWidget *window, const QSize &wanted)
{
    window->resize(fittingSize(window, wanted));
}

} // namespace zx
