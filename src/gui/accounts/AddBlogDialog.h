#pragma once

#include "core/domain/Site.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class AddBlogDialog;
}

namespace longhand {

class AccountService;
class BrowserAuthorization;
struct Error;

// Connects a blog: address, user name, application password, where to keep the password. Checks
// whether a keychain works here first and, if not, says so and offers the private file instead.
// Everything happens asynchronously; the dialog stays responsive and can be cancelled.
class AddBlogDialog final : public QDialog
{
    Q_OBJECT

public:
    AddBlogDialog(AccountService& accounts, QWidget* parent = nullptr);
    ~AddBlogDialog() override;

    const Site& addedSite() const { return m_site; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void blogAdded(const longhand::Site& site);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setBusy(bool busy, const QString& status);
    void showStatus(const QString& text);
    int m_statusShown = 0; // how many status lines were shown: the keychain probe answers only its own
    void fitHeight();
    void signInInBrowser();
    void createPasswordInBrowser();
    void discoverAuthorization(std::function<void(const QUrl& authorizeUrl)> then);
    // The blog names its API on another address: ask, and on yes run retry with that origin accepted.
    void askApiOrigin(const Error& error, std::function<void()> retry);
    // The blog refuses application passwords or REST (Error::Meaning::RestRefused): offer XML-RPC with the account
    // password; on yes the password field asks for it.
    void offerXmlRpc(const Error& error);
    void setProtocol(Site::Protocol protocol);
    static QString appName();

    std::unique_ptr<Ui::AddBlogDialog> m_ui;
    AccountService& m_accounts;
    Site m_site;
    bool m_busy = false;
    QString m_acceptedApiOrigin; // confirmed by the user for the address typed now; cleared when it changes
    Site::Protocol m_protocol = Site::Protocol::WordPressRest; // XML-RPC once the user chose it for this address
    QString m_restIntro; // the introduction for REST, back when the address changes
    BrowserAuthorization* m_browser = nullptr;
};

} // namespace longhand
