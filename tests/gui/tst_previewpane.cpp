// PreviewPane never touches the network unless remote images are allowed; a local HTTP server
// counts the connections it receives.
#include "core/storage/MediaStore.h"
#include "gui/preview/PreviewPane.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace longhand;

class ImageServer : public QTcpServer
{
public:
    ImageServer()
    {
        QImage image(30, 20, QImage::Format_RGB32);
        image.fill(Qt::green);
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n")) {
                        return;
                    }
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(m_png.size()) + "\r\n\r\n" + m_png);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    int connections = 0;

private:
    QByteArray m_png;
};

class TestPreviewPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remoteImagesBlockedByDefault();
    void remoteImagesLoadWhenAllowed();
    void localMediaAndMissingFiles();
};

void TestPreviewPane::remoteImagesBlockedByDefault()
{
    ImageServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    MediaStore media(dir.path());
    PreviewPane pane(media);
    pane.show();
    const QString url = QStringLiteral("http://127.0.0.1:%1/poster.png").arg(server.serverPort());
    pane.setRenderedHtml(QStringLiteral("<p>text</p><img src=\"%1\"><link rel=\"stylesheet\" href=\"%1.css\">").arg(url));
    QTest::qWait(300);
    QCOMPARE(server.connections, 0);
    QVERIFY(pane.blockedRemoteLoads() > 0);
}

void TestPreviewPane::remoteImagesLoadWhenAllowed()
{
    ImageServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    MediaStore media(dir.path());
    PreviewPane pane(media);
    pane.setRemoteImagesAllowed(true);
    pane.show();
    QSignalSpy arrived(&pane, &PreviewPane::remoteContentArrived);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/poster.png").arg(server.serverPort()));
    pane.setRenderedHtml(QStringLiteral("<img src=\"%1\">").arg(url.toString()));
    QTRY_COMPARE(server.connections, 1);
    QTRY_VERIFY(!arrived.isEmpty());
    const QImage image = qvariant_cast<QImage>(pane.loadResource(QTextDocument::ImageResource, url));
    QCOMPARE(image.size(), QSize(30, 20));
    QCOMPARE(server.connections, 1); // cached, not fetched again
}

void TestPreviewPane::localMediaAndMissingFiles()
{
    QTemporaryDir dir;
    MediaStore media(dir.path());
    QImage image(12, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const auto reference = media.importBytes(png, QStringLiteral("still.png"));
    QVERIFY(reference.ok());
    PreviewPane pane(media);
    const QImage loaded = qvariant_cast<QImage>(pane.loadResource(QTextDocument::ImageResource, QUrl(reference.value())));
    QCOMPARE(loaded.size(), QSize(12, 8));
    const QImage missing = qvariant_cast<QImage>(pane.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("media/none.png"))));
    QVERIFY(!missing.isNull());
    QCOMPARE(pane.missingImages(), 1);
    // Outside the media folder is refused, not read.
    pane.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("media/../longhand.sqlite")));
    QCOMPARE(pane.missingImages(), 2);
}

QTEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
