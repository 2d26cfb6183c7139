// CsvTable::parse on any text: never crashes, and what it accepts is a rectangular table
// whose records start on increasing lines.
#include "io/csv.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = zx::CsvTable::parse(text, QStringLiteral("fuzz.csv"));
    if (!table) {
        if (table.error().isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    const zx::CsvTable &t = *table;
    if (t.header().isEmpty())
        std::abort();
    int previous = t.headerLine();
    for (qsizetype i = 0; i < t.rowCount(); ++i) {
        if (t.row(i).size() != t.header().size() || t.lineOf(i) <= previous)
            std::abort();
        previous = t.lineOf(i);
        for (const QString &name : t.header())
            (void)t.field(i, name);
    }
    return 0;
}
