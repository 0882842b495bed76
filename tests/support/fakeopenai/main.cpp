// tenderdesk-fake-openai: a local OpenAI-compatible server that streams tokens on a scripted
// timetable and misbehaves on request, for TenderDesk's benchmark client tests. The model
// name is the script; see README.md next to this file.

#include "api.h"
#include "server.h"
#include "suites.h"

#include <arpa/inet.h>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <string>
#include <string_view>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace td::fakeopenai;

namespace {

constexpr std::string_view usage =
    "usage: tenderdesk-fake-openai [--port N] [--api-key KEY] [--suite FILE.json]...\n"
    "                              [--threads N] [--exit-on-eof]\n";

struct Options
{
    int port = 0;
    std::string apiKey;
    std::vector<std::string> suites;
    int threads = 1;
    bool exitOnEof = false;
};

bool readInt(std::string_view text, int low, int high, int& value)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size() && value >= low &&
           value <= high;
}

// Returns an empty string, or what is wrong with the command line.
std::string parseOptions(int argc, char** argv, Options& options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--exit-on-eof") {
            options.exitOnEof = true;
            continue;
        }
        if (arg != "--port" && arg != "--api-key" && arg != "--suite" && arg != "--threads")
            return "unknown option " + std::string(arg);
        if (i + 1 >= argc)
            return std::string(arg) + " needs a value";
        const std::string_view value = argv[++i];
        if (arg == "--port" && !readInt(value, 0, 65535, options.port))
            return "--port needs a number from 0 to 65535";
        if (arg == "--threads" && !readInt(value, 1, 64, options.threads))
            return "--threads needs a number from 1 to 64";
        if (arg == "--api-key")
            options.apiKey = value;
        if (arg == "--suite")
            options.suites.emplace_back(value);
    }
    return {};
}

// Thousands of simultaneous connections need more descriptors than the usual soft limit.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// A listening socket on 127.0.0.1:port; several threads share one port through SO_REUSEPORT.
int listenOn(int port, bool shared)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (shared)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(fd, SOMAXCONN) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

int boundPort(int fd)
{
    sockaddr_in address{};
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    return ntohs(address.sin_port);
}

// Blocks until SIGINT or SIGTERM arrives, or, with exitOnEof, until stdin ends.
void waitForTheEnd(int signalFd, bool exitOnEof)
{
    pollfd fds[2] = {{signalFd, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
    for (;;) {
        if (::poll(fds, exitOnEof ? 2 : 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[0].revents)
            return;
        if (fds[1].revents) {
            char buffer[4096];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0 && !(n < 0 && errno == EINTR))
                return;
        }
    }
}

int run(const Options& options)
{
    Suites suites;
    for (const std::string& path : options.suites) {
        const std::string error = suites.load(path);
        if (!error.empty()) {
            std::fprintf(stderr, "tenderdesk-fake-openai: %s\n", error.c_str());
            return 1;
        }
    }
    const Api api(options.apiKey, std::move(suites));

    const bool shared = options.threads > 1;
    std::vector<int> listeners{listenOn(options.port, shared)};
    if (listeners.front() < 0) {
        std::fprintf(stderr, "tenderdesk-fake-openai: cannot listen on 127.0.0.1:%d: %s\n",
                     options.port, std::strerror(errno));
        return 1;
    }
    const int port = boundPort(listeners.front());
    while (int(listeners.size()) < options.threads) {
        listeners.push_back(listenOn(port, shared));
        if (listeners.back() < 0) {
            std::fprintf(stderr, "tenderdesk-fake-openai: cannot share port %d: %s\n", port,
                         std::strerror(errno));
            return 1;
        }
    }

    // Signals arrive through a descriptor of the main thread; the loops never see them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    const int signalFd = ::signalfd(-1, &signals, SFD_CLOEXEC);
    // Never read: once written it stays readable, and every loop sees it.
    const int stopFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (signalFd < 0 || stopFd < 0) {
        std::fprintf(stderr, "tenderdesk-fake-openai: %s\n", std::strerror(errno));
        return 1;
    }

    std::vector<std::unique_ptr<Server>> servers;
    for (const int fd : listeners)
        servers.push_back(std::make_unique<Server>(fd, stopFd, api));
    std::vector<std::thread> threads;
    for (const auto& server : servers)
        threads.emplace_back([&server] {
            try {
                server->run();
            } catch (const std::exception& e) {
                // A loop that cannot go on leaves its clients hanging: better to end it all.
                std::fprintf(stderr, "tenderdesk-fake-openai: %s\n", e.what());
                std::_Exit(1);
            }
        });

    std::printf("listening on %d\n", port);
    std::fflush(stdout);

    waitForTheEnd(signalFd, options.exitOnEof);
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t written = ::write(stopFd, &one, sizeof one);
    for (std::thread& thread : threads)
        thread.join();
    servers.clear();
    for (const int fd : listeners)
        ::close(fd);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    const std::string error = parseOptions(argc, argv, options);
    if (!error.empty()) {
        std::fprintf(stderr, "tenderdesk-fake-openai: %s\n%s", error.c_str(), usage.data());
        return 2;
    }
    raiseDescriptorLimit();
    try {
        return run(options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tenderdesk-fake-openai: %s\n", e.what());
        return 1;
    }
}
