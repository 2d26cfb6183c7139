#pragma once

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace zx {

// Passwords of servers in the desktop's keyring (Secret Service, KWallet…) through QtKeychain,
// kept under the server's Connection::text(), which holds no password. Every call answers
// later, on the UI thread, through `done`; `context` going away first drops the answer.
// Where no keyring answers (a bare X server, the tests) the calls say so: the desktop then asks
// for the password each time and keeps it nowhere.
namespace serverpasswords {

enum class Keyring { Answered, Unavailable };

struct Stored
{
    Keyring keyring = Keyring::Unavailable;
    std::optional<QString> password; // answered, and one is stored for the server
    QString error;                   // unavailable: what the keyring said
};

void read(const QString &server, QObject *context, std::function<void(const Stored &)> done);
// `done` may be empty; the answer says whether the keyring took it.
void write(const QString &server, const QString &password, QObject *context,
           std::function<void(const Stored &)> done = {});
void forget(const QString &server);

} // namespace serverpasswords
} // namespace zx
