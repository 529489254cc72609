#pragma once

#include "core/accounts/SecretStore.h"

#include <QCoreApplication>

#include <memory>

namespace longhand {

// Passwords in one file in the profile, <profile>/secrets.ini, for machines without a keychain service, and
// only when the user has chosen it (see KeychainSecretStore::probe). The file is not encrypted: what protects
// it is that only its owner may read it. So it is
//   - created with mode 0600 from the start (each save writes a new 0600 file and renames it over the old one,
//     so it is never readable by others, not even for a moment, whatever the umask),
//   - replaced atomically (a crash leaves the old file or the new one, never half of one),
//   - refused when it has become readable by others, a link, or someone else's, with a sentence saying how to fix
//     it, and reported (never crashed on) when it is damaged.
// Names and passwords are percent-encoded UTF-8, so any character is safe in either.
//
// The file work runs on a thread of its own, one operation at a time in the order asked for; a save by
// another Longhand process is waited for (a lock file next to it while saving). Destroying the store finishes the
// operations already asked for.
class FileSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(FileSecretStore)

public:
    explicit FileSecretStore(QString profileRoot);
    ~FileSecretStore() override;

    Kind kind() const override { return Kind::File; }
    QFuture<Result<QString>> read(const QString& key) override;
    QFuture<Status> write(const QString& key, const QString& secret) override;
    QFuture<Status> remove(const QString& key) override;

    QString filePath() const { return m_path; }
    static QString fileName() { return QStringLiteral("secrets.ini"); }

private:
    class Worker;

    QString m_path;
    std::unique_ptr<Worker> m_worker;
};

} // namespace longhand
