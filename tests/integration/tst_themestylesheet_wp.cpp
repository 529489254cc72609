// The theme stylesheet against the real WordPress fixture (Twenty Twenty-Three, a block theme whose
// styles are inline in <style id="global-styles-inline-css">): fetched from the blog's host only,
// cleaned (nothing left that loads), cached in the profile, and usable by the preview's rich-text engine.
#include "core/remote/ThemeStylesheetFetcher.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace longhand;

namespace {

// The real network, with a list of what was asked.
class RecordingNetwork final : public QNetworkAccessManager
{
public:
    QList<QUrl> urls;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        urls.append(request.url());
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class TestThemeStylesheetWp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fetchesCleansAndCaches();
    void unreachableBlogSaysSo();

private:
    QUrl m_url;
};

void TestThemeStylesheetWp::initTestCase()
{
    const QString state = qEnvironmentVariable("LONGHAND_WP_STATE");
    if (state.isEmpty()) {
        QSKIP("LONGHAND_WP_STATE is not set: run through ctest, which starts the wordpress fixture");
    }
    QFile file(state + QStringLiteral("/env.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_url = QUrl(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("WP_URL")).toString() + QLatin1Char('/'));
    QVERIFY(m_url.isValid());
}

void TestThemeStylesheetWp::fetchesCleansAndCaches()
{
    QTemporaryDir profile;
    ThemeStylesheetFetcher fetcher(profile.path());
    auto* network = new RecordingNetwork;
    fetcher.setNetworkAccessManager(network);
    QSignalSpy finished(&fetcher, &ThemeStylesheetFetcher::finished);
    QSignalSpy progress(&fetcher, &ThemeStylesheetFetcher::progressChanged);
    fetcher.fetch(1, m_url);
    QVERIFY(finished.wait(30000));
    const auto status = finished.first().at(1).value<Status>();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QVERIFY(!progress.isEmpty());
    for (const QUrl& url : std::as_const(network->urls)) {
        QCOMPARE(url.host(), m_url.host()); // nothing but the blog itself
        QCOMPARE(url.port(), m_url.port());
    }

    const QString css = ThemeStylesheetFetcher::readCached(profile.path(), 1);
    qInfo("%lld characters cached from %lld requests", qint64(css.size()), qint64(network->urls.size()));
    QVERIFY(css.size() > 500);
    QVERIFY2(!css.contains(QLatin1String("url("), Qt::CaseInsensitive), qPrintable(css.left(2000)));
    QVERIFY(!css.contains(QLatin1String("@import")));
    QVERIFY(!css.contains(QLatin1String("@font-face")));
    QVERIFY(!css.contains(QLatin1String("var(")));
    QVERIFY(!css.contains(QLatin1String(".woff")));
    // Twenty Twenty-Three's global styles, with its palette substituted.
    QVERIFY2(css.contains(QLatin1String("line-height: 1.6;")), qPrintable(css.left(2000)));
    QVERIFY(css.contains(QLatin1String("background-color: #ffffff;")));

    // The preview's engine takes it: the theme's secondary colour on a class the block editor writes.
    QTextDocument document;
    document.setDefaultStyleSheet(css);
    document.setHtml(QStringLiteral("<p class=\"has-secondary-color\">x</p>"));
    const QColor colour = document.begin().charFormat().foreground().color();
    QVERIFY2(colour == QColor(QStringLiteral("#345C00")), qPrintable(colour.name()));
}

void TestThemeStylesheetWp::unreachableBlogSaysSo()
{
    QTemporaryDir profile;
    ThemeStylesheetFetcher fetcher(profile.path());
    QSignalSpy finished(&fetcher, &ThemeStylesheetFetcher::finished);
    QUrl closed = m_url;
    closed.setPort(1); // nothing listens there
    fetcher.fetch(2, closed);
    QVERIFY(finished.wait(30000));
    const auto status = finished.first().at(1).value<Status>();
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(QLatin1String("127.0.0.1:1")) || status.error().message.contains(QLatin1String("Could not fetch")));
    QVERIFY(ThemeStylesheetFetcher::readCached(profile.path(), 2).isEmpty());
}

QTEST_GUILESS_MAIN(TestThemeStylesheetWp)
#include "tst_themestylesheet_wp.moc"
