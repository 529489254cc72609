#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "longhand.storage")
Q_LOGGING_CATEGORY(lcMarkdown, "longhand.markdown")
Q_LOGGING_CATEGORY(lcSpelling, "longhand.spelling")
Q_LOGGING_CATEGORY(lcEditor, "longhand.editor")
Q_LOGGING_CATEGORY(lcApp, "longhand.app")
Q_LOGGING_CATEGORY(lcNet, "longhand.net")
Q_LOGGING_CATEGORY(lcSync, "longhand.sync")
Q_LOGGING_CATEGORY(lcModeration, "longhand.moderation")
