#include "QueueProfile.h"

#include "BenchComments.h"
#include "core/Profile.h"
#include "core/domain/Site.h"
#include "core/moderation/TriageRules.h"
#include "core/remote/WpJson.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/SyncRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>

namespace longhand::bench {

namespace {

QString stampOf(const QueueProfileShape& shape)
{
    return QStringLiteral("queue profile v2: %1 blogs, %2 comments, %3 posts a blog\n")
        .arg(shape.blogs)
        .arg(shape.comments)
        .arg(shape.postsPerBlog);
}

QList<RemotePost> makePosts(int count)
{
    QList<RemotePost> posts;
    const QDateTime start(QDate(2019, 6, 1), QTime(8, 0), Qt::UTC);
    for (int p = 1; p <= count; ++p) {
        RemotePost post;
        post.id = p;
        post.title = QStringLiteral("Review %1: a film worth arguing about").arg(p);
        post.status = QStringLiteral("publish");
        post.content
            = QStringLiteral("<p>What I thought of film %1, at some length.</p><p>The second act, the score and "
                             "the ending, in that order.</p>")
                  .arg(p);
        post.dateGmt = start.addDays(p);
        post.modifiedGmt = post.dateGmt;
        post.link = QStringLiteral("https://blog.example/review-%1/").arg(p);
        // A quarter of the posts are the signed-in account's own (the Mine filter).
        post.author = p % 4 == 0 ? QueueProfileFacts::kAccountUserId : 2 + p % 3;
        posts.append(post);
    }
    return posts;
}

// Turns makeCommentPage's comment into one of this blog's: its post (a few posts draw most comments), a reply to
// an earlier comment of the same post for every fifth, a third of the replies written by a user of the blog (the
// Unreplied filter), 10 % held, 2 % spam, 1 % trash, one in 500 a pingback, the rare word in one of kRareEvery.
class BlogShaper
{
public:
    BlogShaper(int blog, int posts)
        : m_blog(blog)
        , m_posts(posts)
        , m_random(quint32(7000 + blog))
    {
    }

