#include "textdecode.h"

#include <QStringDecoder>

namespace zx {

bool gb18030Available()
{
    return QStringDecoder("GB18030").isValid();
}

DecodedText decodeCsvBytes(const QByteArray &bytes)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return {text, QStringLiteral("UTF-8"), true};
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return {text, QStringLiteral("UTF-8"), false};
    QString decoded = gb.decode(bytes);
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    return {decoded, QStringLiteral("GB18030"), !gb.hasError()};
}

} // namespace zx
