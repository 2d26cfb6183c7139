#include "savefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStringList>

namespace zx {

namespace {

// "Word document (*.docx);;PDF (*.pdf *.PDF)" → the endings in order: ".docx", ".pdf".
QStringList suffixesOf(const QString &filter)
{
    static const QRegularExpression pattern(QStringLiteral("\\*(\\.[A-Za-z0-9_]+)"));
    QStringList suffixes;
    for (auto it = pattern.globalMatch(filter); it.hasNext();) {
        const QString suffix = it.next().captured(1).toLower();
        if (!suffixes.contains(suffix))
            suffixes << suffix;
    }
    return suffixes;
}

} // namespace

QString withFilterSuffix(const QString &path, const QString &selectedFilter,
                         const QString &filters)
{
    if (path.isEmpty())
        return path;
    const QStringList known = suffixesOf(filters + QStringLiteral(";;") + selectedFilter);
    for (const QString &suffix : known)
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            return path;
    QStringList chosen = suffixesOf(selectedFilter);
    if (chosen.isEmpty())
        chosen = suffixesOf(filters.section(QStringLiteral(";;"), 0, 0));
    if (chosen.isEmpty())
        return path;
    // "county." typed with its dot: one dot, not two.
    return (path.endsWith(u'.') ? path.chopped(1) : path) + chosen.first();
}

QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                        const QString &filters, QString *selectedFilter)
{
    QString chosen;
    const QString typed = QFileDialog::getSaveFileName(parent, caption, dir, filters, &chosen);
    if (selectedFilter)
        *selectedFilter = chosen;
    const QString path = withFilterSuffix(typed, chosen, filters);
    // The dialog asked about replacing the name as typed; the name with its ending is another.
    if (path != typed && QFileInfo::exists(path) &&
        QMessageBox::question(parent, caption,
                              QCoreApplication::translate("zx::SaveFileName",
                                                          "%1 already exists. Replace it?")
                                  .arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes)
        return QString();
    return path;
}

} // namespace zx
