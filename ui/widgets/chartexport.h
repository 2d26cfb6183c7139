#pragma once

#include <QString>

#include <functional>

class QImage;
class QWidget;

namespace zx::chartexport {

// Taking a chart or a gauge away: every chart and gauge gets a context menu with Copy (the
// picture to the clipboard), Save as PNG…, Save as SVG… and Save as PDF… (both vector). The
// picture is the widget as shown (its size, its title included); the save dialog proposes a
// file name made of the title and adds the ending when none is typed.

enum class Format { Png, Svg, Pdf };

// Gives `widget` the four actions as its context menu (its child widgets defer to it).
// `title` is asked when an action runs: the title drawn in the picture, for the file name.
void addExportMenu(QWidget *widget, std::function<QString()> title);

// The picture on the clipboard.
void copyToClipboard(QWidget *widget);
// Writes the picture; false (nothing left behind) when the file cannot be written.
bool save(QWidget *widget, const QString &path, Format format, const QString &title);
// "返乡下乡创业人员.png": the title without characters a file name cannot hold.
QString defaultFileName(const QString &title, Format format);
QString suffix(Format format); // "png", "svg", "pdf"

} // namespace zx::chartexport
