// AppStateRepository: small key/value state kept in SQLite so that it survives a kill.
#include "core/storage/AppStateRepository.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace longhand;

class TestAppStateRepository : public QObject
{
    Q_OBJECT

private slots:
    void missingKeyGivesFallback();
    void setGetOverwriteRemove();
    void emptyValueIsAValue();
    void survivesReopening();
};

void TestAppStateRepository::missingKeyGivesFallback()
{
    auto temp = test::makeTempDatabase();
    AppStateRepository state(*temp->database);
    QCOMPARE(state.value(QStringLiteral("nothing")).valueOr(QStringLiteral("error")), QString());
    QCOMPARE(state.value(QStringLiteral("nothing"), QStringLiteral("fallback")).valueOr(QStringLiteral("error")),
             QStringLiteral("fallback"));
}

void TestAppStateRepository::setGetOverwriteRemove()
{
    auto temp = test::makeTempDatabase();
    AppStateRepository state(*temp->database);
    const QString key = AppStateRepository::openReviewKey();
    QVERIFY(state.setValue(key, QStringLiteral("12")));
    QVERIFY(state.setValue(QStringLiteral("other"), QStringLiteral("Ünïcödé ✓")));
    QCOMPARE(state.value(key).valueOr({}), QStringLiteral("12"));

    QVERIFY(state.setValue(key, QStringLiteral("13")));
    QCOMPARE(state.value(key, QStringLiteral("fallback")).valueOr({}), QStringLiteral("13"));
    QCOMPARE(test::queryValue(*temp->database, QStringLiteral("SELECT count(*) FROM app_state")).toInt(), 2);

    QVERIFY(state.remove(key));
    QCOMPARE(state.value(key, QStringLiteral("fallback")).valueOr({}), QStringLiteral("fallback"));
    QCOMPARE(state.value(QStringLiteral("other")).valueOr({}), QStringLiteral("Ünïcödé ✓")); // only that key
    QVERIFY(state.remove(key)); // removing what is not there is fine
}

void TestAppStateRepository::emptyValueIsAValue()
{
    auto temp = test::makeTempDatabase();
    AppStateRepository state(*temp->database);
    const Status stored = state.setValue(QStringLiteral("search"), QString());
    QVERIFY2(stored, qPrintable(test::errorOf(stored)));
    QCOMPARE(state.value(QStringLiteral("search"), QStringLiteral("fallback")).valueOr({}), QString());
    QVERIFY(state.setValue(QStringLiteral("search"), QStringLiteral("")));
    QCOMPARE(state.value(QStringLiteral("search"), QStringLiteral("fallback")).valueOr({}), QString());
}

void TestAppStateRepository::survivesReopening()
{
    auto temp = test::makeTempDatabase();
    QVERIFY(AppStateRepository(*temp->database).setValue(AppStateRepository::openReviewKey(), QStringLiteral("7")));
    temp->database.reset();
    auto reopened = Database::open(temp->path());
    QVERIFY2(reopened, qPrintable(test::errorOf(reopened)));
    QCOMPARE(AppStateRepository(**reopened).value(AppStateRepository::openReviewKey()).valueOr({}), QStringLiteral("7"));
}

QTEST_GUILESS_MAIN(TestAppStateRepository)
#include "tst_appstaterepository.moc"
