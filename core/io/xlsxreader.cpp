#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace zx {

namespace {

// No part of a workbook we read is anywhere near this; a bigger one is a zip bomb or not ours.
constexpr qint64 MaxPartBytes = qint64(512) * 1024 * 1024;
constexpr int MaxRows = 1048576; // Excel's limits
constexpr int MaxColumns = 16384;

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

struct ZipFileCloser
{
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};

// Reads the parts of one open archive; every error names the part (the caller adds the file).
class Package
{
public:
    explicit Package(zip_t *zip) : m_zip(zip) {}

    bool has(const QString &part) const
    {
        return zip_name_locate(m_zip, part.toUtf8().constData(), 0) >= 0;
    }

    Result<QByteArray> read(const QString &part) const
    {
        const QByteArray name = part.toUtf8();
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip, name.constData(), 0, &st) != 0)
            return Error{
                QCoreApplication::translate("zx::Import", "the part %1 is missing").arg(part)};
        if (!(st.valid & ZIP_STAT_SIZE) || st.size > quint64(MaxPartBytes))
            return Error{
                QCoreApplication::translate(
                    "zx::Import", "the part %1 is too large (%2 MB uncompressed; at most %3 MB)")
                    .arg(part)
                    .arg(qint64(st.size / (1024 * 1024)))
                    .arg(MaxPartBytes / (1024 * 1024))};
        std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(m_zip, name.constData(), 0));
        if (!file)
            return Error{QCoreApplication::translate("zx::Import", "cannot read the part %1: %2")
                             .arg(part, QString::fromUtf8(zip_strerror(m_zip)))};
        QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
        qint64 got = 0;
        while (got < qint64(st.size)) {
            const zip_int64_t n = zip_fread(file.get(), bytes.data() + got, st.size - got);
            if (n < 0)
                return Error{
                    QCoreApplication::translate("zx::Import", "cannot read the part %1: %2")
                        .arg(part, QString::fromUtf8(zip_file_strerror(file.get())))};
            if (n == 0)
                break;
            got += n;
        }
        char extra;
        if (got != qint64(st.size) || zip_fread(file.get(), &extra, 1) != 0)
            return Error{
                QCoreApplication::translate("zx::Import", "cannot read the part %1: it is damaged")
                    .arg(part)};
        return bytes;
    }

private:
    zip_t *m_zip;
};

Error xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return Error{
        QCoreApplication::translate("zx::Import", "malformed XML in the part %1 at line %2: %3")
            .arg(part)
            .arg(xml.lineNumber())
            .arg(xml.errorString())};
}

// The attribute `name` whatever its namespace prefix (r:id, or a relationships namespace
// bound to another prefix).
QString attribute(const QXmlStreamAttributes &attributes, QStringView name, bool namespaced)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == name && a.namespaceUri().isEmpty() != namespaced)
            return a.value().toString();
    return QString();
}

// "xl/worksheets/../foo.xml" → "xl/foo.xml"; "/xl/x.xml" (absolute) → "xl/x.xml".
QString resolve(const QString &baseDir, const QString &target)
{
    QString path = target.startsWith(u'/') ? target.mid(1) : baseDir + target;
    QStringList out;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
        } else if (segment != QLatin1String(".")) {
            out << segment;
        }
    }
    return out.join(u'/');
}

// Relationship id → target part, from a .rels part describing `ownerPart`.
Result<QHash<QString, QString>> relationships(const Package &zip, const QString &relsPart,
                                              const QString &ownerDir, QString *officeDocument)
{
    QHash<QString, QString> targets;
    if (!zip.has(relsPart))
        return targets;
    auto bytes = zip.read(relsPart);
    if (!bytes)
        return Error{bytes.error()};
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const auto a = xml.attributes();
            if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            const QString target = resolve(ownerDir, a.value(QLatin1String("Target")).toString());
            targets.insert(a.value(QLatin1String("Id")).toString(), target);
            if (officeDocument &&
                a.value(QLatin1String("Type")).endsWith(QLatin1String("/officeDocument")))
                *officeDocument = target;
        }
    }
    if (xml.hasError())
        return xmlError(relsPart, xml);
    return targets;
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

