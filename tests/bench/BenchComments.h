// Generated comments for the benchmarks, shared by bench_commentstore and bench_queue: REST JSON pages as the
// sync receives them (wp/v2/comments, context=edit, the sync's _fields, written as WordPress writes JSON), to be
// stored through the sync's own code.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <functional>

namespace longhand::bench {

// One page of `count` comments with ids firstId, firstId + 1, …: one to three paragraphs of film talk, a link in
// one paragraph of ten, a quote in one comment of five, 3,000 commenters; post 1 + id % 50, every fifth a reply to
// the comment before, one in fifty spam and four in fifty held. `shape`, when given, changes each comment's object
// (post, parent, author, status, date, text) before it is written; the text uses `random` the same either way, so
// the same seed gives the same text with or without it.
struct CommentPage
{
    QByteArray json; // as WordPress sends it for the sync's _fields
    qint64 oldBytes = 0; // as bench_commentstore made pages before (raw only, "link", Qt's compact JSON)
};
CommentPage makeCommentPage(
    qint64 firstId, int count, QRandomGenerator& random, const std::function<void(QJsonObject&)>& shape = {});

// The comment's text as makeCommentPage wrote it (content.raw); setting it renders content.rendered as WordPress
// does for these texts (wpautop).
QString commentText(const QJsonObject& comment);
void setCommentText(QJsonObject& comment, const QString& text);

} // namespace longhand::bench
