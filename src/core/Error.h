#pragma once

#include <QString>
#include <QUrl>

#include <utility>
#include <variant>

namespace longhand {

// Errors are values: a machine-readable code plus a sentence a user can act on.
struct Error
{
    enum class Code {
        None,
        Io,
        Database,
        SchemaTooNew,
        NotFound,
        InvalidInput,
        Dictionary,
        // Talking to the blog
        Network,      // connection refused, reset, DNS: worth retrying
        Timeout,      // no answer in time: worth retrying
        Tls,          // certificate problems: shown, never ignored
        Auth,         // wrong user name or application password (401)
        Permission,   // signed in but not allowed (403)
        RemoteNotFound, // 404 / 410
        Http,         // any other HTTP error; httpStatus says which
        BadResponse,  // the server answered something that is not what WordPress sends
        Insecure,     // plain http to a non-loopback host without the user's consent
        CrossOrigin,  // the password would have gone to another address (a redirect, a URL in an answer)
        ApiOnOtherOrigin, // discovery found the API on another address than the site's: ask the user (url, otherUrl)
        TooLarge,     // an answer past the size cap for its kind of request; retrying cannot help
        Cancelled,
        Conflict,     // the web version changed since the local edit began
        SecretStore,  // keychain or secrets file trouble
        AlreadyConnected, // adding a blog and account that is already connected: nothing was added
    };

    // What a refusal means for the caller, whichever backend said it (core/blog/BlogClient.h). The backend's own
    // code stays in remoteCode, for the log and for the backend itself; sync branches on these only.
    enum class Meaning {
        None,
        PastLastPage,        // a list page past the end (the list shrank meanwhile)
        NotAllowedToPublish, // the account may not publish; it may submit for review
        DuplicateComment,    // the blog refused a comment as one it already has
        TermExists,          // a category or tag of that name exists
        SlugTaken,           // another item holds that slug
        RestRefused,         // adding a blog: it refuses application passwords or API clients in its REST API;
                             // XML-RPC with the account password may still work (AccountService::addAccount)
    };

    Code code = Code::None;
    Meaning meaning = Meaning::None;
    QString message;
    int httpStatus = 0;   // for remote errors
    QString remoteCode;   // the backend's own error code, e.g. "rest_post_invalid_id", "xmlrpc:409"
    QByteArray remoteData; // the error's "data" object as compact JSON (e.g. term_exists carries term_id)
    QUrl url;              // CrossOrigin / ApiOnOtherOrigin: the address the password belongs to
    QUrl otherUrl;         // ... and the other address the blog pointed at
    bool notDelivered = false; // Network/Tls: the request never reached the blog (no connection was made)

    // Timeouts, dropped connections and 5xx: the same request may succeed later.
    bool isTransient() const
    {
        return code == Code::Network || code == Code::Timeout || (code == Code::Http && httpStatus >= 500);
    }

    static Error make(Code code, QString message)
    {
        Error error;
        error.code = code;
        error.message = std::move(message);
        return error;
    }
};

// A minimal std::expected stand-in (GCC 12 has no <expected> in C++20 mode).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_value(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_value); }
    T& value() & { return std::get<T>(m_value); }
    T&& value() && { return std::get<T>(std::move(m_value)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_value); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_value;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace longhand
