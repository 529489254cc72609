#pragma once

namespace longhand {

class CliContext;

// Each starts its work and finishes it asynchronously through the context.
void runAccountCommand(CliContext& context);
void runSyncCommand(CliContext& context);
void runPostsCommand(CliContext& context);
void runPublishCommand(CliContext& context);
void runExportCommand(CliContext& context);

} // namespace longhand
