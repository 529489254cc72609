#include "CliContext.h"

#include "TerminalDevice.h"
#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>
#include <QFile>

namespace longhand {

CliContext::CliContext(QCommandLineParser& parser, Profile profile)
    : m_parser(parser)
    , m_profile(std::move(profile))
    , m_storage(std::make_unique<StorageExecutor>(m_profile.databasePath()))
    , m_accounts(std::make_unique<AccountService>(*m_storage, m_profile.rootPath()))
    , m_outDevice(std::make_unique<TerminalDevice>(stdout))
    , m_errDevice(std::make_unique<TerminalDevice>(stderr))
    , m_out(m_outDevice.get())
    , m_err(m_errDevice.get())
{
}

CliContext::~CliContext()
{
    m_accounts.reset();
    m_storage.reset();
}

void CliContext::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

Result<QString> CliContext::readPassword()
{
    const QByteArray fromEnvironment = qgetenv("LONGHAND_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        return QString::fromUtf8(fromEnvironment);
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return Error::make(Error::Code::InvalidInput, QCoreApplication::translate("cli", "Cannot read the password from standard input."));
    }
    const QString line = QString::fromUtf8(input.readLine()).trimmed();
    if (line.isEmpty()) {
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("cli", "No password: set LONGHAND_PASSWORD or give it on standard input."));
    }
    return line;
}

void CliContext::withSite(std::function<void(qint64)> next)
{
    if (m_parser.isSet(QStringLiteral("site"))) {
        bool ok = false;
        const qint64 id = m_parser.value(QStringLiteral("site")).toLongLong(&ok);
        if (!ok || id <= 0) {
            fail(QCoreApplication::translate("cli", "--site takes a blog id (see: account list)."), 2);
            return;
        }
        next(id);
        return;
    }
    onFinished(m_accounts->sites(), m_accounts.get(), [this, next](const Result<QList<Site>>& sites) {
        if (!sites) {
            fail(sites.error());
            return;
        }
        if (sites->isEmpty()) {
            fail(QCoreApplication::translate("cli", "No blog is connected yet (see: account add)."));
            return;
        }
        if (sites->size() > 1) {
            fail(QCoreApplication::translate("cli", "Several blogs are connected: choose one with --site ID (see: account list)."), 2);
            return;
        }
        next(sites->constFirst().id);
    });
}

void CliContext::succeed()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_out.flush();
    QCoreApplication::exit(0);
}

void CliContext::fail(const QString& message, int code)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_exitCode = code;
    m_out.flush();
    m_err << message.simplified() << Qt::endl;
    QCoreApplication::exit(code);
}

} // namespace longhand
