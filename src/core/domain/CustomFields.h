#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace longhand {

// A custom field (a key of Post::meta, as the blog exposes it) edited in the metadata panel (issue 15 item 3): its value
// is shown as text and read back as the same JSON kind, so that a field the writer did not touch is written back as the
// blog has it (and so never sent: PostChanges::changedFrom sends only the keys that differ).
enum class CustomFieldKind {
    Text,   // a string on one line
    Number, // a JSON number
    Flag,   // true or false
    Fixed,  // a list, an object, null, or a string too long or on several lines: shown, edited in the front matter only
};

inline constexpr int kCustomFieldMaxText = 1000; // longer text is Fixed (remote text: bounded in a line edit)

CustomFieldKind customFieldKind(const QJsonValue& value);
// The value as the panel shows it (a list or object compact JSON).
QString customFieldText(const QJsonValue& value);
// The value the text stands for, of the original's kind; nullopt when the text is not one (a number that is not, any
// edit of a Fixed field). Text equal to customFieldText(original) gives the original itself.
std::optional<QJsonValue> customFieldValue(const QJsonValue& original, const QString& text);

} // namespace longhand
