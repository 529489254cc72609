#include "core/sync/TextMerge.h"