QString decodeOoxmlEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' &&
            isHex(text[i + 2]) && isHex(text[i + 3]) && isHex(text[i + 4]) &&
            isHex(text[i + 5]) && text[i + 6] == u'_') {
            out.append(QChar(char16_t(text.mid(i + 2, 4).toUShort(nullptr, 16))));
            i += 6;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

QString encodeOoxmlEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' &&
            isHex(text[i + 2]) && isHex(text[i + 3]) && isHex(text[i + 4]) &&
            isHex(text[i + 5]) && text[i + 6] == u'_')
            out.append(QLatin1String("_x005F_")); // the underscore itself, escaped
        else
            out.append(text[i]);
    }
    return out;
}

namespace {

// The text of an <si> or <is>: its <t>, or the <t> of each rich-text run <r>; phonetic
// guides (<rPh>) are not part of the text. OOXML escapes (_x000D_ for a carriage return,
// _x005F_ for a literal underscore before such a pattern) are decoded.
QString stringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += decodeOoxmlEscapes(xml.readElementText());
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

Result<QStringList> sharedStrings(const Package &zip, const QString &part)
{
    QStringList strings;
    if (part.isEmpty() || !zip.has(part))
        return strings;
    auto bytes = zip.read(part);
    if (!bytes)
        return Error{bytes.error()};
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings << stringItem(xml);
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return strings;
}

// "D7" → row 6, column 3 (0-based); false when it is not a cell reference.
bool parseReference(QStringView ref, int *row, int *column)
{
    qsizetype i = 0;
    int c = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (c > MaxColumns)
            return false;
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || r < 1 || r > MaxRows)
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}

QString numberText(QStringView v)
{
    bool ok = false;
    const double d = v.trimmed().toDouble(&ok);
    if (!ok)
        return v.toString(); // not a number after all: let the importer say so
    // Fixed notation, shortest digits that read back as the same double: 4296.3, 1735.
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

struct CellReader
{
    const QStringList &shared;
    const QString &part;

    // Reads one <c> element; returns its text.
    Result<QString> read(QXmlStreamReader &xml, const QString &type)
    {
        QString value;
        bool haveInline = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("v"))
                    value = xml.readElementText();
                else if (xml.name() == QLatin1String("is")) {
                    value = stringItem(xml);
                    haveInline = true;
                } else
                    xml.skipCurrentElement(); // <f> (the cached value is in <v>), <extLst>
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                break;
            }
        }
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.trimmed().toInt(&ok);
            if (!ok || index < 0 || index >= shared.size())
                return Error{QCoreApplication::translate(
                                 "zx::Import",
                                 "the part %1 refers to shared string %2, which does not exist")
                                 .arg(part, value)};
            return shared.at(index);
        }
        if (type == QLatin1String("b"))
            return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE")
                                                         : QStringLiteral("FALSE");
        if (type == QLatin1String("inlineStr") || type == QLatin1String("str") ||
            type == QLatin1String("e") || haveInline)
            return value; // text, a formula's text result, or an error such as #DIV/0!
        return value.isEmpty() ? value : numberText(value); // "n" or no type: a number
    }
};

Outcome readSheet(const Package &zip, const QString &part, const QStringList &shared,
                  XlsxSheet &sheet)
{
    auto bytes = zip.read(part);
    if (!bytes)
        return Error{bytes.error()};
    QXmlStreamReader xml(*bytes);
    CellReader cells{shared, part};
    int row = -1;
    int column = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            bool ok = true;
            const int number = r.isEmpty() ? row + 2 : r.toInt(&ok);
            if (!ok || number < 1 || number > MaxRows)
                return Error{QCoreApplication::translate("zx::Import",
                                                         "the part %1 has a bad row number '%2'")
                                 .arg(part, r.toString())};
            row = number - 1;
            column = -1;
        } else if (xml.name() == QLatin1String("c")) {
            const auto a = xml.attributes();
            const QStringView ref = a.value(QLatin1String("r"));
            int r = row < 0 ? 0 : row;
            int c = column + 1;
            if (!ref.isEmpty() && !parseReference(ref, &r, &c))
                return Error{QCoreApplication::translate(
                                 "zx::Import", "the part %1 has a bad cell reference '%2'")
                                 .arg(part, ref.toString())};
            if (c >= MaxColumns)
                return Error{QCoreApplication::translate("zx::Import",
                                                         "the part %1 has a cell beyond column XFD")
                                 .arg(part)};
            row = r;
            column = c;
            const QString type = a.value(QLatin1String("t")).toString();
            auto text = cells.read(xml, type);
            if (!text)
                return Error{text.error()};
            if (text->isEmpty())
                continue;
            if (sheet.rows.size() <= std::size_t(row))
                sheet.rows.resize(std::size_t(row) + 1);
            QStringList &cellsOfRow = sheet.rows[std::size_t(row)];
            while (cellsOfRow.size() <= column)
                cellsOfRow << QString();
            cellsOfRow[column] = *text;
        }
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return Outcome::success();
}

