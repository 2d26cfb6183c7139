#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

// The subcommands of zhenxing-cli. Each takes its own arguments (after the command name)
// and returns the process exit code: 0 success, 1 a user error (one line on stderr naming
// what is wrong), 2 bad arguments.
namespace zx::cli {

enum ExitCode { Success = 0, UserError = 1, BadArguments = 2 };

// What every command shares: prints "zhenxing-cli: MESSAGE" on stderr and returns `code`.
int fail(const QString &message, int code = UserError);
// A database as the CLI names it in what it prints: a file's path as given; a server as
// user@host:port/database — never its password.
QString shownName(const QString &database);
// The same as an argument to give zhenxing-cli again: the path, or the server's libpq keyword
// string without its password, quoted for a shell.
QString argumentFor(const QString &database);
// Parses `args` (command name first); on --help prints the command's help. Returns the exit
// code to stop with (bad arguments, help shown, wrong count of positionals), or nullopt.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args,
                         const QString &synopsis, int positionals);

int sample(const QStringList &args);
int summary(const QStringList &args);
int check(const QStringList &args);
int set(const QStringList &args);
int audit(const QStringList &args);
// submit | approve | return | reopen: the command name is args[0].
int review(const QStringList &args);
// import DB FILE [--dry-run] (values or targets CSV); export DB FILE [--what W] [--year Y].
int importFile(const QStringList &args);
int exportFile(const QStringList &args);

QString usage();

} // namespace zx::cli
