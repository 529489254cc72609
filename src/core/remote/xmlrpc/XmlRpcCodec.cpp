#include "core/remote/xmlrpc/XmlRpcCodec.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>
#include <limits>

namespace longhand::xmlrpc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text);
}

// ---- writing ---------------------------------------------------------------------------------------------------

bool isXmlChar(char16_t u)
{
    return u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u < 0xD800) || (u > 0xDFFF && u < 0xFFFE);
}

// Text as XML can carry it; a carriage return goes as &#13;, which a parser keeps (a raw one it would turn
// into a line feed, and "\r\n" into one "\n").
void writeText(QXmlStreamWriter& xml, const QString& text)
{
    QString run;
    run.reserve(text.size());
    const auto flush = [&] {
        if (!run.isEmpty()) {
            xml.writeCharacters(run);
            run.clear();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            run.append(c);
            run.append(text.at(++i));
        } else if (c.unicode() == 0xD) {
            flush();
            xml.writeEntityReference(QStringLiteral("#13"));
        } else if (!isXmlChar(c.unicode())) {
            run.append(QChar(QChar::ReplacementCharacter));
        } else {
            run.append(c);
        }
    }
    flush();
}

void writeTextElement(QXmlStreamWriter& xml, const QString& name, const QString& text)
{
    xml.writeStartElement(name);
    writeText(xml, text);
    xml.writeEndElement();
}

