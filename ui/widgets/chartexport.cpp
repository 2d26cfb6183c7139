#include "widgets/chartexport.h"

#include "savefilename.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

namespace zx::chartexport {

namespace {

// The menu's words, in their own translation context.
struct ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(zx::ChartExport)
};

QString filterFor(Format format)
{
    switch (format) {
    case Format::Png:
        return ChartExport::tr("PNG image (*.png)");
    case Format::Svg:
        return ChartExport::tr("SVG drawing (*.svg)");
    case Format::Pdf:
        return ChartExport::tr("PDF document (*.pdf)");
    }
    return {};
}

// The widget drawn as it is shown, children included, onto any paint device: a vector
// device (SVG, PDF) gets the chart's and labels' own strokes and text, not a bitmap.
void paintWidget(QWidget *widget, QPainter &painter)
{
    widget->render(&painter, QPoint(), QRegion(),
                   QWidget::DrawWindowBackground | QWidget::DrawChildren);
}

bool saveSvg(QWidget *widget, const QString &path, const QString &title)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(widget->size());
    svg.setViewBox(QRect(QPoint(), widget->size()));
    svg.setTitle(title);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    paintWidget(widget, painter);
    return painter.end();
}

bool savePdf(QWidget *widget, const QString &path, const QString &title)
{
    QPdfWriter pdf(path);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Zhenxing"));
    pdf.setResolution(96); // one widget pixel = one device unit
    pdf.setPageMargins(QMarginsF());
    const QSizeF points = QSizeF(widget->size()) * 72.0 / 96.0;
    pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    paintWidget(widget, painter);
    return painter.end();
}

void saveAs(QWidget *widget, Format format, const QString &title)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString proposed = QDir(dir).filePath(defaultFileName(title, format));
    const QString path =
        getSaveFileName(widget, ChartExport::tr("Save chart"), proposed, filterFor(format));
    if (path.isEmpty())
        return;
    if (!save(widget, path, format, title))
        QMessageBox::warning(widget, ChartExport::tr("Save chart"),
                             ChartExport::tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace

QString suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString defaultFileName(const QString &title, Format format)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString name = QString(title).replace(unsafe, QStringLiteral(" ")).simplified();
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        name = ChartExport::tr("chart");
    return name + u'.' + suffix(format);
}

void copyToClipboard(QWidget *widget)
{
    QApplication::clipboard()->setImage(widget->grab().toImage());
}

bool save(QWidget *widget, const QString &path, Format format, const QString &title)
{
    bool ok = false;
    switch (format) {
    case Format::Png:
        ok = widget->grab().toImage().save(path, "PNG");
        break;
    case Format::Svg:
        ok = saveSvg(widget, path, title);
        break;
    case Format::Pdf:
        ok = savePdf(widget, path, title);
        break;
    }
    if (!ok)
        QFile::remove(path);
    return ok;
}

void addExportMenu(QWidget *widget, std::function<QString()> title)
{
    for (QWidget *child : widget->findChildren<QWidget *>())
        child->setContextMenuPolicy(Qt::NoContextMenu); // right-clicks reach `widget`
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(ChartExport::tr("Copy"), widget);
    copy->setObjectName(QStringLiteral("copyChart"));
    QObject::connect(copy, &QAction::triggered, widget, [widget] { copyToClipboard(widget); });
    widget->addAction(copy);
    const std::pair<Format, QString> saves[] = {{Format::Png, ChartExport::tr("Save as PNG…")},
                                                {Format::Svg, ChartExport::tr("Save as SVG…")},
                                                {Format::Pdf, ChartExport::tr("Save as PDF…")}};
    for (const auto &[format, text] : saves) {
        auto *action = new QAction(text, widget);
        action->setObjectName(QStringLiteral("saveChart") + suffix(format).toUpper());
        QObject::connect(action, &QAction::triggered, widget,
                         [widget, format, title] { saveAs(widget, format, title()); });
        widget->addAction(action);
    }
}

} // namespace zx::chartexport
