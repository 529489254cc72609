#include "BenchComments.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace longhand::bench {

namespace {

const QStringList kSentences {
    QStringLiteral("The long take in the second act is the best thing in the film."),
    QStringLiteral("I saw it in a half-empty cinema in 1998 and still think about the ending."),
    QStringLiteral("You are wrong about the score; it carries the whole third reel."),
    QStringLiteral("Has anyone else noticed how the camera never moves during the dinner scene?"),
    QStringLiteral("Thanks for this review, it made me want to watch it again."),
    QStringLiteral("The restoration looks wonderful on a big screen."),
    QStringLiteral("I disagree &mdash; the pacing drags after the wedding."),
    QStringLiteral("My father took me to see it when I was nine &amp; I was terrified."),
};

// WordPress's rendering of these texts (wpautop): each paragraph in <p>, a quote's text in its own <p>.
QString rendered(const QString& raw)
{
    QString html;
    for (const QString& paragraph : raw.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        if (paragraph.startsWith(QLatin1String("<blockquote>"))) {
            html += QStringLiteral("<blockquote><p>") + paragraph.mid(12).chopped(13)
                + QStringLiteral("</p></blockquote>\n");
        } else {
            html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>\n");
        }
    }
    return html;
}

} // namespace

CommentPage makeCommentPage(
    qint64 firstId, int count, QRandomGenerator& random, const std::function<void(QJsonObject&)>& shape)
{
    QJsonArray page;
    QJsonArray oldPage;
    for (qint64 id = firstId; id < firstId + count; ++id) {
        QString text;
        const int paragraphs = 1 + int(random.bounded(3));
        for (int p = 0; p < paragraphs; ++p) {
            QString paragraph;
            const int sentences = 1 + int(random.bounded(4));
            for (int s = 0; s < sentences; ++s) {
                paragraph += kSentences.at(int(random.bounded(quint32(kSentences.size())))) + QLatin1Char(' ');
            }
            if (random.bounded(10) == 0) {
                paragraph += QStringLiteral("<a href=\"https://example.org/films/%1\">more here</a>").arg(id);
            }
            if (p == 0 && random.bounded(5) == 0) {
                paragraph = QStringLiteral("<blockquote>%1</blockquote>").arg(paragraph.trimmed());
            }
            text += paragraph.trimmed() + QStringLiteral("\n\n");
        }
        const int status = int(random.bounded(50));
        const QString trimmed = text.trimmed();
        QJsonObject comment {
            { QStringLiteral("id"), id },
            { QStringLiteral("post"), 1 + id % 50 },
            { QStringLiteral("parent"), id % 5 == 0 && id > 1 ? id - 1 : 0 },
            { QStringLiteral("author"), 0 },
            { QStringLiteral("author_name"), QStringLiteral("Reader %1").arg(id % 3000) },
            { QStringLiteral("author_email"), QStringLiteral("reader%1@example.org").arg(id % 3000) },
            { QStringLiteral("author_url"),
                id % 7 == 0 ? QStringLiteral("https://reader%1.example.net/").arg(id % 3000) : QString() },
            { QStringLiteral("author_ip"), QStringLiteral("192.0.2.%1").arg(id % 250) },
            { QStringLiteral("author_user_agent"), QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0") },
            { QStringLiteral("date_gmt"),
                QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(600 * id).toString(Qt::ISODate).chopped(1) },
            { QStringLiteral("status"),
                status == 0      ? QStringLiteral("spam")
                    : status < 5 ? QStringLiteral("hold")
                                 : QStringLiteral("approved") },
            { QStringLiteral("type"), QStringLiteral("comment") },
        };
        QJsonObject old = comment;
        old.insert(QStringLiteral("content"), QJsonObject { { QStringLiteral("raw"), trimmed } });
        old.insert(QStringLiteral("link"), QStringLiteral("https://blog.example/film/#comment-%1").arg(id));
        oldPage.append(old);
        setCommentText(comment, trimmed);
        if (shape) {
            shape(comment);
        }
        page.append(comment);
    }
    CommentPage result;
    result.json = QJsonDocument(page).toJson(QJsonDocument::Compact).replace("/", "\\/");
    result.oldBytes = QJsonDocument(oldPage).toJson(QJsonDocument::Compact).size();
    return result;
}

QString commentText(const QJsonObject& comment)
{
    return comment.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
}

void setCommentText(QJsonObject& comment, const QString& text)
{
    comment.insert(QStringLiteral("content"),
        QJsonObject { { QStringLiteral("raw"), text }, { QStringLiteral("rendered"), rendered(text) } });
}

} // namespace longhand::bench
