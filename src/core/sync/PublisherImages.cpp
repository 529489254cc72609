// Publisher's images: each local image of a review made ready (ImagePreparation), found on the blog when an
// earlier attempt uploaded it, else uploaded once.
#include "core/sync/Publisher.h"
#include "core/sync/PublisherJob.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/blog/BlogClient.h"
#include "core/storage/MediaStore.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

namespace longhand {

void Publisher::uploadImages(std::shared_ptr<Job> job)
{
    if (stopIfCancelled()) {
        return;
    }
    if (job->imageIndex >= job->images.size()) {
        ensureTerms(job);
        return;
    }
    uploadOne(job);
}

void Publisher::uploadOne(std::shared_ptr<Job> job)
{
    if (m_prepareImage && !job->images.at(job->imageIndex).prepared) {
        prepareImage(job);
        return;
    }
    const LocalImage image = job->images.at(job->imageIndex);
    const qint64 siteId = m_client.site().id;
    const auto done = [this, job, image](const UploadedMedia& uploaded) {
        job->imageUrls.insert(image.reference, uploaded.sourceUrl);
        job->blogImages.insert(image.reference, BlogImage {uploaded.remoteId, image.size});
        if (image.reference == job->post.featuredImage) {
            job->featuredMediaId = uploaded.remoteId;
        }
        ++job->imageIndex;
        uploadImages(job);
    };
    onFinished(m_storage.run([siteId, sha = image.sha256, original = image.originalSha256, clock = m_clock](Database& db) {
                   auto known = PublishRepository(db, clock).uploadedMedia(siteId, sha);
                   if (known && !known.value() && !original.isEmpty() && original != sha) {
                       known = PublishRepository(db, clock).uploadedMedia(siteId, original);
                   }
                   return known;
               }),
               this, [this, job, image, done, siteId](const Result<std::optional<UploadedMedia>>& known) {
        if (!known) {
            failJob(job, known.error());
            return;
        }
        if (known.value()) {
            done(*known.value());
            return;
        }
        const auto record = [this, job, image, done, siteId](const RemoteMedia& media) {
            onFinished(m_storage.run([siteId, image, media, clock = m_clock](Database& db) {
                           return PublishRepository(db, clock).recordUpload(siteId, image.sha256, image.reference, media);
                       }),
                       this, [this, job, done, media](const Status& recorded) {
                           if (!recorded) {
                               failJob(job, recorded.error());
                               return;
                           }
                           done(UploadedMedia {media.id, media.sourceUrl});
                       });
        };
        job->looks = 0;
        lookForUpload(job, record);
    });
}

// The bytes uploaded are the prepared ones (ImagePreparer: scaled, upright, stripped); their hash names the upload.
void Publisher::prepareImage(std::shared_ptr<Job> job)
{
    onFinished(QtConcurrent::run([prepare = m_prepareImage, bytes = job->images.at(job->imageIndex).bytes] { return prepare(bytes); }),
               this, [this, job](const Result<PreparedImage>& prepared) {
                   LocalImage& image = job->images[job->imageIndex];
                   if (!prepared) {
                       failJob(job, Error::make(prepared.error().code, QStringLiteral("%1: %2").arg(image.reference, prepared.error().message)));
                       return;
                   }
                   image.originalSha256 = image.sha256;
                   image.bytes = prepared->bytes;
                   image.size = prepared->size;
                   image.sha256 = QString::fromLatin1(QCryptographicHash::hash(image.bytes, QCryptographicHash::Sha256).toHex());
                   image.prepared = true;
                   uploadOne(job);
               });
}

// An upload whose answer was lost is on the server (or soon will be): its file name starts with our content hash.
void Publisher::lookForUpload(std::shared_ptr<Job> job, std::function<void(const RemoteMedia&)> record)
{
    const LocalImage image = job->images.at(job->imageIndex);
    const QString fileName = preparedFileName(QFileInfo(image.path).fileName(), image.sha256);
    const QString hashPrefix = fileName.section(QLatin1Char('-'), 0, 0);
    const QString attempt = QStringLiteral("media:") + image.sha256;
    onFinished(m_client.findMediaBySearch(hashPrefix), this, [this, job, image, record, fileName, hashPrefix, attempt](const Result<QList<RemoteMedia>>& found) {
        if (!found) {
            failJob(job, found.error()); // not knowing whether it is there, uploading could make a second copy
            return;
        }
        for (const RemoteMedia& media : found.value()) {
            if (media.sourceUrl.section(QLatin1Char('/'), -1).startsWith(hashPrefix + QLatin1Char('-'))) {
                record(media);
                return;
            }
        }
        if (const qint64 wait = stillInDoubtMs(PublishRepository::attemptSentAt(job->entry.payload, attempt), job->looks); wait > 0) {
            ++job->looks;
            Q_EMIT stepChanged(tr("Waiting to see whether an earlier upload of %1 reached the blog…").arg(fileName));
            QTimer::singleShot(std::min<qint64>(wait, kLookAgainMs), this, [this, job, record] {
                if (!stopIfCancelled()) {
                    lookForUpload(job, record);
                }
            });
            return;
        }
        onFinished(m_storage.run([entry = job->entry.id, attempt, clock = m_clock](Database& db) {
                       return PublishRepository(db, clock).recordAttempt(entry, attempt);
                   }),
                   this, [this, job, image, record, fileName](const Status& stored) {
                       if (!stored) {
                           failJob(job, stored.error());
                           return;
                       }
                       Q_EMIT stepChanged(tr("Uploading %1…").arg(fileName));
                       const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(fileName, image.bytes).name();
                       onFinished(m_client.uploadMedia(image.bytes, fileName, mime, QString()), this,
                                  [this, job, record, attempt = QString(QStringLiteral("media:") + image.sha256)](const Result<RemoteMedia>& uploaded) {
                                      if (!uploaded) {
                                          forgetRefusedAttempt(job, attempt, uploaded.error());
                                          failJob(job, uploaded.error());
                                          return;
                                      }
                                      record(uploaded.value());
                                  });
                   });
    });
}

// A refusal (4xx) is a definite answer: the server made nothing, a retry need not wait for it; nor when no
// connection was made (offline, refused, no such host). Any other failure (no answer, a deadline, a server error
// half way) leaves the attempt in doubt.
void Publisher::forgetRefusedAttempt(std::shared_ptr<Job> job, const QString& what, const Error& error)
{
    if ((error.httpStatus >= 400 && error.httpStatus < 500) || error.notDelivered) {
        m_storage.run([entry = job->entry.id, what, clock = m_clock](Database& db) {
            return PublishRepository(db, clock).forgetAttempt(entry, what);
        });
    }
}

// How much longer an earlier create or upload sent at sentAt may still be under way on the server; 0 when it
// was never sent or its time is over. Bounded by the number of looks too, whatever the clock says.
qint64 Publisher::stillInDoubtMs(const QDateTime& sentAt, int looks) const
{
    if (!sentAt.isValid() || qint64(looks) * kLookAgainMs >= m_earlierAttemptWindowMs) {
        return 0;
    }
    const qint64 since = sentAt.msecsTo(m_clock->nowUtc());
    if (since < 0) {
        return kLookAgainMs; // the clock went back: trust the count of looks
    }
    return std::max<qint64>(0, m_earlierAttemptWindowMs - since);
}

} // namespace longhand
