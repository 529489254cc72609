#include "core/accounts/FileSecretStore.h"

#include "core/FutureUtils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QMap>
#include <QMetaObject>
#include <QPromise>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace longhand {

namespace {

using Entries = QMap<QString, QString>; // key -> secret

// Far more than any number of accounts needs; a bigger file is not one Longhand wrote.
constexpr qint64 kMaxFileSize = 1024 * 1024;
// Long enough for another Longhand process to finish a save; a lock left by a crashed one goes stale.
constexpr int kLockWaitMs = 10000;
constexpr std::chrono::seconds kStaleLockTime(30);

QLatin1String sectionHeader()
{
    return QLatin1String("[passwords]");
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Error storeError(QString message)
{
    return Error::make(Error::Code::SecretStore, std::move(message));
}

Error damaged(const QString& path, int line, const QString& problem)
{
    return storeError(FileSecretStore::tr("The password file %1 is damaged (line %2: %3). Move it away or delete "
                                          "it, then enter your passwords again.")
                          .arg(path, QString::number(line), problem));
}

// --- The format ------------------------------------------------------------------------------------------------
// Comment lines (';' or '#'), then "[passwords]", then one "name=password" line per entry, both percent-encoded
// UTF-8. Only unreserved ASCII and %XX escapes appear, so no character of a name or password ('=', ';', '[',
// newlines, …) can be mistaken for the format's own.

QByteArray encode(const QString& text)
{
    return QUrl::toPercentEncoding(text);
}

std::optional<QString> decode(const QByteArray& encoded)
{
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~';
        if (c == '%') {
            if (i + 2 >= encoded.size() || !isxdigit(static_cast<unsigned char>(encoded.at(i + 1)))
                || !isxdigit(static_cast<unsigned char>(encoded.at(i + 2)))) {
                return std::nullopt;
            }
            i += 2;
        } else if (!unreserved) {
            return std::nullopt;
        }
    }
    // Keeps a leading U+FEFF: it would be part of the password, not a byte order mark.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = utf8(QByteArray::fromPercentEncoding(encoded));
    if (utf8.hasError()) {
        return std::nullopt;
    }
    return text;
}

QByteArray serialize(const Entries& entries)
{
    QByteArray content = "; Longhand's passwords, kept in this file because no keychain service was available.\n"
                         "; Only you may read this file (chmod 600). Names and passwords are percent-encoded UTF-8.\n";
    content += sectionHeader().latin1();
    content += '\n';
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        content += encode(it.key()) + '=' + encode(it.value()) + '\n';
    }
    return content;
}

Result<Entries> parse(const QByteArray& content, const QString& path)
{
    Entries entries;
    bool inSection = false;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        QByteArray line = lines.at(index);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        for (const char c : std::as_const(line)) {
            const auto byte = static_cast<unsigned char>(c);
            if ((byte < 0x20 && c != '\t') || byte >= 0x7f) {
                return damaged(path, lineNumber, FileSecretStore::tr("it contains characters Longhand never writes"));
            }
        }
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(';') || line.startsWith('#')) {
            continue;
        }
        if (line.startsWith('[')) {
            if (line != sectionHeader().latin1() || inSection) {
                return damaged(path, lineNumber,
                    FileSecretStore::tr("Longhand expected the heading %1 once, at the top").arg(sectionHeader()));
            }
            inSection = true;
            continue;
        }
        if (!inSection) {
            return damaged(
                path, lineNumber, FileSecretStore::tr("an entry comes before the heading %1").arg(sectionHeader()));
        }
        const qsizetype equals = line.indexOf('=');
        if (equals < 0) {
            return damaged(path, lineNumber, FileSecretStore::tr("it is not a name=password entry"));
        }
        const std::optional<QString> key = decode(line.left(equals));
        if (!key || key->isEmpty()) {
            return damaged(path, lineNumber, FileSecretStore::tr("the name is not one Longhand wrote"));
        }
        const std::optional<QString> secret = decode(line.mid(equals + 1));
        if (!secret) {
            return damaged(path, lineNumber, FileSecretStore::tr("the password for %1 is garbled").arg(*key));
        }
        if (entries.contains(*key)) {
            return damaged(path, lineNumber, FileSecretStore::tr("%1 appears twice").arg(*key));
        }
        entries.insert(*key, *secret);
    }
    return entries;
}

// --- The file --------------------------------------------------------------------------------------------------

