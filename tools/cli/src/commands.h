// One function per subcommand; each returns the process exit status:
// 0 success, 1 content errors (bad entries, no results), 2 usage or environment errors.
#pragma once

#include "args.h"

namespace lessenbank::cli {

int cmd_index(const Args& args);
int cmd_search(const Args& args);
int cmd_check(const Args& args);
int cmd_serve(const Args& args);
int cmd_plugins(const Args& args);
int cmd_bundle(const Args& args);
int cmd_editor(const Args& args);
int cmd_new(const Args& args);
int cmd_import(const Args& args);

}  // namespace lessenbank::cli
