#pragma once

#include <QSize>

class QWidget;

namespace zx {

// Offices use 1366×768 and 1280×720 screens with a taskbar: a window or dialog opens at the
// size it would like, but never larger than the screen's available area less room for its
// title bar and borders, so no button lands below the taskbar.
QSize fittingSize(const QWidget *window, const QSize &wanted);
// resize(fittingSize(window, wanted)).
void resizeToFit(QWidget *window, const QSize &wanted);

} // namespace zx
