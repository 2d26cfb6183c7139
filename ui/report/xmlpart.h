#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

namespace zx {

// One XML part of a zip package (.docx, .odt), written with QXmlStreamWriter into memory.
// Names are written as given ("w:p", "text:p"); the root element declares the prefixes.
class XmlPart
{
public:
    XmlPart()
    {
        m_buffer.setBuffer(&m_data);
        m_buffer.open(QIODevice::WriteOnly);
        m_xml.setDevice(&m_buffer);
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
    }
    XmlPart(const XmlPart &) = delete;
    XmlPart &operator=(const XmlPart &) = delete;

    QXmlStreamWriter &xml() { return m_xml; }
    void start(const char *name) { m_xml.writeStartElement(QLatin1String(name)); }
    void end() { m_xml.writeEndElement(); }
    void attr(const char *name, const QString &value) { m_xml.writeAttribute(QLatin1String(name), value); }
    void attr(const char *name, const char *value) { attr(name, QString::fromUtf8(value)); }
    void attr(const char *name, int value) { attr(name, QString::number(value)); }
    void attr(const char *name, qint64 value) { attr(name, QString::number(value)); }
    // An element with attributes (name, value, name, value …) and nothing inside.
    template <typename... Attrs>
    void empty(const char *name, Attrs &&...attrs)
    {
        m_xml.writeEmptyElement(QLatin1String(name));
        attrs_(std::forward<Attrs>(attrs)...);
    }
    // Text content, without the characters XML 1.0 cannot carry (controls other than tab and
    // line feed, which become spaces: a clerk's figure comment may hold a line break).
    void text(const QString &s) { m_xml.writeCharacters(clean(s)); }
    QByteArray finish()
    {
        m_xml.writeEndDocument();
        return m_data;
    }

    static QString clean(const QString &s)
    {
        QString out;
        out.reserve(s.size());
        for (const QChar c : s) {
            if (c == u'\t' || c == u'\n' || c == u'\r')
                out += u' ';
            else if (c.unicode() >= 0x20 && c.unicode() != 0xFFFE && c.unicode() != 0xFFFF)
                out += c;
        }
        return out;
    }

private:
    void attrs_() {}
    template <typename V, typename... Rest>
    void attrs_(const char *name, V &&value, Rest &&...rest)
    {
        attr(name, std::forward<V>(value));
        attrs_(std::forward<Rest>(rest)...);
    }

    QByteArray m_data;
    QBuffer m_buffer;
    QXmlStreamWriter m_xml;
};

} // namespace zx
