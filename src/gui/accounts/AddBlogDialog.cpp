#include "gui/accounts/AddBlogDialog.h"

#include "ui_AddBlogDialog.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/accounts/BrowserAuthorization.h"
#include "core/accounts/KeychainSecretStore.h"
#include "core/remote/HttpClient.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>

namespace longhand {

AddBlogDialog::AddBlogDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddBlogDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("addBlogDialog"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AddBlogDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browserSignInButton, &QPushButton::clicked, this, &AddBlogDialog::signInInBrowser);
    connect(m_ui->browserPasswordButton, &QPushButton::clicked, this, &AddBlogDialog::createPasswordInBrowser);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, [this] {
        m_acceptedApiOrigin.clear();
        setProtocol(Site::Protocol::WordPressRest);
    });
    // Is there a keychain? Ask once, in the background.
    showStatus(tr("Checking for a keychain…"));
    onFinished(KeychainSecretStore::probe(), this, [this, shown = m_statusShown](const Status& keychain) {
        // Its answer replaces the "Checking…" line only: a later message (the browser route's, a sign-in
        // error) stays; the choice of store changes either way.
        const bool current = shown == m_statusShown;
        if (keychain) {
            if (current) {
                showStatus(QString());
            }
            return;
        }
        m_ui->keychainRadio->setEnabled(false);
        m_ui->fileRadio->setChecked(true);
        if (current) {
            showStatus(keychain.error().message);
        }
    });
}

AddBlogDialog::~AddBlogDialog() = default;

// A wrapped status of several lines must not squeeze the form: the dialog grows to what the text needs.
void AddBlogDialog::showStatus(const QString& text)
{
    ++m_statusShown;
    m_ui->statusLabel->setText(text);
    if (isVisible()) {
        fitHeight();
    }
}

void AddBlogDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void AddBlogDialog::fitHeight()
{
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height()) {
        resize(width(), needed);
    }
}

void AddBlogDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    showStatus(status);
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->urlEdit), static_cast<QWidget*>(m_ui->userEdit),
                            static_cast<QWidget*>(m_ui->passwordEdit), static_cast<QWidget*>(m_ui->insecureCheck),
                            static_cast<QWidget*>(m_ui->browserSignInButton), static_cast<QWidget*>(m_ui->browserPasswordButton)}) {
        widget->setEnabled(!busy);
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void AddBlogDialog::discoverAuthorization(std::function<void(const QUrl& authorizeUrl)> then)
{
    if (m_busy) {
        return;
    }
    setBusy(true, tr("Looking for %1…").arg(m_ui->urlEdit->text()));
    onFinished(m_accounts.discover(m_ui->urlEdit->text(), m_ui->insecureCheck->isChecked(), m_acceptedApiOrigin), this,
               [this, then](const Result<Discovery>& found) {
                   if (!found && found.error().code == Error::Code::ApiOnOtherOrigin) {
                       askApiOrigin(found.error(), [this, then] { discoverAuthorization(then); });
                       return;
                   }
                   if (!found) {
                       setBusy(false, found.error().message);
                       return;
                   }
                   if (!found->index.applicationPasswords || !found->index.authorizeUrl.isValid()) {
                       setBusy(false, tr("%1 does not offer application passwords.").arg(found->siteUrl.host()));
                       return;
                   }
                   then(found->index.authorizeUrl);
               });
}

void AddBlogDialog::askApiOrigin(const Error& error, std::function<void()> retry)
{
    setBusy(false, error.message);
    const QString origin = HttpClient::originOf(error.otherUrl);
    // Opened, not exec()'d: no nested event loop; the answer arrives as a signal.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Another address"),
                                tr("%1 says its API is at %2.\n\nLonghand would send your application password to %3. "
                                   "Do that only if %3 belongs to your blog.")
                                    .arg(HttpClient::originOf(error.url), error.otherUrl.toString(), origin),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("apiOriginQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("Use %1").arg(origin));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, origin, retry = std::move(retry)](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            return;
        }
        m_acceptedApiOrigin = origin;
        retry();
    });
    box->open();
}

void AddBlogDialog::offerXmlRpc(const Error& error)
{
    setBusy(false, error.message);
    const QString store = m_ui->fileRadio->isChecked() ? tr("private file in your profile") : tr("desktop keychain");
    // Opened, not exec()'d, as askApiOrigin.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Connect through XML-RPC?"),
                                tr("%1 does not let Longhand sign in to its REST API with an application password.\n\n"
                                   "Longhand can connect through XML-RPC instead, with the password you sign in to the "
                                   "blog with (or an application password, if the blog still accepts them). That password "
                                   "will be kept in the %2, as an application password would be, and sent only to the "
                                   "blog's own address.")
                                    .arg(error.url.isValid() ? error.url.host() : m_ui->urlEdit->text(), store),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("xmlRpcOffer"));
    box->setDefaultButton(QMessageBox::Yes);
    box->button(QMessageBox::Yes)->setText(tr("Use &XML-RPC"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, store](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            return;
        }
        setProtocol(Site::Protocol::WordPressXmlRpc);
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        showStatus(tr("Enter the password you sign in to your blog with and press Connect. It will be kept in the %1.").arg(store));
    });
    box->open();
}

