// SPDX-License-Identifier: MIT
// readfloor: the floor for a cold `retort heads`. It starts, lists one folder, opens every .py
// file in it and reads it whole, and exits — no parsing, no Qt. Whatever Retort spends beyond
// this is its own work. Prints the file count and byte total so the reads cannot be skipped.
//
// usage: readfloor FOLDER

#include <cstdio>
#include <filesystem>
#include <system_error>
#include <vector>

namespace {

/// Reads `path` whole into `buffer`; returns the number of bytes read, or -1 when it cannot.
long long readWhole(const std::filesystem::path &path, std::vector<char> &buffer)
{
    std::FILE *file = std::fopen(path.c_str(), "rb");
    if (!file) {
        return -1;
    }
    long long total = 0;
    std::size_t got = 0;
    while ((got = std::fread(buffer.data(), 1, buffer.size(), file)) > 0) {
        total += static_cast<long long>(got);
    }
    std::fclose(file);
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: readfloor FOLDER\n");
        return 2;
    }
    std::error_code error;
    std::filesystem::directory_iterator entries(argv[1], error);
    if (error) {
        std::fprintf(stderr, "readfloor: %s: %s\n", argv[1], error.message().c_str());
        return 1;
    }
    std::vector<char> buffer(64 * 1024);
    long long files = 0;
    long long bytes = 0;
    for (const auto &entry : entries) {
        if (entry.path().extension() != ".py" || !entry.is_regular_file(error)) {
            continue;
        }
        const long long read = readWhole(entry.path(), buffer);
        if (read < 0) {
            std::fprintf(stderr, "readfloor: cannot read %s\n", entry.path().c_str());
            return 1;
        }
        ++files;
        bytes += read;
    }
    std::printf("%lld files, %lld bytes\n", files, bytes);
    return 0;
}
