#include "DemoContent.h"

#include "core/domain/Comment.h"
#include "core/domain/Post.h"
#include "core/domain/Site.h"
#include "core/moderation/TriageRules.h"
#include "core/domain/RemoteValues.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/sync/MarkdownMerge.h"

#include <QDateTime>

namespace longhand {

namespace {

// Every text below was written for Longhand's sample blog.
const char* const kMarkdownReview = R"(A farmer rows his wife across a lake, meaning to drown her, and cannot do it. That is the
first twenty minutes of *Sunrise*, and Murnau shoots them like a ghost story: mist on the water,
a city woman's silhouette in the reeds, a husband who walks as if the ground were pulling at him.

## The city

Then the film does something I still find astonishing. The couple take a tram into town, and the
tram ride itself becomes the turn of the story: the camera rides along, the fields give way to
streets, and by the time they step down the danger is behind them and a comedy has begun.

> The city is not the villain here. It is where two frightened people learn to laugh at each
> other again.

What follows — a barbershop, a photographer, a runaway piglet at a fairground — should feel like a
different film. It does not, because Janet Gaynor plays every scene as if she still remembers the boat.

* **Cinematography:** Charles Rosher and Karl Struss, with sets built in forced perspective.
* **Score:** the Movietone track, synchronised but silent in every other way.
* **Running time:** 94 minutes that never drag.

> [!spoiler] The storm
> The lake comes back for them on the way home, and this time it is not the husband's doing.
> The ending is gentler than the film has earned, and I would not change a frame of it.

## Should you see it?

Yes, and on the biggest screen you can find. It is the rare silent film that a friend who "does
not watch silents" will thank you for.
)";

struct DemoComment
{
    qint64 id;
    qint64 parent;
    const char* author;
    const char* email;
    const char* url;
    const char* ip;
    int hoursAfter;
    const char* status;
    const char* html;
};

// A thread under the Sunrise review: readers quote and argue, the owner keeps the tone, one reply was
// removed, new ones wait in the queue and one is spam.
const DemoComment kComments[] = {
    { 101, 0, "Margit Holm", "margit@example.org", "", "192.0.2.10", 3, "approved",
      "<p>The tram ride! I had forgotten it until I read this. Nobody cuts a journey like that any more.</p>" },
    { 102, 101, "Ade Okafor", "ade@example.net", "https://ade.example.net", "198.51.100.4", 5, "approved",
      "<blockquote>Nobody cuts a journey like that any more.</blockquote><p>Linklater does, in <em>Before "
      "Sunrise</em> — the title is not an accident.</p>" },
    { 103, 102, "Margit Holm", "margit@example.org", "", "192.0.2.10", 6, "approved",
      "<p>A tram and a train are not the same thing, Ade, and you know it.</p>" },
    { 104, 103, "Tomasz W.", "tomasz@example.com", "", "203.0.113.77", 7, "trash",
      "<p>Both of you are wrong and this film is boring.</p>" },
    { 105, 103, "Film Notes", "editor@films.example", "https://films.example", "192.0.2.1", 8, "approved",
      "<p>Let's keep it friendly: both films earn their journeys. Thanks for reading, all of you.</p>" },
    { 106, 0, "Ines Carvalho", "ines@example.com", "", "198.51.100.23", 20, "approved",
      "<p>Do you know which restoration the cinema showed? The 2003 one has a much clearer storm.</p>" },
    { 107, 106, "Ade Okafor", "ade@example.net", "https://ade.example.net", "198.51.100.4", 26, "hold",
      "<p>It was the 35&nbsp;mm print, I asked at the desk. <strong>Grainier</strong>, but the fog looks "
      "better for it.</p>" },
    { 108, 0, "Ruth Abernethy", "ruth.abernethy@example.org", "", "192.0.2.55", 30, "hold",
      "<p>First time commenting. I showed this to my film club after your review of <em>The Crowd</em> "
      "and they loved the piglet.</p>" },
    { 109, 0, "cheap-tickets", "promo@tickets.example", "http://tickets.example", "203.0.113.200", 31, "hold",
      "<p>Watch all classics free! <a href=\"http://tickets.example/free\">free films</a> "
      "<a href=\"http://tickets.example/hd\">HD</a> <a href=\"http://tickets.example/now\">now</a></p>" },
    { 110, 105, "Tomasz W.", "tomasz@example.com", "", "203.0.113.77", 32, "hold",
      "<p>Fair enough. The storm scene is good, I will give it that.</p>" },
    { 111, 0, "best replica watches", "sales@watches.example", "http://watches.example", "203.0.113.201", 33, "spam",
      "<p>Great post! Visit our shop.</p>" },
};

RemotePost webPost(qint64 id, const QString& title, const QString& slug, const QString& html, const QDateTime& date,
                   QList<qint64> categories, QList<qint64> tags)
{
    RemotePost post;
    post.id = id;
    post.title = title;
    post.slug = slug;
    post.content = html;
    post.status = QStringLiteral("publish");
    post.dateGmt = date;
    post.modifiedGmt = date;
    post.link = QStringLiteral("https://films.example/%1/").arg(slug);
    post.author = 1;
    post.categories = std::move(categories);
    post.tags = std::move(tags);
    return post;
}

RemoteTerm term(qint64 id, const QString& name, qint64 parent = 0)
{
    RemoteTerm t;
    t.id = id;
    t.name = name;
    t.slug = name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    t.parent = parent;
    return t;
}

} // namespace

