// A driver that runs a fuzz target's LLVMFuzzerTestOneInput over files, without libFuzzer, so that the
// normal (GCC) build and CTest replay every corpus input through the same entry point the fuzzer uses.
// Deliberately Qt-less: no QCoreApplication, exactly as under libFuzzer.
//
// Usage: fuzz_replay_<target> FILE_OR_DIRECTORY...   (directories are read recursively, in name order)
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

bool collect(const fs::path& path, std::vector<fs::path>& files)
{
    std::error_code error;
    if (fs::is_directory(path, error)) {
        for (const fs::directory_entry& entry : fs::recursive_directory_iterator(path, error)) {
            if (entry.is_regular_file()) {
                files.push_back(entry.path());
            }
        }
    } else if (fs::is_regular_file(path, error)) {
        files.push_back(path);
    } else {
        std::fprintf(stderr, "%s: no such file or directory\n", path.c_str());
        return false;
    }
    return !error;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        if (!collect(argv[i], files)) {
            return 2;
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: %s FILE_OR_DIRECTORY... (no inputs found)\n", argc > 0 ? argv[0] : "replay");
        return 2;
    }
    std::sort(files.begin(), files.end());

    using Clock = std::chrono::steady_clock;
    Clock::duration slowest {};
    fs::path slowestFile;
    for (const fs::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
            std::fprintf(stderr, "%s: cannot read\n", file.c_str());
            return 2;
        }
        std::fprintf(stderr, "Running %s (%zu bytes)\n", file.c_str(), bytes.size());
        // A copy the size of the input, as libFuzzer passes it: reading past the end is an error under ASan.
        const std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
        const Clock::time_point start = Clock::now();
        LLVMFuzzerTestOneInput(data.data(), data.size());
        const Clock::duration took = Clock::now() - start;
        if (took > slowest) {
            slowest = took;
            slowestFile = file;
        }
    }
    std::printf("Replayed %zu inputs; slowest %lld ms (%s)\n", files.size(),
        static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(slowest).count()),
        slowestFile.filename().c_str());
    return 0;
}
