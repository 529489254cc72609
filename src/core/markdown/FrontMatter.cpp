#include "core/markdown/FrontMatter.h"