Result<DemoIds> storeDemoContent(Database& db)
{
    Site site;
    site.name = QStringLiteral("Film Notes");
    site.baseUrl = QUrl(QStringLiteral("https://films.example"));
    site.restRoot = QUrl(QStringLiteral("https://films.example/wp-json/"));
    site.userName = QStringLiteral("editor");
    site.userDisplayName = QStringLiteral("Film Notes");
    site.userId = 1;
    site.secretStore = Site::SecretStoreKind::File; // no secret: nothing is ever sent from the demo
    auto siteId = SiteRepository(db).add(site);
    if (!siteId) {
        return siteId.error();
    }
    SyncRepository sync(db);
    if (auto stored = sync.upsertTerms(siteId.value(), QStringLiteral("category"),
            { term(2, QStringLiteral("Reviews")), term(3, QStringLiteral("Classics"), 2), term(4, QStringLiteral("Essays")) });
        !stored) {
        return stored.error();
    }
    if (auto stored = sync.upsertTerms(siteId.value(), QStringLiteral("post_tag"),
            { term(10, QStringLiteral("silent film")), term(11, QStringLiteral("Murnau")),
              term(12, QStringLiteral("King Vidor")), term(13, QStringLiteral("restoration")) });
        !stored) {
        return stored.error();
    }
    const QDateTime start(QDate(2026, 10, 2), QTime(18, 30), Qt::UTC);
    const QList<RemotePost> posts = {
        webPost(21, QStringLiteral("Sunrise: A Song of Two Humans"), QStringLiteral("sunrise"),
            QStringLiteral("<p>A farmer rows his wife across a lake, meaning to drown her, and cannot do it.</p>"), start,
            { 2, 3 }, { 10, 11 }),
        webPost(22, QStringLiteral("The Crowd"), QStringLiteral("the-crowd"),
            QStringLiteral("<p>King Vidor's clerk among thousands of desks, and the laugh at the end that hurts.</p>"),
            start.addDays(-9), { 2, 3 }, { 10, 12 }),
        webPost(23, QStringLiteral("Why I still go to the cinema"), QStringLiteral("why-the-cinema"),
            QStringLiteral("<p>A dark room full of strangers is the best place to watch a film alone.</p>"),
            start.addDays(-20), { 4 }, {}),
    };
    if (auto stored = sync.upsertPosts(siteId.value(), posts); !stored) {
        return stored.error();
    }

    QList<RemoteComment> comments;
    for (const DemoComment& c : kComments) {
        RemoteComment comment;
        comment.id = c.id;
        comment.post = 21;
        comment.parent = c.parent;
        comment.authorName = QString::fromUtf8(c.author);
        comment.authorEmail = QString::fromUtf8(c.email);
        comment.authorUrl = QString::fromUtf8(c.url);
        comment.authorIp = QString::fromUtf8(c.ip);
        comment.authorUserAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        comment.dateGmt = start.addSecs(qint64(c.hoursAfter) * 3600);
        comment.status = QString::fromUtf8(c.status);
        comment.content = QString::fromUtf8(c.html);
        if (comment.authorName == site.userDisplayName) {
            comment.author = site.userId; // the blog's own answer: what Unreplied looks for
        }
        comments.append(comment);
    }
    RemoteComment ping; // another blog linking to the review: moderated like a comment, shown as what it is
    ping.id = 112;
    ping.post = 21;
    ping.type = QStringLiteral("pingback");
    ping.authorName = QStringLiteral("Silent Film Diary");
    ping.authorUrl = QStringLiteral("https://silentdiary.example/2026/10/murnau/");
    ping.authorIp = QStringLiteral("198.51.100.80");
    ping.dateGmt = start.addSecs(qint64(34) * 3600);
    ping.status = QStringLiteral("hold");
    ping.content = QStringLiteral("[&#8230;] Film Notes calls the tram ride the film's real heart, and they are right [&#8230;]");
    comments.append(ping);
    TriageSettings triage;
    triage.linkThreshold = 2;
    if (auto stored = CommentRepository(db).upsertComments(siteId.value(), comments, TriageRules(triage)); !stored) {
        return stored.error();
    }

    Post review;
    review.title = QStringLiteral("Sunrise, on the big screen at last");
    review.body = QString::fromUtf8(kMarkdownReview);
    review.excerpt = QStringLiteral("Murnau's ghost story turns into a comedy on a tram, and it works.");
    review.categories = { QStringLiteral("Reviews"), QStringLiteral("Classics") };
    review.tags = { QStringLiteral("silent film"), QStringLiteral("Murnau"), QStringLiteral("restoration") };
    review.alsoLike = QStringLiteral("The Crowd");
    review.siteId = siteId.value();
    auto reviewId = PostRepository(db).create(review);
    if (!reviewId) {
        return reviewId.error();
    }
    return DemoIds { siteId.value(), reviewId.value() };
}

