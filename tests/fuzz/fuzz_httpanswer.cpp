// Fuzz target: how Longhand reads the parts of an HTTP answer that decide where the password may go and what an
// error says (core/remote/HttpClient, WordPressClient). Input: "STATUS\nHEADER VALUE\nBODY" (any line may be
// missing). The header value is tried as a redirect's Location and as a discovery Link header.
// Besides "no crash, no undefined behaviour":
//  - errorFor: no error exactly for 2xx/3xx without a network error; every error has a sentence; a remote
//    message is quoted at most 500 characters long; only the documented codes are transient;
//  - redirectRefusal: a redirect followed is to http(s), never https -> http, and with credentials same-origin;
//  - sameOrigin is symmetric and reflexive for the URLs it accepts;
//  - a Link header's API root on another origin is never taken for the site's own.
#include "FuzzSupport.h"
#include "core/remote/HttpClient.h"
#include "core/remote/WordPressClient.h"

#include <QNetworkReply>

using namespace longhand;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype first = input.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : input.indexOf('\n', first + 1);
    const QByteArray statusText = first < 0 ? input : input.left(first);
    const QByteArray header = first < 0 ? QByteArray() : second < 0 ? input.mid(first + 1) : input.mid(first + 1, second - first - 1);
    const QByteArray body = second < 0 ? QByteArray() : input.mid(second + 1);
    const int status = int(statusText.trimmed().left(4).toInt()); // 0..9999, as a status attribute could be

    // errorFor, over the flags a reply can end with.
    for (const int networkError : {int(QNetworkReply::NoError), int(QNetworkReply::RemoteHostClosedError),
                                   int(QNetworkReply::OperationCanceledError), int(QNetworkReply::ContentReSendError)}) {
        for (int flags = 0; flags < 8; ++flags) {
            const bool timedOut = flags & 1;
            const bool cancelled = flags & 2;
            const QString tls = (flags & 4) ? QString::fromUtf8(header.left(200)) : QString();
            const auto error = HttpClient::errorFor(status, body, networkError, QStringLiteral("reason"), timedOut, cancelled, tls);
            const bool good = status >= 200 && status < 400 && networkError == int(QNetworkReply::NoError);
            FUZZ_CHECK(good == !error.has_value(), QString::number(status));
            if (!error) {
                continue;
            }
            FUZZ_CHECK(!error->message.isEmpty(), QString::number(status));
            FUZZ_CHECK(error->code != Error::Code::None, QString::number(status));
            FUZZ_CHECK(error->message.size() < 2000 + tls.size(), QString::number(error->message.size()));
            if (error->isTransient()) {
                FUZZ_CHECK(error->code == Error::Code::Network || error->code == Error::Code::Timeout
                               || (error->code == Error::Code::Http && error->httpStatus >= 500),
                           error->message);
            }
        }
    }

    // Redirects, from an https and a plain loopback origin, with and without credentials.
    const QUrl target = QUrl::fromEncoded(header.trimmed());
    for (const QUrl& from : {QUrl(QStringLiteral("https://blog.example/wp-json/wp/v2/posts?page=2")),
                             QUrl(QStringLiteral("http://127.0.0.1:8080/?rest_route=/wp/v2/comments"))}) {
        for (const bool credentials : {true, false}) {
            const auto refused = HttpClient::redirectRefusal(from, target, credentials);
            const QUrl to = from.resolved(target);
            if (refused) {
                FUZZ_CHECK(refused->code == Error::Code::CrossOrigin && !refused->message.isEmpty(), to.toString());
                FUZZ_CHECK(!refused->isTransient(), refused->message);
                continue;
            }
            FUZZ_CHECK(to.scheme() == QLatin1String("https") || to.scheme() == QLatin1String("http"), to.toString());
            FUZZ_CHECK(!(from.scheme() == QLatin1String("https") && to.scheme() == QLatin1String("http")), to.toString());
            if (credentials) {
                FUZZ_CHECK(HttpClient::sameOrigin(from, to), to.toString());
            }
        }
        FUZZ_CHECK(HttpClient::sameOrigin(from, target) == HttpClient::sameOrigin(target, from), target.toString());
        if (target.isValid() && !target.host().isEmpty()) {
            FUZZ_CHECK(HttpClient::sameOrigin(target, target), target.toString());
        }
    }

    // Discovery's Link header: whatever it names, "same origin" must mean the site's scheme, host and port.
    const QUrl site(QStringLiteral("https://blog.example/"));
    const QUrl root = site.resolved(WordPressClient::restRootFromLink(header));
    if (HttpClient::sameOrigin(root, site)) {
        FUZZ_CHECK(root.scheme() == QLatin1String("https") && root.host() == QLatin1String("blog.example")
                       && root.port(443) == 443,
                   root.toString());
    }
    (void)HttpClient::originOf(root);
    return 0;
}
