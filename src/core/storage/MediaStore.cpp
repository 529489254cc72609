#include "core/storage/MediaStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace longhand {

namespace {

QString safeBaseName(const QString& suggested)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = QFileInfo(suggested).fileName();
    name.replace(unsafe, QStringLiteral("-"));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) {
        name.prepend(QStringLiteral("image"));
    }
    return name.left(80);
}

} // namespace

MediaStore::MediaStore(QString profileRoot)
    : m_root(std::move(profileRoot))
{
}

bool MediaStore::isImageFileName(const QString& fileName)
{
    static const QStringList suffixes {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                       QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("bmp"),
                                       QStringLiteral("svg")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

Result<QString> MediaStore::importFile(const QString& sourcePath) const
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::Io, QCoreApplication::translate("MediaStore", "Cannot read %1: %2")
                                                .arg(sourcePath, source.errorString()));
    }
    if (!isImageFileName(sourcePath)) {
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("MediaStore", "%1 is not an image Longhand can insert.").arg(sourcePath));
    }
    return importBytes(source.readAll(), QFileInfo(sourcePath).fileName());
}

Result<QString> MediaStore::importBytes(const QByteArray& bytes, const QString& suggestedName) const
{
    if (bytes.isEmpty()) {
        return Error::make(Error::Code::InvalidInput, QCoreApplication::translate("MediaStore", "The image is empty."));
    }
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
    const QString fileName = hash + QLatin1Char('-') + safeBaseName(suggestedName);
    const QDir mediaDir(QDir(m_root).filePath(QStringLiteral("media")));
    if (!QDir().mkpath(mediaDir.path())) {
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("MediaStore", "Cannot create the media folder %1.").arg(mediaDir.path()));
    }
    const QString target = mediaDir.filePath(fileName);
    if (!QFileInfo::exists(target)) {
        QSaveFile out(target); // written whole or not at all
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            return Error::make(Error::Code::Io, QCoreApplication::translate("MediaStore", "Cannot write %1: %2")
                                                    .arg(target, out.errorString()));
        }
    }
    return QString(referencePrefix() + fileName);
}

QString MediaStore::resolve(const QString& reference) const
{
    if (!reference.startsWith(referencePrefix())) {
        return {};
    }
    const QString mediaRoot = QDir::cleanPath(QDir(m_root).filePath(QStringLiteral("media")));
    const QString path = QDir::cleanPath(QDir(m_root).filePath(reference));
    if (!path.startsWith(mediaRoot + QLatin1Char('/'))) {
        return {};
    }
    return path;
}

bool MediaStore::exists(const QString& reference) const
{
    const QString path = resolve(reference);
    return !path.isEmpty() && QFileInfo(path).isFile();
}

} // namespace longhand
