// account add | list | verify | remove
#include "CliContext.h"
#include "Commands.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/remote/HttpClient.h"
#include "core/remote/WpJson.h"
#include "core/TerminalText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text); // the context lupdate gives free tr() calls in namespace longhand
}

QString protocolName(const Site& site)
{
    return site.protocol == Site::Protocol::WordPressXmlRpc ? QStringLiteral("xmlrpc") : QStringLiteral("rest");
}

QJsonObject siteJson(const Site& site)
{
    return QJsonObject {
        {QStringLiteral("id"), site.id},
        {QStringLiteral("name"), site.name},
        {QStringLiteral("url"), site.baseUrl.toString()},
        {QStringLiteral("rest_root"), site.restRoot.toString()},
        {QStringLiteral("protocol"), protocolName(site)},
        {QStringLiteral("xmlrpc_endpoint"), site.xmlRpcEndpoint.toString()},
        {QStringLiteral("user"), site.userName},
        {QStringLiteral("roles"), QJsonArray::fromStringList(site.roles)},
        {QStringLiteral("secret_store"), site.secretStore == Site::SecretStoreKind::File ? QStringLiteral("file") : QStringLiteral("keychain")},
        {QStringLiteral("allow_insecure_http"), site.allowInsecureHttp},
        {QStringLiteral("last_sync"), site.lastSyncAt.isValid() ? site.lastSyncAt.toString(Qt::ISODate) : QString()},
    };
}

void add(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    if (!parser.isSet(QStringLiteral("url")) || !parser.isSet(QStringLiteral("user"))) {
        context.fail(tr("account add needs --url URL and --user NAME."), 2);
        return;
    }
    NewAccount account;
    account.siteUrl = parser.value(QStringLiteral("url"));
    account.userName = parser.value(QStringLiteral("user"));
    account.allowInsecureHttp = parser.isSet(QStringLiteral("allow-insecure-http"));
    account.acceptedApiOrigin = parser.value(QStringLiteral("accept-api-origin"));
    const QString store = parser.value(QStringLiteral("secret-store"));
    if (!store.isEmpty() && store != QLatin1String("keychain") && store != QLatin1String("file")) {
        context.fail(tr("--secret-store is keychain or file."), 2);
        return;
    }
    account.secretStore = store == QLatin1String("file") ? SecretStore::Kind::File : SecretStore::Kind::Keychain;
    const QString protocol = parser.value(QStringLiteral("protocol"));
    if (!protocol.isEmpty() && protocol != QLatin1String("rest") && protocol != QLatin1String("xmlrpc")) {
        context.fail(tr("--protocol is rest or xmlrpc."), 2);
        return;
    }
    account.protocol = protocol == QLatin1String("xmlrpc") ? Site::Protocol::WordPressXmlRpc : Site::Protocol::WordPressRest;
    auto password = context.readPassword();
    if (!password) {
        context.fail(password.error());
        return;
    }
    account.password = password.value();
    onFinished(context.accounts().addAccount(account), &context.accounts(), [&context](const Result<Site>& site) {
        if (!site && site.error().code == Error::Code::ApiOnOtherOrigin) {
            // Not interactive (scripts run this): the user says which origin, knowingly, and runs it again.
            const QString origin = HttpClient::originOf(site.error().otherUrl);
            context.fail(site.error().message + QLatin1Char(' ')
                             + tr("If it does, run the command again with --accept-api-origin %1.").arg(origin),
                         3);
            return;
        }
        if (!site && site.error().meaning == Error::Meaning::RestRefused) {
            // Exit 5: a script can tell "try XML-RPC" from any other failure.
            context.fail(site.error().message + QLatin1Char(' ')
                             + tr("To connect through XML-RPC, run the command again with --protocol xmlrpc and the account's "
                                  "password (it is kept in the keychain or secrets file, as an application password would be)."),
                         5);
            return;
        }
        if (!site && site.error().code == Error::Code::AlreadyConnected) {
            context.fail(site.error().message, 4); // scripts that add "if missing" can tell this from a failure
            return;
        }
        if (!site) {
            context.fail(site.error());
            return;
        }
        if (context.json()) {
            context.printJson(QJsonDocument(siteJson(site.value())));
        } else {
            context.out() << tr("Connected blog %1: %2 (%3) as %4, password in the %5.")
                                 .arg(site->id)
                                 .arg(site->name, site->baseUrl.toString(), site->userName,
                                      site->secretStore == Site::SecretStoreKind::File ? tr("secrets file") : tr("keychain"))
                          << Qt::endl;
            if (site->protocol == Site::Protocol::WordPressXmlRpc) {
                context.out() << tr("Reached through XML-RPC at %1.").arg(site->xmlRpcEndpoint.toString()) << Qt::endl;
            }
        }
        context.succeed();
    });
}

void list(CliContext& context)
{
    onFinished(context.accounts().sites(), &context.accounts(), [&context](const Result<QList<Site>>& sites) {
        if (!sites) {
            context.fail(sites.error());
            return;
        }
        if (context.json()) {
            QJsonArray array;
            for (const Site& site : sites.value()) {
                array.append(siteJson(site));
            }
            context.printJson(QJsonDocument(array));
        } else {
            for (const Site& site : sites.value()) {
                context.out() << site.id << '\t' << TerminalText::field(site.name) << '\t' << TerminalText::field(site.baseUrl.toString()) << '\t'
                              << TerminalText::field(site.userName) << '\t' << protocolName(site) << '\t'
                              << (site.lastSyncAt.isValid() ? site.lastSyncAt.toString(Qt::ISODate) : tr("never synced")) << Qt::endl;
            }
        }
        context.succeed();
    });
}

void verify(CliContext& context)
{
    context.withSite([&context](qint64 siteId) {
        onFinished(context.accounts().verify(siteId), &context.accounts(), [&context, siteId](const Result<RemoteUser>& user) {
            if (!user) {
                context.fail(user.error());
                return;
            }
            if (context.json()) {
                context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("site"), siteId},
                                                             {QStringLiteral("user_id"), user->id},
                                                             {QStringLiteral("name"), user->name},
                                                             {QStringLiteral("roles"), QJsonArray::fromStringList(user->roles)}}));
            } else {
                context.out() << tr("Blog %1: signed in as %2 (%3).").arg(siteId).arg(user->name, user->roles.join(QStringLiteral(", ")))
                              << Qt::endl;
            }
            context.succeed();
        });
    });
}

void remove(CliContext& context)
{
    if (!context.parser().isSet(QStringLiteral("site"))) {
        context.fail(tr("account remove needs --site ID."), 2);
        return;
    }
    context.withSite([&context](qint64 siteId) {
        onFinished(context.accounts().removeAccount(siteId), &context.accounts(), [&context, siteId](const Status& removed) {
            if (!removed) {
                context.fail(removed.error());
                return;
            }
            context.out() << tr("Removed blog %1 and its password.").arg(siteId) << Qt::endl;
            context.succeed();
        });
    });
}

} // namespace

void runAccountCommand(CliContext& context)
{
    const QString sub = context.arguments().value(1);
    if (sub == QLatin1String("add")) {
        add(context);
    } else if (sub == QLatin1String("list")) {
        list(context);
    } else if (sub == QLatin1String("verify")) {
        verify(context);
    } else if (sub == QLatin1String("remove")) {
        remove(context);
    } else {
        context.fail(tr("account takes add, list, verify or remove."), 2);
    }
}

} // namespace longhand
