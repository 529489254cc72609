#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <utility>
#include <vector>

namespace longhand {

// One XML-RPC value, as WordPress's xmlrpc.php sends and reads them: int (i4, i8 read as 64-bit), boolean,
// string, double, dateTime.iso8601, base64, struct and array. There is no nil: WordPress never sends it.
//
// A dateTime carries no zone in XML-RPC. WordPress writes "20261207T12:00:00": local time in members such as
// post_date, UTC in the *_gmt ones. The value holds the wall-clock reading with Qt::UTC as its spec; which
// zone it really is belongs to the member, not to the value. WordPress also sends "00000000T00:00:00" for a
// date it does not have; that reads as an invalid QDateTime (isZeroDate()).
class XmlRpcValue
{
public:
    enum class Type { Int, Bool, String, Double, DateTime, Base64, Struct, Array };
    using Member = std::pair<QString, XmlRpcValue>;
    using Struct = std::vector<Member>; // in the order sent; names are unique
    using Array = std::vector<XmlRpcValue>;

    XmlRpcValue() : m_type(Type::String) { } // the empty string, as a bare <value/> is
    XmlRpcValue(int value) : m_type(Type::Int), m_int(value) { }
    XmlRpcValue(qint64 value) : m_type(Type::Int), m_int(value) { }
    XmlRpcValue(bool value) : m_type(Type::Bool), m_bool(value) { }
    XmlRpcValue(double value) : m_type(Type::Double), m_double(value) { }
    XmlRpcValue(QString value) : m_type(Type::String), m_string(std::move(value)) { }
    // No pointers: a const char* would become a bool (say QStringLiteral), and so would a const XmlRpcValue*.
    template <typename T>
    XmlRpcValue(T*) = delete;
    XmlRpcValue(QDateTime value) : m_type(Type::DateTime), m_dateTime(std::move(value)) { }
    XmlRpcValue(Struct members) : m_type(Type::Struct), m_struct(std::move(members)) { }
    XmlRpcValue(Array items) : m_type(Type::Array), m_array(std::move(items)) { }
    static XmlRpcValue base64(QByteArray bytes);
    static XmlRpcValue zeroDate(); // WordPress's "00000000T00:00:00"

    Type type() const { return m_type; }
    bool is(Type type) const { return m_type == type; }
    static QString typeName(Type type); // the XML element's name: "int", "struct", ...
    QString typeName() const { return typeName(m_type); }

    qint64 toInt() const { return m_int; }
    bool toBool() const { return m_bool; }
    double toDouble() const { return m_double; }
    const QString& toString() const { return m_string; }
    const QDateTime& toDateTime() const { return m_dateTime; }
    bool isZeroDate() const { return m_type == Type::DateTime && !m_dateTime.isValid(); }
    const QByteArray& toBytes() const { return m_bytes; }
    const Struct& members() const { return m_struct; }
    const Array& items() const { return m_array; }

    // The member called name of a struct, or nullptr (also when this is no struct).
    const XmlRpcValue* member(const QString& name) const;
    // Builders for requests.
    XmlRpcValue& insert(const QString& name, XmlRpcValue value); // replaces a member of that name
    XmlRpcValue& append(XmlRpcValue value);

    bool operator==(const XmlRpcValue& other) const;
    bool operator!=(const XmlRpcValue& other) const { return !(*this == other); }

private:
    Type m_type;
    qint64 m_int = 0;
    bool m_bool = false;
    double m_double = 0;
    QString m_string;
    QDateTime m_dateTime;
    QByteArray m_bytes;
    Struct m_struct;
    Array m_array;
};

} // namespace longhand
