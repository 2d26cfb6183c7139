#include "zipwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

namespace zx {

namespace {

QString failure(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("zx::Export", "cannot write %1: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

QString zipError(zip_t *zip)
{
    return QString::fromUtf8(zip_strerror(zip));
}

} // namespace

void ZipWriter::add(const QString &name, QByteArray data, Compression compression)
{
    m_parts.push_back({name, std::move(data), compression});
}

Outcome ZipWriter::write(const QString &path) const
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{failure(path, QCoreApplication::translate("zx::Export", "the folder %1 does not exist")
                                       .arg(QDir::toNativeSeparators(target.absolutePath())))};
    if (target.isDir())
        return Error{failure(path, QCoreApplication::translate("zx::Export", "it is a folder"))};
    int code = 0;
    // ZIP_TRUNCATE: whatever the file holds now is replaced, at zip_close, in one rename.
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error{failure(path, why)};
    }
    for (const Part &part : m_parts) {
        // The buffers live in m_parts until zip_close has read them (freep = 0: not ours to free).
        zip_source_t *source = zip_source_buffer(zip, part.data.constData(),
                                                 zip_uint64_t(part.data.size()), 0);
        const zip_int64_t index =
            source ? zip_file_add(zip, part.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8)
                   : -1;
        if (index < 0) {
            const QString why = zipError(zip);
            if (source)
                zip_source_free(source);
            zip_discard(zip);
            return Error{failure(path, why)};
        }
        const zip_int32_t method =
            part.compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
        if (zip_set_file_compression(zip, zip_uint64_t(index), method, 0) != 0) {
            const QString why = zipError(zip);
            zip_discard(zip);
            return Error{failure(path, why)};
        }
    }
    if (zip_close(zip) != 0) {
        const QString why = zipError(zip);
        zip_discard(zip);
        return Error{failure(path, why)};
    }
    return {};
}

} // namespace zx
