#include "connection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <libpq-fe.h>

#include <pwd.h>
#include <unistd.h>

namespace zx {

namespace {

bool looksLikeServer(const QString &text)
{
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://")))
        return true;
    // A keyword string that starts with one of libpq's keywords a person gives first
    // ("service=county", "host=… dbname=…"); a file of that name wins.
    static const QRegularExpression keywordString(
        QStringLiteral("^\\s*(service|host|hostaddr|port|dbname|user)\\s*="));
    return keywordString.match(text).hasMatch() && !QFileInfo::exists(text);
}

QString envOr(const char *variable, const QString &fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() ? fallback : value;
}

} // namespace

QString systemUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

Connection Connection::file(const QString &path)
{
    Connection c;
    c.m_kind = Kind::File;
    c.m_path = path;
    return c;
}

Connection Connection::parse(const QString &text)
{
    if (!looksLikeServer(text))
        return file(text);
    Connection c;
    c.m_kind = Kind::Server;
    char *message = nullptr;
    const QByteArray utf8 = text.toUtf8();
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &message);
    if (!options) {
        c.m_error = QCoreApplication::translate("zx::Connection", "%1 is not a server address libpq "
                                                                  "understands: %2")
                        .arg(text, message ? QString::fromUtf8(message).trimmed()
                                           : QCoreApplication::translate("zx::Connection", "out of memory"));
        PQfreemem(message);
        return c;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o)
        if (o->val && *o->val)
            c.m_parameters.append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    PQconninfoFree(options);
    return c;
}

QString Connection::parameter(const QString &keyword) const
{
    for (const auto &[key, value] : m_parameters)
        if (key == keyword)
            return value;
    return QString();
}

QString Connection::database() const
{
    // libpq's own defaults: PGDATABASE, else the user name.
    const QString named = parameter(QStringLiteral("dbname"));
    return named.isEmpty() ? envOr("PGDATABASE", user()) : named;
}

QString Connection::host() const
{
    const QString named = parameter(QStringLiteral("host"));
    return named.isEmpty() ? envOr("PGHOST", QStringLiteral("localhost")) : named;
}

QString Connection::user() const
{
    const QString named = parameter(QStringLiteral("user"));
    if (!named.isEmpty())
        return named;
    // libpq's default: PGUSER, else the name of the operating-system user.
    if (const QString pgUser = qEnvironmentVariable("PGUSER"); !pgUser.isEmpty())
        return pgUser;
    if (const passwd *account = ::getpwuid(::geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return qEnvironmentVariable("USER");
}

int Connection::port() const
{
    const QString named = parameter(QStringLiteral("port"));
    return (named.isEmpty() ? envOr("PGPORT", QStringLiteral("5432")) : named).toInt();
}

void Connection::setPassword(const QString &password)
{
    for (auto &[key, value] : m_parameters)
        if (key == QLatin1String("password")) {
            value = password;
            return;
        }
    m_parameters.append({QStringLiteral("password"), password});
}

QString Connection::display() const
{
    if (!isServer())
        return m_path;
    if (const QString service = parameter(QStringLiteral("service")); !service.isEmpty() &&
                                                                      parameter(QStringLiteral("host")).isEmpty())
        return QStringLiteral("service=%1").arg(service);
    return QStringLiteral("%1@%2:%3/%4").arg(user(), host()).arg(port()).arg(database());
}

QString Connection::text() const
{
    if (!isServer())
        return m_path;
    // A keyword string of what was given, the password left out.
    QStringList parts;
    for (const auto &[key, value] : m_parameters) {
        if (key == QLatin1String("password"))
            continue;
        const bool plain = !value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'') &&
                           !value.contains(u'\\');
        parts << key + u'=' + (plain ? value : quotedValue(value));
    }
    return parts.join(u' ');
}

QString Connection::quotedValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return u'\'' + quoted + u'\'';
}

bool Connection::operator==(const Connection &other) const
{
    return m_kind == other.m_kind && m_path == other.m_path && m_parameters == other.m_parameters;
}

} // namespace zx
