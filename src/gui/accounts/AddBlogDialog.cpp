#include "gui/accounts/AddBlogDialog.h"

#include "ui_AddBlogDialog.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/accounts/KeychainSecretStore.h"

#include <QPushButton>

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
                            static_cast<QWidget*>(m_ui->passwordEdit), static_cast<QWidget*>(m_ui->insecureCheck)}) {
        widget->setEnabled(!busy);
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
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
