#include "core/markdown/CommentSanitizer.h"
// Implementation in progress.
