#include "streamdriver.h"

#include "domain/error.h"
#include "poissonarrivals.h"
#include "sseparser.h"

#include <QCoreApplication>

#include <chrono>
#include <curl/curl.h>
#include <mutex>
#include <optional>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <unistd.h>
#include <unordered_set>
#include <vector>

namespace td::bench {

namespace {

using Clock = std::chrono::steady_clock;

qint64 microsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(to - from).count();
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        // A thousand streams are a thousand sockets: lift the soft limit on open files (often
        // 1,024) to the hard one, which an unprivileged process may do.
        rlimit files{};
        if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
            files.rlim_cur = files.rlim_max;
            setrlimit(RLIMIT_NOFILE, &files);
        }
    });
}

// The endpoint's API key as a bearer token, when it has one.
curl_slist* withAuthorization(curl_slist* headers, const Endpoint& endpoint)
{
    if (endpoint.apiKey.isEmpty())
        return headers;
    return curl_slist_append(headers, ("Authorization: Bearer " + endpoint.apiKey).constData());
}

// How often a run looks at its clock when nothing arrives: the cancel latency and the
// resolution of the stall check.
constexpr auto housekeepingPeriod = std::chrono::milliseconds(50);
constexpr qsizetype maxErrorBody = 64 * 1024;

// One request in flight.
struct Transfer
{
    CURL* easy = nullptr;
    RequestSample sample;
    Clock::time_point start;
    Clock::time_point lastActivity;
    Clock::time_point lastToken;
    long status = 0;
    QByteArray errorBody;
    std::optional<SseParser> parser;
    qint64 bodyBytes = 0;
    bool sawEvent = false;
    bool sawDone = false;
    bool sawUsage = false;
    QString failure; // set when we abort the transfer ourselves
    char curlError[CURL_ERROR_SIZE] = {};

    void onEvent(const QByteArray& data)
    {
        sawEvent = true;
        if (sawDone || !failure.isEmpty())
            return;
        const StreamEvent event = parseStreamEvent(data);
        switch (event.kind) {
        case StreamEvent::Kind::Done:
            sawDone = true;
            return;
        case StreamEvent::Kind::Error:
            failure = QCoreApplication::translate(
                          "td::bench", "the server reported an error inside the stream: %1")
                          .arg(event.message);
            return;
        case StreamEvent::Kind::Invalid:
            failure = QCoreApplication::translate(
                "td::bench", "the stream carried an event that is not valid JSON");
            return;
        case StreamEvent::Kind::Chunk:
            break;
        }
        if (!event.text.isEmpty()) {
            const Clock::time_point now = Clock::now();
            if (sample.ttftUs < 0)
                sample.ttftUs = microsBetween(start, now);
            else
                sample.itlUs.append(qint32(microsBetween(lastToken, now)));
            lastToken = now;
            sample.lastTokenUs = microsBetween(start, now);
            ++sample.streamedChunks;
            sample.output += event.text;
        }
        if (event.usage) {
            sawUsage = true;
            sample.promptTokens = event.usage->promptTokens;
            sample.outputTokens = event.usage->completionTokens;
        }
    }
};

size_t onHeader(char*, size_t size, size_t count, void* userdata)
{
    auto* t = static_cast<Transfer*>(userdata);
    t->lastActivity = Clock::now();
    if (t->sample.ttfbUs < 0)
        t->sample.ttfbUs = microsBetween(t->start, t->lastActivity);
    return size * count;
}

size_t onBody(char* bytes, size_t size, size_t count, void* userdata)
{
    auto* t = static_cast<Transfer*>(userdata);
    const size_t length = size * count;
    t->lastActivity = Clock::now();
    if (t->status == 0)
        curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &t->status);
    if (t->status != 200) {
        if (t->errorBody.size() < maxErrorBody)
            t->errorBody.append(bytes, qsizetype(length));
        return length;
    }
    t->bodyBytes += qint64(length);
    t->parser->feed(bytes, qsizetype(length));
    return t->failure.isEmpty() ? length : 0; // 0 aborts the transfer: it has failed already
}