void writeValue(QXmlStreamWriter& xml, const XmlRpcValue& value)
{
    xml.writeStartElement(QStringLiteral("value"));
    switch (value.type()) {
    case XmlRpcValue::Type::Int:
        xml.writeTextElement(QStringLiteral("int"), QString::number(value.toInt()));
        break;
    case XmlRpcValue::Type::Bool:
        xml.writeTextElement(QStringLiteral("boolean"), value.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        break;
    case XmlRpcValue::Type::String:
        writeTextElement(xml, QStringLiteral("string"), value.toString());
        break;
    case XmlRpcValue::Type::Double:
        xml.writeTextElement(QStringLiteral("double"), QString::number(value.toDouble(), 'g', 17));
        break;
    case XmlRpcValue::Type::DateTime:
        xml.writeTextElement(QStringLiteral("dateTime.iso8601"), formatDateTime(value.toDateTime()));
        break;
    case XmlRpcValue::Type::Base64:
        xml.writeTextElement(QStringLiteral("base64"), QString::fromLatin1(value.toBytes().toBase64()));
        break;
    case XmlRpcValue::Type::Struct:
        xml.writeStartElement(QStringLiteral("struct"));
        for (const auto& [name, member] : value.members()) {
            xml.writeStartElement(QStringLiteral("member"));
            writeTextElement(xml, QStringLiteral("name"), name);
            writeValue(xml, member);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        break;
    case XmlRpcValue::Type::Array:
        xml.writeStartElement(QStringLiteral("array"));
        xml.writeStartElement(QStringLiteral("data"));
        for (const XmlRpcValue& item : value.items()) {
            writeValue(xml, item);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        break;
    }
    xml.writeEndElement();
}

// ---- reading ---------------------------------------------------------------------------------------------------

QString shown(const QString& text)
{
    QString cut = text.left(40);
    for (QChar& c : cut) {
        if (c.unicode() < 0x20) {
            c = QLatin1Char(' ');
        }
    }
    return text.size() > 40 ? cut + QStringLiteral("…") : cut;
}

QString where(const QString& path)
{
    return path.isEmpty() ? tr("the answer's value") : path;
}

class Reader
{
public:
    Reader(const QByteArray& body, const Limits& limits)
        : m_body(body)
        , m_limits(limits)
        , m_xml(body) // whole: the end of the data is the end of the document
    {
    }

    Result<XmlRpcValue> run();

private:
    using Token = QXmlStreamReader::TokenType;

    void fail(const QString& what)
    {
        if (!m_error) {
            m_error = Error::make(Error::Code::BadResponse,
                                  tr("The blog's XML-RPC answer is not what WordPress sends: %1.").arg(what));
        }
    }
    void failTooLarge(const QString& what)
    {
        if (!m_error) {
            m_error = Error::make(Error::Code::TooLarge, tr("The blog's XML-RPC answer is too large: %1.").arg(what));
        }
    }
    bool failed() const { return m_error.has_value(); }

    Token next();
    Token nextSignificant();
    bool expectStart(const QString& name, const QString& path);
    bool expectEnd(const QString& path);
    std::optional<QString> text(const QString& path);
    std::optional<XmlRpcValue> value(const QString& path, int depth);
    std::optional<XmlRpcValue> typed(const QString& type, const QString& path, int depth);

    const QByteArray& m_body;
    Limits m_limits;
    QXmlStreamReader m_xml;
    qint64 m_values = 0;
    std::optional<Error> m_error;
};

Reader::Token Reader::next()
{
    const Token token = m_xml.readNext();
    switch (token) {
    case QXmlStreamReader::DTD:
        // Entity declarations (billion laughs, external entities) live in a DTD; XML-RPC has none.
        fail(tr("it carries a document type declaration (DTD), which XML-RPC never has"));
        return QXmlStreamReader::Invalid;
    case QXmlStreamReader::EntityReference:
        fail(tr("it refers to the entity &%1;, which XML-RPC never uses").arg(shown(m_xml.name().toString())));
        return QXmlStreamReader::Invalid;
    case QXmlStreamReader::Invalid:
        if (!m_error) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                fail(tr("it ends in the middle (line %1)").arg(m_xml.lineNumber()));
            } else {
                m_error = Error::make(Error::Code::BadResponse,
                                      tr("The blog's XML-RPC answer is not well-formed XML (line %1, column %2: %3).")
                                          .arg(m_xml.lineNumber())
                                          .arg(m_xml.columnNumber())
                                          .arg(m_xml.errorString()));
            }
        }
        return token;
    default:
        return token;
    }
}

// The next token that is not whitespace, a comment or a processing instruction.
Reader::Token Reader::nextSignificant()
{
    for (;;) {
        const Token token = next();
        if (failed()) {
            return QXmlStreamReader::Invalid;
        }
        if (token == QXmlStreamReader::Comment || token == QXmlStreamReader::ProcessingInstruction
            || (token == QXmlStreamReader::Characters && m_xml.isWhitespace())) {
            continue;
        }
        if (token == QXmlStreamReader::Characters) {
            fail(tr("text \"%1\" where an element belongs").arg(shown(m_xml.text().toString())));
            return QXmlStreamReader::Invalid;
        }
        return token;
    }
}

bool Reader::expectStart(const QString& name, const QString& path)
{
    const Token token = nextSignificant();
    if (failed()) {
        return false;
    }
    if (token != QXmlStreamReader::StartElement || m_xml.name() != name) {
        fail(tr("%1 lacks <%2>").arg(where(path), name));
        return false;
    }
    return true;
}

bool Reader::expectEnd(const QString& path)
{
    const Token token = nextSignificant();
    if (failed()) {
        return false;
    }
    if (token != QXmlStreamReader::EndElement) {
        fail(tr("%1 holds more than XML-RPC allows there").arg(where(path)));
        return false;
    }
    return true;
}

// The text of the current element, which must have no child elements.
std::optional<QString> Reader::text(const QString& path)
{
    QString text;
    for (;;) {
        const Token token = next();
        if (failed()) {
            return std::nullopt;
        }
        switch (token) {
        case QXmlStreamReader::Characters:
            text += m_xml.text();
            break;
        case QXmlStreamReader::EndElement:
            return text;
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            break;
        default:
            fail(tr("%1 holds an element where text belongs").arg(where(path)));
            return std::nullopt;
        }
    }
}

// At <value>: reads it to its </value>.
std::optional<XmlRpcValue> Reader::value(const QString& path, int depth)
{
    if (depth > m_limits.maxDepth) {
        fail(tr("values nested deeper than %1 at %2").arg(m_limits.maxDepth).arg(where(path)));
        return std::nullopt;
    }
    if (++m_values > m_limits.maxValues) {
        failTooLarge(tr("more than %1 values").arg(m_limits.maxValues));
        return std::nullopt;
    }
    QString bare;
    for (;;) {
        const Token token = next();
        if (failed()) {
            return std::nullopt;
        }
        switch (token) {
        case QXmlStreamReader::Characters:
            bare += m_xml.text();
            break;
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            break;
        case QXmlStreamReader::EndElement:
            return XmlRpcValue(bare); // <value>text</value> is a string
        case QXmlStreamReader::StartElement: {
            if (!bare.trimmed().isEmpty()) {
                fail(tr("%1 mixes text and an element").arg(where(path)));
                return std::nullopt;
            }
            auto result = typed(m_xml.name().toString(), path, depth);
            if (!result || !expectEnd(path)) {
                return std::nullopt;
            }
            return result;
        }
        default:
            fail(tr("%1 is not a value").arg(where(path)));
            return std::nullopt;
        }
    }
}

// At the type element inside <value>: reads it to its end tag.
std::optional<XmlRpcValue> Reader::typed(const QString& type, const QString& path, int depth)
{
    if (type == QLatin1String("int") || type == QLatin1String("i4") || type == QLatin1String("i8")) {
        const auto content = text(path);
        if (!content) {
            return std::nullopt;
        }
        bool ok = false;
        const qint64 number = content->trimmed().toLongLong(&ok);
        const bool fits = type != QLatin1String("i4")
                          || (number >= std::numeric_limits<qint32>::min() && number <= std::numeric_limits<qint32>::max());
        if (!ok || !fits) {
            fail(tr("%1 should be a whole number that fits <%2>, not \"%3\"").arg(where(path), type, shown(*content)));
            return std::nullopt;
        }
        return XmlRpcValue(number);
    }
    if (type == QLatin1String("boolean")) {
        const auto content = text(path);
        if (!content) {
            return std::nullopt;
        }
        const QString trimmed = content->trimmed();
        if (trimmed != QLatin1String("0") && trimmed != QLatin1String("1")) {
            fail(tr("%1 should be a boolean (0 or 1), not \"%2\"").arg(where(path), shown(*content)));
            return std::nullopt;
        }
        return XmlRpcValue(trimmed == QLatin1String("1"));
    }
    if (type == QLatin1String("string")) {
        auto content = text(path);
        return content ? std::optional<XmlRpcValue>(XmlRpcValue(std::move(*content))) : std::nullopt;
    }
    if (type == QLatin1String("double")) {
        const auto content = text(path);
        if (!content) {
            return std::nullopt;
        }
        bool ok = false;
        const double number = content->trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            fail(tr("%1 should be a finite number, not \"%2\"").arg(where(path), shown(*content)));
            return std::nullopt;
        }
        return XmlRpcValue(number);
    }
    if (type == QLatin1String("dateTime.iso8601")) {
        const auto content = text(path);
        if (!content) {
            return std::nullopt;
        }
        const auto time = parseDateTime(content->trimmed());
        if (!time) {
            fail(tr("%1 should be a date such as 20261207T12:00:00, not \"%2\"").arg(where(path), shown(*content)));
            return std::nullopt;
        }
        return XmlRpcValue(*time);
    }
    if (type == QLatin1String("base64")) {
        const auto content = text(path);
        if (!content) {
            return std::nullopt;
        }
        if (content->size() > m_limits.maxBase64Bytes) {
            failTooLarge(tr("%1 holds more than %2 of base64").arg(where(path), HttpClient::describeBytes(m_limits.maxBase64Bytes)));
            return std::nullopt;
        }
        QByteArray encoded = content->toLatin1();
        encoded.removeIf([](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
        auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            fail(tr("%1 is not base64").arg(where(path)));
            return std::nullopt;
        }
        return XmlRpcValue::base64(std::move(*decoded));
    }
    if (type == QLatin1String("struct")) {
        XmlRpcValue::Struct members;
        for (;;) {
            const Token token = nextSignificant();
            if (failed()) {
                return std::nullopt;
            }
            if (token == QXmlStreamReader::EndElement) {
                return XmlRpcValue(std::move(members));
            }
            if (token != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("member")) {
                fail(tr("%1 is a struct holding something other than <member>").arg(where(path)));
                return std::nullopt;
            }
            if (!expectStart(QStringLiteral("name"), path)) {
                return std::nullopt;
            }
            const auto name = text(path);
            if (!name) {
                return std::nullopt;
            }
            const QString memberPath = path.isEmpty() ? shown(*name) : path + QLatin1Char('.') + shown(*name);
            for (const auto& member : members) {
                if (member.first == *name) {
                    fail(tr("%1 is there twice").arg(memberPath));
                    return std::nullopt;
                }
            }
            if (!expectStart(QStringLiteral("value"), memberPath)) {
                return std::nullopt;
            }
            auto member = value(memberPath, depth + 1);
            if (!member || !expectEnd(memberPath)) {
                return std::nullopt;
            }
            members.emplace_back(*name, std::move(*member));
        }
    }
    if (type == QLatin1String("array")) {
        if (!expectStart(QStringLiteral("data"), path)) {
            return std::nullopt;
        }
        XmlRpcValue::Array items;
        for (;;) {
            const Token token = nextSignificant();
            if (failed()) {
                return std::nullopt;
            }
            if (token == QXmlStreamReader::EndElement) {
                break;
            }
            const QString itemPath = path + QStringLiteral("[%1]").arg(items.size());
            if (token != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("value")) {
                fail(tr("%1 is an array holding something other than <value>").arg(where(path)));
                return std::nullopt;
            }
            auto item = value(itemPath, depth + 1);
            if (!item) {
                return std::nullopt;
            }
            items.push_back(std::move(*item));
        }
        if (!expectEnd(path)) {
            return std::nullopt;
        }
        return XmlRpcValue(std::move(items));
    }
    if (type == QLatin1String("nil")) {
        fail(tr("%1 is <nil/>, which WordPress never sends").arg(where(path)));
        return std::nullopt;
    }
    fail(tr("%1 has the unknown type <%2>").arg(where(path), shown(type)));
    return std::nullopt;
}

Result<XmlRpcValue> Reader::run()
{
    if (m_body.size() > m_limits.maxBytes) {
        failTooLarge(tr("more than %1").arg(HttpClient::describeBytes(m_limits.maxBytes)));
        return *m_error;
    }
    // QXmlStreamReader would read other encodings, and bytes that are not UTF-8 as replacement characters.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(m_body);
    if (utf8.hasError()) {
        fail(tr("it is not UTF-8 text"));
        return *m_error;
    }
    m_xml.setNamespaceProcessing(false);

    Token token = nextSignificant();
    if (token == QXmlStreamReader::StartDocument) {
        const QString encoding = m_xml.documentEncoding().toString();
        if (!encoding.isEmpty() && encoding.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) != 0
            && encoding.compare(QLatin1String("us-ascii"), Qt::CaseInsensitive) != 0) {
            fail(tr("it is declared as %1, not UTF-8").arg(shown(encoding)));
            return *m_error;
        }
        token = nextSignificant();
    }
    if (failed()) {
        return *m_error;
    }
    if (token != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("methodResponse")) {
        fail(tr("it is not a <methodResponse>"));
        return *m_error;
    }
    token = nextSignificant();
    if (failed()) {
        return *m_error;
    }
    std::optional<XmlRpcValue> result;
    std::optional<Error> fault;
    if (token == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("params")) {
        if (!expectStart(QStringLiteral("param"), QString()) || !expectStart(QStringLiteral("value"), QString())) {
            return *m_error;
        }
        result = value(QString(), 1);
        if (!result || !expectEnd(QString()) || !expectEnd(QString())) {
            return *m_error;
        }
    } else if (token == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("fault")) {
        const QString path = QStringLiteral("fault");
        if (!expectStart(QStringLiteral("value"), path)) {
            return *m_error;
        }
        const auto content = value(path, 1);
        if (!content || !expectEnd(path)) {
            return *m_error;
        }
        const XmlRpcValue* code = content->member(QStringLiteral("faultCode"));
        const XmlRpcValue* text = content->member(QStringLiteral("faultString"));
        if (!code || !code->is(XmlRpcValue::Type::Int) || !text || !text->is(XmlRpcValue::Type::String)) {
            fail(tr("its fault lacks a whole-number faultCode or a faultString"));
            return *m_error;
        }
        fault = faultError(code->toInt(), text->toString());
    } else {
        fail(tr("its <methodResponse> holds neither <params> nor <fault>"));
        return *m_error;
    }
    if (!expectEnd(QString())) {
        return *m_error;
    }
    // Nothing but comments and whitespace may follow; QXmlStreamReader itself refuses a second root.
    for (;;) {
        token = nextSignificant();
        if (failed()) {
            return *m_error;
        }
        if (token == QXmlStreamReader::EndDocument) {
            break;
        }
        fail(tr("something follows </methodResponse>"));
        return *m_error;
    }
    if (fault) {
        return *fault;
    }
    return std::move(*result);
}

} // namespace

