#include "core/domain/CustomFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace longhand {

CustomFieldKind customFieldKind(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        return text.size() > kCustomFieldMaxText || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
                   ? CustomFieldKind::Fixed
                   : CustomFieldKind::Text;
    }
    case QJsonValue::Double:
        return CustomFieldKind::Number;
    case QJsonValue::Bool:
        return CustomFieldKind::Flag;
    default:
        return CustomFieldKind::Fixed;
    }
}

QString customFieldText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9e15) {
            return QString::number(qint64(number));
        }
        return QLocale::c().toString(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

std::optional<QJsonValue> customFieldValue(const QJsonValue& original, const QString& text)
{
    if (text == customFieldText(original)) {
        return original;
    }
    switch (customFieldKind(original)) {
    case CustomFieldKind::Text:
        if (text.size() > kCustomFieldMaxText || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
            return std::nullopt;
        }
        return QJsonValue(text);
    case CustomFieldKind::Number: {
        const QString trimmed = text.trimmed();
        bool ok = false;
        const qint64 whole = trimmed.toLongLong(&ok);
        if (ok) {
            return QJsonValue(whole);
        }
        const double number = QLocale::c().toDouble(trimmed, &ok);
        if (!ok || !std::isfinite(number)) {
            return std::nullopt;
        }
        return QJsonValue(number);
    }
    case CustomFieldKind::Flag:
        if (text == QLatin1String("true") || text == QLatin1String("false")) {
            return QJsonValue(text == QLatin1String("true"));
        }
        return std::nullopt;
    case CustomFieldKind::Fixed:
        break;
    }
    return std::nullopt;
}

} // namespace longhand
