// SPDX-License-Identifier: MIT
#include "cli/CliApp.h"

int main(int argc, char *argv[])
{
    return retort::CliApp::run(argc, argv);
}