// The entries in the file; none when there is no file. Refuses a file that others can read or change, a link, or
// a file that is not the user's own: its passwords may be known, or planted, by someone else.
Result<Entries> load(const QString& path)
{
    const QByteArray nativePath = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO someone put in its place must not hang; fstat then rejects it.
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT) {
            return Entries {};
        }
        if (error == ELOOP) {
            return storeError(FileSecretStore::tr("The password file %1 is a link. Longhand keeps passwords only in a "
                                                  "file of its own; replace the link with the file it points to.")
                                  .arg(path));
        }
        return storeError(FileSecretStore::tr("Cannot read the password file %1: %2.").arg(path, systemError(error)));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return storeError(FileSecretStore::tr("Cannot read the password file %1: %2.").arg(path, file.errorString()));
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0) {
        return storeError(FileSecretStore::tr("Cannot read the password file %1: %2.").arg(path, systemError(errno)));
    }
    if (!S_ISREG(info.st_mode)) {
        return storeError(FileSecretStore::tr("The password file %1 is not a regular file. Move it away; Longhand "
                                              "will then ask for your passwords again.")
                              .arg(path));
    }
    if (info.st_uid != ::geteuid()) {
        return storeError(FileSecretStore::tr("The password file %1 belongs to another user, so Longhand will not "
                                              "use it. Delete it and enter your passwords again.")
                              .arg(path));
    }
    if ((info.st_mode & 077) != 0) {
        return storeError(FileSecretStore::tr("Other users of this computer can read or change the password file %1 "
                                              "(its permissions are %2; Longhand needs 600), so Longhand will not "
                                              "use it. If only you have had access, fix it with \"chmod 600 %1\"; "
                                              "otherwise delete it, revoke those application passwords in "
                                              "WordPress and enter new ones.")
                              .arg(path, QString::number(info.st_mode & 0777, 8)));
    }
    if (info.st_size > kMaxFileSize) {
        return damaged(path, 1, FileSecretStore::tr("the file is far larger than any Longhand writes"));
    }
    const QByteArray content = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return storeError(FileSecretStore::tr("Cannot read the password file %1: %2.").arg(path, file.errorString()));
    }
    if (content.size() > kMaxFileSize) {
        return damaged(path, 1, FileSecretStore::tr("the file is far larger than any Longhand writes"));
    }
    return parse(content, path);
}

// Replaces the file with one holding entries, or deletes it when there are none. The new file is written under a
// temporary name created 0600 (QTemporaryFile opens with O_EXCL and mode 0600, whatever the umask) and renamed
// over the old one, so the file is never readable by others and never half-written. QSaveFile is not used: for a
// new file it creates its temporary file with 0666 & ~umask, world-readable under the usual umask 022.
Status save(const QString& path, const Entries& entries)
{
    const QByteArray nativePath = QFile::encodeName(path);
    if (entries.isEmpty()) {
        if (::unlink(nativePath.constData()) != 0 && errno != ENOENT) {
            return storeError(
                FileSecretStore::tr("Cannot delete the password file %1: %2.").arg(path, systemError(errno)));
        }
        return {};
    }
    const QString directory = QFileInfo(path).absolutePath();
    QTemporaryFile temporary(path + QStringLiteral(".XXXXXX"));
    if (!temporary.open()) {
        return storeError(FileSecretStore::tr("Cannot create a file in %1 to save the passwords: %2.")
                              .arg(directory, temporary.errorString()));
    }
    // Exactly 0600 before the first byte goes in, whatever QTemporaryFile did.
    if (::fchmod(temporary.handle(), S_IRUSR | S_IWUSR) != 0) {
        return storeError(FileSecretStore::tr("Cannot make the password file private: %1.").arg(systemError(errno)));
    }
    QByteArray content = serialize(entries);
    const bool written
        = temporary.write(content) == content.size() && temporary.flush() && ::fsync(temporary.handle()) == 0;
    content.fill('\0'); // no stray copy of the passwords left in freed memory
    if (!written) {
        return storeError(
            FileSecretStore::tr("Cannot write the password file %1: %2.").arg(path, temporary.errorString()));
    }
    temporary.close();
    if (::rename(QFile::encodeName(temporary.fileName()).constData(), nativePath.constData()) != 0) {
        return storeError(FileSecretStore::tr("Cannot save the password file %1: %2.").arg(path, systemError(errno)));
    }
    temporary.setAutoRemove(false); // it has become the password file
    // Make the rename itself durable; a failure here loses nothing that was not already at risk.
    const int directoryFd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directoryFd >= 0) {
        ::fsync(directoryFd);
        ::close(directoryFd);
    }
    return {};
}

