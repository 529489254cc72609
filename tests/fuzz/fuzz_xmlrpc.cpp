// Fuzz target: WordPress XML-RPC answers (core/remote/xmlrpc): the methodResponse reader, the mapping of its structs
// to the REST value types, and the discovery parsers (EditURI in a page, apiLink in an RSD) over the same bytes.
// Besides "no crash, no undefined behaviour, no hang": a refusal is an error with a message; whatever is read writes
// back (writeCall) and reads again as the same value; what the mapping accepts holds what it promises (ids > 0).
#include "FuzzSupport.h"
#include "core/remote/xmlrpc/XmlRpcCodec.h"
#include "core/remote/xmlrpc/XmlRpcDiscovery.h"
#include "core/remote/xmlrpc/XmlRpcMapping.h"

using namespace longhand;

namespace {

template <typename T> void checkError(const Result<T>& result)
{
    if (!result) {
        FUZZ_CHECK(result.error().code == Error::Code::BadResponse, result.error().message);
        FUZZ_CHECK(!result.error().message.isEmpty(), QString());
    }
}

void checkMapping(const XmlRpcValue& value)
{
    const auto posts = xmlrpc::parsePosts(value);
    checkError(posts);
    if (posts) {
        for (const RemotePost& post : posts.value()) {
            FUZZ_CHECK(post.id > 0 && post.author >= 0 && post.featuredMedia >= 0, QString::number(post.id));
        }
    }
    const auto post = xmlrpc::parsePost(value);
    checkError(post);
    const auto comments = xmlrpc::parseComments(value);
    checkError(comments);
    if (comments) {
        for (const RemoteComment& comment : comments.value()) {
            FUZZ_CHECK(comment.id > 0 && comment.dateGmt.isValid(), QString::number(comment.id));
            FUZZ_CHECK(comment.status != QLatin1String("approve"), QString::number(comment.id));
        }
    }
    checkError(xmlrpc::parseComment(value));
    checkError(xmlrpc::parseTerms(value));
    checkError(xmlrpc::parseTerm(value));
    checkError(xmlrpc::parseMedia(value));
    const auto library = xmlrpc::parseMediaLibrary(value);
    checkError(library);
    if (library) {
        for (const RemoteMedia& item : library.value()) {
            FUZZ_CHECK(item.id > 0 && item.post >= 0, QString::number(item.id));
        }
    }
    checkError(xmlrpc::parseUsers(value));
    checkError(xmlrpc::parseProfile(value));
    checkError(xmlrpc::parseUsersBlogs(value));
    const auto id = xmlrpc::parseId(value);
    checkError(id);
    if (id) {
        FUZZ_CHECK(id.value() > 0, QString::number(id.value()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    xmlrpc::Limits limits;
    limits.maxValues = 20000; // the same code paths, less memory per input
    const auto value = xmlrpc::readResponse(body, limits);
    if (!value) {
        FUZZ_CHECK(!value.error().message.isEmpty(), QString());
        FUZZ_CHECK(value.error().code != Error::Code::None && !value.error().isTransient(), value.error().message);
    } else {
        // What was read writes back and reads again as the same value.
        QByteArray call = xmlrpc::writeCall(QStringLiteral("m"), {value.value()});
        const qsizetype start = call.indexOf("<params>");
        const qsizetype end = call.lastIndexOf("</methodCall>");
        FUZZ_CHECK(start > 0 && end > start, QString::fromUtf8(call.left(200)));
        const QByteArray again = "<methodResponse>" + call.mid(start, end - start) + "</methodResponse>";
        xmlrpc::Limits roomy;
        roomy.maxBytes = again.size() + 1;
        const auto reread = xmlrpc::readResponse(again, roomy);
        FUZZ_CHECK(reread.ok(), reread.ok() ? QString() : reread.error().message);
        FUZZ_CHECK(reread.value() == value.value(), QString::fromUtf8(again.left(400)));
        checkMapping(value.value());
    }

    const QUrl page(QStringLiteral("https://blog.example/films/"));
    const QUrl editUri = xmlrpc::editUriFromHtml(body, page);
    FUZZ_CHECK(editUri.isEmpty() || editUri.isValid(), editUri.toString());
    const QUrl apiLink = xmlrpc::apiLinkFromRsd(body, page);
    FUZZ_CHECK(apiLink.isEmpty() || apiLink.isValid(), apiLink.toString());

    const auto date = xmlrpc::parseDateTime(QString::fromUtf8(body.left(64)));
    if (date && date->isValid()) {
        FUZZ_CHECK(xmlrpc::parseDateTime(xmlrpc::formatDateTime(*date)) == date, xmlrpc::formatDateTime(*date));
    }
    return 0;
}
