// readXlsxData on any bytes: never crashes, and a workbook it accepts has at least one sheet.
// Two kinds of input: an xlsx file as it is (starts with "PK"), or the text of its parts
// separated by lines "#PART#" — the relationships, workbook, its relationships, shared
// strings and first sheet — zipped here, so the mutations reach the XML readers rather than
// stopping at the archive's checksums.
#include "io/xlsxreader.h"

#include <zip.h>

#include <cstdint>
#include <cstdlib>

namespace {

const char *const Parts[] = {"_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                             "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
                             "xl/worksheets/sheet2.xml"};

// The parts zipped (stored, not compressed) in memory; empty when libzip refuses.
QByteArray zipParts(const QList<QByteArray> &parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return {};
    zip_source_keep(buffer);
    zip_t *zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    QByteArray out;
    if (zip) {
        for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(Parts)); ++i) {
            zip_source_t *s = zip_source_buffer(zip, parts[i].constData(),
                                                zip_uint64_t(parts[i].size()), 0);
            const zip_int64_t index = s ? zip_file_add(zip, Parts[i], s, ZIP_FL_OVERWRITE) : -1;
            if (index < 0) {
                zip_source_free(s);
                continue;
            }
            zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0);
        }
        if (zip_close(zip) != 0)
            zip_discard(zip);
        else if (zip_source_open(buffer) == 0) {
            zip_source_seek(buffer, 0, SEEK_END);
            const zip_int64_t size = zip_source_tell(buffer);
            zip_source_seek(buffer, 0, SEEK_SET);
            if (size > 0) {
                out.resize(qsizetype(size));
                if (zip_source_read(buffer, out.data(), zip_uint64_t(size)) != size)
                    out.clear();
            }
            zip_source_close(buffer);
        }
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!bytes.startsWith("PK")) {
        // "#PART#" lines separate the parts; a \x01 in the input simply starts a part too.
        bytes = zipParts(bytes.replace("\n#PART#\n", "\x01").split('\x01'));
        if (bytes.isEmpty())
            return 0;
    }
    const auto book = zx::readXlsxData(bytes, QStringLiteral("fuzz.xlsx"));
    static const bool verbose = qEnvironmentVariableIsSet("ZX_FUZZ_VERBOSE");
    if (verbose) // to check that the seeds read: ZX_FUZZ_VERBOSE=1 fuzz_xlsx -runs=0 corpus/xlsx
        qInfo("%s", qPrintable(book ? QStringLiteral("%1 sheet(s), first '%2' with %3 row(s)")
                                          .arg(book->sheets.size())
                                          .arg(book->sheets.front().name)
                                          .arg(book->sheets.front().rows.size())
                                    : book.error()));
    if (!book) {
        if (book.error().isEmpty())
            std::abort();
        return 0;
    }
    if (book->sheets.empty())
        std::abort();
    for (const zx::XlsxSheet &sheet : book->sheets)
        for (std::size_t r = 0; r < sheet.rows.size(); ++r)
            (void)sheet.cell(int(r), 0);
    return 0;
}