QByteArray writeCall(const QString& method, const XmlRpcValue::Array& params)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("methodCall"));
    writeTextElement(xml, QStringLiteral("methodName"), method);
    xml.writeStartElement(QStringLiteral("params"));
    for (const XmlRpcValue& param : params) {
        xml.writeStartElement(QStringLiteral("param"));
        writeValue(xml, param);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

Result<XmlRpcValue> readResponse(const QByteArray& body, const Limits& limits)
{
    return Reader(body, limits).run();
}

Error faultError(qint64 code, const QString& faultString)
{
    const QString text = faultString.left(500).trimmed();
    const QString detail = text.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(text);
    Error error;
    if (code == 401 || code == 403 || code == 405) {
        error = Error::make(Error::Code::Permission,
                            tr("The blog refused: a wrong user name or password, or your account may not do this.") + detail);
    } else if (code == 404) {
        error = Error::make(Error::Code::RemoteNotFound, tr("The blog does not have this (any more).") + detail);
    } else if (code == 409) {
        error = Error::make(Error::Code::Conflict, tr("The post was changed on the blog since Longhand last read it.") + detail);
    } else if (code <= -32600 && code >= -32700) {
        error = Error::make(Error::Code::BadResponse,
                            tr("The blog could not read Longhand's XML-RPC call (fault %1); its server may lack PHP's xml "
                               "extension.")
                                    .arg(code)
                                + detail);
    } else {
        error = Error::make(Error::Code::Http, tr("The blog refused the request (XML-RPC fault %1).").arg(code) + detail);
    }
    error.remoteCode = QStringLiteral("xmlrpc:%1").arg(code);
    return error;
}

std::optional<QDateTime> parseDateTime(const QString& text)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})-?(\\d{2})-?(\\d{2})T(\\d{2}):?(\\d{2}):?(\\d{2})Z?$"));
    const auto match = form.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    int parts[6] = {};
    for (int i = 0; i < 6; ++i) {
        parts[i] = match.captured(i + 1).toInt();
    }
    if (parts[0] == 0 && parts[1] == 0 && parts[2] == 0 && parts[3] == 0 && parts[4] == 0 && parts[5] == 0) {
        return QDateTime(); // WordPress's zero date
    }
    const QDate date(parts[0], parts[1], parts[2]);
    const QTime time(parts[3], parts[4], parts[5]);
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    return QDateTime(date, time, Qt::UTC);
}

QString formatDateTime(const QDateTime& time)
{
    if (!time.isValid()) {
        return QStringLiteral("00000000T00:00:00");
    }
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HH:mm:ss"));
}

} // namespace longhand::xmlrpc
