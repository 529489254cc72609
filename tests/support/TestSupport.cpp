#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace longhand::test {

QString dataFile(const QString& name)
{
    return QDir(QStringLiteral(LONGHAND_TEST_DATA_DIR)).filePath(name);
}

std::unique_ptr<TempDatabase> makeTempDatabase()
{
    auto temp = std::make_unique<TempDatabase>();
    if (!temp->dir.isValid()) {
        qFatal("Cannot create a temporary directory");
    }
    auto opened = Database::open(temp->path());
    if (!opened) {
        qFatal("Cannot open a test database: %s", qPrintable(opened.error().message));
    }
    temp->database = std::move(opened).value();
    return temp;
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QVariant queryValue(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

Post draftPost(const QString& title, const QString& body)
{
    Post post;
    post.title = title;
    post.body = body;
    return post;
}

QList<qint64> idsOf(const Result<QList<PostSummary>>& summaries)
{
    if (!summaries) {
        qWarning() << "listing failed:" << summaries.error().message;
        return {-1};
    }
    QList<qint64> ids;
    for (const PostSummary& summary : *summaries) {
        ids.append(summary.id);
    }
    return ids;
}

QString sampleReview(int words)
{
    static const QStringList paragraphWords = QStringLiteral(
        "The clones at Hailsham grow up in a sunlit boarding school where the guardians teach art and "
        "poetry but never the future and the film lets the viewer do the arithmetic quietly while Kathy "
        "watches Tommy and Ruth drift toward a fate that nobody in the fields of grass will name aloud")
                                                  .split(QLatin1Char(' '));
    QString text = QStringLiteral("# Never Let Me Go\n\n");
    int written = 3;
    int paragraph = 0;
    while (written < words) {
        ++paragraph;
        if (paragraph % 7 == 0) {
            text += QStringLiteral("## Part %1\n\n").arg(paragraph / 7);
            written += 2;
        }
        if (paragraph % 5 == 0) {
            text += QStringLiteral("> A quote from the book, *italic* and **bold**, in part %1.\n\n").arg(paragraph);
            written += 10;
        }
        if (paragraph % 6 == 0) {
            text += QStringLiteral("- first point with a [link](https://example.org/%1)\n- second `code` point\n\n").arg(paragraph);
            written += 8;
        }
        QStringList sentence;
        for (int i = 0; i < 60 && written < words; ++i, ++written) {
            sentence.append(paragraphWords.at((paragraph + i) % paragraphWords.size()));
        }
        text += sentence.join(QLatin1Char(' ')) + QStringLiteral(".\n\n");
    }
    return text;
}

} // namespace longhand::test