QString transportError(CURLcode code, const char* detail, const QByteArray& url)
{
    const QString why = QString::fromUtf8(*detail ? detail : curl_easy_strerror(code));
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return QCoreApplication::translate(
                   "td::bench",
                   "could not connect to %1 (%2): check that the server runs and the address "
                   "is right")
            .arg(QString::fromUtf8(url), why);
    case CURLE_OPERATION_TIMEDOUT:
        return QCoreApplication::translate("td::bench", "no connection within the connect timeout");
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
        return QCoreApplication::translate(
            "td::bench", "the server closed the connection in the middle of the response");
    default:
        return QCoreApplication::translate("td::bench", "the request failed: %1").arg(why);
    }
}

} // namespace

class StreamDriver::Private
{
public:
    explicit Private(Endpoint e)
        : endpoint(std::move(e))
        , url(endpointUrl(endpoint.baseUrl, apiPath(endpoint.api)))
    {
        initCurlOnce();
        headers = curl_slist_append(headers, "Content-Type: application/json");
        headers = curl_slist_append(headers, "Accept: text/event-stream");
        headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
        headers = withAuthorization(headers, endpoint);
    }

    ~Private()
    {
        for (CURL* easy : pool)
            curl_easy_cleanup(easy);
        curl_slist_free_all(headers);
    }

    QList<RequestSample> run(const LoadPlan& plan, const QList<QByteArray>& bodies,
                             const std::atomic<bool>& cancel, const SampleHandler& onSample);

private:
    static int onSocket(CURL*, curl_socket_t socket, int what, void* self, void* socketData);
    static int onTimer(CURLM*, long timeoutMs, void* self);

    CURL* takeEasy();
    void start(int seq, bool warmup, const QByteArray& body);
    void finish(Transfer* t, CURLcode result);
    void drainCompleted();
    void failStalled(Clock::time_point now);
    void abandonAll();

    Endpoint endpoint;
    QByteArray url;
    curl_slist* headers = nullptr;
    std::vector<CURL*> pool;

    // Per run.
    CURLM* multi = nullptr;
    int epollFd = -1;
    std::optional<Clock::time_point> curlDeadline;
    Clock::time_point runStart;
    std::unordered_set<Transfer*> inFlight;
    QList<RequestSample>* samples = nullptr;
    const SampleHandler* handler = nullptr;
};

int StreamDriver::Private::onSocket(CURL*, curl_socket_t socket, int what, void* self, void* known)
{
    auto* d = static_cast<Private*>(self);
    if (what == CURL_POLL_REMOVE) {
        epoll_ctl(d->epollFd, EPOLL_CTL_DEL, socket, nullptr);
        return 0;
    }
    epoll_event event{};
    event.data.fd = socket;
    event.events = (what & CURL_POLL_IN ? EPOLLIN : 0u) | (what & CURL_POLL_OUT ? EPOLLOUT : 0u);
    if (known) {
        epoll_ctl(d->epollFd, EPOLL_CTL_MOD, socket, &event);
    } else {
        epoll_ctl(d->epollFd, EPOLL_CTL_ADD, socket, &event);
        curl_multi_assign(d->multi, socket, d); // any non-null marks the socket as registered
    }
    return 0;
}

int StreamDriver::Private::onTimer(CURLM*, long timeoutMs, void* self)
{
    auto* d = static_cast<Private*>(self);
    if (timeoutMs < 0)
        d->curlDeadline.reset();
    else
        d->curlDeadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    return 0;
}

CURL* StreamDriver::Private::takeEasy()
{
    if (!pool.empty()) {
        CURL* easy = pool.back();
        pool.pop_back();
        return easy;
    }
    CURL* easy = curl_easy_init();
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_POST, 1L);
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(endpoint.connectTimeoutMs));
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &onBody);
    return easy;
}

