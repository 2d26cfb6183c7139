#include "xlsxwrite.h"

#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>

namespace zx::xlsxwrite {

AtomicWorkbook::AtomicWorkbook(const QString &path) : m_path(path) {}

AtomicWorkbook::~AtomicWorkbook()
{
    discard();
}

void AtomicWorkbook::discard()
{
    if (m_workbook) {
        // workbook_close writes the file: point it nowhere useful, it is removed right after.
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
    if (!m_temp.isEmpty()) {
        QFile::remove(m_temp);
        m_temp.clear();
    }
}

QString AtomicWorkbook::failure(const QString &reason) const
{
    return QCoreApplication::translate("zx::Export", "cannot write %1: %2")
        .arg(QDir::toNativeSeparators(m_path), reason);
}

QString AtomicWorkbook::failure(lxw_error error) const
{
    return failure(errorText(error));
}

Outcome AtomicWorkbook::open()
{
    const QFileInfo target(m_path);
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return Error{failure(QCoreApplication::translate("zx::Export", "the folder %1 does not exist")
                                 .arg(QDir::toNativeSeparators(folder.path())))};
    if (target.isDir())
        return Error{failure(QCoreApplication::translate("zx::Export", "it is a folder"))};
    // Reserve a unique name beside the target; libxlsxwriter then writes that file.
    QTemporaryFile reserve(folder.filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        return Error{failure(reserve.errorString())};
    m_temp = reserve.fileName();
    reserve.close();
    const QByteArray name = QFile::encodeName(m_temp);
    m_workbook = workbook_new(name.constData());
    if (!m_workbook) {
        discard();
        return Error{failure(QCoreApplication::translate("zx::Export", "out of memory"))};
    }
    return {};
}

Outcome AtomicWorkbook::commit()
{
    if (!m_workbook)
        return Error{failure(QCoreApplication::translate("zx::Export", "the workbook is not open"))};
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        discard();
        return Error{failure(closed)};
    }
    // A new file gets the usual permissions (QTemporaryFile made it private); a replaced one
    // keeps its own.
    const QFileDevice::Permissions permissions =
        QFile::exists(m_path) ? QFile::permissions(m_path)
                              : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadUser | QFileDevice::WriteUser |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(m_temp, permissions);
    const QByteArray from = QFile::encodeName(m_temp);
    const QByteArray to = QFile::encodeName(m_path);
    // POSIX rename replaces the target in one step; where it cannot (Windows), remove first.
    if (std::rename(from.constData(), to.constData()) != 0 &&
        !(QFile::exists(m_path) && QFile::remove(m_path) && QFile::rename(m_temp, m_path))) {
        discard();
        return Error{failure(QCoreApplication::translate("zx::Export", "cannot replace the file"))};
    }
    m_temp.clear();
    return {};
}

QString sheetName(const QString &wanted, QSet<QString> &used, const QString &fallback,
                  const QString &suffix)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    const auto clean = [](QString s) {
        for (QChar &c : s)
            if (forbidden.contains(c) || c.unicode() < 0x20)
                c = u'_';
        s = s.trimmed();
        while (s.startsWith(u'\''))
            s[0] = u'_';
        while (s.endsWith(u'\''))
            s[s.size() - 1] = u'_';
        return s;
    };
    // At most `n` characters, not splitting a surrogate pair.
    const auto cut = [](QString s, qsizetype n) {
        if (s.size() <= n)
            return s;
        s.truncate(n);
        if (!s.isEmpty() && s.back().isHighSurrogate())
            s.chop(1);
        return s;
    };
    QString base = clean(wanted);
    if (base.isEmpty())
        base = clean(fallback);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    base = cut(base, LXW_SHEETNAME_MAX);
    const auto take = [&used](const QString &name) {
        if (used.contains(name.toCaseFolded()))
            return false;
        used.insert(name.toCaseFolded());
        return true;
    };
    if (take(base))
        return base;
    const QString tail = clean(suffix);
    if (!tail.isEmpty()) {
        const QString name = cut(base, LXW_SHEETNAME_MAX - tail.size()) + tail;
        if (take(name))
            return name;
        base = name;
    }
    for (int n = 2;; ++n) {
        const QString mark = QStringLiteral("~%1").arg(n);
        const QString name = cut(base, LXW_SHEETNAME_MAX - mark.size()) + mark;
        if (take(name))
            return name;
    }
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
        width += wide ? 2 : 1;
    }
    return width;
}

QString errorText(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

QByteArray cellText(const QString &s)
{
    return encodeOoxmlEscapes(s).toUtf8();
}

} // namespace zx::xlsxwrite