struct SheetEntry
{
    QString name;
    QString relationId;
    bool hidden = false;
};

Result<std::vector<SheetEntry>> sheetList(const Package &zip, const QString &part)
{
    auto bytes = zip.read(part);
    if (!bytes)
        return Error{bytes.error()};
    std::vector<SheetEntry> sheets;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            const auto a = xml.attributes();
            const QStringView state = a.value(QLatin1String("state"));
            sheets.push_back(
                {a.value(QLatin1String("name")).toString(), attribute(a, u"id", true),
                 state == QLatin1String("hidden") || state == QLatin1String("veryHidden")});
        }
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return sheets;
}

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return directoryOf(part) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

Result<XlsxWorkbook> readPackage(const Package &zip)
{
    QString workbookPart;
    if (auto root = relationships(zip, QStringLiteral("_rels/.rels"), QString(), &workbookPart);
        !root)
        return Error{root.error()};
    if (workbookPart.isEmpty() || !zip.has(workbookPart))
        workbookPart = QStringLiteral("xl/workbook.xml");
    auto entries = sheetList(zip, workbookPart);
    if (!entries)
        return Error{entries.error()};
    const QString dir = directoryOf(workbookPart);
    auto targets = relationships(zip, relsOf(workbookPart), dir, nullptr);
    if (!targets)
        return Error{targets.error()};
    // Shared strings: by relationship type when listed, else the usual place.
    QString sharedPart = dir + QStringLiteral("sharedStrings.xml");
    for (auto it = targets->cbegin(); it != targets->cend(); ++it)
        if (it.value().endsWith(QLatin1String("sharedStrings.xml"), Qt::CaseInsensitive))
            sharedPart = it.value();
    auto shared = sharedStrings(zip, sharedPart);
    if (!shared)
        return Error{shared.error()};
    XlsxWorkbook book;
    for (const SheetEntry &e : *entries) {
        XlsxSheet sheet;
        sheet.name = e.name;
        sheet.hidden = e.hidden;
        const QString part = targets->value(e.relationId);
        if (part.isEmpty())
            return Error{
                QCoreApplication::translate("zx::Import", "the sheet '%1' has no part in %2")
                    .arg(e.name, relsOf(workbookPart))};
        if (auto ok = readSheet(zip, part, *shared, sheet); !ok)
            return Error{ok.error()};
        book.sheets.push_back(std::move(sheet));
    }
    if (book.sheets.empty())
        return Error{QCoreApplication::translate("zx::Import", "the workbook has no sheets")};
    return book;
}

} // namespace

QString XlsxSheet::cell(int row, int column) const
{
    if (row < 0 || column < 0 || std::size_t(row) >= rows.size())
        return QString();
    return rows[std::size_t(row)].value(column);
}

const XlsxSheet *XlsxWorkbook::sheet(const QString &name) const
{
    for (const XlsxSheet &s : sheets)
        if (s.name == name)
            return &s;
    return nullptr;
}

Result<XlsxWorkbook> readXlsx(const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    int code = 0;
    Zip zip(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code));
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error{QCoreApplication::translate(
                         "zx::Import", "%1: not an xlsx file (cannot open it as a zip archive: %2)")
                         .arg(file, why)};
    }
    auto book = readPackage(Package(zip.get()));
    if (!book)
        return Error{QStringLiteral("%1: %2").arg(file, book.error())};
    return book;
}

Result<XlsxWorkbook> readXlsxData(const QByteArray &bytes, const QString &name)
{
    zip_error_t error;
    zip_error_init(&error);
    // libzip reads the buffer in place (freep 0: the QByteArray keeps it).
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()),
                                                    0, &error);
    Zip zip(source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr);
    if (!zip) {
        if (source)
            zip_source_free(source);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error{QCoreApplication::translate(
                         "zx::Import", "%1: not an xlsx file (cannot open it as a zip archive: %2)")
                         .arg(name, why)};
    }
    zip_error_fini(&error);
    auto book = readPackage(Package(zip.get()));
    if (!book)
        return Error{QStringLiteral("%1: %2").arg(name, book.error())};
    return book;
}

QString cellReference(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

} // namespace zx
