// A temporary profile with one blog (three posts, comments of every status) and a few local
// reviews, for the GUI tests that need a whole window with content.
#pragma once

#include "core/Profile.h"
#include "core/domain/Post.h"
#include "core/library/ReviewLibrary.h"
#include "core/moderation/TriageRules.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/storage/SyncRepository.h"
#include "gui/AppServices.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace longhand::test {

struct GuiFixture
{
    static constexpr int kComments = 12;
    static constexpr int kPending = 6; // comments 0..5; 6..8 approved, 9..10 spam, 11 trash

    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<AppServices> services;
    qint64 siteId = 0;

    static CommentStatus statusOf(int i)
    {
        if (i < kPending) {
            return CommentStatus::Hold;
        }
        if (i < 9) {
            return CommentStatus::Approved;
        }
        return i < 11 ? CommentStatus::Spam : CommentStatus::Trash;
    }

    // Services over the profile (again, after reset(), to read what the last run left).
    void open() { services = std::make_unique<AppServices>(Profile(dir->path())); }

    // A blog "Film Notes" with three published posts ("Review 1" to "Review 3"); its id.
    static Result<qint64> addBlogWithPosts(Database& db)
    {
        Site site;
        site.name = QStringLiteral("Film Notes");
        site.baseUrl = QUrl(QStringLiteral("https://films.example"));
        site.restRoot = QUrl(QStringLiteral("https://films.example/wp-json/"));
        site.userName = QStringLiteral("editor");
        site.userDisplayName = QStringLiteral("The Editor");
        site.userId = 1;
        site.secretStore = Site::SecretStoreKind::File; // no secret: pushes fail fast, actions stay queued
        auto siteId = SiteRepository(db).add(site);
        if (!siteId) {
            return siteId.error();
        }
        const QDateTime start(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
        QList<RemotePost> posts;
        for (int p = 1; p <= 3; ++p) {
            RemotePost post;
            post.id = p;
            post.title = QStringLiteral("Review %1").arg(p);
            post.status = QStringLiteral("publish");
            post.content = QStringLiteral("<p>What I thought of film %1.</p>").arg(p);
            post.dateGmt = start;
            post.modifiedGmt = start;
            posts.append(post);
        }
        if (auto stored = SyncRepository(db).upsertPosts(siteId.value(), posts); !stored) {
            return stored.error();
        }
        return siteId.value();
    }

    bool seed()
    {
        Profile profile(dir->path());
        if (!profile.ensureExists().ok()) {
            return false;
        }
        open();
        auto seeded = services->storage().run([](Database& db) -> Result<qint64> {
            auto siteId = addBlogWithPosts(db);
            if (!siteId) {
                return siteId.error();
            }
            const QDateTime start(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
            QList<RemoteComment> comments;
            for (int i = 0; i < kComments; ++i) {
                RemoteComment c;
                c.id = i + 1;
                c.post = 1 + i % 3;
                c.parent = i == 4 ? 2 : 0;
                c.authorName = QStringLiteral("Reader %1").arg(i);
                c.authorEmail = QStringLiteral("reader%1@example.com").arg(i);
                c.authorIp = QStringLiteral("192.0.2.%1").arg(i + 1);
                c.authorUserAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)");
                c.dateGmt = start.addSecs(qint64(i) * 3600);
                c.content = QStringLiteral("<p>Comment %1: <a href=\"https://films.example/\">a link</a>, "
                                           "<code>code</code>.</p><blockquote>quoted %1</blockquote>")
                                .arg(i);
                c.status = commentStatusName(statusOf(i));
                comments.append(c);
            }
            if (auto upserted = CommentRepository(db).upsertComments(siteId.value(), comments, TriageRules());
                !upserted) {
                return upserted.error();
            }
            return siteId.value();
        });
        services->storage().waitForIdle();
        if (!seeded.result().ok()) {
            qWarning("seeding failed: %s", qPrintable(errorOf(seeded.result())));
            return false;
        }
        siteId = seeded.result().value();
        for (const QString& title : { QStringLiteral("Solaris"), QStringLiteral("Stalker") }) {
            Post post;
            post.title = title;
            post.body = QStringLiteral("# %1\n\nA *slow* film with a [link](https://example.com) and `code`.\n\n> A quote.\n")
                            .arg(title);
            auto created = services->reviews().create(post);
            if (!QTest::qWaitFor([&] { return created.isFinished(); }, 5000) || !created.result()) {
                return false;
            }
        }
        return true;
    }
};

} // namespace longhand::test