void AddBlogDialog::setProtocol(Site::Protocol protocol)
{
    if (protocol == m_protocol) {
        return;
    }
    m_protocol = protocol;
    const bool xmlRpc = protocol == Site::Protocol::WordPressXmlRpc;
    m_ui->passwordLabel->setText(xmlRpc ? tr("Account &password:") : tr("Application &password:"));
    m_ui->passwordEdit->setAccessibleName(xmlRpc ? tr("Account password") : tr("Application password"));
    m_ui->passwordEdit->setPlaceholderText(xmlRpc ? QString() : QStringLiteral("xxxx xxxx xxxx xxxx xxxx xxxx"));
    m_ui->passwordEdit->setProperty("protocol", xmlRpc ? QStringLiteral("xmlrpc") : QStringLiteral("rest"));
    // The browser routes make application passwords for REST: not offered where the blog refused REST.
    m_ui->browserSignInButton->setVisible(!xmlRpc);
    m_ui->browserPasswordButton->setVisible(!xmlRpc);
    if (m_restIntro.isEmpty()) {
        m_restIntro = m_ui->introLabel->text();
    }
    m_ui->introLabel->setText(xmlRpc ? tr("This blog refuses application passwords or its REST API, so Longhand signs in "
                                          "through XML-RPC with the password you sign in to the blog with (or an "
                                          "application password, where the blog still accepts them).")
                                     : m_restIntro);
}

QString AddBlogDialog::appName()
{
    return tr("Longhand on %1").arg(QSysInfo::machineHostName());
}

void AddBlogDialog::signInInBrowser()
{
    discoverAuthorization([this](const QUrl& authorizeUrl) {
        if (!m_browser) {
            m_browser = new BrowserAuthorization(this);
            connect(m_browser, &BrowserAuthorization::authorized, this, [this](const QUrl&, const QString& user, const QString& password) {
                m_ui->userEdit->setText(user);
                m_ui->passwordEdit->setText(password);
                setBusy(false, tr("Approved in the browser."));
                accept();
            });
            connect(m_browser, &BrowserAuthorization::rejected, this, [this](const QString& message) { setBusy(false, message); });
            connect(m_browser, &BrowserAuthorization::failed, this, [this](const QString& message) { setBusy(false, message); });
        }
        const QUrl url = m_browser->start(authorizeUrl, appName());
        if (url.isEmpty()) {
            return;
        }
        QDesktopServices::openUrl(url);
        // Busy (waiting for the answer) but the other route stays open: a production blog refuses to send the password back.
        m_ui->browserPasswordButton->setEnabled(true);
        showStatus(tr("Approve Longhand in your browser, then come back here. If your blog says the URL must be "
                                      "served over a secure connection, use “Create a Password in the Browser” instead. "
                                      "(If no browser opened, visit %1)")
                                       .arg(url.toString()));
    });
}

// Any blog: WordPress shows the new password on its page; the user copies it here.
void AddBlogDialog::createPasswordInBrowser()
{
    if (m_browser) {
        m_browser->cancel(); // stop waiting for an answer that will not come
        setBusy(false, QString());
    }
    discoverAuthorization([this](const QUrl& authorizeUrl) {
        const QUrl url = BrowserAuthorization::shownPasswordAddress(authorizeUrl, appName());
        QDesktopServices::openUrl(url);
        setBusy(false, tr("Approve Longhand in your browser, then copy the password your blog shows into “Application password”, "
                          "fill in your user name and press Connect. (If no browser opened, visit %1)")
                           .arg(url.toString()));
        m_ui->passwordEdit->setFocus();
    });
}

void AddBlogDialog::accept()
{
    if (m_busy) {
        return;
    }
    NewAccount account;
    account.siteUrl = m_ui->urlEdit->text();
    account.userName = m_ui->userEdit->text();
    account.password = m_ui->passwordEdit->text();
    account.allowInsecureHttp = m_ui->insecureCheck->isChecked();
    account.acceptedApiOrigin = m_acceptedApiOrigin;
    account.secretStore = m_ui->fileRadio->isChecked() ? SecretStore::Kind::File : SecretStore::Kind::Keychain;
    account.protocol = m_protocol;
    setBusy(true, tr("Connecting to %1…").arg(account.siteUrl));
    onFinished(m_accounts.addAccount(account), this, [this](const Result<Site>& site) {
        if (!site && site.error().code == Error::Code::ApiOnOtherOrigin) {
            askApiOrigin(site.error(), [this] { accept(); });
            return;
        }
        if (!site && site.error().meaning == Error::Meaning::RestRefused && m_protocol == Site::Protocol::WordPressRest) {
            offerXmlRpc(site.error());
            return;
        }
        if (!site) {
            setBusy(false, site.error().message);
            m_ui->statusLabel->setProperty("error", true);
            return;
        }
        m_site = site.value();
        m_ui->passwordEdit->clear();
        setBusy(false, tr("Connected to %1.").arg(m_site.name));
        Q_EMIT blogAdded(m_site);
        QDialog::accept();
    });
}

} // namespace longhand
