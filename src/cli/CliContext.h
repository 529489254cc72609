#pragma once

#include "core/Error.h"
#include "core/Profile.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>

namespace longhand {

class AccountService;
class StorageExecutor;

// What every command gets: the parsed command line, the profile, the storage thread and the
// accounts. A command finishes by calling succeed() or fail(); the event loop then ends.
class CliContext
{
public:
    CliContext(QCommandLineParser& parser, Profile profile);
    ~CliContext();

    QCommandLineParser& parser() { return m_parser; }
    const Profile& profile() const { return m_profile; }
    StorageExecutor& storage() { return *m_storage; }
    AccountService& accounts() { return *m_accounts; }
    QStringList arguments() const { return m_parser.positionalArguments(); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    void printJson(const QJsonDocument& document);

    // The application password: LONGHAND_PASSWORD, else one line of standard input. Never an argument.
    Result<QString> readPassword();
    // --site, or the only blog when there is one.
    void withSite(std::function<void(qint64 siteId)> next);

    void succeed();
    void fail(const QString& message, int code = 1);
    void fail(const Error& error) { fail(error.message, error.code == Error::Code::InvalidInput ? 2 : 1); }
    int exitCode() const { return m_exitCode; }

private:
    QCommandLineParser& m_parser;
    Profile m_profile;
    std::unique_ptr<StorageExecutor> m_storage;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<QIODevice> m_outDevice; // TerminalDevice: no control character from a blog reaches the terminal
    std::unique_ptr<QIODevice> m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
    int m_exitCode = 0;
    bool m_done = false;
};

} // namespace longhand
