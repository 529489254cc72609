#include "core/remote/xmlrpc/XmlRpcValue.h"

namespace longhand {

XmlRpcValue XmlRpcValue::base64(QByteArray bytes)
{
    XmlRpcValue value;
    value.m_type = Type::Base64;
    value.m_bytes = std::move(bytes);
    return value;
}

XmlRpcValue XmlRpcValue::zeroDate()
{
    return XmlRpcValue(QDateTime());
}

QString XmlRpcValue::typeName(Type type)
{
    switch (type) {
    case Type::Int:
        return QStringLiteral("int");
    case Type::Bool:
        return QStringLiteral("boolean");
    case Type::String:
        return QStringLiteral("string");
    case Type::Double:
        return QStringLiteral("double");
    case Type::DateTime:
        return QStringLiteral("dateTime.iso8601");
    case Type::Base64:
        return QStringLiteral("base64");
    case Type::Struct:
        return QStringLiteral("struct");
    case Type::Array:
        return QStringLiteral("array");
    }
    return QString();
}

const XmlRpcValue* XmlRpcValue::member(const QString& name) const
{
    if (m_type != Type::Struct) {
        return nullptr;
    }
    for (const Member& member : m_struct) {
        if (member.first == name) {
            return &member.second;
        }
    }
    return nullptr;
}

XmlRpcValue& XmlRpcValue::insert(const QString& name, XmlRpcValue value)
{
    if (m_type != Type::Struct) {
        *this = XmlRpcValue(Struct {});
    }
    for (Member& member : m_struct) {
        if (member.first == name) {
            member.second = std::move(value);
            return *this;
        }
    }
    m_struct.emplace_back(name, std::move(value));
    return *this;
}

XmlRpcValue& XmlRpcValue::append(XmlRpcValue value)
{
    if (m_type != Type::Array) {
        *this = XmlRpcValue(Array {});
    }
    m_array.push_back(std::move(value));
    return *this;
}

bool XmlRpcValue::operator==(const XmlRpcValue& other) const
{
    if (m_type != other.m_type) {
        return false;
    }
    switch (m_type) {
    case Type::Int:
        return m_int == other.m_int;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::String:
        return m_string == other.m_string;
    case Type::Double:
        return m_double == other.m_double;
    case Type::DateTime:
        return m_dateTime == other.m_dateTime;
    case Type::Base64:
        return m_bytes == other.m_bytes;
    case Type::Struct:
        return m_struct == other.m_struct;
    case Type::Array:
        return m_array == other.m_array;
    }
    return false;
}

} // namespace longhand
