#pragma once
// libcurl's process-wide initialisation, done once before the first worker thread starts (curl_global_init
// is not thread-safe); every client in this layer calls it first, idempotently.

namespace forkant::net {

void init_curl();

}  // namespace forkant::net