void StreamDriver::Private::start(int seq, bool warmup, const QByteArray& body)
{
    auto* t = new Transfer;
    t->easy = takeEasy();
    t->sample.seq = seq;
    t->sample.warmup = warmup;
    t->parser.emplace([t](const QByteArray& data) { t->onEvent(data); });
    curl_easy_setopt(t->easy, CURLOPT_PRIVATE, t);
    curl_easy_setopt(t->easy, CURLOPT_HEADERDATA, t);
    curl_easy_setopt(t->easy, CURLOPT_WRITEDATA, t);
    curl_easy_setopt(t->easy, CURLOPT_ERRORBUFFER, t->curlError);
    curl_easy_setopt(t->easy, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(t->easy, CURLOPT_POSTFIELDSIZE, long(body.size()));
    t->start = Clock::now();
    t->lastActivity = t->start;
    t->sample.startUs = microsBetween(runStart, t->start);
    inFlight.insert(t);
    curl_multi_add_handle(multi, t->easy);
}

void StreamDriver::Private::finish(Transfer* t, CURLcode result)
{
    RequestSample& s = t->sample;
    s.e2eUs = microsBetween(t->start, Clock::now());
    if (t->status == 0) // a response without a body has not told its status yet
        curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &t->status);
    if (!t->failure.isEmpty())
        s.error = t->failure;
    else if (result != CURLE_OK)
        s.error = transportError(result, t->curlError, url);
    else if (t->status != 200)
        s.error = errorMessage(int(t->status), t->errorBody);
    else if (!t->sawEvent && t->bodyBytes > 0)
        s.error = QCoreApplication::translate(
            "td::bench", "the server answered with a whole response instead of a stream of "
                         "events: check that it supports \"stream\": true");
    else if (t->parser->hasPartialEvent() || !t->sawDone)
        s.error = QCoreApplication::translate("td::bench",
                                              "the stream ended without its closing [DONE] event");
    else if (!t->sawUsage)
        s.error = QCoreApplication::translate(
            "td::bench", "the server reported no usage, so its output tokens cannot be counted");
    curl_multi_remove_handle(multi, t->easy);
    pool.push_back(t->easy);
    inFlight.erase(t);
    if (*handler)
        (*handler)(s);
    (*samples)[s.seq] = std::move(s);
    delete t;
}

void StreamDriver::Private::drainCompleted()
{
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        Transfer* t = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &t);
        finish(t, message->data.result);
    }
}

void StreamDriver::Private::failStalled(Clock::time_point now)
{
    const auto limit = std::chrono::milliseconds(endpoint.readTimeoutMs);
    std::vector<Transfer*> stalled;
    for (Transfer* t : inFlight)
        if (now - t->lastActivity > limit)
            stalled.push_back(t);
    for (Transfer* t : stalled) {
        t->failure = QCoreApplication::translate("td::bench", "the server sent nothing for %1 s")
                         .arg(endpoint.readTimeoutMs / 1000.0);
        finish(t, CURLE_OK);
    }
}

void StreamDriver::Private::abandonAll()
{
    for (Transfer* t : inFlight) {
        curl_multi_remove_handle(multi, t->easy);
        pool.push_back(t->easy);
        delete t;
    }
    inFlight.clear();
}

