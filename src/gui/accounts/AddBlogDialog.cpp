#include "gui/accounts/AddBlogDialog.h"

#include "ui_AddBlogDialog.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/accounts/BrowserAuthorization.h"
#include "core/accounts/KeychainSecretStore.h"

#include <QDesktopServices>
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
    // Is there a keychain? Ask once, in the background.
    m_ui->statusLabel->setText(tr("Checking for a keychain…"));
    onFinished(KeychainSecretStore::probe(), this, [this](const Status& keychain) {
        if (keychain) {
            m_ui->statusLabel->clear();
            return;
        }
        m_ui->keychainRadio->setEnabled(false);
        m_ui->fileRadio->setChecked(true);
        m_ui->statusLabel->setText(keychain.error().message);
    });
}

AddBlogDialog::~AddBlogDialog() = default;

void AddBlogDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_ui->statusLabel->setText(status);
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->urlEdit), static_cast<QWidget*>(m_ui->userEdit),
                            static_cast<QWidget*>(m_ui->passwordEdit), static_cast<QWidget*>(m_ui->insecureCheck),
                            static_cast<QWidget*>(m_ui->browserSignInButton)}) {
        widget->setEnabled(!busy);
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void AddBlogDialog::signInInBrowser()
{
    if (m_busy) {
        return;
    }
    setBusy(true, tr("Looking for %1…").arg(m_ui->urlEdit->text()));
    onFinished(m_accounts.discover(m_ui->urlEdit->text(), m_ui->insecureCheck->isChecked()), this, [this](const Result<Discovery>& found) {
        if (!found) {
            setBusy(false, found.error().message);
            return;
        }
        if (!found->index.applicationPasswords || !found->index.authorizeUrl.isValid()) {
            setBusy(false, tr("%1 does not offer application passwords.").arg(found->siteUrl.host()));
            return;
        }
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
        const QUrl url = m_browser->start(found->index.authorizeUrl, tr("Longhand on %1").arg(QSysInfo::machineHostName()));
        if (url.isEmpty()) {
            return;
        }
        QDesktopServices::openUrl(url);
        m_ui->statusLabel->setText(tr("Approve Longhand in your browser, then come back here. (If no browser opened, visit %1)")
                                       .arg(url.toString()));
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
    account.secretStore = m_ui->fileRadio->isChecked() ? SecretStore::Kind::File : SecretStore::Kind::Keychain;
    setBusy(true, tr("Connecting to %1…").arg(account.siteUrl));
    onFinished(m_accounts.addAccount(account), this, [this](const Result<Site>& site) {
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
