#include "csv.h"

#include <QCoreApplication>
#include <QSet>

namespace zx {

namespace {

// Splits the text into records; a quoted field may span lines.
struct Parser
{
    const QString &text;
    qsizetype pos = 0;
    int line = 1;
    qsizetype lineStart = 0; // where `line` starts in the text, for column numbers

    // Fields repeat from row to row (codes, years, quarters, a comment): each distinct text is
    // kept once and shared by every row that has it, up to `MaxKept` texts; any other field gets
    // a string of its exact size. A million-row file takes about a third of the memory it did
    // with a string (and its growth slack) per field.
    static constexpr qsizetype MaxKept = 1 << 16;
    QSet<QString> kept;

    bool atEnd() const { return pos >= text.size(); }

    // The finished `field`, emptied for the next one (keeping its buffer).
    QString take(QString &field)
    {
        if (field.isEmpty())
            return QString(); // null, as an empty field always was
        if (const auto it = kept.constFind(field); it != kept.cend()) {
            field.resize(0);
            return *it;
        }
        QString exact(field.constData(), field.size());
        field.resize(0);
        if (kept.size() < MaxKept)
            kept.insert(exact);
        return exact;
    }

    // Reads one record into `fields`; false with `error` set on a broken quote or a line
    // ended by a carriage return alone.
    bool record(QStringList &fields, QString &error)
    {
        fields.clear();
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        const int startLine = line;
        while (pos < text.size()) {
            const QChar c = text[pos++];
            if (quoted) {
                if (c == u'"') {
                    if (pos < text.size() && text[pos] == u'"') {
                        field.append(u'"');
                        ++pos;
                    } else {
                        quoted = false;
                    }
                } else if (c == u'\r' && pos < text.size() && text[pos] == u'\n') {
                    continue; // a CRLF line break inside a quoted field is kept as LF
                } else {
                    if (c == u'\n') {
                        ++line;
                        lineStart = pos;
                    }
                    field.append(c);
                }
            } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
            } else if (c == u',') {
                fields.append(take(field));
                wasQuoted = false;
            } else if (c == u'\r') {
                // CRLF (Windows) or a last CR; a CR alone between records is an old Mac
                // line end, which would otherwise read the whole file as one header line.
                if (pos < text.size() && text[pos] != u'\n') {
                    error = QCoreApplication::translate(
                                "zx::Csv", "line %1, column %2: a line ends with a carriage "
                                           "return alone (old Mac line ends); save the file "
                                           "with Windows (CRLF) or Unix (LF) line ends")
                                .arg(line)
                                .arg(pos - lineStart);
                    return false;
                }
                continue;
            } else if (c == u'\n') {
                ++line;
                lineStart = pos;
                break;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            error = QCoreApplication::translate("zx::Csv", "a quoted field opened on line %1 is "
                                                           "never closed")
                        .arg(startLine);
            return false;
        }
        fields.append(take(field));
        return true;
    }
};

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.first().trimmed().isEmpty();
}

} // namespace

Result<CsvTable> CsvTable::parse(const QString &input, const QString &source)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    CsvTable table;
    Parser parser{text};
    QStringList fields;
    QString error;
    while (!parser.atEnd()) {
        const int line = parser.line;
        if (!parser.record(fields, error))
            return Error{QStringLiteral("%1: %2").arg(source, error)};
        if (isBlank(fields))
            continue;
        if (table.m_header.isEmpty()) {
            for (QString &h : fields)
                h = h.trimmed();
            table.m_header = fields;
            table.m_headerLine = line;
            continue;
        }
        if (fields.size() != table.m_header.size())
            return Error{QCoreApplication::translate("zx::Csv",
                                                     "%1, line %2: %3 fields, the header has %4")
                             .arg(source)
                             .arg(line)
                             .arg(fields.size())
                             .arg(table.m_header.size())};
        table.m_rows.push_back(fields);
        table.m_lines.push_back(line);
    }
    if (table.m_header.isEmpty())
        return Error{QCoreApplication::translate("zx::Csv", "%1 is empty").arg(source)};
    return table;
}

QString CsvTable::field(qsizetype i, const QString &name) const
{
    const int c = column(name);
    return c < 0 || c >= m_rows[i].size() ? QString() : m_rows[i][c];
}

} // namespace zx
