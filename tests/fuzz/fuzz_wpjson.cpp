// Fuzz target: the WordPress REST JSON to domain mapping (core/remote/WpJson). Every parser gets the same bytes,
// so a list seed also exercises the single-object parsers and the other way round. Besides "no crash, no
// undefined behaviour": a refusal is a BadResponse with a message, and what is accepted holds what the
// parsers promise (ids are whole numbers >= 0, posts and comments have one > 0, a comment has a date).
#include "FuzzSupport.h"
#include "core/remote/WpJson.h"

using namespace longhand;

namespace {

template <typename T> void checkError(const Result<T>& result)
{
    if (!result) {
        FUZZ_CHECK(result.error().code == Error::Code::BadResponse, result.error().message);
        FUZZ_CHECK(!result.error().message.isEmpty(), QString());
    }
}

void checkIds(const QList<qint64>& ids, const QString& what)
{
    for (const qint64 id : ids) {
        FUZZ_CHECK(id >= 0, QStringLiteral("%1 holds the id %2").arg(what).arg(id));
    }
}

void checkPost(const RemotePost& post)
{
    FUZZ_CHECK(post.id > 0, QString::number(post.id));
    FUZZ_CHECK(post.featuredMedia >= 0 && post.author >= 0, QString::number(post.id));
    checkIds(post.categories, QStringLiteral("categories"));
    checkIds(post.tags, QStringLiteral("tags"));
}

void checkComment(const RemoteComment& comment)
{
    FUZZ_CHECK(comment.id > 0, QString::number(comment.id));
    FUZZ_CHECK(comment.post >= 0 && comment.parent >= 0 && comment.author >= 0, QString::number(comment.id));
    FUZZ_CHECK(comment.dateGmt.isValid(), QString::number(comment.id));
    FUZZ_CHECK(!comment.status.isNull(), QString::number(comment.id));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    const auto posts = wpjson::parsePosts(body);
    checkError(posts);
    if (posts) {
        for (const RemotePost& post : posts.value()) {
            checkPost(post);
        }
    }
    const auto post = wpjson::parsePost(body);
    checkError(post);
    if (post) {
        checkPost(post.value());
    }

    const auto comments = wpjson::parseComments(body);
    checkError(comments);
    if (comments) {
        for (const RemoteComment& comment : comments.value()) {
            checkComment(comment);
        }
    }
    const auto comment = wpjson::parseComment(body);
    checkError(comment);
    if (comment) {
        checkComment(comment.value());
    }
    const auto statuses = wpjson::parseCommentStatuses(body);
    checkError(statuses);
    if (statuses) {
        for (const RemoteCommentStatus& status : statuses.value()) {
            FUZZ_CHECK(status.id >= 0, QString::number(status.id));
        }
    }

    const auto terms = wpjson::parseTerms(body);
    checkError(terms);
    if (terms) {
        for (const RemoteTerm& term : terms.value()) {
            FUZZ_CHECK(term.id >= 0 && term.parent >= 0, QString::number(term.id));
        }
    }
    checkError(wpjson::parseTerm(body));

    const auto media = wpjson::parseMediaList(body);
    checkError(media);
    if (media) {
        for (const RemoteMedia& item : media.value()) {
            FUZZ_CHECK(item.id >= 0 && item.post >= 0, QString::number(item.id));
        }
    }
    checkError(wpjson::parseMedia(body));

    const auto users = wpjson::parseUsers(body);
    checkError(users);
    if (users) {
        for (const RemoteUser& user : users.value()) {
            FUZZ_CHECK(user.id >= 0, QString::number(user.id));
        }
    }
    checkError(wpjson::parseUser(body));
    checkError(wpjson::parseIndex(body));

    // Dates come as text from the same answers.
    const QDateTime time = wpjson::parseGmt(QString::fromUtf8(body.left(64)));
    if (time.isValid()) {
        FUZZ_CHECK(time.timeSpec() == Qt::UTC, QString::fromUtf8(body.left(64)));
        (void)wpjson::formatGmt(time);
    }
    return 0;
}
