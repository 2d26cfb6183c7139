#pragma once

#include <QByteArray>
#include <QString>

namespace zx {

// The text of a CSV file as Chinese offices save it: UTF-8 with or without a byte order
// mark, or GB18030 (a superset of GBK: what Chinese Excel writes for "CSV"). Valid UTF-8 is
// read as UTF-8; anything else as GB18030 when this Qt has that codec (ICU).
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8" or "GB18030"
    bool ok = true;   // false: not UTF-8 and no GB18030 codec (text is a lossy UTF-8 read)
};

DecodedText decodeCsvBytes(const QByteArray &bytes);

// Whether GB18030 can be decoded and encoded here.
bool gb18030Available();

} // namespace zx
