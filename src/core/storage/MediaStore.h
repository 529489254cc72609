#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace longhand {

// The profile's media folder. Images a writer inserts are copied here (named by content, so
// inserting the same picture twice stores it once) and referenced from Markdown as
// "media/<name>", relative to the profile root.
class MediaStore final
{
public:
    explicit MediaStore(QString profileRoot);

    // Copies a file from disk; returns the Markdown reference ("media/…").
    Result<QString> importFile(const QString& sourcePath) const;
    // Stores encoded image bytes (e.g. a pasted image as PNG) under a name derived from suggestedName.
    Result<QString> importBytes(const QByteArray& bytes, const QString& suggestedName) const;

    // Absolute path for a "media/…" reference, or empty when the reference leaves the media folder.
    QString resolve(const QString& reference) const;
    bool exists(const QString& reference) const;

    static bool isImageFileName(const QString& fileName);
    static QString referencePrefix() { return QStringLiteral("media/"); }

private:
    QString m_root;
};

} // namespace longhand
