// The Add Blog dialog when the blog refuses REST (issue 14): the refusal offers XML-RPC, saying that the account
// password will be kept in the keychain or the private file; on yes the password field asks for the account
// password and Connect adds the blog through XML-RPC. Offscreen; widgets found by objectName.
#include "core/accounts/AccountService.h"
#include "core/storage/StorageExecutor.h"
#include "gui/accounts/AddBlogDialog.h"

#include "support/FakeLockedBlog.h"
#include "support/TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestAddBlogDialogXmlRpc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedRestOffersXmlRpc();
    void declinedOfferStaysRest();

private:
    template <typename T>
    static T* field(QWidget& parent, const char* name)
    {
        T* widget = parent.findChild<T*>(QLatin1String(name));
        if (!widget) {
            qFatal("no widget %s", name);
        }
        return widget;
    }
    struct Setup
    {
        FakeLockedBlog blog;
        std::unique_ptr<TempDatabase> database = makeTempDatabase();
        StorageExecutor storage {database->path()};
        QTemporaryDir profile;
        AccountService accounts {storage, profile.path()};
    };
    static void fillIn(AddBlogDialog& dialog, const QString& password);
    static QMessageBox* offer(AddBlogDialog& dialog);
};

void TestAddBlogDialogXmlRpc::fillIn(AddBlogDialog& dialog, const QString& password)
{
    field<QLineEdit>(dialog, "urlEdit")->setText(FakeLockedBlog::site());
    field<QLineEdit>(dialog, "userEdit")->setText(QStringLiteral("ann"));
    field<QLineEdit>(dialog, "passwordEdit")->setText(password);
    field<QRadioButton>(dialog, "fileRadio")->setChecked(true);
}

QMessageBox* TestAddBlogDialogXmlRpc::offer(AddBlogDialog& dialog)
{
    QMessageBox* box = nullptr;
    (void)QTest::qWaitFor([&] {
        box = dialog.findChild<QMessageBox*>(QStringLiteral("xmlRpcOffer"));
        return box && box->isVisible();
    }, 10000);
    return box;
}

void TestAddBlogDialogXmlRpc::refusedRestOffersXmlRpc()
{
    Setup setup;
    setup.accounts.setNetworkFactory([&setup] {
        return new FakeNetworkAccessManager([&setup](const FakeRequest& request) { return setup.blog.answer(request); });
    });
    AddBlogDialog dialog(setup.accounts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillIn(dialog, QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
    dialog.accept();

    QMessageBox* box = offer(dialog);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("XML-RPC")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("private file")), qPrintable(box->text())); // where the password goes
    box->button(QMessageBox::Yes)->click();

    QTRY_COMPARE(field<QLineEdit>(dialog, "passwordEdit")->property("protocol").toString(), QStringLiteral("xmlrpc"));
    QVERIFY(field<QLabel>(dialog, "passwordLabel")->text().contains(QLatin1String("Account")));
    QVERIFY(field<QPushButton>(dialog, "browserSignInButton")->isHidden()); // the browser makes REST passwords
    QVERIFY(field<QPushButton>(dialog, "browserPasswordButton")->isHidden());
    QVERIFY(field<QLabel>(dialog, "introLabel")->text().contains(QLatin1String("XML-RPC")));
    QVERIFY(field<QLineEdit>(dialog, "passwordEdit")->text().isEmpty()); // the application password is not reused
    QVERIFY(field<QLabel>(dialog, "statusLabel")->text().contains(QLatin1String("private file")));

    field<QLineEdit>(dialog, "passwordEdit")->setText(QString::fromUtf8(FakeLockedBlog::accountPassword()));
    dialog.accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 10000);
    QCOMPARE(dialog.addedSite().protocol, Site::Protocol::WordPressXmlRpc);
    QCOMPARE(dialog.addedSite().xmlRpcEndpoint, QUrl(QStringLiteral("https://blog.example/xmlrpc.php")));
}

void TestAddBlogDialogXmlRpc::declinedOfferStaysRest()
{
    Setup setup;
    setup.accounts.setNetworkFactory([&setup] {
        return new FakeNetworkAccessManager([&setup](const FakeRequest& request) { return setup.blog.answer(request); });
    });
    AddBlogDialog dialog(setup.accounts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillIn(dialog, QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
    dialog.accept();
    QMessageBox* box = offer(dialog);
    QVERIFY(box);
    box->button(QMessageBox::No)->click();
    QTest::qWait(50);
    QVERIFY(field<QLabel>(dialog, "passwordLabel")->text().contains(QLatin1String("Application")));
    QVERIFY(!field<QLabel>(dialog, "statusLabel")->text().isEmpty()); // the refusal stays said
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(TestAddBlogDialogXmlRpc)
#include "tst_addblogdialog_xmlrpc.moc"