QList<RequestSample> StreamDriver::Private::run(const LoadPlan& plan,
                                                const QList<QByteArray>& bodies,
                                                const std::atomic<bool>& cancel,
                                                const SampleHandler& onSample)
{
    Q_ASSERT(!bodies.isEmpty());
    const int total = plan.warmup + plan.requests;
    QList<RequestSample> result(total);
    samples = &result;
    handler = &onSample;
    multi = curl_multi_init();
    epollFd = epoll_create1(EPOLL_CLOEXEC);
    curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, &onSocket);
    curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, &onTimer);
    curl_multi_setopt(multi, CURLMOPT_TIMERDATA, this);
    curl_multi_setopt(multi, CURLMOPT_PIPELINING, long(CURLPIPE_NOTHING));
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, 0L);
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, long(std::max(plan.concurrency, 16) + 16));

    PoissonArrivals arrivals(plan.ratePerS, plan.seed);

    runStart = Clock::now();
    int next = 0;
    bool counting = plan.warmup == 0;
    Clock::time_point nextArrival = runStart;
    Clock::time_point nextHousekeeping = runStart + housekeepingPeriod;
    std::vector<epoll_event> events(512);
    bool cancelled = false;

    for (;;) {
        if (cancel.load(std::memory_order_relaxed)) {
            cancelled = true;
            break;
        }
        Clock::time_point now = Clock::now();
        // Warm-up requests run at the plan's concurrency and end before counting starts, so
        // that a cold cache or a lazy model load never reaches the figures.
        if (!counting) {
            const int inFlightCap = std::max(1, plan.concurrency);
            while (next < plan.warmup && int(inFlight.size()) < inFlightCap) {
                start(next, true, bodies[next % bodies.size()]);
                ++next;
            }
            if (next == plan.warmup && inFlight.empty()) {
                counting = true;
                nextArrival = now;
            }
        }
        if (counting) {
            if (plan.kind == LoadPlan::Kind::Concurrency) {
                while (next < total && int(inFlight.size()) < plan.concurrency) {
                    start(next, false, bodies[next % bodies.size()]);
                    ++next;
                }
            } else {
                while (next < total && nextArrival <= now) {
                    start(next, false, bodies[next % bodies.size()]);
                    ++next;
                    nextArrival += arrivals.nextGap();
                }
            }
        }
        if (next == total && inFlight.empty())
            break;

        now = Clock::now();
        Clock::time_point wakeAt = nextHousekeeping;
        if (curlDeadline && *curlDeadline < wakeAt)
            wakeAt = *curlDeadline;
        if (counting && plan.kind == LoadPlan::Kind::Rate && next < total && nextArrival < wakeAt)
            wakeAt = nextArrival;
        const auto wait = std::max(Clock::duration::zero(), wakeAt - now);
        const timespec timeout{
            time_t(std::chrono::duration_cast<std::chrono::seconds>(wait).count()),
            long(std::chrono::duration_cast<std::chrono::nanoseconds>(wait).count() % 1000000000L)};
        const int ready =
            epoll_pwait2(epollFd, events.data(), int(events.size()), &timeout, nullptr);
        int running = 0;
        for (int i = 0; i < ready; ++i) {
            const uint32_t e = events[size_t(i)].events;
            const int flags = (e & EPOLLIN ? CURL_CSELECT_IN : 0) |
                              (e & EPOLLOUT ? CURL_CSELECT_OUT : 0) |
                              (e & (EPOLLERR | EPOLLHUP) ? CURL_CSELECT_ERR : 0);
            curl_multi_socket_action(multi, events[size_t(i)].data.fd, flags, &running);
        }
        now = Clock::now();
        if (curlDeadline && *curlDeadline <= now) {
            curlDeadline.reset();
            curl_multi_socket_action(multi, CURL_SOCKET_TIMEOUT, 0, &running);
        }
        drainCompleted();
        if (now >= nextHousekeeping) {
            failStalled(now);
            nextHousekeeping = now + housekeepingPeriod;
        }
    }

    abandonAll();
    curl_multi_cleanup(multi);
    multi = nullptr;
    ::close(epollFd);
    epollFd = -1;
    if (cancelled) {
        // Only the requests that ended are results; the others never finished.
        QList<RequestSample> ended;
        for (RequestSample& s : result)
            if (s.e2eUs >= 0)
                ended.append(std::move(s));
        return ended;
    }
    return result;
}

StreamDriver::StreamDriver(Endpoint endpoint)
    : d(std::make_unique<Private>(std::move(endpoint)))
{}

StreamDriver::~StreamDriver() = default;

QList<RequestSample> StreamDriver::run(const LoadPlan& plan, const QList<QByteArray>& bodies,
                                       const std::atomic<bool>& cancel,
                                       const SampleHandler& onSample)
{
    return d->run(plan, bodies, cancel, onSample);
}

QStringList fetchModels(const Endpoint& endpoint)
{
    initCurlOnce();
    const QByteArray url = endpointUrl(endpoint.baseUrl, QByteArrayLiteral("/v1/models"));
    CURL* easy = curl_easy_init();
    curl_slist* headers = nullptr;
    headers = withAuthorization(headers, endpoint);
    QByteArray body;
    char detail[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, detail);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(endpoint.connectTimeoutMs));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(endpoint.readTimeoutMs));
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(
        easy, CURLOPT_WRITEFUNCTION,
        +[](char* bytes, size_t size, size_t count, void* out) -> size_t {
            auto* buffer = static_cast<QByteArray*>(out);
            if (buffer->size() > 4 * 1024 * 1024)
                return 0;
            buffer->append(bytes, qsizetype(size * count));
            return size * count;
        });
    const CURLcode result = curl_easy_perform(easy);
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(easy);
    const auto fail = [&](const QString& why) {
        throw Error(
            QCoreApplication::translate("td::bench", "The model list of %1 could not be read: %2.")
                .arg(QString::fromUtf8(url), why));
    };
    if (result != CURLE_OK)
        fail(transportError(result, detail, url));
    if (status != 200)
        fail(errorMessage(int(status), body));
    const std::optional<QStringList> models = parseModelList(body);
    if (!models)
        fail(QCoreApplication::translate("td::bench", "the answer is not an OpenAI model list"));
    return *models;
}

} // namespace td::bench
