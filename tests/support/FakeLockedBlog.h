#pragma once

// A WordPress as the fixture's rest-locked mode shows it (application passwords off or REST refusing signed-in
// requests; REST readable anonymously; XML-RPC open with the account password), on a FakeNetworkAccessManager:
// for AccountService's choice between REST and XML-RPC (tst_accountservice_xmlrpc, tst_addblogdialog_xmlrpc).
#include "support/FakeNetwork.h"

#include <QByteArray>
#include <QString>

namespace longhand::test {

struct FakeLockedBlog
{
    enum class RestMode { NoApplicationPasswords, Locked, WrongPassword };
    static QString site() { return QStringLiteral("https://blog.example/"); }
    static QByteArray accountPassword() { return "correct horse battery"; }

    RestMode rest = RestMode::Locked;

    FakeResponse answer(const FakeRequest& request) const;
    static FakeResponse xmlRpc(const QByteArray& body);
};

} // namespace longhand::test
