// AppStateRepository: small key/value state kept in SQLite so that it survives a kill.
#include "core/storage/AppStateRepository.h"
#include "core/domain/Post.h"
#include "core/library/FileLink.h"
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
    void fileBasesKeepTheLastFew();
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

void TestAppStateRepository::fileBasesKeepTheLastFew()
{
    auto temp = test::makeTempDatabase();
    Post post;
    post.siteId = 1;
    post.remoteId = 9;
    const QDateTime first(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    for (int version = 0; version < FileLink::kKeptBases + 3; ++version) {
        post.baseModifiedGmt = first.addDays(version * 40); // months apart: the newest is not the last in text order by day
        post.baseContent = QStringLiteral("version %1").arg(version);
        QVERIFY(FileLink::rememberBase(*temp->database, post));
    }
    Post other = post; // post 90 of the same blog: its key starts like post 9's
    other.remoteId = 90;
    QVERIFY(FileLink::rememberBase(*temp->database, other));
    const auto count = [&](const QString& prefix) {
        return test::queryValue(*temp->database, QStringLiteral("SELECT count(*) FROM app_state WHERE key LIKE '%1%'").arg(prefix)).toInt();
    };
    QCOMPARE(count(QStringLiteral("file/base/1/9/")), FileLink::kKeptBases);
    QCOMPARE(count(QStringLiteral("file/base/1/90/")), 1);
    // The oldest went, the newest stayed.
    QCOMPARE(count(QStringLiteral("file/base/1/9/2026-01-01")), 0);
    AppStateRepository state(*temp->database);
    const QString newest = QStringLiteral("file/base/1/9/") + post.baseModifiedGmt.toString(Qt::ISODateWithMs);
    QVERIFY(state.value(newest).valueOr({}).contains(QStringLiteral("version %1").arg(FileLink::kKeptBases + 2)));
}

QTEST_GUILESS_MAIN(TestAppStateRepository)
#include "tst_appstaterepository.moc"
