// decodeCsvBytes on any bytes, then the CSV reader on what it decoded: never crashes; what
// it calls UTF-8 is exactly the bytes (without the BOM).
#include "io/csv.h"
#include "io/textdecode.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const zx::DecodedText decoded = zx::decodeCsvBytes(bytes);
    if (decoded.ok && decoded.encoding == QLatin1String("UTF-8")) {
        QByteArrayView plain(bytes);
        if (plain.startsWith("\xEF\xBB\xBF"))
            plain = plain.sliced(3);
        // Qt's decoder drops one more byte order mark at the start, if any.
        const QByteArray again = decoded.text.toUtf8();
        if (again != plain && !(plain.startsWith("\xEF\xBB\xBF") && again == plain.sliced(3)))
            std::abort();
    }
    (void)zx::CsvTable::parse(decoded.text, QStringLiteral("fuzz.csv"));
    return 0;
}
