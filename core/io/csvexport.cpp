#include "csvexport.h"

#include "io/exporttable.h"
#include "io/valuestream.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <charconv>

namespace zx::csvexport {

namespace {

QString quoted(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(field.cbegin(), field.cend(), [](QChar c) { return special.contains(c); }))
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

const char Bom[] = "\xEF\xBB\xBF";

// The values table's rows as exporttable::toCsv writes them, appended straight to `out`
// without building the cells first (a city has millions of rows).
void appendInt(QString &out, int v)
{
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    out.append(QLatin1StringView(digits, end - digits));
}

// textField(text) appended: the text as it is when it needs neither an apostrophe nor quotes
// (codes and most comments), checked in one pass, else through textField.
void appendText(QString &out, const QString &text)
{
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\r' || u == u'\n') {
            plain = false;
            break;
        }
    }
    if (plain && !text.isEmpty()) {
        const char16_t first = text.front().unicode();
        plain = first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t';
    }
    out += plain ? text : textField(text);
}

void appendValueLine(QString &out, const Value &v)
{
    appendText(out, v.indicatorCode);
    out += QLatin1Char(',');
    appendText(out, v.regionCode);
    out += QLatin1Char(',');
    appendInt(out, v.year);
    out += QLatin1Char(',');
    appendInt(out, v.quarter);
    out += QLatin1Char(',');
    out += v.value.toString(); // numberField: digits, a sign and a point need no quotes
    out += QLatin1Char(',');
    appendText(out, v.comment);
    out += QStringLiteral("\r\n");
}

QString headerLine(const QStringList &header)
{
    QStringList fields;
    for (const QString &h : header)
        fields << textField(h);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

// What delivers the figures to write, batch by batch in export order (valuestream).
using BatchSource =
    std::function<Outcome(const std::function<Outcome(std::vector<Value> &&)> &batch)>;

// Streams the values CSV to `write` in pieces of about a megabyte of text.
Outcome streamValues(const BatchSource &figures, const std::function<bool(const QByteArray &)> &write)
{
    bool written = write(QByteArray(Bom) + headerLine(exporttable::valuesHeader()).toUtf8());
    constexpr qsizetype Flush = 1 << 20;
    QString text;
    text.reserve(Flush + 4096);
    auto read = written ? figures([&](std::vector<Value> &&batch) {
        for (const Value &v : batch) {
            appendValueLine(text, v);
            if (text.size() >= Flush) {
                if (!(written = write(text.toUtf8())))
                    return Outcome(Error{QString()});
                text.truncate(0);
            }
        }
        return Outcome::success();
    })
                        : Outcome::success();
    if (written && read && !text.isEmpty())
        written = write(text.toUtf8());
    if (!written)
        return Error{QString()}; // the caller names the file and the reason
    return read;
}

Result<QByteArray> csv(const Result<ExportSheet> &sheet)
{
    if (!sheet)
        return Error{sheet.error()};
    return exporttable::toCsv(*sheet);
}

} // namespace

QString textField(const QString &text)
{
    static const QString trigger = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && trigger.contains(text.front()))
        return quoted(QLatin1Char('\'') + text);
    return quoted(text);
}

QString numberField(const QString &number)
{
    return quoted(number);
}

Result<QByteArray> values(Database &db, std::optional<int> year)
{
    QByteArray out;
    const auto figures = [&](const auto &batch) { return valuestream::forEachBatch(db, year, batch); };
    auto ok = streamValues(figures, [&out](const QByteArray &piece) {
        out += piece;
        return true;
    });
    if (!ok)
        return Error{ok.error()};
    return out;
}

Outcome writeValues(Database &db, std::optional<int> year, const QString &path)
{
    QSaveFile file(path);
    const auto failure = [&path](const QString &reason) {
        return Error{QCoreApplication::translate("zx::Export", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason)};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    // Two threads read the next batches while this one formats and writes.
    const auto figures = [&](const auto &batch) {
        return valuestream::forEachBatchReadAhead(db, year, batch, 2);
    };
    bool written = true;
    auto ok = streamValues(figures, [&file, &written](const QByteArray &piece) {
        written = file.write(piece) == piece.size();
        return written;
    });
    if (!written)
        return failure(file.errorString());
    if (!ok)
        return ok; // a reading error; the file is discarded with the QSaveFile
    if (!file.commit())
        return failure(file.errorString());
    return Outcome::success();
}

Result<QByteArray> targets(Database &db, std::optional<int> year)
{
    return csv(exporttable::targets(db, year));
}

Result<QByteArray> catalogue(Database &db)
{
    return csv(exporttable::catalogue(db));
}

} // namespace zx::csvexport
