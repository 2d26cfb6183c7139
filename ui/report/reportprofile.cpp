#include "report/reportprofile.h"

#include <QDate>
#include <QFontDatabase>
#include <QLocale>

namespace zx {

namespace {

// The faces of GB/T 9704 as Windows offices have them, then what a PC without them may have,
// then Debian's (fonts-noto-cjk), which the PDF embeds.
DocFont fangsong(double pt)
{
    return {QStringLiteral("仿宋_GB2312"),
            {QStringLiteral("仿宋"), QStringLiteral("FangSong"), QStringLiteral("Noto Serif CJK SC")},
            QStringLiteral("Times New Roman"), pt, false, false};
}

DocFont heiti(double pt)
{
    return {QStringLiteral("黑体"),
            {QStringLiteral("SimHei"), QStringLiteral("Noto Sans CJK SC")},
            QStringLiteral("Times New Roman"), pt, false, true};
}

DocFont kaiti(double pt)
{
    return {QStringLiteral("楷体_GB2312"),
            {QStringLiteral("楷体"), QStringLiteral("KaiTi"), QStringLiteral("AR PL UKai CN"),
             QStringLiteral("Noto Serif CJK SC")},
            QStringLiteral("Times New Roman"), pt, false, false};
}

DocFont xiaobiaosong(double pt)
{
    return {QStringLiteral("方正小标宋简体"),
            {QStringLiteral("方正小标宋_GBK"), QStringLiteral("华文中宋"), QStringLiteral("STZhongsong"),
             QStringLiteral("Noto Serif CJK SC")},
            QStringLiteral("Times New Roman"), pt, false, true};
}

DocFont songti(double pt)
{
    return {QStringLiteral("宋体"), {QStringLiteral("SimSun"), QStringLiteral("Noto Serif CJK SC")},
            QStringLiteral("Times New Roman"), pt, false, false};
}

// Today's look: one sans face for everything.
DocFont sans(double pt, bool bold = false)
{
    return {QStringLiteral("Noto Sans CJK SC"),
            {QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
             QStringLiteral("微软雅黑")},
            QStringLiteral("Noto Sans CJK SC"), pt, bold, false};
}

ReportStyle official()
{
    ReportStyle s;
    s.profile = ReportProfile::Official;
    // A4 with a type area of 156 × 225 mm: top 37, left 28 (so right 26, bottom 35).
    s.topMm = 37;
    s.bottomMm = 35;
    s.leftMm = 28;
    s.rightMm = 26;
    s.footerGapMm = 7;
    s.title = xiaobiaosong(22);  // 2号
    s.subtitle = kaiti(16);      // 3号
    s.heading1 = heiti(16);      // 3号黑体: 一、
    s.heading2 = kaiti(16);      // 3号楷体: （一）
    s.body = fangsong(16);       // 3号仿宋
    s.table = fangsong(10.5);    // 5号, so seven columns fit 156 mm
    s.tableHeader = heiti(10.5);
    s.pageNumber = songti(14);   // 4号宋体
    s.note = fangsong(10.5);
    // 22 lines in 225 mm (637.8 pt / 22 = 28.99; Word's templates use 28.95 pt = 579 twips).
    s.bodyLinePt = 28.95;
    s.charsPerLine = 28;
    s.headingColour = QColor(Qt::black);
    s.official = true;
    return s;
}

ReportStyle plain()
{
    ReportStyle s;
    s.profile = ReportProfile::Plain;
    s.topMm = s.bottomMm = s.leftMm = s.rightMm = 20;
    s.footerGapMm = 4;
    s.title = sans(22, true);
    s.subtitle = sans(12);
    s.heading1 = sans(14, true);
    s.heading2 = sans(10.5, true);
    s.body = sans(10.5);
    s.table = sans(9);
    s.tableHeader = sans(9, true);
    s.pageNumber = sans(8);
    s.note = sans(8);
    s.bodyLinePt = 0;
    s.charsPerLine = 0;
    s.headingColour = QColor(0xb7, 0x1c, 0x1c); // the red of the PDF's headings
    s.official = false;
    return s;
}

} // namespace

QString toCode(ReportProfile profile)
{
    return profile == ReportProfile::Official ? QStringLiteral("official") : QStringLiteral("plain");
}

std::optional<ReportProfile> reportProfileFromCode(const QString &code)
{
    if (code == QLatin1String("official"))
        return ReportProfile::Official;
    if (code == QLatin1String("plain"))
        return ReportProfile::Plain;
    return std::nullopt;
}

QStringList DocFont::families() const
{
    return QStringList{eastAsia} + fallbacks;
}

QFont DocFont::qfont() const
{
    QFont f;
    QStringList list = families();
    // The system's own face last, as the PDF renderer has it, for systems without any of them.
    list << QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    f.setFamilies(list);
    f.setPointSizeF(pt);
    f.setBold(bold || (heavy && !QFontDatabase::hasFamily(eastAsia)));
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

const ReportStyle &reportStyle(ReportProfile profile)
{
    static const ReportStyle o = official();
    static const ReportStyle p = plain();
    return profile == ReportProfile::Official ? o : p;
}

QString documentDate(const ReportData &report, const ReportStyle &style)
{
    const QDate date = QDate::fromString(report.generatedDate, Qt::ISODate);
    if (!style.official || !date.isValid())
        return reportText(QStringLiteral("generated"), report.language).arg(report.generatedDate);
    if (report.language == ReportLanguage::Chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString pageNumberText(int page, int total, const ReportStyle &style, ReportLanguage language)
{
    if (style.official)
        return QStringLiteral("— %1 —").arg(page);
    return reportText(QStringLiteral("page"), language).arg(page).arg(total);
}

} // namespace zx