DemoMerge demoMerge()
{
    // A Markdown review: paragraphs the two sides changed apart merge by themselves (the web's edit comes back as
    // Markdown, the spoiler stays a spoiler); the ending, changed on both, is the conflict.
    DemoMerge merge;
    merge.title = QStringLiteral("The Crowd");
    const QString base = QStringLiteral(
        "King Vidor's *clerk* among thousands of desks.\n\n"
        "John Sims arrives in New York sure that he will be somebody.\n\n"
        "The office scene is the most famous shot of the film.\n\n"
        "> [!spoiler]\n> John nearly throws himself under a train.\n\n"
        "The ending is a laugh that hurts.\n\n"
        "Rated: four stars.\n");
    RenderOptions options;
    options.target = RenderOptions::Target::Blog;
    options.title = merge.title;
    merge.base = MarkdownRenderer::render(base, options).html;
    merge.local = QString(base)
                      .replace(QStringLiteral("New York sure"), QStringLiteral("New York in 1900, sure"))
                      .replace(QStringLiteral("The ending is a laugh"),
                               QStringLiteral("The ending, in a theatre full of laughing strangers, is a laugh"));
    merge.web = QString(merge.base)
                    .replace(QStringLiteral("The office scene is"), QStringLiteral("The office scene, a crane shot over a sea of desks, is"))
                    .replace(QStringLiteral("a laugh that hurts."), QStringLiteral("a laugh that hurts, and Vidor shot seven of them."));
    merge.result = mergeMarkdown(merge.base, merge.local, merge.web, options);
    return merge;
}

} // namespace longhand
