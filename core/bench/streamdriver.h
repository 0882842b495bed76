#pragma once

#include "endpoint.h"
#include "requestsample.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>

namespace td::bench {

// How requests are offered to the server.
struct LoadPlan
{
    enum class Kind
    {
        Concurrency, // keep `concurrency` requests in flight
        Rate         // start requests as a Poisson process of `ratePerS` (open loop)
    };
    Kind kind = Kind::Concurrency;
    int concurrency = 1;
    double ratePerS = 1;
    int requests = 100; // counted requests
    int warmup = 0;     // sent first, finished before counting starts, stored as warm-up
    quint64 seed = 1;   // of the Poisson arrivals
};

// Drives the streams of one plan against one endpoint from the calling thread, through libcurl's
// multi interface on epoll: one thread keeps thousands of streams open (Qt's HTTP/1 client
// would open six connections per host) and timestamps every byte as it is read. Not copyable;
// one run at a time.
class StreamDriver
{
public:
    explicit StreamDriver(Endpoint endpoint);
    ~StreamDriver();
    StreamDriver(const StreamDriver&) = delete;
    StreamDriver& operator=(const StreamDriver&) = delete;

    using SampleHandler = std::function<void(const RequestSample&)>;

    // Sends plan.warmup + plan.requests requests; request n has body bodies[n % size]. Returns
    // every sample in the order of their seq. `cancel` set from any thread stops the run within
    // ~50 ms: requests in flight are dropped and not returned. `onSample` is called in this
    // thread as each request ends.
    QList<RequestSample> run(const LoadPlan& plan, const QList<QByteArray>& bodies,
                             const std::atomic<bool>& cancel, const SampleHandler& onSample = {});

private:
    class Private;
    std::unique_ptr<Private> d;
};

// GET /v1/models, with the endpoint's timeouts. Throws td::Error with the server's message.
QStringList fetchModels(const Endpoint& endpoint);

} // namespace td::bench
