#pragma once

#include "result.h"
#include "storage/database.h"

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace zx {

// Reads `count` pieces of a file (a batch of regions' figures, a county's Dataset) on worker
// threads, each with its own read-only connection to the file, while the caller consumes them
// in order with next(): reading and writing an export share the cores. Worker k reads the pieces
// k, k + workers, …; none runs more than `ahead` pieces before the one the caller waits for, so
// memory stays bounded by the pieces in flight. The reader's first error is handed to the
// caller in place of its piece, and reading stops. Destroying it early stops the workers.
template <typename T>
class ReadAhead
{
public:
    using Reader = std::function<Result<T>(Database &db, std::size_t piece)>;

    ReadAhead(const Connection &where, std::size_t count, Reader read, int workers = 1,
              std::size_t ahead = 2)
        : m_where(where), m_count(count), m_read(std::move(read)), m_ahead(std::max<std::size_t>(1, ahead))
    {
        const int n = std::max(1, workers);
        for (int k = 0; k < n; ++k)
            m_threads.emplace_back([this, k, n] { run(std::size_t(k), std::size_t(n)); });
    }
    ~ReadAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        for (std::thread &t : m_threads)
            t.join();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The next piece in order (call it `count` times at most).
    Result<T> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready.count(m_next) > 0; });
        auto node = m_ready.extract(m_next);
        ++m_next;
        lock.unlock();
        m_changed.notify_all();
        return std::move(node.mapped());
    }

private:
    void run(std::size_t first, std::size_t step)
    {
        auto opened = Database::open(m_where, Database::OpenMode::ReadOnly);
        for (std::size_t piece = first; piece < m_count; piece += step) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stopped || piece < m_next + m_ahead; });
                if (m_stopped)
                    return;
            }
            Result<T> result = opened ? m_read(*opened.value(), piece) : Result<T>(Error{opened.error()});
            const bool failed = !result;
            {
                std::lock_guard lock(m_mutex);
                m_ready.emplace(piece, std::move(result));
            }
            m_changed.notify_all();
            if (failed)
                return; // the caller stops at this piece's error
        }
    }

    Connection m_where;
    std::size_t m_count;
    Reader m_read;
    std::size_t m_ahead;
    std::mutex m_mutex;
    std::condition_variable m_changed; // a piece is ready, the caller moved on, or stop
    std::map<std::size_t, Result<T>> m_ready;
    std::size_t m_next = 0;
    bool m_stopped = false;
    std::vector<std::thread> m_threads; // last: started once everything above is made
};

} // namespace zx
