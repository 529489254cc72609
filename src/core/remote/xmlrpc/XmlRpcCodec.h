#pragma once

#include "core/Error.h"
#include "core/remote/HttpClient.h"
#include "core/remote/xmlrpc/XmlRpcValue.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace longhand::xmlrpc {

// What an answer may hold before it is refused. The defaults are far above anything WordPress sends
// (a page of 100 posts with their terms is about 20,000 values nested 6 deep) and far below what would
// hurt (each value costs about 150 bytes of memory).
struct Limits
{
    qint64 maxBytes = AnswerLimit::kList; // the whole answer; HttpClient stops reading there too
    int maxDepth = 64;                    // values inside values
    qint64 maxValues = 250000;            // values of any kind in the whole answer
    qint64 maxBase64Bytes = 16 * AnswerLimit::kMiB; // the encoded text of one base64 value
};

// <?xml …?><methodCall><methodName>method</methodName><params>…</params></methodCall>, UTF-8. Ints are
// written as <int> whatever their size: WordPress's parser (IXR) knows no <i8>, and PHP's ints are 64-bit.
// Characters XML cannot carry (controls other than tab, line feed and carriage return, lone surrogates,
// U+FFFE/U+FFFF) are written as U+FFFD.
QByteArray writeCall(const QString& method, const XmlRpcValue::Array& params);

// The one value of a methodResponse, or the error it stands for: a <fault> becomes faultError(), anything
// else WordPress would not send becomes Error::Code::BadResponse (TooLarge past limits.maxBytes) with a
// sentence naming where it is. A DTD (and with it every entity declaration) is refused before it is read,
// as are undeclared entities, encodings other than UTF-8, bytes that are not UTF-8, nesting past
// limits.maxDepth, more than limits.maxValues values, base64 past limits.maxBase64Bytes, numbers that do not
// fit, <nil/> and elements XML-RPC does not have.
Result<XmlRpcValue> readResponse(const QByteArray& body, const Limits& limits = {});

// A fault as an Error: 401 and 403 (not allowed, or a wrong password: WordPress uses 403 for both) ->
// Permission, 404 -> RemoteNotFound, 405 (XML-RPC switched off) -> Permission, 409 -> Conflict, -32700..-32600
// (the blog could not read the call: a broken server, e.g. PHP without its xml extension) -> BadResponse,
// anything else -> Http. Never transient: WordPress answers a fault only after deciding. remoteCode is
// "xmlrpc:<code>", httpStatus 0, the message carries the fault string.
Error faultError(qint64 code, const QString& faultString);

// WordPress's form: "20261207T12:00:00" (no zone; see XmlRpcValue). Also read: "2026-12-07T12:00:00",
// a trailing "Z" and "00000000T00:00:00" (the zero date: an invalid QDateTime). nullopt when malformed.
std::optional<QDateTime> parseDateTime(const QString& text);
QString formatDateTime(const QDateTime& time);

} // namespace longhand::xmlrpc
