#pragma once

// The post options of a review file's front matter (format, sticky, password, author, comment_status, ping_status,
// meta), and the YAML quoting FrontMatter.cpp writes with. Internal to core/markdown.
#include "core/Error.h"
#include "core/markdown/FrontMatter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace YAML {
class Node;
}

namespace longhand::frontmatter {

// The WordPress post formats (get_post_format_strings).
const QStringList& postFormats();

// Reads `key` when it is a post option into `meta`; nullopt when it is not one (also author: with a value that is
// not a user id, as other tools write it). line: the value's file line.
std::optional<Status> readOption(const QString& key, const YAML::Node& value, int line, FrontMatter& meta);
// Appends the options that are set, one "key: value" line each.
void writeOptions(const FrontMatter& meta, QString& out);

// A double-quoted YAML scalar that reads back as exactly the same text; a flow list of them.
QString quoted(const QString& text);
QString quotedList(const QStringList& items);

} // namespace longhand::frontmatter
