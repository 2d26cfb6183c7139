#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace zx {

// A zip package (OOXML .docx, OpenDocument .odt) written with libzip: parts are collected in
// memory in the order added and written by write(), which libzip does through a temporary file
// beside `path` renamed over it, so a failed write leaves an existing file as it was. Stored
// parts (the ODF "mimetype", which must come first, uncompressed) and deflated parts.
class ZipWriter
{
public:
    enum class Compression { Deflate, Store };

    void add(const QString &name, QByteArray data, Compression compression = Compression::Deflate);
    // The error names `path` and libzip's reason.
    Outcome write(const QString &path) const;

private:
    struct Part
    {
        QString name;
        QByteArray data;
        Compression compression;
    };
    std::vector<Part> m_parts;
};

} // namespace zx
