#include "core/accounts/SecretStore.h"