    void operator()(QJsonObject& c)
    {
        const qint64 id = c.value(QStringLiteral("id")).toInteger();
        const double u = m_random.generateDouble();
        const qint64 post = 1 + qint64(double(m_posts) * u * u);
        qint64 parent = 0;
        if (id % 5 == 0) {
            parent = m_lastOnPost.value(post, 0);
        }
        c.insert(QStringLiteral("post"), post);
        c.insert(QStringLiteral("parent"), parent);
        const QDateTime date = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(600 * id + 97 * m_blog);
        c.insert(QStringLiteral("date_gmt"), date.toString(Qt::ISODate).chopped(1));
        const quint64 spread = (quint64(id) * 2654435761u) % 100;
        QString status = spread < 10 ? QStringLiteral("hold")
            : spread < 12            ? QStringLiteral("spam")
            : spread < 13            ? QStringLiteral("trash")
                                     : QStringLiteral("approved");
        if (parent != 0 && id % 15 == 0) {
            const bool account = post % 4 == 0;
            c.insert(QStringLiteral("author"), account ? QueueProfileFacts::kAccountUserId : qint64(2));
            c.insert(QStringLiteral("author_name"),
                account ? QStringLiteral("The Editor") : QStringLiteral("The Co-Writer"));
            c.insert(QStringLiteral("author_email"),
                account ? QStringLiteral("editor@blog.example") : QStringLiteral("cowriter@blog.example"));
            c.insert(QStringLiteral("author_url"), QString());
            c.insert(QStringLiteral("author_ip"), QStringLiteral("198.51.100.1"));
            status = QStringLiteral("approved");
        } else if (id % 500 == 7) {
            c.insert(QStringLiteral("type"), QStringLiteral("pingback"));
            c.insert(QStringLiteral("author_name"), QStringLiteral("Another Film Blog"));
            c.insert(QStringLiteral("author_email"), QString());
        }
        c.insert(QStringLiteral("status"), status);
        if (id % QueueProfileFacts::kRareEvery == 0) {
            setCommentText(c, commentText(c) + QLatin1Char(' ') + QueueProfileFacts::rareWord());
        }
        m_lastOnPost.insert(post, id);
    }

private:
    int m_blog;
    int m_posts;
    QRandomGenerator m_random;
    QHash<qint64, qint64> m_lastOnPost;
};

} // namespace

bool ensureQueueProfile(const QString& dir, const QueueProfileShape& shape, QTextStream& out)
{
    const QString stampPath = dir + QStringLiteral("/generated.txt");
    QFile stamp(stampPath);
    if (stamp.open(QIODevice::ReadOnly) && QString::fromUtf8(stamp.readAll()) == stampOf(shape)) {
        out << "profile: " << dir << " (generated before: " << stampOf(shape).trimmed() << ")\n";
        return true;
    }
    stamp.close();
    const Profile profile(dir);
    QDir(dir).removeRecursively();
    if (auto made = profile.ensureExists(); !made.ok()) {
        out << "cannot create the profile: " << made.error().message << "\n";
        return false;
    }
    auto opened = Database::open(profile.databasePath());
    if (!opened) {
        out << "cannot open: " << opened.error().message << "\n";
        return false;
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    out << "generating " << stampOf(shape).trimmed() << " into " << dir << "\n";
    out.flush();
    QElapsedTimer timer;
    timer.start();
    const int perBlog = shape.comments / shape.blogs;
    const TriageRules rules;
    QRandomGenerator textRandom(20261207);
    for (int b = 1; b <= shape.blogs; ++b) {
        Site site;
        site.name = QStringLiteral("Film Notes %1").arg(b);
        site.baseUrl = QUrl(QStringLiteral("https://blog%1.example/").arg(b));
        site.restRoot = QUrl(QStringLiteral("https://blog%1.example/wp-json/").arg(b));
        site.userName = QStringLiteral("editor");
        site.userDisplayName = QStringLiteral("The Editor");
        site.userId = QueueProfileFacts::kAccountUserId;
        site.roles = { QStringLiteral("administrator") };
        site.secretStore = Site::SecretStoreKind::File; // no secret stored: nothing can reach a network
        auto siteId = SiteRepository(*db).add(site);
        if (!siteId) {
            out << "cannot add a blog: " << siteId.error().message << "\n";
            return false;
        }
        const QList<RemotePost> posts = makePosts(shape.postsPerBlog);
        for (qsizetype i = 0; i < posts.size(); i += 100) {
            if (auto stored = SyncRepository(*db).upsertPosts(siteId.value(), posts.mid(i, 100)); !stored) {
                out << "cannot store posts: " << stored.error().message << "\n";
                return false;
            }
        }
        BlogShaper shaper(b, shape.postsPerBlog);
        const auto shapeComment = [&shaper](QJsonObject& c) { shaper(c); };
        for (qint64 id = 1; id <= perBlog; id += 100) {
            const CommentPage page
                = makeCommentPage(id, int(std::min<qint64>(100, perBlog - id + 1)), textRandom, shapeComment);
            const auto comments = wpjson::parseComments(page.json);
            if (!comments) {
                out << "cannot parse a page: " << comments.error().message << "\n";
                return false;
            }
            auto stored = CommentRepository(*db).upsertComments(siteId.value(), comments.value(), rules);
            if (!stored) {
                out << "cannot store comments: " << stored.error().message << "\n";
                return false;
            }
            if ((id - 1) % 50000 == 0) {
                out << "  blog " << b << ": " << id - 1 << " comments, " << timer.elapsed() / 1000 << " s\n";
                out.flush();
            }
        }
    }
    db.reset();
    out << "generated in " << timer.elapsed() / 1000 << " s\n";
    if (!stamp.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        out << "cannot write " << stampPath << "\n";
        return false;
    }
    stamp.write(stampOf(shape).toUtf8());
    return true;
}

} // namespace longhand::bench