// Runs change on the file's entries and saves the result, holding a lock against other Longhand processes
// doing the same (a save by one would otherwise undo the other's change).
template <typename Change> Status update(const QString& path, Change change)
{
    // QLockFile keeps other processes out; inside one process (the GUI and its own CLI-like users
    // each with a store) threads are serialised here, as a lock file held by this PID does not exclude them.
    static QMutex inProcess;
    const QMutexLocker guard(&inProcess);
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        return storeError(FileSecretStore::tr("Cannot create the folder %1 for the password file.").arg(directory));
    }
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(kStaleLockTime);
    if (!lock.tryLock(kLockWaitMs)) {
        if (lock.error() == QLockFile::LockFailedError) {
            return storeError(FileSecretStore::tr("Another Longhand program is saving passwords to %1. Try again "
                                                  "in a moment.")
                                  .arg(path));
        }
        return storeError(
            FileSecretStore::tr("Cannot save passwords in %1: Longhand may not create files there.").arg(directory));
    }
    Result<Entries> entries = load(path);
    if (!entries) {
        return entries.error();
    }
    if (!change(entries.value())) {
        return {}; // nothing changed: the file stays as it is (or absent)
    }
    return save(path, entries.value());
}

Error emptyKeyError()
{
    return Error::make(Error::Code::InvalidInput, FileSecretStore::tr("A password cannot be stored without a name."));
}

} // namespace

// One thread for the file work, so neither the GUI nor a save in progress waits on the disk (fsync can take a
// while), and operations run strictly in the order asked for.
class FileSecretStore::Worker final
{
public:
    Worker()
    {
        m_thread.setObjectName(QStringLiteral("longhand-secrets"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }

    ~Worker()
    {
        // Finish what was asked for (a password being saved) before the thread goes.
        QPromise<void> idle;
        QFuture<void> done = idle.future();
        idle.start();
        QMetaObject::invokeMethod(
            m_context, [&idle] { idle.finish(); }, Qt::QueuedConnection);
        done.waitForFinished();
        m_thread.quit();
        m_thread.wait();
    }

    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    template <typename R, typename Fn> QFuture<R> run(Fn fn)
    {
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_context,
            [promise, fn = std::move(fn)] {
                promise->addResult(fn());
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

private:
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread
};

FileSecretStore::FileSecretStore(QString profileRoot)
    : m_path(QDir(profileRoot).absoluteFilePath(fileName()))
    , m_worker(std::make_unique<Worker>())
{
}

FileSecretStore::~FileSecretStore() = default;

QFuture<Result<QString>> FileSecretStore::read(const QString& key)
{
    if (key.isEmpty()) {
        return readyFuture(Result<QString>(emptyKeyError()));
    }
    return m_worker->run<Result<QString>>([path = m_path, key]() -> Result<QString> {
        Result<Entries> entries = load(path);
        if (!entries) {
            qCWarning(lcAccounts).noquote()
                << "Reading" << key << "from" << path << "failed:" << entries.error().message;
            return entries.error();
        }
        const auto found = entries->constFind(key);
        if (found == entries->cend()) {
            return Error::make(
                Error::Code::NotFound, FileSecretStore::tr("No password for %1 is stored in %2.").arg(key, path));
        }
        qCDebug(lcAccounts) << "Read" << key << "from" << path;
        return found.value();
    });
}

QFuture<Status> FileSecretStore::write(const QString& key, const QString& secret)
{
    if (key.isEmpty()) {
        return readyFuture(Status(emptyKeyError()));
    }
    return m_worker->run<Status>([path = m_path, key, secret] {
        const Status saved = update(path, [&](Entries& entries) {
            entries.insert(key, secret);
            return true;
        });
        if (!saved) {
            qCWarning(lcAccounts).noquote() << "Storing" << key << "in" << path << "failed:" << saved.error().message;
        } else {
            qCDebug(lcAccounts) << "Stored" << key << "in" << path;
        }
        return saved;
    });
}

QFuture<Status> FileSecretStore::remove(const QString& key)
{
    if (key.isEmpty()) {
        return readyFuture(Status(emptyKeyError()));
    }
    return m_worker->run<Status>([path = m_path, key] {
        const Status removed = update(path, [&](Entries& entries) { return entries.remove(key) > 0; });
        if (!removed) {
            qCWarning(lcAccounts).noquote()
                << "Deleting" << key << "from" << path << "failed:" << removed.error().message;
        } else {
            qCDebug(lcAccounts) << "Deleted" << key << "from" << path;
        }
        return removed;
    });
}

} // namespace longhand
